import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { EventMessage, PostStatus, PublicationSettledEvent } from '@relais/contracts';
import { EventConsumer, EventSubscription } from '@relais/server-events';
import { OCCURRENCE_FAILED } from '../publishing-results/publishing-results.consumer';
import { publicationOutcome, readFigures } from '../publishing-results/publication-outcome';
import { excerptOf, planPostFailed } from './notification-plan';
import {
  findFailureTransition,
  findSettledPost,
  lastScheduler,
  writeNotifications,
} from './notification.repository';
import { PeopleClient } from './people.client';

/** The durable JetStream consumer telling people that a post failed to publish. */
export const FAILURE_NOTIFICATIONS_CONSUMER = 'content-failure-notifications';

/**
 * The publishing results consumer runs on its own: an event can reach this consumer first. Waiting
 * for it is a redelivery (1 s, 2 s, 4 s ... up to 30 s apart), so a few more attempts than usual.
 */
const MAX_DELIVERIES = 10;

/** History actions of a post that failed to publish (for good, or one occurrence of a recurring one). */
const FAILED_ACTIONS = [PostStatus.Failed, OCCURRENCE_FAILED];

/** Thrown while the post has not yet been moved by the event: the event is delivered again later. */
export class PostNotSettledYet extends Error {}

/**
 * Reads the publishing service's outcomes (`evt.publishing.publication.>`) and, for the one that made
 * the content service record a post as failed (or a recurring post's occurrence as failed), tells the
 * post's author and whoever last scheduled it, in-app and then in their e-mail digest. The failure
 * line of the post's history (which accounts failed and why) is the notification's excerpt.
 *
 * The post's move itself is the publishing results consumer's: this one finds it in the post's
 * history, under a share lock on the post that waits for a move in progress. An event the history
 * does not show yet but that would fail the post is delivered again until it does; any other event
 * (published, still pending, an older version) notifies no one. Notifying in a transaction of its own
 * means a slow or absent clients service never holds back the post's status.
 */
@Injectable()
export class PostFailedNotifier implements OnApplicationBootstrap {
  private readonly logger = new Logger(PostFailedNotifier.name);
  private subscription?: EventSubscription;

  constructor(
    private readonly consumer: EventConsumer,
    private readonly people: PeopleClient,
  ) {}

  onApplicationBootstrap(): void {
    this.subscription = this.consumer.subscribe<PublicationSettledEvent>({
      durable: FAILURE_NOTIFICATIONS_CONSUMER,
      filterSubject: 'evt.publishing.publication.>',
      maxDeliver: MAX_DELIVERIES,
      handle: (event, manager) => this.handle(event, manager),
    });
  }

  /** Resolves once the consumer reads the stream. */
  ready(): Promise<void> {
    return this.subscription?.ready ?? Promise.resolve();
  }

  private async handle(event: EventMessage<PublicationSettledEvent>, manager: EntityManager): Promise<void> {
    const agencyId = event.envelope.agencyId;
    const data = event.data;
    // Only the last account of an occurrence to settle moves the post, and only a failure fails it.
    if (!agencyId || data.occurrence.pending > 0 || data.occurrence.failed === 0) return;
    const post = await findSettledPost(manager, agencyId, data.postId);
    if (!post) return;
    const failure = await this.failureRecorded(manager, agencyId, event);
    if (!failure) {
      const outcome = publicationOutcome(
        { status: post.status, version: post.version, scheduledAt: post.scheduled_at },
        data,
      );
      const wouldFail =
        (outcome.kind === 'settle' && outcome.to === PostStatus.Failed) ||
        (outcome.kind === 'next_occurrence' && outcome.failed);
      if (wouldFail) {
        throw new PostNotSettledYet(`Post ${data.postId} is not recorded as failed yet; it will be`);
      }
      return;
    }
    const planned = planPostFailed(post.author_id, await this.scheduler(manager, agencyId, data.postId));
    const lookup = this.people.lookupEnvelope(event.envelope, agencyId, post.author_id, data.brandId);
    const written = await writeNotifications(
      manager,
      {
        eventId: event.id,
        agencyId,
        brandId: data.brandId,
        brandName: await this.people.brandName(lookup, data.brandId),
        postId: data.postId,
        postTitle: post.title,
        actorId: null,
        actorName: null,
        excerpt: excerptOf(failure.note),
        summary: readFigures(failure.summary),
      },
      planned,
    );
    this.logger.debug(`${written} notification(s) that post ${data.postId} failed`);
  }

  /**
   * The history line this event wrote when it failed the post, if it did: a failure of its publication
   * recorded after the event happened (an earlier failure of the same publication, before a retry that
   * failed again, is not this one).
   */
  private async failureRecorded(
    manager: EntityManager,
    agencyId: string,
    event: EventMessage<PublicationSettledEvent>,
  ): Promise<{ note: string | null; summary: unknown } | null> {
    return findFailureTransition(
      manager,
      agencyId,
      event.data.postId,
      FAILED_ACTIONS,
      event.data.publicationId,
      event.occurredAt,
    );
  }

  /** Who last scheduled the post (or moved it in the calendar), from its history; null if no one did. */
  private async scheduler(manager: EntityManager, agencyId: string, postId: string): Promise<string | null> {
    return lastScheduler(manager, agencyId, postId);
  }
}
