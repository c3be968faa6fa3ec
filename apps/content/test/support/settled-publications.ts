import { randomUUID } from 'node:crypto';
import {
  EventMessage,
  Network,
  OccurrenceTally,
  PostView,
  PublicationSettledEvent,
  PublishingEvents,
} from '@relais/contracts';
import { NatsConnection } from '@relais/server-nats';
import { system, waitFor } from '@relais/server-testing';
import { PUBLISHING_RESULTS_CONSUMER } from '../../src/publishing-results/publishing-results.consumer';
import { ContentHarness } from './content-harness';

/** One account's settled publication of a post: what differs from the defaults of `settlePublication`. */
export type SettledPublication = Partial<PublicationSettledEvent> & {
  /** The agency the publishing service acts for. */
  agencyId: string;
  accountId: string;
  dueAt: string;
  occurrence: OccurrenceTally;
  /** The event's id (the same id again is a redelivery); a fresh one by default. */
  eventId?: string;
};

export interface SettleOptions {
  /** The durable consumers that must have handled the event; content's publishing results by default. */
  consumers?: string[];
  timeoutMs?: number;
}

/**
 * Publishes the outcome of one account's publication of `post` as the publishing service does:
 * `publication.failed` when it has a `failure`, `publication.published` otherwise (on X, now, unless
 * told). Resolves once every one of the consumers recorded the event as handled.
 */
export async function settlePublication(
  h: ContentHarness,
  post: PostView,
  settled: SettledPublication,
  options: SettleOptions = {},
): Promise<void> {
  const consumers = options.consumers ?? [PUBLISHING_RESULTS_CONSUMER];
  const { agencyId, eventId = randomUUID(), ...fields } = settled;
  const failed = fields.failure !== undefined && fields.failure !== null;
  const subject = failed ? PublishingEvents.publicationFailed : PublishingEvents.publicationPublished;
  const data: PublicationSettledEvent = {
    publicationId: randomUUID(),
    postId: post.id,
    postVersion: post.version,
    brandId: post.brandId,
    network: Network.X,
    externalId: failed ? null : '1234',
    externalUrl: failed ? null : 'https://x.com/verdure/status/1234',
    publishedAt: failed ? null : new Date().toISOString(),
    failure: null,
    nextOccurrenceAt: null,
    ...fields,
  };
  const message: EventMessage<PublicationSettledEvent> = {
    id: eventId,
    subject,
    occurredAt: new Date().toISOString(),
    envelope: system(agencyId),
    data,
  };
  await h.app
    .get(NatsConnection)
    .jetstream()
    .publish(`${h.config.NATS_SUBJECT_PREFIX}${subject}`, JSON.stringify(message), { msgID: eventId });
  await waitFor(
    async () => {
      const rows = await h.sql(
        `SELECT 1 FROM content.processed_events WHERE consumer = ANY($1) AND event_id = $2`,
        [consumers, eventId],
      );
      return rows.length === consumers.length;
    },
    {
      timeoutMs: options.timeoutMs ?? 15_000,
      description: `event ${eventId} handled by ${consumers.join(', ')}`,
    },
  );
}
