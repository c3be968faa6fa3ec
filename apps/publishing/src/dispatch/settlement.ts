import { Injectable, Logger } from '@nestjs/common';
import {
  OccurrenceTally,
  PublicationSettledEvent,
  PublicationStatus,
  PublishingEvents,
  systemEnvelope,
} from '@relais/contracts';
import { OutboxPayload, outboxChannel } from '@relais/server-events';
import { SCHEMA } from '../migrations';
import { nextOccurrenceSlot } from '@relais/schedule-rules';
import { EntityManager } from 'typeorm';
import { PublicationRow } from '../publications/publication-row';
import { insertOccurrence, notifyDue, ScheduleRow } from '../schedules/schedule-row';

interface TallyRow {
  post_id: string;
  post_version: number;
  occurrence: number;
  total: string;
  published: string;
  failed: string;
  pending: string;
}

const key = (postId: string, version: number, occurrence: number) => `${postId}:${version}:${occurrence}`;

/**
 * What follows publications that settled (published or failed), in the transaction that settled
 * them: the occurrence's tally, the next occurrence of a recurring post once nothing of this one is
 * pending, and one outbox event per publication.
 */
@Injectable()
export class Settlement {
  private readonly logger = new Logger(Settlement.name);

  /**
   * Locks the schedules of these posts, in a fixed order: every transaction that changes a post's
   * publications takes its schedule first, so that two settling the last publications of one
   * occurrence see each other's outcome (and never deadlock).
   */
  static async lockSchedules(
    manager: EntityManager,
    postIds: Iterable<string>,
  ): Promise<Map<string, ScheduleRow>> {
    const ids = [...new Set(postIds)].sort();
    if (ids.length === 0) return new Map();
    const rows = await manager.query<ScheduleRow[]>(
      `SELECT * FROM publishing.schedules WHERE post_id = ANY($1::uuid[]) ORDER BY post_id FOR UPDATE`,
      [ids],
    );
    return new Map(rows.map((row) => [row.post_id, row]));
  }

  /** `settled`: rows now published or failed; `schedules`: from `lockSchedules` in this transaction. */
  async settle(
    manager: EntityManager,
    settled: PublicationRow[],
    schedules: Map<string, ScheduleRow>,
    correlationId: string,
  ): Promise<void> {
    if (settled.length === 0) return;
    const tallies = await this.tallies(manager, settled);
    const nextAt = new Map<string, Date | null>();
    let inserted = false;
    for (const row of settled) {
      const schedule = schedules.get(row.post_id);
      const tally = tallies.get(key(row.post_id, row.post_version, row.occurrence));
      if (!schedule || !tally || nextAt.has(row.post_id)) continue;
      const next = await this.advance(manager, schedule, row, tally);
      nextAt.set(row.post_id, next.at);
      inserted ||= next.inserted;
    }
    if (inserted) await notifyDue(manager);
    const events: { agencyId: string; subject: string; payload: OutboxPayload }[] = [];
    for (const row of settled) {
      const tally = tallies.get(key(row.post_id, row.post_version, row.occurrence)) ?? {
        total: 1,
        published: row.status === PublicationStatus.Published ? 1 : 0,
        failed: row.status === PublicationStatus.Failed ? 1 : 0,
        pending: 0,
      };
      const event: PublicationSettledEvent = {
        publicationId: row.id,
        postId: row.post_id,
        postVersion: row.post_version,
        brandId: row.brand_id,
        accountId: row.account_id,
        network: row.network,
        dueAt: new Date(row.due_at).toISOString(),
        externalId: row.external_id,
        externalUrl: row.external_url,
        publishedAt: row.published_at ? new Date(row.published_at).toISOString() : null,
        failure: row.failure_code
          ? {
              code: row.failure_code,
              message: row.failure_message ?? '',
              networkMessage: row.network_message,
            }
          : null,
        occurrence: tally,
        nextOccurrenceAt: tally.pending === 0 ? (nextAt.get(row.post_id)?.toISOString() ?? null) : null,
      };
      events.push({
        agencyId: row.agency_id,
        subject:
          row.status === PublicationStatus.Published
            ? PublishingEvents.publicationPublished
            : PublishingEvents.publicationFailed,
        payload: { envelope: systemEnvelope(correlationId, row.agency_id), data: event },
      });
    }
    await this.addToOutbox(manager, events);
  }

