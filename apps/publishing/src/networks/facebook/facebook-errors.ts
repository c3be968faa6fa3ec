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
import { orNothing, retryInstant } from '../rate-limit-headers';
import { parseFacebookRateLimit } from './facebook-rate-limits';

const NAME = 'Facebook';
/** Throttled without an announced time to regain access: wait this long. */
export const FACEBOOK_THROTTLE_BACKOFF_MS = 15 * 60_000;

/** Graph API errors: `{"error":{"message","type","code","error_subcode","fbtrace_id"}}`. */
export interface GraphError {
  code: number | null;
  subcode: number | null;
  message: string | null;
}

export function graphError(answer: HttpAnswer): GraphError {
  const error = (answer.body as { error?: Record<string, unknown> } | undefined)?.error;
  return {
    code: typeof error?.code === 'number' ? error.code : null,
    subcode: typeof error?.error_subcode === 'number' ? error.error_subcode : null,
    message: typeof error?.message === 'string' ? error.message : null,
  };
}

/** Application, user, page and custom throttling. */
const THROTTLING = new Set([4, 17, 32, 613, 80001]);
/** Temporary trouble on Facebook's side. */
const TEMPORARY = new Set([1, 2]);

function isPermission(code: number): boolean {
  return code === 10 || (code >= 200 && code <= 299);
}

/** Maps a Graph API answer other than 2xx. */
export function mapFacebookFailure(answer: HttpAnswer, now: Date): FailedOutcome {
  const error = graphError(answer);
  const networkMessage = error.message ?? bodyExcerpt(answer.text);
  const rateLimit = orNothing(parseFacebookRateLimit(answer.headers, now));
  const code = error.code ?? -1;
  if (THROTTLING.has(code) || answer.status === 429) {
    const retryAt = retryInstant(rateLimit?.resetAt ?? null, now, FACEBOOK_THROTTLE_BACKOFF_MS);
    return rateLimitedOutcome(NAME, retryAt, networkMessage, rateLimit);
  }
  if (code === 190 || code === 102 || answer.status === 401)
    return authExpiredOutcome(NAME, false, networkMessage);
  if (code === 506) {
    return failedOutcome(
      PublishFailureCode.Duplicate,
      'Facebook refused the post as a duplicate of one the page published recently.',
      networkMessage,
      rateLimit,
    );
  }
  if (code === 368) {
    return failedOutcome(
      PublishFailureCode.Forbidden,
      'Facebook blocked the post under its community standards or spam rules.',
      networkMessage,
      rateLimit,
    );
  }
  if (isPermission(code)) {
    return failedOutcome(
      PublishFailureCode.Forbidden,
      'The Facebook page did not grant the permission to publish; reconnect it with the publishing permission.',
      networkMessage,
      rateLimit,
    );
  }
  if (TEMPORARY.has(code) || answer.status >= 500) {
    return unavailableOutcome(NAME, answer.status, networkMessage, rateLimit);
  }
  return failedOutcome(
    PublishFailureCode.Rejected,
    'Facebook refused the post as invalid; check its text and link.',
    networkMessage,
    rateLimit,
  );
}
