import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { EventMessage, PublicationSettledEvent } from '@relais/contracts';
import { EventConsumer, EventSubscription } from '@relais/server-events';
import { recordTransition } from '../posts/post-transition.repository';
import { lockPost, updatePost } from '../posts/post.repository';
import { publicationOutcome } from './publication-outcome';

/** The durable JetStream consumer reading the publishing service's outcomes. */
export const PUBLISHING_RESULTS_CONSUMER = 'content-publishing-results';

/** History actions of a recurring post's occurrence that settled (the post stays scheduled). */
export const OCCURRENCE_PUBLISHED = 'occurrence_published';
export const OCCURRENCE_FAILED = 'occurrence_failed';

/**
 * Reads `evt.publishing.publication.>` (each event once, in the event's tenant and in the transaction
 * that records it as processed) and moves the post: published or failed once nothing is pending, or,
 * for a recurring post, on to its next occurrence. Every move is recorded in the post's history as the
 * system.
 */
@Injectable()
export class PublishingResultsConsumer implements OnApplicationBootstrap {
  private readonly logger = new Logger(PublishingResultsConsumer.name);
  private subscription?: EventSubscription;

  constructor(private readonly consumer: EventConsumer) {}

  onApplicationBootstrap(): void {
    this.subscription = this.consumer.subscribe<PublicationSettledEvent>({
      durable: PUBLISHING_RESULTS_CONSUMER,
      filterSubject: 'evt.publishing.publication.>',
      handle: (event, manager) => this.handle(event, manager),
    });
  }

  /** Resolves once the consumer reads the stream. */
  ready(): Promise<void> {
    return this.subscription?.ready ?? Promise.resolve();
  }

  private async handle(event: EventMessage<PublicationSettledEvent>, manager: EntityManager): Promise<void> {
    const agencyId = event.envelope.agencyId;
    if (!agencyId) return;
    const data = event.data;
    const post = await lockPost(manager, agencyId, data.postId);
    if (!post) return;
    const outcome = publicationOutcome(post, data);
    const changes = { occurrence: data.occurrence, dueAt: data.dueAt, publicationId: data.publicationId };
    if (outcome.kind === 'ignore') {
      this.logger.debug(
        `Publication ${data.publicationId} leaves post ${post.id} as it is: ${outcome.reason}`,
      );
      return;
    }
    if (outcome.kind === 'next_occurrence') {
      await updatePost(manager, post.id, { scheduledAt: outcome.at });
      await recordTransition(manager, {
        post,
        action: outcome.failed ? OCCURRENCE_FAILED : OCCURRENCE_PUBLISHED,
        from: post.status,
        to: post.status,
        actor: null,
        via: 'system',
        note: outcome.summary,
        changes: {
          ...changes,
          summary: outcome.figures,
          scheduledAt: { from: post.scheduledAt?.toISOString() ?? null, to: outcome.at.toISOString() },
        },
      });
      return;
    }
    await updatePost(manager, post.id, { status: outcome.to });
    await recordTransition(manager, {
      post,
      action: outcome.to,
      from: post.status,
      to: outcome.to,
      actor: null,
      via: 'system',
      note: outcome.summary,
      changes: { ...changes, summary: outcome.figures },
    });
  }
}
