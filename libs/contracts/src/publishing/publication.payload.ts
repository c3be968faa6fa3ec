import { ArrayMaxSize, ArrayUnique, IsArray, IsUUID } from 'class-validator';
import { Network } from '../networks';
import { MAX_PAGE_SIZE } from '../pagination';

/**
 * Where the publication of a post on one account (one occurrence) is.
 * pending → claimed → sending → published | failed | unknown; unknown is reconciled (read back or
 * retried with the network's idempotency) into published or failed. cancelled: never sent.
 */
export enum PublicationStatus {
  /** Waiting for its due instant, or for its next attempt after a safe-to-retry failure. */
  Pending = 'pending',
  /** A dispatcher holds it under a lease and is about to send it. */
  Claimed = 'claimed',
  /** The request is being sent; a crash here leaves the outcome unknown. */
  Sending = 'sending',
  Published = 'published',
  Failed = 'failed',
  /** Sent, answer lost: being checked against the network before anything else is sent. */
  Unknown = 'unknown',
  Cancelled = 'cancelled',
}

/** Why a publication failed, in words a person can act on (see `PUBLISH_FAILURE_MESSAGES`). */
export enum PublishFailureCode {
  /** The token expired or was revoked and could not be refreshed: reconnect the account. */
  NeedsReconnection = 'needs_reconnection',
  /** The account was disconnected from the brand. */
  AccountDisconnected = 'account_disconnected',
  /** The brand was archived. */
  BrandArchived = 'brand_archived',
  /** The network's rate limit did not reset in time for the retries allowed. */
  RateLimited = 'rate_limited',
  /** The network refused the content (validation, length, media). */
  Rejected = 'rejected',
  /** The network says the same content was already posted. */
  Duplicate = 'duplicate',
  /** The account lacks a permission, or the network blocked the post by policy. */
  Forbidden = 'forbidden',
  /** The plan's publishing credits are used up (X 402). */
  QuotaExhausted = 'quota_exhausted',
  /** The network kept failing (5xx, timeouts) through every retry. */
  NetworkUnavailable = 'network_unavailable',
  /** The content needs something this network's adapter does not send (e.g. media). */
  Unsupported = 'unsupported',
}

/** Failures a retry may fix without risk of a duplicate. */
export const RETRYABLE_FAILURES: readonly PublishFailureCode[] = [
  PublishFailureCode.RateLimited,
  PublishFailureCode.NetworkUnavailable,
  PublishFailureCode.NeedsReconnection,
  PublishFailureCode.QuotaExhausted,
];

/**
 * Which step of a send failed: uploading the media, the network processing them, or the post itself.
 * Upload and processing failures left no post on the network: a retry is always safe.
 */
export const PUBLISH_STEPS = ['upload', 'processing', 'post'] as const;
export type PublishStep = (typeof PUBLISH_STEPS)[number];

/** One part of a thread publication (index 0 is the post itself); `externalId` null: not posted yet. */
export interface PublicationPartView {
  index: number;
  externalId: string | null;
  externalUrl: string | null;
  publishedAt: string | null;
}

export interface PublicationFailureView {
  code: PublishFailureCode;
  /** What went wrong, for a person (English; the console translates by `code`). */
  message: string;
  /** The network's own words, when it gave some (e.g. "Validation failed: Text can't be blank"). */
  networkMessage: string | null;
}

export interface PublicationView {
  id: string;
  postId: string;
  brandId: string;
  accountId: string;
  network: Network;
  /** The instant this occurrence is due (UTC). */
  dueAt: string;
  status: PublicationStatus;
  /** Attempts made so far. */
  attempts: number;
  /** When the next attempt is due (pending after a failure that is safe to retry). */
  nextAttemptAt: string | null;
  externalId: string | null;
  externalUrl: string | null;
  publishedAt: string | null;
  failure: PublicationFailureView | null;
  /** The step of the send that failed last (null: none failed, or the failure came before sending). */
  failedStep: PublishStep | null;
  /**
   * A thread's parts, the post first (empty for a single post). Part by part: a publication that failed
   * after its first part is partially published, and a retry resumes at the first part not posted.
   */
  parts: PublicationPartView[];
  /** Failed, and a retry cannot post twice. */
  canRetry: boolean;
  updatedAt: string;
}

export class PostPublicationsPayload {
  @IsUUID()
  postId!: string;
}

/** The publications of several posts at once (a page of posts): posts out of scope add nothing. */
export class PostsPublicationsPayload {
  @IsArray()
  @ArrayMaxSize(MAX_PAGE_SIZE)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  postIds!: string[];
}

export class PublicationIdPayload {
  @IsUUID()
  id!: string;
}
