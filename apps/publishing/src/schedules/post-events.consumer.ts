import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ContentEvents, EventMessage, PostEventPayload, PostScheduledEvent } from '@relais/contracts';
import { EventConsumer, EventSubscription } from '@relais/server-events';
import { EntityManager } from 'typeorm';
import { cancelOpenPublications } from '../dispatch/open-publications';
import { insertOccurrence, notifyDue, ScheduleRow } from './schedule-row';

/** The durable JetStream consumer reading content's post events. */
export const POST_EVENTS_CONSUMER = 'publishing-posts';

const CANCELLING = new Set<string>([
  ContentEvents.postCancelled,
  ContentEvents.postArchived,
  ContentEvents.postDeleted,
]);

/**
 * Reads `evt.content.post.>`: a scheduled post gets its schedule and its first occurrence's
 * publications (what was pending of an earlier schedule is cancelled first); a cancelled, archived
 * or deleted post gets nothing more sent. Events may come twice or late: one older than what the
 * schedule already applied (version, then occurredAt) changes nothing.
 */
@Injectable()
export class PostEventsConsumer implements OnApplicationBootstrap {
  private readonly logger = new Logger(PostEventsConsumer.name);
  private subscription?: EventSubscription;

  constructor(private readonly consumer: EventConsumer) {}

  onApplicationBootstrap(): void {
    this.subscription = this.consumer.subscribe<PostEventPayload>({
      durable: POST_EVENTS_CONSUMER,
      filterSubject: 'evt.content.post.>',
      handle: (event, manager) => this.handle(event, manager),
    });
  }

  ready(): Promise<void> {
    return this.subscription?.ready ?? Promise.resolve();
  }

  private async handle(event: EventMessage<PostEventPayload>, manager: EntityManager): Promise<void> {
    const subject = event.subject.slice(event.subject.indexOf('evt.'));
    const isSchedule = subject === ContentEvents.postScheduled;
    if (!isSchedule && !CANCELLING.has(subject)) return;
    const agencyId = event.envelope.agencyId;
    if (!agencyId) return;
    const [existing] = await manager.query<ScheduleRow[]>(
      `SELECT * FROM publishing.schedules WHERE post_id = $1 FOR UPDATE`,
      [event.data.postId],
    );
    if (existing && this.isOlder(existing, event)) {
      this.logger.debug(
        `Post ${event.data.postId}: ${subject} v${event.data.version} is older than what was applied`,
      );
      return;
    }
    await cancelOpenPublications(manager, { postId: event.data.postId });
    if (isSchedule) await this.schedule(manager, agencyId, event as EventMessage<PostScheduledEvent>);
    else await this.cancel(manager, agencyId, event);
  }

  private isOlder(existing: ScheduleRow, event: EventMessage<PostEventPayload>): boolean {
    if (existing.post_version !== event.data.version) return existing.post_version > event.data.version;
    return new Date(existing.applied_event_at).getTime() >= new Date(event.occurredAt).getTime();
  }

  private async schedule(
    manager: EntityManager,
    agencyId: string,
    event: EventMessage<PostScheduledEvent>,
  ): Promise<void> {
    const data = event.data;
    const [{ base }] = await manager.query<{ base: number }[]>(
      `SELECT coalesce(max(occurrence), 0)::int AS base FROM publishing.publications WHERE post_id = $1`,
      [data.postId],
    );
    const dueAt = new Date(data.scheduledAt);
    const [schedule] = await manager.query<ScheduleRow[]>(
      `INSERT INTO publishing.schedules
              (post_id, agency_id, brand_id, post_version, timezone, recurrence, targets, first_due_at,
               occurrence_base, occurrence, current_due_at, status, applied_event_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9 + 1, $8, 'active', $10)
       ON CONFLICT (post_id) DO UPDATE SET
              post_version = EXCLUDED.post_version, timezone = EXCLUDED.timezone, recurrence = EXCLUDED.recurrence,
              targets = EXCLUDED.targets, first_due_at = EXCLUDED.first_due_at,
              occurrence_base = EXCLUDED.occurrence_base, occurrence = EXCLUDED.occurrence,
              current_due_at = EXCLUDED.current_due_at, status = 'active',
              applied_event_at = EXCLUDED.applied_event_at, updated_at = now()
       RETURNING *`,
      [
        data.postId,
        agencyId,
        data.brandId,
        data.version,
        data.timezone,
        data.recurrence ? JSON.stringify(data.recurrence) : null,
        JSON.stringify(data.targets ?? []),
        dueAt,
        base,
        event.occurredAt,
      ],
    );
    await insertOccurrence(manager, schedule, base + 1, dueAt);
    await notifyDue(manager);
  }

  private async cancel(
    manager: EntityManager,
    agencyId: string,
    event: EventMessage<PostEventPayload>,
  ): Promise<void> {
    // A schedule row even when none existed: a scheduled event arriving late then changes nothing.
    await manager.query(
      `INSERT INTO publishing.schedules (post_id, agency_id, brand_id, post_version, status, applied_event_at)
       VALUES ($1, $2, $3, $4, 'cancelled', $5)
       ON CONFLICT (post_id) DO UPDATE SET
              post_version = EXCLUDED.post_version, status = 'cancelled',
              applied_event_at = EXCLUDED.applied_event_at, updated_at = now()`,
      [event.data.postId, agencyId, event.data.brandId, event.data.version, event.occurredAt],
    );
  }
}
