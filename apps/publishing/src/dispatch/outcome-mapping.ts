import { PublishFailureCode } from '@relais/contracts';
import type { PublicationMedia } from '../media/publication-media.service';
import { MediaUploads, PublishOutcome, PublishRequest, ThreadReply } from '../networks/network-adapter';
import { PublicationRow } from '../publications/publication';
import { backoffMs } from './concurrency';
import { DispatchResult } from './dispatch-result';

export interface RetryPolicy {
  maxAttempts: number;
  baseMs: number;
  maxMs: number;
}

/**
 * What an adapter's outcome means for the publication: published; failed for good; pending again
 * (only when the adapter says a retry cannot post twice, within the attempts allowed, not before the
 * network's reset); unknown. Authentication failures are handled by the sender before this.
 */
export function resultOf(
  row: PublicationRow,
  attempt: number,
  outcome: PublishOutcome,
  policy: RetryPolicy,
  now = new Date(),
): DispatchResult {
  const base = { row, attempt };
  if (outcome.kind === 'published') {
    const rateLimit = outcome.rateLimit;
    const exhausted =
      rateLimit?.remaining === 0 && rateLimit.resetAt && rateLimit.resetAt.getTime() > now.getTime();
    return {
      ...base,
      kind: 'published',
      externalId: outcome.externalId,
      url: outcome.url,
      detail: outcome.firstCommentFailure ?? null,
      ...(rateLimit ? { rateLimit } : {}),
      ...(exhausted && rateLimit.resetAt ? { blockedUntil: rateLimit.resetAt } : {}),
    };
  }
  if (outcome.kind === 'unknown') return { ...base, kind: 'unknown', message: outcome.message };
  const failure = {
    code: outcome.code,
    message: outcome.message,
    networkMessage: outcome.networkMessage,
    step: outcome.step ?? 'post',
  };
  const rateLimit = outcome.rateLimit ? { rateLimit: outcome.rateLimit } : {};
  const blockedUntil =
    outcome.retryAt && (outcome.code === PublishFailureCode.RateLimited || outcome.retryable)
      ? { blockedUntil: outcome.retryAt }
      : {};
  const used = attempt - row.retry_from;
  if (!outcome.retryable || used >= policy.maxAttempts) {
    const gaveUp = outcome.retryable ? { message: `${outcome.message} Gave up after ${used} attempts.` } : {};
    return { ...base, kind: 'failed', ...failure, ...gaveUp, ...rateLimit, ...blockedUntil };
  }
  const backoff = new Date(now.getTime() + backoffMs(used, policy.baseMs, policy.maxMs));
  const nextAttemptAt =
    outcome.retryAt && outcome.retryAt.getTime() > backoff.getTime() ? outcome.retryAt : backoff;
  const retrying = { message: `${outcome.message} It will be tried again.` };
  return { ...base, kind: 'retry', nextAttemptAt, ...failure, ...retrying, ...rateLimit, ...blockedUntil };
}

/** No uploads known, none recorded: what reading a post back carries (it uploads nothing). */
const NO_UPLOADS: MediaUploads = {
  known: () => null,
  record: () => Promise.reject(new Error('Reading a post back uploads nothing')),
};

/**
 * The request to the adapter for a publication, without its files (enough to read the post back);
 * `media` gives those of a send (`PublicationMediaService.prepare`). A thread's first comment is not
 * part of its post: it answers the post once the thread is out (`replyRequestOf`).
 */
export function requestOf(row: PublicationRow, media?: PublicationMedia): PublishRequest {
  const card = row.link_card;
  return {
    publicationId: row.id,
    idempotencyKey: row.idempotency_key,
    text: row.text,
    linkUrl: row.link_url,
    firstComment: row.thread_parts.length > 0 ? null : row.first_comment,
    mediaIds: row.media_ids,
    media: media?.media ?? [],
    uploads: media?.uploads ?? NO_UPLOADS,
    linkCard:
      media?.linkCard ??
      (card ? { url: card.url, title: card.title, description: card.description, thumbnail: null } : null),
    replyTo: null,
    createdAt: new Date(),
  };
}

/** One reply a thread publication sends after its post: a further part, or the first comment. */
export interface ReplyStep {
  /** The part's index (1 for the part after the post), or `comment`. */
  part: number | 'comment';
  text: string;
  replyTo: ThreadReply;
}

/**
 * Stable per part and distinct from the post's: the Mastodon Idempotency-Key and the source of the
 * Bluesky rkey of that part. The first comment keeps the key the adapters give a post's comment.
 */
export function replyKey(idempotencyKey: string, part: ReplyStep['part']): string {
  return part === 'comment' ? `${idempotencyKey}:first-comment` : `${idempotencyKey}:part-${part}`;
}

/** The request of a reply step: its text only, under the part before. */
export function replyRequestOf(row: PublicationRow, step: ReplyStep): PublishRequest {
  return {
    publicationId: row.id,
    idempotencyKey: replyKey(row.idempotency_key, step.part),
    text: step.text,
    linkUrl: null,
    firstComment: null,
    mediaIds: [],
    media: [],
    uploads: NO_UPLOADS,
    linkCard: null,
    replyTo: step.replyTo,
    createdAt: new Date(),
  };
}
