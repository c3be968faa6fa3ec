import type { GraphQLFormattedError } from 'graphql';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { toApiError } from '../graphql/api-error';

/** Why a review link cannot be used; `unavailable` when the service could not answer at all. */
export type ReviewLinkProblem = 'expired' | 'revoked' | 'used' | 'invalid' | 'unavailable';

const PROBLEMS: readonly ReviewLinkProblem[] = ['expired', 'revoked', 'used', 'invalid'];

function reasonOf(error: GraphQLFormattedError | undefined): ReviewLinkProblem | undefined {
  const extensions = error?.extensions ?? {};
  for (const name of ['reason', 'linkStatus', 'status']) {
    const value = extensions[name];
    if (typeof value !== 'string') continue;
    const problem = PROBLEMS.find((entry) => entry === value.toLowerCase());
    if (problem) return problem;
  }
  return undefined;
}

/** Reads the API's refusal of a review link into the page to show. */
export function reviewLinkProblem(error: unknown): ReviewLinkProblem {
  if (CombinedGraphQLErrors.is(error)) {
    const reason = reasonOf(error.errors[0]);
    if (reason) return reason;
  }
  const { code } = toApiError(error);
  if (code === 'NOT_FOUND' || code === 'BAD_USER_INPUT' || code === 'FORBIDDEN' || code === 'UNAUTHENTICATED')
    return 'invalid';
  return 'unavailable';
}
