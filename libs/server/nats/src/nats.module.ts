import { DynamicModule, Global, Module } from '@nestjs/common';
import { NatsConnection } from './nats.connection';
import { NATS_MODULE_OPTIONS, NatsModuleOptions } from './nats.options';
import { NatsRequester } from './nats.requester';

/** The NATS client side of a service: `NatsConnection` and `NatsRequester`, everywhere. */
@Global()
@Module({})
export class NatsModule {
  static forRoot(options: NatsModuleOptions): DynamicModule {
    return {
      module: NatsModule,
      providers: [{ provide: NATS_MODULE_OPTIONS, useValue: options }, NatsConnection, NatsRequester],
      exports: [NATS_MODULE_OPTIONS, NatsConnection, NatsRequester],
    };
  }
}
