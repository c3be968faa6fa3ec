import { PublicationPartView, PublicationStatus, PublicationView } from '@relais/contracts';
import { canRetry, PublicationRow } from './publication';
import { PublicationPartRow } from './publication-part.repository';

const iso = (value: Date | null): string | null => (value ? new Date(value).toISOString() : null);

/** Every part of a thread, the post first, those not posted yet without an id; none for a single post. */
function partsOf(row: PublicationRow, posted: PublicationPartRow[]): PublicationPartView[] {
  if (row.thread_parts.length === 0) return [];
  const byIndex = new Map(posted.map((part) => [part.index, part]));
  return Array.from({ length: row.thread_parts.length + 1 }, (_, index) => {
    const part = byIndex.get(index);
    return {
      index,
      externalId: part?.external_id ?? null,
      externalUrl: part?.external_url ?? null,
      publishedAt: part ? iso(part.published_at) : null,
    };
  });
}

/** `parts`: the thread parts recorded for this publication (any order; others' are ignored). */
export function toPublicationView(row: PublicationRow, parts: PublicationPartRow[] = []): PublicationView {
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
    parts: partsOf(
      row,
      parts.filter((part) => part.publication_id === row.id),
    ),
    canRetry: canRetry(row),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}
