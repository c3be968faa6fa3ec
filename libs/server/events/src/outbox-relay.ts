import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { EventMessage } from '@relais/contracts';
import { quoteIdent } from '@relais/server-database';
import { NatsConnection } from '@relais/server-nats';
import { Client } from 'pg';
import { DataSource, EntityManager } from 'typeorm';
import { EVENTS_MODULE_OPTIONS, EventsModuleOptions, outboxChannel } from './events.options';
import { OutboxPayload } from './outbox';

const BATCH_SIZE = 100;
const SWEEP_INTERVAL_MS = 1000;
const LISTEN_RETRY_MS = 2000;
const PUBLISH_TIMEOUT_MS = 5000;

interface OutboxRow {
  id: string;
  subject: string;
  payload: OutboxPayload;
  created_at: Date;
}

/**
 * Publishes the outbox to JetStream: woken by `pg_notify` on its own connection, and sweeping every
 * second in case a notification was missed. Rows are claimed `FOR UPDATE SKIP LOCKED` (several
 * replicas share the work, never a row) and published with `Nats-Msg-Id` = row id, so a row
 * published again after a crash is dropped by JetStream's duplicate window.
 *
 * Order: one relay publishes in the order events were written; with several replicas, batches
 * interleave, so consumers must not depend on a global order across events.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(OutboxRelay.name);
  private readonly table: string;
  private readonly channel: string;
  private readonly prefix: string;
  private timer?: NodeJS.Timeout;
  private listener?: Client;
  private running?: Promise<void>;
  private again = false;
  private stopped = true;

  constructor(
    @Inject(EVENTS_MODULE_OPTIONS) options: EventsModuleOptions,
    private readonly dataSource: DataSource,
    private readonly nats: NatsConnection,
  ) {
    this.table = `${quoteIdent(options.schema)}.outbox`;
    this.channel = outboxChannel(options.schema);
    this.prefix = options.subjectPrefix ?? '';
  }

  onApplicationBootstrap(): void {
    this.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.stop();
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.timer = setInterval(() => this.wake(), SWEEP_INTERVAL_MS);
    void this.listen();
    this.wake();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    const listener = this.listener;
    this.listener = undefined;
    await listener?.end().catch(() => undefined);
    await this.running;
  }

  /** Publishes whatever is pending now; resolves when the outbox was drained (or publishing failed). */
  async flush(): Promise<void> {
    this.wake();
    while (this.running) await this.running;
  }

  private wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain()
      .catch((error: unknown) => this.logger.warn(`Outbox relay pass failed: ${String(error)}`))
      .finally(() => {
        this.running = undefined;
        if (this.again && !this.stopped) {
          this.again = false;
          this.wake();
        }
      });
  }

  private async drain(): Promise<void> {
    while (!this.stopped && this.nats.isConnected() && this.dataSource.isInitialized) {
      const { claimed, failed } = await this.dataSource.transaction((manager) => this.publishBatch(manager));
      if (failed || claimed < BATCH_SIZE) return;
    }
  }

  private async publishBatch(manager: EntityManager): Promise<{ claimed: number; failed: boolean }> {
    const rows = await manager.query<OutboxRow[]>(
      `SELECT id, subject, payload, created_at FROM ${this.table}
        WHERE published_at IS NULL ORDER BY created_at, id LIMIT ${BATCH_SIZE} FOR UPDATE SKIP LOCKED`,
    );
    const js = this.nats.jetstream();
    const published: string[] = [];
    let failed = false;
    for (const row of rows) {
      const message: EventMessage = {
        id: row.id,
        subject: row.subject,
        occurredAt: new Date(row.created_at).toISOString(),
        envelope: row.payload.envelope,
        data: row.payload.data,
      };
      try {
        await js.publish(`${this.prefix}${row.subject}`, JSON.stringify(message), {
          msgID: row.id,
          timeout: PUBLISH_TIMEOUT_MS,
        });
        published.push(row.id);
      } catch (error) {
        // Keep the order: stop here and let a later pass retry this row and the ones after it.
        failed = true;
        this.logger.warn(`Could not publish event ${row.id} (${row.subject}): ${String(error)}`);
        await manager.query(
          `UPDATE ${this.table} SET attempts = attempts + 1, last_error = $2 WHERE id = $1`,
          [row.id, String(error).slice(0, 1000)],
        );
        break;
      }
    }
    if (published.length > 0) {
      await manager.query(`UPDATE ${this.table} SET published_at = now() WHERE id = ANY($1::uuid[])`, [
        published,
      ]);
    }
    return { claimed: rows.length, failed };
  }

  /** LISTEN on a connection of its own, reopened after Postgres restarts. */
  private async listen(): Promise<void> {
    while (!this.stopped) {
      const options = this.dataSource.options;
      const client = new Client({
        connectionString: options.type === 'postgres' ? options.url : undefined,
        application_name: `${this.channel}-relay`,
        connectionTimeoutMillis: 5000,
        keepAlive: true,
      });
      try {
        const ended = new Promise<void>((resolve) => {
          client.once('end', resolve);
          client.on('error', () => resolve());
        });
        await client.connect();
        client.on('notification', () => this.wake());
        await client.query(`LISTEN ${quoteIdent(this.channel)}`);
        this.listener = client;
        if (this.stopped) await client.end();
        await ended;
      } catch (error) {
        if (!this.stopped) this.logger.warn(`Outbox listener lost (${String(error)}); reconnecting`);
      }
      this.listener = undefined;
      await client.end().catch(() => undefined);
      if (!this.stopped) await new Promise((resolve) => setTimeout(resolve, LISTEN_RETRY_MS).unref());
    }
  }
}
