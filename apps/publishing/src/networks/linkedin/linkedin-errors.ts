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
import { orNothing } from '../rate-limit-headers';
import { nextMidnightUtc, parseLinkedInRateLimit } from './linkedin-rate-limits';

const NAME = 'LinkedIn';

/** LinkedIn's words: `{"message": "…", "status": 422, "serviceErrorCode": …}`. */
export function linkedInErrorText(answer: HttpAnswer): string | null {
  const body = answer.body as { message?: unknown; error_description?: unknown; error?: unknown } | undefined;
  if (typeof body?.message === 'string') return body.message;
  if (typeof body?.error_description === 'string') return body.error_description;
  if (typeof body?.error === 'string') return body.error;
  return bodyExcerpt(answer.text);
}

/** Maps a Posts API answer other than 2xx. */
export function mapLinkedInFailure(answer: HttpAnswer, now: Date): FailedOutcome {
  const networkMessage = linkedInErrorText(answer);
  const rateLimit = orNothing(parseLinkedInRateLimit(answer.headers, answer.status, now));
  const { status } = answer;
  if (status === 401) return authExpiredOutcome(NAME, true, networkMessage);
  if (status === 429) {
    return rateLimitedOutcome(NAME, rateLimit?.resetAt ?? nextMidnightUtc(now), networkMessage, rateLimit);
  }
  if (status >= 500) return unavailableOutcome(NAME, status, networkMessage, rateLimit);
  if (status === 422 && (networkMessage == null || /duplicate/i.test(networkMessage))) {
    return failedOutcome(
      PublishFailureCode.Duplicate,
      'LinkedIn refused the post as a duplicate of one the page published recently.',
      networkMessage,
      rateLimit,
    );
  }
  if (status === 403) {
    return failedOutcome(
      PublishFailureCode.Forbidden,
      'The LinkedIn account may not post for this page (missing the administrator role or the posting permission).',
      networkMessage,
      rateLimit,
    );
  }
  return failedOutcome(
    PublishFailureCode.Rejected,
    'LinkedIn refused the post as invalid; check its text and link.',
    networkMessage,
    rateLimit,
  );
}

/**
 * Maps an answer other than 2xx to an Images or Videos API request (initialize, part upload,
 * finalize, status). Nothing was posted: access, limits and troubles as for a post; any other
 * refusal is about the file.
 */
export function mapLinkedInUploadFailure(answer: HttpAnswer, now: Date): FailedOutcome {
  const { status } = answer;
  if (status === 401 || status === 403 || status === 429 || status >= 500) {
    return mapLinkedInFailure(answer, now);
  }
  return failedOutcome(
    PublishFailureCode.Rejected,
    'LinkedIn refused a media file of the post (its type, size or length); nothing was posted.',
    linkedInErrorText(answer),
    orNothing(parseLinkedInRateLimit(answer.headers, answer.status, now)),
  );
}
