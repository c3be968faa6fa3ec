import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { reviewLinkProblem } from './review-link-problem';

function refused(code: string): CombinedGraphQLErrors {
  return new CombinedGraphQLErrors({ errors: [{ message: 'refused', extensions: { code } }] });
}

describe('reviewLinkProblem', () => {
  it('names the page for each code the API refuses a link with', () => {
    expect(reviewLinkProblem(refused('REVIEW_LINK_EXPIRED'))).toBe('expired');
    expect(reviewLinkProblem(refused('REVIEW_LINK_REVOKED'))).toBe('revoked');
    expect(reviewLinkProblem(refused('REVIEW_LINK_USED'))).toBe('used');
    expect(reviewLinkProblem(refused('REVIEW_LINK_INVALID'))).toBe('invalid');
  });

  it('treats a malformed token as an invalid link', () => {
    expect(reviewLinkProblem(refused('BAD_USER_INPUT'))).toBe('invalid');
  });

  it('says the service is unavailable when it could not answer', () => {
    expect(reviewLinkProblem(refused('INTERNAL_SERVER_ERROR'))).toBe('unavailable');
    expect(reviewLinkProblem(new TypeError('Failed to fetch'))).toBe('unavailable');
    const response = new Response('bad gateway', { status: 502 });
    expect(reviewLinkProblem(new ServerError('down', { response, bodyText: 'bad gateway' }))).toBe(
      'unavailable',
    );
  });
});
