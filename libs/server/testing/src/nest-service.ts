import { DynamicModule, INestApplication, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Envelope } from '@relais/contracts';
import { connectNatsMicroservice, NatsRequester } from '@relais/server-nats';

export interface BootServiceOptions {
  /** The service's name on NATS (its `SERVICE` constant). */
  service: string;
  natsUrl: string;
  subjectPrefix: string;
  /** What the service logs while the test runs; nothing by default. */
  logger?: LogLevel[] | false;
}

/**
 * A Nest service booted in the test process from its root module, with its NATS handlers listening
 * (internal subjects included) as `main.ts` would start them.
 */
export async function bootService(
  module: DynamicModule,
  options: BootServiceOptions,
): Promise<INestApplication> {
  const app = await NestFactory.create(module, { logger: options.logger ?? false, rawBody: true });
  connectNatsMicroservice(app, {
    url: options.natsUrl,
    service: options.service,
    subjectPrefix: options.subjectPrefix,
    exposeInternals: true,
  });
  await app.init();
  await app.startAllMicroservices();
  return app;
}

/** A request/reply call over the real NATS, as the gateway makes it. */
export type ServiceCall = <T>(subject: string, envelope: Envelope, data?: unknown) => Promise<T>;

/** Calls made through a booted service's own requester, waiting up to 15 s for the answer. */
export function callerOf(app: INestApplication): ServiceCall {
  const requester = app.get(NatsRequester);
  return <T>(subject: string, envelope: Envelope, data: unknown = {}) =>
    requester.request<T>(subject, envelope, data, { timeoutMs: 15_000 });
}
