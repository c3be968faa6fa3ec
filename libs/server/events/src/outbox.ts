import { Inject, Injectable } from '@nestjs/common';
import { Envelope } from '@relais/contracts';
import { quoteIdent } from '@relais/server-database';
import { EntityManager } from 'typeorm';
import { EVENTS_MODULE_OPTIONS, EventsModuleOptions, outboxChannel } from './events.options';

export interface OutboxEvent {
  /** `evt.<service>.<entity>.<past-verb>.v1`, without the environment prefix. */
  subject: string;
  envelope: Envelope;
  data: unknown;
}

/** What an outbox row's `payload` holds. */
export interface OutboxPayload {
  envelope: Envelope;
  data: unknown;
}

/**
 * Writes domain events in the caller's transaction: they are published if and only if the change
 * commits. The relay is woken by `pg_notify` at commit.
 */
@Injectable()
export class Outbox {
  private readonly table: string;
  private readonly channel: string;

  constructor(@Inject(EVENTS_MODULE_OPTIONS) options: EventsModuleOptions) {
    this.table = `${quoteIdent(options.schema)}.outbox`;
    this.channel = outboxChannel(options.schema);
  }

  /** Adds the event; returns its id (the JetStream message id and `EventMessage.id`). */
  async add(manager: EntityManager, event: OutboxEvent): Promise<string> {
    const payload: OutboxPayload = { envelope: event.envelope, data: event.data };
    const rows = await manager.query<{ id: string }[]>(
      `INSERT INTO ${this.table} (agency_id, subject, payload) VALUES ($1, $2, $3) RETURNING id`,
      [event.envelope.agencyId ?? null, event.subject, JSON.stringify(payload)],
    );
    await manager.query('SELECT pg_notify($1, $2)', [this.channel, '']);
    return rows[0].id;
  }

  /** Adds the events in one statement, in order (a batch of hundreds at once), and wakes the relay once. */
  async addMany(manager: EntityManager, events: OutboxEvent[]): Promise<void> {
    if (events.length === 0) return;
    await manager.query(
      `INSERT INTO ${this.table} (agency_id, subject, payload, created_at)
       SELECT e.agency_id, e.subject, e.payload, clock_timestamp() + (e.position * interval '1 microsecond')
         FROM jsonb_to_recordset($1::jsonb) AS e(agency_id uuid, subject text, payload jsonb, position integer)`,
      [
        JSON.stringify(
          events.map((event, position) => ({
            agency_id: event.envelope.agencyId ?? null,
            subject: event.subject,
            payload: { envelope: event.envelope, data: event.data } satisfies OutboxPayload,
            position,
          })),
        ),
      ],
    );
    await manager.query('SELECT pg_notify($1, $2)', [this.channel, '']);
  }
}
