import {
  Network,
  PublicationStatus,
  PublicationView,
  PublishFailureCode,
  RETRYABLE_FAILURES,
} from '@relais/contracts';

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
  created_at: Date;
  updated_at: Date;
}

/** Every column of a publication, for `RETURNING` and `SELECT` lists. */
export const PUBLICATION_COLUMNS = 'p.*';

/** Failed for a reason a retry can fix without posting twice. */
export function canRetry(row: Pick<PublicationRow, 'status' | 'failure_code'>): boolean {
  return (
    row.status === PublicationStatus.Failed &&
    row.failure_code !== null &&
    RETRYABLE_FAILURES.includes(row.failure_code)
  );
}

const iso = (value: Date | null): string | null => (value ? new Date(value).toISOString() : null);

export function toPublicationView(row: PublicationRow): PublicationView {
  return {
    id: row.id,
    postId: row.post_id,
    brandId: row.brand_id,
    accountId: row.account_id,
    network: row.network,
    dueAt: new Date(row.due_at).toISOString(),
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: row.status === PublicationStatus.Pending ? iso(row.next_attempt_at) : null,
    externalId: row.external_id,
    externalUrl: row.external_url,
    publishedAt: iso(row.published_at),
    failure: row.failure_code
      ? {
          code: row.failure_code,
          message: row.failure_message ?? '',
          networkMessage: row.network_message,
        }
      : null,
    canRetry: canRetry(row),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}
