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
const FIRST_CONNECT_RETRY_MS = 1000;

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
    opening.catch(() => undefined);
    let timer: NodeJS.Timeout | undefined;
    const waited = await Promise.race([
      opening.then(() => true),
      new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), this.startupWaitMs()))),
    ]).finally(() => clearTimeout(timer));
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
    this.opening ??= this.connectUntilConnected();
    return this.opening;
  }

  /**
   * Tries again every second until the first connection is made (or the app shuts down); after
   * that, the client itself reconnects forever. Not `waitOnFirstConnect`: that cannot be cancelled.
   */
  private async connectUntilConnected(): Promise<NatsClient> {
    const options = {
      ...connectionOptions(this.options.url, `${this.options.service}-client`),
      waitOnFirstConnect: false,
    };
    let warned = false;
    for (;;) {
      if (this.closing) throw new Error('The NATS connection was closed before it was made');
      try {
        const client = await connect(options);
        if (this.closing) {
          await client.close();
          throw new Error('The NATS connection was closed before it was made');
        }
        this.client = client;
        this.online = true;
        this.logger.log(`Connected to NATS at ${client.getServer()}`);
        void this.watch(client);
        return client;
      } catch (error) {
        if (this.closing) throw error;
        if (!warned)
          this.logger.warn(`Could not connect to NATS at ${this.options.url} (${String(error)}); retrying`);
        warned = true;
        await new Promise((resolve) => setTimeout(resolve, FIRST_CONNECT_RETRY_MS).unref());
      }
    }
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
