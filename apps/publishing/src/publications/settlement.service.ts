import { Injectable, Logger } from '@nestjs/common';
import {
  OccurrenceTally,
  PublicationSettledEvent,
  PublicationStatus,
  PublishingEvents,
  systemEnvelope,
} from '@relais/contracts';
import { nextOccurrenceSlot } from '@relais/schedule-rules';
import { Outbox, OutboxEvent } from '@relais/server-events';
import { EntityManager } from 'typeorm';
import { endSchedule, moveSchedule, notifyDue, ScheduleRow } from '../schedules/schedule.repository';
import { PublicationRow } from './publication';
import { insertOccurrence, occurrenceTallies } from './publication.repository';

const key = (postId: string, version: number, occurrence: number) => `${postId}:${version}:${occurrence}`;

/**
 * What follows publications that settled (published or failed), in the transaction that settled
 * them: the occurrence's tally, the next occurrence of a recurring post once nothing of this one is
 * pending, and one outbox event per publication.
 */
@Injectable()
export class Settlement {
  private readonly logger = new Logger(Settlement.name);

  constructor(private readonly outbox: Outbox) {}

  /** `settled`: rows now published or failed; `schedules`: from `lockSchedules` in this transaction, taken before the publications. */
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
    const events: OutboxEvent[] = [];
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
        subject:
          row.status === PublicationStatus.Published
            ? PublishingEvents.publicationPublished
            : PublishingEvents.publicationFailed,
        envelope: systemEnvelope(correlationId, row.agency_id),
        data: event,
      });
    }
    await this.outbox.addMany(manager, events);
  }

  private async tallies(
    manager: EntityManager,
    settled: PublicationRow[],
  ): Promise<Map<string, OccurrenceTally>> {
    const groups = [
      ...new Map(settled.map((row) => [key(row.post_id, row.post_version, row.occurrence), row])).values(),
    ];
    const rows = await occurrenceTallies(manager, groups);
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
      await endSchedule(manager, schedule.post_id);
      schedule.status = 'ended';
      return { at: null, inserted: false };
    }
    await insertOccurrence(manager, schedule, slot.number, slot.at);
    await moveSchedule(manager, schedule.post_id, slot.number, slot.at);
    schedule.occurrence = slot.number;
    schedule.current_due_at = slot.at;
    this.logger.debug(`Post ${schedule.post_id}: occurrence ${slot.number} due ${slot.at.toISOString()}`);
    return { at: slot.at, inserted: true };
  }
}
