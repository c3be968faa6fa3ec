import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { toApiError } from '../graphql/api-error';

/** Why a review link cannot be used; `unavailable` when the service could not answer at all. */
export type ReviewLinkProblem = 'expired' | 'revoked' | 'used' | 'invalid' | 'unavailable';

/** The `extensions.code` values the API refuses a link with. */
const PROBLEM_BY_CODE: Readonly<Record<string, ReviewLinkProblem>> = {
  REVIEW_LINK_INVALID: 'invalid',
  REVIEW_LINK_EXPIRED: 'expired',
  REVIEW_LINK_REVOKED: 'revoked',
  REVIEW_LINK_USED: 'used',
};

/** Reads the API's refusal of a review link into the page to show. */
export function reviewLinkProblem(error: unknown): ReviewLinkProblem {
  if (CombinedGraphQLErrors.is(error)) {
    const code = error.errors[0]?.extensions?.['code'];
    if (typeof code === 'string' && Object.prototype.hasOwnProperty.call(PROBLEM_BY_CODE, code)) {
      return PROBLEM_BY_CODE[code] ?? 'invalid';
    }
  }
  // A malformed token is refused as bad input before the service looks it up: to the reader, it is invalid.
  const { code } = toApiError(error);
  return code === 'NOT_FOUND' || code === 'BAD_USER_INPUT' ? 'invalid' : 'unavailable';
}
