import { PublishFailureCode } from '@relais/contracts';
import { NOW, answer } from '../../../test/networks/answer';
import { mapXFailure } from './x-errors';
import { parseXRateLimit } from './x-rate-limits';

const reset = Math.floor(NOW.getTime() / 1000) + 900;

describe('X rate limits', () => {
  it('reads x-rate-limit-* and prefers a spent daily user budget', () => {
    expect(
      parseXRateLimit(
        new Headers({
          'x-rate-limit-limit': '100',
          'x-rate-limit-remaining': '0',
          'x-rate-limit-reset': String(reset),
        }),
      ),
    ).toEqual({ limit: 100, remaining: 0, resetAt: new Date(reset * 1000) });
    expect(
      parseXRateLimit(
        new Headers({
          'x-rate-limit-remaining': '40',
          'x-user-limit-24hour-limit': '17',
          'x-user-limit-24hour-remaining': '0',
          'x-user-limit-24hour-reset': String(reset + 3600),
        }),
      ),
    ).toEqual({ limit: 17, remaining: 0, resetAt: new Date((reset + 3600) * 1000) });
  });
});

describe('X errors', () => {
  it('429: rate limited until x-rate-limit-reset', () => {
    expect(
      mapXFailure(
        answer(
          429,
          { title: 'Too Many Requests', detail: 'Too Many Requests', status: 429 },
          { 'x-rate-limit-reset': String(reset) },
        ),
        NOW,
      ),
    ).toMatchObject({
      code: PublishFailureCode.RateLimited,
      retryable: true,
      retryAt: new Date(reset * 1000),
    });
  });

  it('403 duplicate content: duplicate, in X’s words', () => {
    const detail = 'You are not allowed to create a Tweet with duplicate content.';
    const outcome = mapXFailure(
      answer(403, { detail, status: 403, title: 'Forbidden', type: 'about:blank' }),
      NOW,
    );
    expect(outcome).toMatchObject({
      code: PublishFailureCode.Duplicate,
      retryable: false,
      networkMessage: detail,
    });
    expect(outcome.message).toBe('X refused the post as a duplicate of a recent one.');
  });

  it('402: the plan’s credits are spent; not retried automatically', () => {
    expect(
      mapXFailure(
        answer(402, { title: 'Payment Required', detail: 'Your credits are depleted', status: 402 }),
        NOW,
      ),
    ).toMatchObject({
      code: PublishFailureCode.QuotaExhausted,
      retryable: false,
    });
  });

  it('401: access expired (refreshable); other 403: forbidden; 400: rejected; 5xx: retried', () => {
    expect(
      mapXFailure(answer(401, { title: 'Unauthorized', status: 401, detail: 'Unauthorized' }), NOW),
    ).toMatchObject({
      code: PublishFailureCode.NeedsReconnection,
      authExpired: true,
      retryable: true,
    });
    expect(
      mapXFailure(answer(403, { detail: 'You are not permitted to perform this action.' }), NOW),
    ).toMatchObject({
      code: PublishFailureCode.Forbidden,
    });
    expect(
      mapXFailure(
        answer(403, { detail: 'Your Tweet text is too long: 300 of 280 weighted characters.' }),
        NOW,
      ),
    ).toMatchObject({
      code: PublishFailureCode.Rejected,
      networkMessage: 'Your Tweet text is too long: 300 of 280 weighted characters.',
    });
    expect(mapXFailure(answer(400, { errors: [{ message: 'text is too long' }] }), NOW)).toMatchObject({
      code: PublishFailureCode.Rejected,
      networkMessage: 'text is too long',
    });
    expect(mapXFailure(answer(503, { title: 'Service Unavailable' }), NOW)).toMatchObject({
      code: PublishFailureCode.NetworkUnavailable,
      retryable: true,
    });
  });
});
