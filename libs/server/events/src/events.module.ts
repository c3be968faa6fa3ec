import { DynamicModule, Global, Module } from '@nestjs/common';
import { EventConsumer } from './event-consumer';
import { EventStreamSetup } from './event-stream.setup';
import { EVENTS_MODULE_OPTIONS, EventsModuleOptions } from './events.options';
import { Outbox } from './outbox';
import { OutboxRelay } from './outbox-relay';

/**
 * Domain events for a service: `Outbox` (write in your transaction), `OutboxRelay` (publishes, runs by
 * itself), `EventConsumer` (subscribe in `onApplicationBootstrap`). Needs `DatabaseModule` and `NatsModule`.
 */
@Global()
@Module({})
export class EventsModule {
  static forRoot(options: EventsModuleOptions): DynamicModule {
    return {
      module: EventsModule,
      providers: [
        { provide: EVENTS_MODULE_OPTIONS, useValue: options },
        EventStreamSetup,
        Outbox,
        OutboxRelay,
        EventConsumer,
      ],
      exports: [Outbox, OutboxRelay, EventConsumer, EventStreamSetup],
    };
  }
}
