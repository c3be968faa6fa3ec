import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  CommentAddedEvent,
  ContentEvents,
  Envelope,
  EventMessage,
  PostEventPayload,
  Role,
} from '@relais/contracts';
import { EventConsumer, EventSubscription } from '@relais/server-events';
import { findNotifiedPost, writeNotifications } from './notification.repository';
import { threadParticipants } from '../comments/comment.repository';
import {
  excerptOf,
  finalizePlan,
  planComment,
  planPostEvent,
  PlannedNotification,
  reviewersOf,
  stepAwaitingReview,
} from './notification-plan';
import { PeopleClient } from './people.client';

/** The durable JetStream consumer turning the content service's own events into notifications. */
export const NOTIFICATIONS_CONSUMER = 'content-notifications';

const POST_SUBJECTS: ReadonlySet<string> = new Set([
  ContentEvents.postSubmitted,
  ContentEvents.postApproved,
  ContentEvents.postChangesRequested,
  ContentEvents.postScheduled,
]);

interface PostRow {
  author_id: string;
  title: string;
}

/**
 * Reads `evt.content.>` with a durable consumer (each event handled once, in the transaction that
 * records it as processed, in the event's tenant) and writes one notification per recipient.
 */
@Injectable()
export class NotificationConsumer implements OnApplicationBootstrap {
  private readonly logger = new Logger(NotificationConsumer.name);
  private subscription?: EventSubscription;

  constructor(
    private readonly consumer: EventConsumer,
    private readonly people: PeopleClient,
  ) {}

  onApplicationBootstrap(): void {
    this.subscription = this.consumer.subscribe<unknown>({
      durable: NOTIFICATIONS_CONSUMER,
      filterSubject: 'evt.content.>',
      handle: (event, manager) => this.handle(event, manager),
    });
  }

  /** Resolves once the consumer reads the stream. */
  ready(): Promise<void> {
    return this.subscription?.ready ?? Promise.resolve();
  }

  private async handle(event: EventMessage<unknown>, manager: EntityManager): Promise<void> {
    const agencyId = event.envelope.agencyId;
    if (!agencyId) return;
    if (POST_SUBJECTS.has(event.subject)) {
      await this.onPostEvent(event as EventMessage<PostEventPayload>, agencyId, manager);
    } else if (event.subject === ContentEvents.commentAdded) {
      await this.onComment(event as EventMessage<CommentAddedEvent>, agencyId, manager);
    }
  }

  private async onPostEvent(
    event: EventMessage<PostEventPayload>,
    agencyId: string,
    manager: EntityManager,
  ): Promise<void> {
    const data = event.data;
    const post = await this.findPost(manager, agencyId, data.postId);
    if (!post) return;
    const lookup = this.people.lookupEnvelope(event.envelope, agencyId, post.author_id, data.brandId);
    const step = stepAwaitingReview(event.subject, data);
    const reviewers = step
      ? reviewersOf(await this.people.members(lookup, step.role), step, data.brandId)
      : [];
    const planned = finalizePlan(planPostEvent(event.subject, data, reviewers), event.envelope.userId);
    await this.write(manager, event, lookup, planned, {
      agencyId,
      brandId: data.brandId,
      postId: data.postId,
      postTitle: data.title,
      actorName: data.actorName ?? null,
      excerpt: excerptOf(data.comment),
    });
  }

  private async onComment(
    event: EventMessage<CommentAddedEvent>,
    agencyId: string,
    manager: EntityManager,
  ): Promise<void> {
    const data = event.data;
    const post = await this.findPost(manager, agencyId, data.postId);
    if (!post) return;
    const lookup = this.people.lookupEnvelope(event.envelope, agencyId, post.author_id, data.brandId);
    const participants = await threadParticipants(manager, agencyId, data.commentId);
    const members = await this.people.members(lookup);
    const roles = new Map<string, Role>(members.map((member) => [member.userId, member.role]));
    const planned = finalizePlan(
      planComment(data, post.author_id, participants, roles).filter((item) => roles.has(item.recipientId)),
      data.authorId ?? event.envelope.userId,
    );
    await this.write(manager, event, lookup, planned, {
      agencyId,
      brandId: data.brandId,
      postId: data.postId,
      postTitle: post.title,
      actorName: data.authorName,
      excerpt: excerptOf(data.excerpt),
    });
  }

  private async write(
    manager: EntityManager,
    event: EventMessage<unknown>,
    lookup: Envelope,
    planned: PlannedNotification[],
    context: {
      agencyId: string;
      brandId: string;
      postId: string;
      postTitle: string;
      actorName: string | null;
      excerpt: string | null;
    },
  ): Promise<void> {
    if (planned.length === 0) return;
    const brandName = await this.people.brandName(lookup, context.brandId);
    const written = await writeNotifications(
      manager,
      { ...context, eventId: event.id, brandName, actorId: event.envelope.userId },
      planned,
    );
    this.logger.debug(`${written} notification(s) for ${event.subject} ${event.id}`);
  }

  /** The post as it is now; a post deleted since the event was written notifies no one. */
  private async findPost(manager: EntityManager, agencyId: string, postId: string): Promise<PostRow | null> {
    return findNotifiedPost(manager, agencyId, postId);
  }
}
