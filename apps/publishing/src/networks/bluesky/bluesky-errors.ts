import { PublishFailureCode } from '@relais/contracts';
import { HttpAnswer } from '../http-call';
import {
  FailedOutcome,
  authExpiredOutcome,
  bodyExcerpt,
  failedOutcome,
  rateLimitedOutcome,
  unavailableOutcome,
} from '../publish-outcomes';
import { orNothing, retryAfter, retryInstant } from '../rate-limit-headers';
import { parseBlueskyRateLimit } from './bluesky-rate-limits';

const NAME = 'Bluesky';
const RATE_LIMIT_FALLBACK_MS = 5 * 60_000;

/** XRPC errors: `{"error": "ExpiredToken", "message": "Token has expired"}`. */
export interface XrpcError {
  error: string | null;
  message: string | null;
}

export function xrpcError(answer: HttpAnswer): XrpcError {
  const body = answer.body as { error?: unknown; message?: unknown } | undefined;
  return {
    error: typeof body?.error === 'string' ? body.error : null,
    message: typeof body?.message === 'string' ? body.message : null,
  };
}

function words(error: XrpcError, answer: HttpAnswer): string | null {
  if (error.error && error.message) return `${error.error}: ${error.message}`;
  return error.error ?? error.message ?? bodyExcerpt(answer.text);
}

/** Errors that mean the access token is no good (expired or revoked). */
const AUTH_ERRORS = new Set(['ExpiredToken', 'InvalidToken', 'AuthMissing', 'AuthenticationRequired']);

/** Maps an XRPC answer other than 2xx on a write. */
export function mapBlueskyFailure(answer: HttpAnswer, now: Date): FailedOutcome {
  const error = xrpcError(answer);
  const networkMessage = words(error, answer);
  const rateLimit = orNothing(parseBlueskyRateLimit(answer.headers));
  const { status } = answer;
  if (status === 401 || AUTH_ERRORS.has(error.error ?? ''))
    return authExpiredOutcome(NAME, true, networkMessage);
  if (status === 429 || error.error === 'RateLimitExceeded') {
    const announced = rateLimit?.resetAt ?? retryAfter(answer.headers, now);
    return rateLimitedOutcome(
      NAME,
      retryInstant(announced, now, RATE_LIMIT_FALLBACK_MS),
      networkMessage,
      rateLimit,
    );
  }
  if (status >= 500) return unavailableOutcome(NAME, status, networkMessage, rateLimit);
  if (status === 403 || error.error === 'AccountTakedown' || error.error === 'AccountDeactivated') {
    return failedOutcome(
      PublishFailureCode.Forbidden,
      'Bluesky does not let this account post (taken down, deactivated or not allowed).',
      networkMessage,
      rateLimit,
    );
  }
  return failedOutcome(
    PublishFailureCode.Rejected,
    'Bluesky refused the post as invalid; check its text (300 characters at most).',
    networkMessage,
    rateLimit,
  );
}

/** Whether a refused `refreshSession` means the account must be reconnected. */
export function refreshRefusalIsPermanent(answer: HttpAnswer): boolean {
  const { status } = answer;
  return status >= 400 && status < 500 && status !== 408 && status !== 429;
}
