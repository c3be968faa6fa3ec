import { PublishFailureCode } from '@relais/contracts';
import { NOW, answer } from '../../../test/networks/answer';
import { mapBlueskyFailure, refreshRefusalIsPermanent } from './bluesky-errors';
import { parseBlueskyRateLimit } from './bluesky-rate-limits';

const reset = Math.floor(NOW.getTime() / 1000) + 600;
const limits = {
  'RateLimit-Limit': '5000',
  'RateLimit-Remaining': '0',
  'RateLimit-Reset': String(reset),
  'RateLimit-Policy': '5000;w=3600',
};

describe('Bluesky answers', () => {
  it('reads the rate-limit headers (reset in Unix seconds)', () => {
    expect(parseBlueskyRateLimit(new Headers(limits))).toEqual({
      limit: 5000,
      remaining: 0,
      resetAt: new Date(reset * 1000),
    });
  });

  it('ExpiredToken and InvalidToken: the session must be renewed (then sending again is safe)', () => {
    for (const error of ['ExpiredToken', 'InvalidToken']) {
      expect(mapBlueskyFailure(answer(400, { error, message: 'Token has expired' }), NOW)).toMatchObject({
        code: PublishFailureCode.NeedsReconnection,
        authExpired: true,
        retryable: true,
        networkMessage: `${error}: Token has expired`,
      });
    }
    expect(
      mapBlueskyFailure(answer(401, { error: 'AuthMissing', message: 'Authentication Required' }), NOW),
    ).toMatchObject({
      authExpired: true,
    });
  });

  it('429: rate limited until RateLimit-Reset', () => {
    expect(
      mapBlueskyFailure(
        answer(429, { error: 'RateLimitExceeded', message: 'Rate Limit Exceeded' }, limits),
        NOW,
      ),
    ).toMatchObject({
      code: PublishFailureCode.RateLimited,
      retryable: true,
      retryAt: new Date(reset * 1000),
    });
  });

  it('InvalidRequest: rejected with Bluesky’s words; 5xx: unavailable and retried', () => {
    expect(
      mapBlueskyFailure(
        answer(400, {
          error: 'InvalidRequest',
          message: 'Record/text must not be longer than 300 graphemes',
        }),
        NOW,
      ),
    ).toMatchObject({
      code: PublishFailureCode.Rejected,
      retryable: false,
      networkMessage: 'InvalidRequest: Record/text must not be longer than 300 graphemes',
    });
    expect(mapBlueskyFailure(answer(502, undefined), NOW)).toMatchObject({
      code: PublishFailureCode.NetworkUnavailable,
      retryable: true,
      networkMessage: null,
    });
  });

  it('a refused refresh is permanent for 400/401, temporary for 429 and 5xx', () => {
    expect(refreshRefusalIsPermanent(answer(400, { error: 'ExpiredToken' }))).toBe(true);
    expect(refreshRefusalIsPermanent(answer(401, { error: 'AuthMissing' }))).toBe(true);
    expect(refreshRefusalIsPermanent(answer(429, { error: 'RateLimitExceeded' }))).toBe(false);
    expect(refreshRefusalIsPermanent(answer(503, undefined))).toBe(false);
  });
});
