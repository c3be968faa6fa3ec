import { PublishFailureCode } from '@relais/contracts';
import { NOW, answer } from '../../../test/networks/answer';
import { FACEBOOK_THROTTLE_BACKOFF_MS, mapFacebookFailure } from './facebook-errors';
import { parseFacebookRateLimit } from './facebook-rate-limits';

function graphError(code: number, message: string, subcode?: number) {
  return { error: { message, type: 'OAuthException', code, error_subcode: subcode, fbtrace_id: 'AbC' } };
}

describe('Facebook usage headers', () => {
  it('turns the highest percentage used into a budget of 100, and the time to regain access into a reset', () => {
    const headers = new Headers({
      'X-App-Usage': JSON.stringify({ call_count: 20, total_cputime: 5, total_time: 7 }),
      'X-Page-Usage': JSON.stringify({
        call_count: 100,
        total_cputime: 40,
        total_time: 30,
        estimated_time_to_regain_access: 12,
      }),
    });
    expect(parseFacebookRateLimit(headers, NOW)).toEqual({
      limit: 100,
      remaining: 0,
      resetAt: new Date(NOW.getTime() + 12 * 60_000),
    });
    expect(parseFacebookRateLimit(new Headers({ 'X-App-Usage': '{"call_count":37}' }), NOW)).toEqual({
      limit: 100,
      remaining: 63,
      resetAt: null,
    });
    expect(parseFacebookRateLimit(new Headers({ 'X-App-Usage': 'garbage' }), NOW)).toEqual({
      limit: null,
      remaining: null,
      resetAt: null,
    });
  });
});

describe('Facebook errors', () => {
  it('throttling codes 4, 17, 32, 613: rate limited until access is regained, else after a backoff', () => {
    const usage = { 'X-Page-Usage': JSON.stringify({ call_count: 100, estimated_time_to_regain_access: 5 }) };
    expect(
      mapFacebookFailure(answer(400, graphError(32, 'Page request limit reached'), usage), NOW),
    ).toMatchObject({
      code: PublishFailureCode.RateLimited,
      retryable: true,
      retryAt: new Date(NOW.getTime() + 5 * 60_000),
      networkMessage: 'Page request limit reached',
    });
    for (const code of [4, 17, 613]) {
      expect(mapFacebookFailure(answer(403, graphError(code, 'limit')), NOW)).toMatchObject({
        code: PublishFailureCode.RateLimited,
        retryable: true,
        retryAt: new Date(NOW.getTime() + FACEBOOK_THROTTLE_BACKOFF_MS),
      });
    }
  });

  it('190: the page token is no longer valid; a person must reconnect the page', () => {
    expect(
      mapFacebookFailure(answer(400, graphError(190, 'Error validating access token', 463)), NOW),
    ).toMatchObject({
      code: PublishFailureCode.NeedsReconnection,
      authExpired: true,
      retryable: false,
      networkMessage: 'Error validating access token',
    });
  });

  it('10 and 200–299: missing permission; 368: blocked by policy; 506: duplicate', () => {
    for (const code of [10, 200, 299]) {
      const outcome = mapFacebookFailure(answer(403, graphError(code, 'Permissions error')), NOW);
      expect(outcome).toMatchObject({ code: PublishFailureCode.Forbidden, retryable: false });
      expect(outcome.message).toMatch(/permission/);
    }
    expect(
      mapFacebookFailure(answer(400, graphError(368, 'Temporarily blocked for policies violations')), NOW),
    ).toMatchObject({
      code: PublishFailureCode.Forbidden,
      message: expect.stringMatching(/community standards/),
    });
    expect(mapFacebookFailure(answer(400, graphError(506, 'Duplicate status message')), NOW)).toMatchObject({
      code: PublishFailureCode.Duplicate,
      retryable: false,
      networkMessage: 'Duplicate status message',
    });
  });

  it('5xx or a temporary code: unavailable and retried; anything else: rejected', () => {
    expect(
      mapFacebookFailure(answer(500, graphError(2, 'Service temporarily unavailable')), NOW),
    ).toMatchObject({
      code: PublishFailureCode.NetworkUnavailable,
      retryable: true,
    });
    expect(mapFacebookFailure(answer(400, graphError(100, 'Invalid parameter')), NOW)).toMatchObject({
      code: PublishFailureCode.Rejected,
      retryable: false,
      networkMessage: 'Invalid parameter',
    });
  });
});