  /**
   * The events in one statement (a batch settles hundreds at once), in order, and one wake-up of the
   * relay: the rows `Outbox.add` would write one by one.
   */
  private async addToOutbox(
    manager: EntityManager,
    events: { agencyId: string; subject: string; payload: OutboxPayload }[],
  ): Promise<void> {
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

  private async tallies(
    manager: EntityManager,
    settled: PublicationRow[],
  ): Promise<Map<string, OccurrenceTally>> {
    const groups = [
      ...new Map(settled.map((row) => [key(row.post_id, row.post_version, row.occurrence), row])).values(),
    ];
    const rows = await manager.query<TallyRow[]>(
      `SELECT p.post_id, p.post_version, p.occurrence, count(*) AS total,
              count(*) FILTER (WHERE p.status = 'published') AS published,
              count(*) FILTER (WHERE p.status = 'failed') AS failed,
              count(*) FILTER (WHERE p.status IN ('pending', 'claimed', 'sending', 'unknown')) AS pending
         FROM publishing.publications p
         JOIN jsonb_to_recordset($1::jsonb) AS g(post_id uuid, post_version integer, occurrence integer)
           ON p.post_id = g.post_id AND p.post_version = g.post_version AND p.occurrence = g.occurrence
        WHERE p.status <> 'cancelled'
        GROUP BY p.post_id, p.post_version, p.occurrence`,
      [
        JSON.stringify(
          groups.map((row) => ({
            post_id: row.post_id,
            post_version: row.post_version,
            occurrence: row.occurrence,
          })),
        ),
      ],
    );
    return new Map(
      rows.map((row) => [
        key(row.post_id, row.post_version, row.occurrence),
        {
          total: Number(row.total),
          published: Number(row.published),
          failed: Number(row.failed),
          pending: Number(row.pending),
        },
      ]),
    );
  }

  /**
   * The occurrence after this one once nothing of it is pending (inserted now, or already there after
   * a retry settles an old occurrence); null when the post does not recur or its series ended.
   */
  private async advance(
    manager: EntityManager,
    schedule: ScheduleRow,
    row: PublicationRow,
    tally: OccurrenceTally,
  ): Promise<{ at: Date | null; inserted: boolean }> {
    if (tally.pending > 0 || !schedule.recurrence || schedule.status !== 'active') {
      return { at: null, inserted: false };
    }
    if (schedule.post_version !== row.post_version) return { at: null, inserted: false };
    if (schedule.occurrence > row.occurrence) {
      return { at: schedule.current_due_at ? new Date(schedule.current_due_at) : null, inserted: false };
    }
    const after = new Date(Math.max(Date.now(), new Date(row.due_at).getTime()));
    const found = schedule.first_due_at
      ? nextOccurrenceSlot(
          schedule.recurrence,
          schedule.timezone,
          new Date(schedule.first_due_at),
          after,
          row.occurrence - schedule.occurrence_base,
        )
      : null;
    const slot = found ? { number: schedule.occurrence_base + found.number, at: found.at } : null;
    if (!slot) {
      await manager.query(
        `UPDATE publishing.schedules SET status = 'ended', updated_at = now() WHERE post_id = $1`,
        [schedule.post_id],
      );
      schedule.status = 'ended';
      return { at: null, inserted: false };
    }
    await insertOccurrence(manager, schedule, slot.number, slot.at);
    await manager.query(
      `UPDATE publishing.schedules SET occurrence = $2, current_due_at = $3, updated_at = now() WHERE post_id = $1`,
      [schedule.post_id, slot.number, slot.at],
    );
    schedule.occurrence = slot.number;
    schedule.current_due_at = slot.at;
    this.logger.debug(`Post ${schedule.post_id}: occurrence ${slot.number} due ${slot.at.toISOString()}`);
    return { at: slot.at, inserted: true };
  }
}
