import { PublicationStatus, PublicationView } from '@relais/contracts';
import { canRetry, PublicationRow } from './publication';

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
    failedStep: row.failure_code ? row.failed_step : null,
    parts: [],
    canRetry: canRetry(row),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}
