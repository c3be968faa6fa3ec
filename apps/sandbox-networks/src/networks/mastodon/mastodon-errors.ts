import { NetworkResponse } from '../../core/http-router';
import { RateState } from '../../core/rate-windows';

/** Mastodon's error answers: `{"error": "..."}`, with `details` on validation failures. */
export function mastodonError(
  status: number,
  error: string,
  extra: Record<string, unknown> = {},
): NetworkResponse {
  return { status, body: { error, ...extra } };
}

export const mastodonErrors = {
  missingToken: () => mastodonError(401, 'The access token is invalid'),
  invalidToken: () => mastodonError(401, 'The access token is invalid'),
  expiredToken: () => mastodonError(401, 'The access token expired'),
  notFound: () => mastodonError(404, 'Record not found'),
  /** `in_reply_to_id` names no status the account may see. */
  replyNotFound: () => mastodonError(404, 'The post you are trying to reply to does not appear to exist.'),
  tooManyRequests: () => mastodonError(429, 'Too many requests'),
  blank: () =>
    mastodonError(422, "Validation failed: Text can't be blank", {
      details: { text: [{ error: 'ERR_BLANK', description: "can't be blank" }] },
    }),
  tooLong: (limit: number) =>
    mastodonError(422, `Validation failed: Text character limit of ${limit} exceeded`, {
      details: { text: [{ error: 'ERR_TOO_LONG', description: `character limit of ${limit} exceeded` }] },
    }),
  unprocessable: (message: string) => mastodonError(422, `Validation failed: ${message}`),
  /** A `fail` fault: Mastodon's generic answer for the status. */
  failure: (status: number) =>
    mastodonError(
      status,
      status === 503 ? 'Service Unavailable' : status >= 500 ? 'Internal Server Error' : 'Request failed',
    ),
};

/** `X-RateLimit-*` on every answer; the reset is an ISO instant. */
export function mastodonRateHeaders(rate: RateState): Record<string, string> {
  return {
    'X-RateLimit-Limit': String(rate.limit),
    'X-RateLimit-Remaining': String(rate.remaining),
    'X-RateLimit-Reset': new Date(rate.resetAt).toISOString(),
  };
}
