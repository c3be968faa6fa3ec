import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { ErrorCode } from '@relais/contracts';
import { DomainException } from '@relais/server-errors';
import {
  connect,
  Events,
  JetStreamClient,
  JetStreamManager,
  JetStreamOptions,
  NatsConnection as NatsClient,
} from 'nats';
import { connectionOptions, NATS_MODULE_OPTIONS, NatsModuleOptions } from './nats.options';

const DEFAULT_STARTUP_WAIT_MS = 5000;

/**
 * The service's one NATS client connection. Reconnects forever; startup waits a few seconds for the
 * first connection and then goes on without it (readiness reports it) rather than refusing to start.
 */
@Injectable()
export class NatsConnection implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('Nats');
  private client?: NatsClient;
  private opening?: Promise<NatsClient>;
  private online = false;
  private closing = false;

  constructor(@Inject(NATS_MODULE_OPTIONS) private readonly options: NatsModuleOptions) {}

  async onModuleInit(): Promise<void> {
    const opening = this.open();
    const waited = await Promise.race([
      opening.then(() => true),
      new Promise<false>((resolve) => setTimeout(() => resolve(false), this.startupWaitMs()).unref()),
    ]);
    if (!waited) this.logger.warn(`NATS at ${this.options.url} is not reachable yet; still trying`);
  }

  async onApplicationShutdown(): Promise<void> {
    this.closing = true;
    const client = this.client;
    if (!client || client.isClosed()) return;
    try {
      await client.drain();
    } catch {
      await client.close();
    }
  }

  /** The live connection; throws SERVICE_UNAVAILABLE while the first connection is not made. */
  get connection(): NatsClient {
    if (!this.client || this.client.isClosed()) {
      throw new DomainException(
        ErrorCode.ServiceUnavailable,
        'Messaging is unavailable, try again in a moment',
      );
    }
    return this.client;
  }

  /** Resolves once connected (at once when already connected). */
  whenConnected(): Promise<NatsClient> {
    return this.open();
  }

  isConnected(): boolean {
    return this.online && this.client !== undefined && !this.client.isClosed();
  }

  jetstream(options?: JetStreamOptions): JetStreamClient {
    return this.connection.jetstream(options);
  }

  jetstreamManager(options?: JetStreamOptions): Promise<JetStreamManager> {
    return this.connection.jetstreamManager(options);
  }

  private startupWaitMs(): number {
    return this.options.startupWaitMs ?? DEFAULT_STARTUP_WAIT_MS;
  }

  private open(): Promise<NatsClient> {
    this.opening ??= connect(connectionOptions(this.options.url, `${this.options.service}-client`)).then(
      async (client) => {
        if (this.closing) {
          await client.close();
          return client;
        }
        this.client = client;
        this.online = true;
        this.logger.log(`Connected to NATS at ${client.getServer()}`);
        void this.watch(client);
        return client;
      },
      (error: unknown) => {
        this.opening = undefined;
        this.logger.error(`Could not connect to NATS at ${this.options.url}: ${String(error)}`);
        throw error;
      },
    );
    return this.opening;
  }

  private async watch(client: NatsClient): Promise<void> {
    for await (const status of client.status()) {
      const server = JSON.stringify(status.data);
      if (status.type === Events.Disconnect) {
        this.online = false;
        this.logger.warn(`Disconnected from NATS (${server})`);
      } else if (status.type === Events.Reconnect) {
        this.online = true;
        this.logger.log(`Reconnected to NATS (${server})`);
      }
    }
    this.online = false;
  }
}
