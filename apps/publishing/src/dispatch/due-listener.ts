import { Logger } from '@nestjs/common';
import { Client } from 'pg';
import { DUE_CHANNEL } from '../schedules/schedule.repository';

const RECONNECT_MS = 2000;

/**
 * `LISTEN publishing_due` on a dedicated connection: every commit that makes something due wakes the
 * dispatcher at once. Reconnects by itself; a reconnection wakes the dispatcher too (a notification
 * may have been missed meanwhile).
 */
export class DueListener {
  private readonly logger = new Logger(DueListener.name);
  private client?: Client;
  private stopped = false;
  private retry?: NodeJS.Timeout;

  constructor(
    private readonly databaseUrl: string,
    private readonly onDue: () => void,
  ) {}

  async start(): Promise<void> {
    if (this.stopped) return;
    const client = new Client({ connectionString: this.databaseUrl, application_name: 'publishing-listen' });
    client.on('notification', () => this.onDue());
    client.on('error', (error) => {
      this.logger.warn(`Lost the ${DUE_CHANNEL} listener (${error.message}); reconnecting`);
      this.reconnect(client);
    });
    client.on('end', () => this.reconnect(client));
    this.client = client;
    try {
      await client.connect();
      await client.query(`LISTEN ${DUE_CHANNEL}`);
      this.onDue();
    } catch (error) {
      this.logger.warn(`Could not listen on ${DUE_CHANNEL} (${String(error)}); retrying`);
      this.reconnect(client);
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    await this.client?.end().catch(() => undefined);
  }

  private reconnect(client: Client): void {
    if (this.stopped || this.client !== client) return;
    this.client = undefined;
    client.end().catch(() => undefined);
    this.retry = setTimeout(() => void this.start(), RECONNECT_MS);
  }
}
