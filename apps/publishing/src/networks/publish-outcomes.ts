import { PublishFailureCode, PublishStep } from '@relais/contracts';
import { HttpFailure } from './http-call';
import { PublishOutcome, RateLimitInfo } from './network-adapter';

export type FailedOutcome = Extract<PublishOutcome, { kind: 'failed' }>;
export type UnknownOutcome = Extract<PublishOutcome, { kind: 'unknown' }>;

/**
 * An outcome of a step before the post request (uploading or processing media), as a failure of that
 * step. Nothing was posted whatever happened, so a request without an answer is simply retryable.
 */
export function beforePost(
  outcome: FailedOutcome | UnknownOutcome,
  step: Exclude<PublishStep, 'post'>,
): FailedOutcome {
  if (outcome.kind === 'failed') return { ...outcome, step: outcome.step ?? step };
  return {
    kind: 'failed',
    code: PublishFailureCode.NetworkUnavailable,
    message: `${outcome.message.replace(/;.*$/, '')}; nothing was posted.`,
    networkMessage: null,
    retryable: true,
    step,
  };
}

/**
 * No answer from the network. Nothing sent: safe to send again. Otherwise the post may exist, and
 * only reconciliation can tell.
 */
export function noAnswerOutcome(networkName: string, failure: HttpFailure): FailedOutcome | UnknownOutcome {
  if (failure.kind === 'not_sent') {
    return {
      kind: 'failed',
      code: PublishFailureCode.NetworkUnavailable,
      message: `${networkName} could not be reached (${failure.reason}); nothing was posted.`,
      networkMessage: null,
      retryable: true,
    };
  }
  return {
    kind: 'unknown',
    message: `${networkName} did not answer (${failure.reason}); the post may or may not have gone out, it is being checked.`,
  };
}

/** A 5xx or similar: the network is in trouble; the request was refused as a whole. */
export function unavailableOutcome(
  networkName: string,
  status: number,
  networkMessage: string | null,
  rateLimit?: RateLimitInfo,
): FailedOutcome {
  return {
    kind: 'failed',
    code: PublishFailureCode.NetworkUnavailable,
    message: `${networkName} is having trouble (HTTP ${status}).`,
    networkMessage,
    retryable: true,
    ...(rateLimit ? { rateLimit } : {}),
  };
}

export function rateLimitedOutcome(
  networkName: string,
  retryAt: Date,
  networkMessage: string | null,
  rateLimit?: RateLimitInfo,
): FailedOutcome {
  return {
    kind: 'failed',
    code: PublishFailureCode.RateLimited,
    message: `${networkName} asked to slow down (rate limit); the post will be sent again after ${retryAt.toISOString()}.`,
    networkMessage,
    retryable: true,
    retryAt,
    ...(rateLimit ? { rateLimit } : {}),
  };
}

/**
 * The access token was refused. `refreshable`: a refresh may fix it, so sending again after one is
 * fine; otherwise a person has to reconnect the account.
 */
export function authExpiredOutcome(
  networkName: string,
  refreshable: boolean,
  networkMessage: string | null,
): FailedOutcome {
  return {
    kind: 'failed',
    code: PublishFailureCode.NeedsReconnection,
    message: refreshable
      ? `${networkName} refused the account's access (expired or revoked); reconnect the account if renewing it fails.`
      : `${networkName} refused the account's access (expired or revoked); reconnect the account, then retry.`,
    networkMessage,
    retryable: refreshable,
    authExpired: true,
  };
}

export function failedOutcome(
  code: PublishFailureCode,
  message: string,
  networkMessage: string | null,
  rateLimit?: RateLimitInfo,
): FailedOutcome {
  return {
    kind: 'failed',
    code,
    message,
    networkMessage,
    retryable: false,
    ...(rateLimit ? { rateLimit } : {}),
  };
}

/** A short version of a body the network sent that was not in its usual error shape. */
export function bodyExcerpt(text: string): string | null {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  if (trimmed === '') return null;
  return trimmed.length > 300 ? `${trimmed.slice(0, 300)}…` : trimmed;
}

/** What to say after a post went out but its first comment did not. */
export function firstCommentFailure(networkName: string, outcome: PublishOutcome): string | undefined {
  if (outcome.kind === 'published') return undefined;
  const detail = outcome.kind === 'failed' ? (outcome.networkMessage ?? outcome.message) : outcome.message;
  return `The post is on ${networkName}, but its first comment could not be added: ${detail}`;
}
