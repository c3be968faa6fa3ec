import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ContentEvents, EventMessage, PostEventPayload, PostScheduledEvent } from '@relais/contracts';
import { EventConsumer, EventSubscription } from '@relais/server-events';
import { EntityManager } from 'typeorm';
import { OpenPublicationsService } from '../publications/open-publications.service';
import { insertOccurrence, lastOccurrence } from '../publications/publication.repository';
import {
  lockSchedule,
  notifyDue,
  saveActiveSchedule,
  saveCancelledSchedule,
  ScheduleRow,
} from './schedule.repository';

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

  constructor(
    private readonly consumer: EventConsumer,
    private readonly openPublications: OpenPublicationsService,
  ) {}

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
    const existing = await lockSchedule(manager, event.data.postId);
    if (existing && this.isOlder(existing, event)) {
      this.logger.debug(
        `Post ${event.data.postId}: ${subject} v${event.data.version} is older than what was applied`,
      );
      return;
    }
    await this.openPublications.cancel(manager, { postId: event.data.postId });
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
    const base = await lastOccurrence(manager, data.postId);
    const dueAt = new Date(data.scheduledAt);
    const schedule = await saveActiveSchedule(manager, {
      postId: data.postId,
      agencyId,
      brandId: data.brandId,
      postVersion: data.version,
      timezone: data.timezone,
      recurrence: data.recurrence,
      targets: data.targets,
      firstDueAt: dueAt,
      occurrenceBase: base,
      appliedEventAt: event.occurredAt,
    });
    await insertOccurrence(manager, schedule, base + 1, dueAt);
    await notifyDue(manager);
  }

  private async cancel(
    manager: EntityManager,
    agencyId: string,
    event: EventMessage<PostEventPayload>,
  ): Promise<void> {
    // A schedule row even when none existed: a scheduled event arriving late then changes nothing.
    await saveCancelledSchedule(manager, {
      postId: event.data.postId,
      agencyId,
      brandId: event.data.brandId,
      postVersion: event.data.version,
      appliedEventAt: event.occurredAt,
    });
  }
}
