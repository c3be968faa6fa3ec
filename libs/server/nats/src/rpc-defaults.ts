import { INestApplication, INestMicroservice } from '@nestjs/common';
import { NestMicroservice } from '@nestjs/microservices';
import { natsTransport } from './nats.transport';
import { NatsTransportOptions } from './nats.options';
import { RpcContextInterceptor } from './rpc-context.interceptor';
import { RpcErrorFilter } from './rpc-error.filter';

export interface RpcDefaultsOptions {
  /** Show unexpected errors' messages to callers (development and tests only). */
  exposeInternals: boolean;
}

/**
 * The error filter and context interceptor every service's message handlers run with. For a
 * standalone microservice, call it before `listen()`; a hybrid app uses `connectNatsMicroservice`
 * (Nest binds a connected microservice's handlers at once, before globals could be added).
 */
export function useRpcDefaults(
  target: INestApplication | INestMicroservice,
  options: RpcDefaultsOptions,
): void {
  target.useGlobalFilters(new RpcErrorFilter(options));
  target.useGlobalInterceptors(new RpcContextInterceptor());
}

/**
 * Connects the service's NATS handlers to a hybrid app with the defaults applied; start them with
 * `app.startAllMicroservices()` (after `app.listen()`, so health answers while NATS is awaited).
 */
export function connectNatsMicroservice(
  app: INestApplication,
  options: NatsTransportOptions & RpcDefaultsOptions,
): INestMicroservice {
  const microservice = app.connectMicroservice(natsTransport(options), { deferInitialization: true });
  useRpcDefaults(microservice, options);
  if (microservice instanceof NestMicroservice) {
    // What Nest does for a connected microservice, now that the globals are in place.
    microservice.registerListeners();
    microservice.setIsInitialized(true);
    microservice.setIsInitHookCalled(true);
  }
  return microservice;
}
