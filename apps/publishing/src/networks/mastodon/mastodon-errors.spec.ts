import { PublishFailureCode } from '@relais/contracts';
import { NOW, answer } from '../../../test/networks/answer';
import { mapMastodonFailure } from './mastodon-errors';
import { parseMastodonRateLimit } from './mastodon-rate-limits';

const limits = {
  'X-RateLimit-Limit': '300',
  'X-RateLimit-Remaining': '0',
  'X-RateLimit-Reset': '2026-03-10T14:35:00.000Z',
};

describe('Mastodon answers', () => {
  it('reads the rate-limit headers (reset as an ISO instant)', () => {
    expect(parseMastodonRateLimit(new Headers(limits))).toEqual({
      limit: 300,
      remaining: 0,
      resetAt: new Date('2026-03-10T14:35:00.000Z'),
    });
    expect(parseMastodonRateLimit(new Headers({ 'X-RateLimit-Reset': 'soon' }))).toEqual({
      limit: null,
      remaining: null,
      resetAt: null,
    });
  });

  it('429: rate limited until the announced reset, safe to send again', () => {
    expect(mapMastodonFailure(answer(429, { error: 'Too many requests' }, limits), NOW)).toMatchObject({
      code: PublishFailureCode.RateLimited,
      retryable: true,
      retryAt: new Date('2026-03-10T14:35:00.000Z'),
      networkMessage: 'Too many requests',
      rateLimit: { limit: 300, remaining: 0 },
    });
  });

  it('422: the server’s validation words, not retried', () => {
    const outcome = mapMastodonFailure(answer(422, { error: "Validation failed: Text can't be blank" }), NOW);
    expect(outcome).toMatchObject({
      code: PublishFailureCode.Rejected,
      retryable: false,
      networkMessage: "Validation failed: Text can't be blank",
    });
    expect(outcome.message).toMatch(/refused the post as invalid/);
  });

  it('401: the token was revoked (Mastodon tokens do not expire): reconnect', () => {
    expect(mapMastodonFailure(answer(401, { error: 'The access token is invalid' }), NOW)).toMatchObject({
      code: PublishFailureCode.NeedsReconnection,
      authExpired: true,
      retryable: false,
      networkMessage: 'The access token is invalid',
    });
  });

  it('5xx: network unavailable, retried; 403: forbidden; other 4xx: rejected', () => {
    expect(mapMastodonFailure(answer(503, '<html>Bad gateway</html>'), NOW)).toMatchObject({
      code: PublishFailureCode.NetworkUnavailable,
      retryable: true,
      networkMessage: '<html>Bad gateway</html>',
    });
    expect(mapMastodonFailure(answer(403, { error: 'This action is not allowed' }), NOW)).toMatchObject({
      code: PublishFailureCode.Forbidden,
      retryable: false,
    });
    expect(mapMastodonFailure(answer(404, { error: 'Record not found' }), NOW)).toMatchObject({
      code: PublishFailureCode.Rejected,
      retryable: false,
    });
  });
});
