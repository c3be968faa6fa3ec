import {
  LinkCardSpec,
  Network,
  PublicationStatus,
  PublishFailureCode,
  PublishStep,
  RETRYABLE_FAILURES,
} from '@relais/contracts';

/** The networks that post a thread as replies, each part under the one before. */
export const THREAD_NETWORKS: readonly Network[] = [Network.X, Network.Bluesky, Network.Mastodon];

/** A `publishing.publications` row as raw SQL returns it. */
export interface PublicationRow {
  id: string;
  agency_id: string;
  brand_id: string;
  post_id: string;
  post_version: number;
  occurrence: number;
  account_id: string;
  network: Network;
  due_at: Date;
  status: PublicationStatus;
  text: string;
  link_url: string | null;
  first_comment: string | null;
  media_ids: string[];
  /** A thread's parts after `text`, each posted as a reply to the one before (empty: a single post). */
  thread_parts: string[];
  /** The card of `link_url`, from the schedule's target (null: none, or the network builds its own). */
  link_card: LinkCardSpec | null;
  idempotency_key: string;
  attempts: number;
  retry_from: number;
  next_attempt_at: Date | null;
  lease_owner: string | null;
  lease_until: Date | null;
  sending_at: Date | null;
  external_id: string | null;
  external_url: string | null;
  published_at: Date | null;
  failure_code: PublishFailureCode | null;
  failure_message: string | null;
  network_message: string | null;
  /** The step of the send that failed (null: none, or nothing was sent). */
  failed_step: PublishStep | null;
  created_at: Date;
  updated_at: Date;
}

/**
 * Failed for a reason a retry can fix without posting twice: a retryable code, or a failure while
 * uploading or processing media (no post exists then, whatever the network said).
 */
export function canRetry(row: Pick<PublicationRow, 'status' | 'failure_code' | 'failed_step'>): boolean {
  return (
    row.status === PublicationStatus.Failed &&
    row.failure_code !== null &&
    (RETRYABLE_FAILURES.includes(row.failure_code) ||
      row.failed_step === 'upload' ||
      row.failed_step === 'processing')
  );
}
