import { RateState } from '../core/rate-windows';
import { blueskyErrors, blueskyRateHeaders } from './bluesky/bluesky-errors';
import { facebookErrors, facebookUsageHeaders, graphTime } from './facebook/facebook-errors';
import { linkedinErrors } from './linkedin/linkedin-errors';
import { mastodonErrors, mastodonRateHeaders } from './mastodon/mastodon-errors';
import { xErrors, xRateHeaders } from './x/x-errors';

const rate: RateState = {
  limit: 300,
  remaining: 0,
  resetAt: Date.UTC(2026, 10, 24, 12, 5),
  windowSeconds: 300,
  allowed: false,
};

describe('each network speaks its own errors', () => {
  it('Mastodon: {"error"} with validation details, X-RateLimit-* with an ISO reset', () => {
    expect(mastodonErrors.invalidToken()).toEqual({
      status: 401,
      body: { error: 'The access token is invalid' },
    });
    expect(mastodonErrors.blank()).toEqual({
      status: 422,
      body: {
        error: "Validation failed: Text can't be blank",
        details: { text: [{ error: 'ERR_BLANK', description: "can't be blank" }] },
      },
    });
    expect(mastodonErrors.tooManyRequests()).toEqual({ status: 429, body: { error: 'Too many requests' } });
    expect(mastodonRateHeaders(rate)).toEqual({
      'X-RateLimit-Limit': '300',
      'X-RateLimit-Remaining': '0',
      'X-RateLimit-Reset': '2026-11-24T12:05:00.000Z',
    });
  });

  it('Bluesky: {"error","message"}, ExpiredToken as a 400, RateLimit-* in Unix seconds with a policy', () => {
    expect(blueskyErrors.expiredToken()).toEqual({
      status: 400,
      body: { error: 'ExpiredToken', message: 'Token has expired' },
    });
    expect(blueskyErrors.authMissing().status).toBe(401);
    expect(blueskyErrors.rateLimited()).toMatchObject({ status: 429, body: { error: 'RateLimitExceeded' } });
    expect(blueskyRateHeaders(rate)).toEqual({
      'RateLimit-Limit': '300',
      'RateLimit-Remaining': '0',
      'RateLimit-Reset': String(rate.resetAt / 1000),
      'RateLimit-Policy': '300;w=300',
    });
  });

  it('Facebook: OAuthException with code, subcode and trace id; usage headers in percent', () => {
    expect(facebookErrors.duplicate('trace-1')).toMatchObject({
      status: 400,
      body: { error: { type: 'OAuthException', code: 506, error_subcode: 1455006, fbtrace_id: 'trace-1' } },
    });
    expect(facebookErrors.expiredToken('t', rate.resetAt).body).toMatchObject({
      error: { code: 190, error_subcode: 463 },
    });
    expect(facebookErrors.throttled('t').body).toMatchObject({ error: { code: 32 } });
    const headers = facebookUsageHeaders({ ...rate, limit: 200, remaining: 50 }, rate.resetAt - 90_000);
    expect(JSON.parse(headers['X-Page-Usage'] ?? '')).toEqual({
      call_count: 75,
      total_cputime: 37,
      total_time: 37,
      estimated_time_to_regain_access: 0,
    });
    expect(graphTime(rate.resetAt)).toBe('2026-11-24T12:05:00+0000');
  });

  it('LinkedIn: {status, code, message}; 429 without a reset header', () => {
    expect(linkedinErrors.versionMissing()).toMatchObject({
      status: 400,
      body: { status: 400, code: 'VERSION_MISSING' },
    });
    expect(linkedinErrors.expiredToken()).toMatchObject({ status: 401, body: { serviceErrorCode: 65601 } });
    expect(linkedinErrors.duplicate('urn:li:share:1').body).toMatchObject({
      status: 422,
      message: 'Content is a duplicate of urn:li:share:1',
    });
    expect(linkedinErrors.throttled().headers).toBeUndefined();
  });

  it('X: problem JSON, the duplicate sentence, x-rate-limit-* in Unix seconds', () => {
    expect(xErrors.duplicate()).toEqual({
      status: 403,
      body: {
        detail: 'You are not allowed to create a Tweet with duplicate content.',
        status: 403,
        title: 'Forbidden',
        type: 'about:blank',
      },
    });
    expect(xErrors.failure(402, '42').body).toMatchObject({ title: 'CreditsDepleted', status: 402 });
    expect(xRateHeaders(rate)).toEqual({
      'x-rate-limit-limit': '300',
      'x-rate-limit-remaining': '0',
      'x-rate-limit-reset': String(rate.resetAt / 1000),
    });
  });
});
