import { NetworkResponse } from '../../core/http-router';
import { RateState } from '../../core/rate-windows';

/** X API v2 problem answers: `{title, detail, type, status}`. */
export function xProblem(
  status: number,
  title: string,
  detail: string,
  type = 'about:blank',
): NetworkResponse {
  return { status, body: { title, detail, type, status } };
}

/** X's 400 for a bad parameter: `errors[]` naming it, plus the problem fields. */
export function xInvalidRequest(parameter: string, message: string): NetworkResponse {
  return {
    status: 400,
    body: {
      errors: [{ parameters: { [parameter]: [] }, message }],
      title: 'Invalid Request',
      detail: 'One or more parameters to your request was invalid.',
      type: 'https://api.twitter.com/2/problems/invalid-request',
    },
  };
}

export const xErrors = {
  unauthorized: () => xProblem(401, 'Unauthorized', 'Unauthorized'),
  duplicate: () =>
    xProblem(403, 'Forbidden', 'You are not allowed to create a Tweet with duplicate content.'),
  forbidden: (detail: string) => xProblem(403, 'Forbidden', detail),
  /** `reply.in_reply_to_tweet_id` names a post that does not exist (or was deleted). */
  replyNotVisible: () =>
    xProblem(403, 'Forbidden', 'You attempted to reply to a Tweet that is deleted or not visible to you.'),
  tooManyRequests: (status = 429) => xProblem(status, 'Too Many Requests', 'Too Many Requests'),
  creditsDepleted: (accountId: string) =>
    xProblem(
      402,
      'CreditsDepleted',
      `Your enrolled account [${accountId}] does not have any credits to fulfill this request.`,
      'https://api.twitter.com/2/problems/credits',
    ),
  notFound: (id: string, kind: 'tweet' | 'user') => ({
    status: 200,
    body: {
      errors: [
        {
          value: id,
          detail: `Could not find ${kind} with id: [${id}].`,
          title: 'Not Found Error',
          resource_type: kind,
          parameter: 'id',
          resource_id: id,
          type: 'https://api.twitter.com/2/problems/resource-not-found',
        },
      ],
    },
  }),
  routeNotFound: () => ({
    status: 404,
    body: { errors: [{ message: 'Sorry, that page does not exist', code: 34 }] },
  }),
  /** A `fail` fault (402 answers X's credits problem). */
  failure: (status: number, accountId: string) =>
    status === 402
      ? xErrors.creditsDepleted(accountId)
      : xProblem(
          status,
          status === 503 ? 'Service Unavailable' : 'Internal Server Error',
          'Something went wrong. Please try again later.',
        ),
  refreshInvalid: () => ({
    status: 400,
    body: { error: 'invalid_request', error_description: 'Value passed for the token was invalid.' },
  }),
  refreshRefused: () => ({
    status: 400,
    body: { error: 'invalid_grant', error_description: 'The refresh token was revoked or has expired.' },
  }),
};

/** `x-rate-limit-*` on every answer; the reset is in Unix seconds. */
export function xRateHeaders(rate: RateState): Record<string, string> {
  return {
    'x-rate-limit-limit': String(rate.limit),
    'x-rate-limit-remaining': String(rate.remaining),
    'x-rate-limit-reset': String(Math.ceil(rate.resetAt / 1000)),
  };
}
