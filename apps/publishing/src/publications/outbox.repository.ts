import { OutboxPayload, outboxChannel } from '@relais/server-events';
import { EntityManager } from 'typeorm';
import { SCHEMA } from '../migrations';

/** One event for `publishing.outbox`. */
export interface OutboxEvent {
  agencyId: string;
  subject: string;
  payload: OutboxPayload;
}

/**
 * The events in one statement (a batch settles hundreds at once), in order, and one wake-up of the
 * relay: the rows `Outbox.add` would write one by one.
 */
export async function addToOutbox(manager: EntityManager, events: OutboxEvent[]): Promise<void> {
  if (events.length === 0) return;
  await manager.query(
    `INSERT INTO publishing.outbox (agency_id, subject, payload, created_at)
     SELECT e.agency_id, e.subject, e.payload, clock_timestamp() + (e.position * interval '1 microsecond')
       FROM jsonb_to_recordset($1::jsonb) AS e(agency_id uuid, subject text, payload jsonb, position integer)`,
    [
      JSON.stringify(
        events.map((e, position) => ({
          agency_id: e.agencyId,
          subject: e.subject,
          payload: e.payload,
          position,
        })),
      ),
    ],
  );
  await manager.query('SELECT pg_notify($1, $2)', [outboxChannel(SCHEMA), '']);
}
