import { Network } from '../networks';
import { PublicationFailureView } from './publication.payload';

/** Where an occurrence of a post stands once one of its publications settled. */
export interface OccurrenceTally {
  total: number;
  published: number;
  failed: number;
  /** Neither published nor failed yet (pending, claimed, sending, unknown). */
  pending: number;
}

/**
 * `evt.publishing.publication.published.v1` and `evt.publishing.publication.failed.v1`: one account's
 * outcome for one occurrence of a post. `occurrence` tells the post's overall state; the content service
 * moves the post to published (all published) or failed (none pending, one failed or more).
 */
export interface PublicationSettledEvent {
  publicationId: string;
  postId: string;
  postVersion: number;
  brandId: string;
  accountId: string;
  network: Network;
  dueAt: string;
  externalId: string | null;
  externalUrl: string | null;
  publishedAt: string | null;
  failure: PublicationFailureView | null;
  occurrence: OccurrenceTally;
  /** A recurring post: the next occurrence's instant once this one settled; null when the series ended. */
  nextOccurrenceAt: string | null;
}
