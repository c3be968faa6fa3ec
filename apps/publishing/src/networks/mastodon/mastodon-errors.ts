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
import { parseMastodonRateLimit } from './mastodon-rate-limits';

const NAME = 'Mastodon';
const RATE_LIMIT_FALLBACK_MS = 5 * 60_000;

/** Mastodon's words: `{"error": "…"}` (422 validation, 401, 429…). */
export function mastodonErrorText(answer: HttpAnswer): string | null {
  const body = answer.body as { error?: unknown; error_description?: unknown } | undefined;
  if (body && typeof body.error === 'string') {
    return typeof body.error_description === 'string'
      ? `${body.error}: ${body.error_description}`
      : body.error;
  }
  return bodyExcerpt(answer.text);
}

/** Maps an answer other than 2xx from the statuses API. */
export function mapMastodonFailure(answer: HttpAnswer, now: Date): FailedOutcome {
  const networkMessage = mastodonErrorText(answer);
  const rateLimit = orNothing(parseMastodonRateLimit(answer.headers));
  const { status } = answer;
  if (status === 401) return authExpiredOutcome(NAME, false, networkMessage);
  if (status === 429) {
    const announced = retryAfter(answer.headers, now) ?? rateLimit?.resetAt ?? null;
    return rateLimitedOutcome(
      NAME,
      retryInstant(announced, now, RATE_LIMIT_FALLBACK_MS),
      networkMessage,
      rateLimit,
    );
  }
  if (status >= 500) return unavailableOutcome(NAME, status, networkMessage, rateLimit);
  if (status === 403) {
    return failedOutcome(
      PublishFailureCode.Forbidden,
      'Mastodon does not let this account post (suspended, limited or missing the write permission).',
      networkMessage,
      rateLimit,
    );
  }
  if (status === 422) {
    return failedOutcome(
      PublishFailureCode.Rejected,
      'Mastodon refused the post as invalid; check its text against the server’s rules.',
      networkMessage,
      rateLimit,
    );
  }
  return failedOutcome(
    PublishFailureCode.Rejected,
    `Mastodon refused the post (HTTP ${status}).`,
    networkMessage,
    rateLimit,
  );
}
