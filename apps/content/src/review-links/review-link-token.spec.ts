import {
  hashReviewLinkToken,
  issueReviewLinkToken,
  reviewLinkUrl,
  verifyReviewLinkToken,
} from './review-link-token';

const SECRET = 'a-signing-secret-of-at-least-32-characters';

describe('review link tokens', () => {
  it('verifies a token it issued and answers the stored hash', () => {
    const { token, hash } = issueReviewLinkToken(SECRET);
    expect(verifyReviewLinkToken(SECRET, token)).toEqual(hash);
    expect(hash).toEqual(hashReviewLinkToken(token));
  });

  it('issues a different token each time', () => {
    expect(issueReviewLinkToken(SECRET).token).not.toEqual(issueReviewLinkToken(SECRET).token);
  });

  it('refuses a token signed with another secret', () => {
    const { token } = issueReviewLinkToken('another-signing-secret-of-32-characters!');
    expect(verifyReviewLinkToken(SECRET, token)).toBeNull();
  });

  it('refuses a token whose id was changed', () => {
    const { token } = issueReviewLinkToken(SECRET);
    const [id, signature] = token.split('.');
    const changed = `${id.slice(0, -1)}${id.endsWith('A') ? 'B' : 'A'}.${signature}`;
    expect(verifyReviewLinkToken(SECRET, changed)).toBeNull();
  });

  it.each(['', 'abc', 'x'.repeat(66), 'not.a.token', `${'a'.repeat(22)}.${'b'.repeat(42)}`])(
    'refuses malformed %p',
    (token) => {
      expect(verifyReviewLinkToken(SECRET, token)).toBeNull();
    },
  );

  it('builds the console address of the link', () => {
    expect(reviewLinkUrl('https://app.relais.test', 'abc.def')).toBe(
      'https://app.relais.test/review/abc.def',
    );
  });
});
