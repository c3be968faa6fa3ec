import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { NatsConnection } from '@relais/server-nats';
import { ensureEventStream } from './event-stream';
import { EVENTS_MODULE_OPTIONS, EventsModuleOptions } from './events.options';

const RETRY_MS = 2000;

/** Makes sure the event stream exists at startup, retrying in the background while NATS is away. */
@Injectable()
export class EventStreamSetup implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(EventStreamSetup.name);
  private readonly prefix: string;
  private ensured?: Promise<string>;
  private stopped = false;

  constructor(
    @Inject(EVENTS_MODULE_OPTIONS) options: EventsModuleOptions,
    private readonly nats: NatsConnection,
  ) {
    this.prefix = options.subjectPrefix ?? '';
  }

  onModuleInit(): void {
    void this.ready().catch(() => undefined);
  }

  onModuleDestroy(): void {
    this.stopped = true;
  }

  /** The stream's name, once it exists. */
  ready(): Promise<string> {
    this.ensured ??= this.ensure();
    return this.ensured;
  }

  private async ensure(): Promise<string> {
    for (;;) {
      try {
        await this.nats.whenConnected();
        const name = await ensureEventStream(await this.nats.jetstreamManager(), this.prefix);
        this.logger.log(`Event stream ${name} ready`);
        return name;
      } catch (error) {
        if (this.stopped) throw error;
        this.logger.warn(`Could not set up the event stream (${String(error)}); retrying`);
        await new Promise((resolve) => setTimeout(resolve, RETRY_MS).unref());
      }
    }
  }
}
