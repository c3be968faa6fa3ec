import { PublishFailureCode } from '@relais/contracts';
import { NOW, answer } from '../../../test/networks/answer';
import { mapLinkedInFailure } from './linkedin-errors';
import { nextMidnightUtc, parseLinkedInRateLimit } from './linkedin-rate-limits';
import { escapeLittleText, linkedInAuthorUrn, unescapeLittleText } from './linkedin-text';

describe('LinkedIn text', () => {
  it('escapes every reserved character of little text, and reads it back', () => {
    const text = 'Promo (50%) 100# @Relais [lien] {x} <b> *gras* _it_ ~barré~ a|b \\fin';
    const escaped = escapeLittleText(text);
    expect(escaped).toBe(
      'Promo \\(50%\\) 100\\# \\@Relais \\[lien\\] \\{x\\} \\<b\\> \\*gras\\* \\_it\\_ \\~barré\\~ a\\|b \\\\fin',
    );
    expect(unescapeLittleText(escaped)).toBe(text);
  });

  it('writes hashtags as the hashtag template, so they show as hashtags, and reads them back', () => {
    const text = 'Soldes #été_2026 (enfin) et #Relais, pas https://example.com/#ancre';
    const escaped = escapeLittleText(text);
    expect(escaped).toBe(
      'Soldes {hashtag|\\#|été\\_2026} \\(enfin\\) et {hashtag|\\#|Relais}, pas https://example.com/\\#ancre',
    );
    expect(unescapeLittleText(escaped)).toBe(text);
  });

  it('uses an organization URN for a bare id', () => {
    expect(linkedInAuthorUrn('12345')).toBe('urn:li:organization:12345');
    expect(linkedInAuthorUrn('urn:li:person:abc')).toBe('urn:li:person:abc');
  });
});

describe('LinkedIn rate limits', () => {
  it('a 429 lasts until the next midnight UTC', () => {
    expect(nextMidnightUtc(NOW)).toEqual(new Date('2026-03-11T00:00:00.000Z'));
    expect(parseLinkedInRateLimit(new Headers(), 429, NOW)).toEqual({
      limit: null,
      remaining: 0,
      resetAt: new Date('2026-03-11T00:00:00.000Z'),
    });
  });
});

describe('LinkedIn errors', () => {
  it('429: rate limited until midnight UTC, retried then', () => {
    expect(
      mapLinkedInFailure(answer(429, { message: 'Resource level throttle limit reached', status: 429 }), NOW),
    ).toMatchObject({
      code: PublishFailureCode.RateLimited,
      retryable: true,
      retryAt: new Date('2026-03-11T00:00:00.000Z'),
      networkMessage: 'Resource level throttle limit reached',
    });
  });

  it('401: the access expired; renewing it makes a resend safe', () => {
    expect(
      mapLinkedInFailure(answer(401, { message: 'Expired access token', status: 401 }), NOW),
    ).toMatchObject({
      code: PublishFailureCode.NeedsReconnection,
      authExpired: true,
      retryable: true,
    });
  });

  it('422 duplicate; other 4xx rejected or forbidden; 5xx retried', () => {
    expect(
      mapLinkedInFailure(
        answer(422, { message: 'Content is a duplicate of urn:li:share:1', status: 422 }),
        NOW,
      ),
    ).toMatchObject({ code: PublishFailureCode.Duplicate, retryable: false });
    expect(
      mapLinkedInFailure(answer(422, { message: 'commentary too long', status: 422 }), NOW),
    ).toMatchObject({
      code: PublishFailureCode.Rejected,
      networkMessage: 'commentary too long',
    });
    expect(
      mapLinkedInFailure(answer(403, { message: 'Not enough permissions', status: 403 }), NOW),
    ).toMatchObject({
      code: PublishFailureCode.Forbidden,
    });
    expect(mapLinkedInFailure(answer(504, undefined), NOW)).toMatchObject({
      code: PublishFailureCode.NetworkUnavailable,
      retryable: true,
    });
  });
});
