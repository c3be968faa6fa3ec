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
import { parseXRateLimit } from './x-rate-limits';

const NAME = 'X';
const RATE_LIMIT_FALLBACK_MS = 15 * 60_000;

/** X's words: problem details `{"title","detail","type","status"}` or `{"errors":[{"message"}]}`. */
export function xErrorText(answer: HttpAnswer): string | null {
  const body = answer.body as
    { detail?: unknown; title?: unknown; errors?: unknown; error_description?: unknown } | undefined;
  if (typeof body?.detail === 'string') return body.detail;
  if (Array.isArray(body?.errors)) {
    const messages = (body.errors as Array<{ message?: unknown }>)
      .map((error) => error.message)
      .filter((message): message is string => typeof message === 'string');
    if (messages.length > 0) return messages.join(' ');
  }
  if (typeof body?.error_description === 'string') return body.error_description;
  if (typeof body?.title === 'string') return body.title;
  return bodyExcerpt(answer.text);
}

/** Maps an answer other than 2xx from `POST /2/tweets`. */
export function mapXFailure(answer: HttpAnswer, now: Date): FailedOutcome {
  const networkMessage = xErrorText(answer);
  const rateLimit = orNothing(parseXRateLimit(answer.headers));
  const { status } = answer;
  if (status === 401) return authExpiredOutcome(NAME, true, networkMessage);
  if (status === 429) {
    const announced = rateLimit?.resetAt ?? retryAfter(answer.headers, now);
    return rateLimitedOutcome(
      NAME,
      retryInstant(announced, now, RATE_LIMIT_FALLBACK_MS),
      networkMessage,
      rateLimit,
    );
  }
  if (status === 402) {
    return failedOutcome(
      PublishFailureCode.QuotaExhausted,
      'The X API plan has no posting credits left; add credits or upgrade the plan, then retry.',
      networkMessage,
      rateLimit,
    );
  }
  if (status >= 500) return unavailableOutcome(NAME, status, networkMessage, rateLimit);
  if (status === 403 && /duplicate/i.test(networkMessage ?? '')) {
    return failedOutcome(
      PublishFailureCode.Duplicate,
      'X refused the post as a duplicate of a recent one.',
      networkMessage,
      rateLimit,
    );
  }
  if (status === 403 && /too long|length/i.test(networkMessage ?? '')) {
    return failedOutcome(
      PublishFailureCode.Rejected,
      'X refused the post as too long (280 characters at most, links count as 23).',
      networkMessage,
      rateLimit,
    );
  }
  if (status === 403) {
    return failedOutcome(
      PublishFailureCode.Forbidden,
      'X does not let this account post (suspended, locked, or the app lacks the write permission).',
      networkMessage,
      rateLimit,
    );
  }
  return failedOutcome(
    PublishFailureCode.Rejected,
    'X refused the post as invalid; check its text (280 characters at most).',
    networkMessage,
    rateLimit,
  );
}

/**
 * Maps an answer other than 2xx to a media request (initialize, append, finalize, STATUS, metadata).
 * Nothing was posted: the account's access, X's limits and troubles are as for a post; any other
 * refusal is about the file.
 */
export function mapXUploadFailure(answer: HttpAnswer, now: Date): FailedOutcome {
  const { status } = answer;
  if (status === 401 || status === 429 || status === 402 || status >= 500) return mapXFailure(answer, now);
  return failedOutcome(
    PublishFailureCode.Rejected,
    'X refused a media file of the post (its type, size or length); nothing was posted.',
    xErrorText(answer),
    orNothing(parseXRateLimit(answer.headers)),
  );
}
