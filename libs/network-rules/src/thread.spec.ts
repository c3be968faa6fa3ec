import { countThreadPart } from './count';
import { networkSupports } from './supports';
import { NetworkName, Violation } from './types';
import { validateVariant } from './validate';

const threadRules = (violations: Violation[]) =>
  violations
    .filter(({ field }) => field === 'threadParts')
    .map(({ rule, index }) => `${rule}@${String(index)}`);

describe('validateVariant: thread parts', () => {
  it('accepts a thread whose every part fits, on the networks that chain replies', () => {
    for (const network of ['x', 'bluesky', 'mastodon'] as NetworkName[]) {
      expect(validateVariant(network, { text: 'One', media: [], threadParts: ['Two', 'Three'] })).toEqual([]);
    }
  });

  it("counts each part by the network's own rule and names the part's index", () => {
    // X: a URL counts 23 whatever its length, so a long link does not break a part.
    const url = `https://relais.fr/${'a'.repeat(300)}`;
    expect(validateVariant('x', { text: 'One', media: [], threadParts: [url, 'a'.repeat(281)] })).toEqual([
      {
        network: 'x',
        field: 'threadParts',
        rule: 'TOO_LONG',
        params: { used: 281, limit: 280, unit: 'weighted' },
        index: 1,
      },
    ]);
    // Bluesky: graphemes, an emoji family is one.
    expect(
      validateVariant('bluesky', { text: 'One', media: [], threadParts: ['👨‍👩‍👧‍👦'.repeat(300)] }).map(
        ({ params }) => params['unit'],
      ),
    ).toEqual(['bytes']);
    expect(
      threadRules(validateVariant('bluesky', { text: 'One', media: [], threadParts: ['é'.repeat(301)] })),
    ).toEqual(['TOO_LONG@0']);
    // Mastodon: the server's limit applies to every part.
    expect(
      validateVariant(
        'mastodon',
        { text: 'One', media: [], threadParts: ['a'.repeat(600)] },
        { maxCharacters: 600 },
      ),
    ).toEqual([]);
  });

  it('refuses a blank part as EMPTY, even on a post with media', () => {
    const image = { kind: 'image' as const, contentType: 'image/png', sizeBytes: 1000 };
    expect(
      threadRules(validateVariant('x', { text: '', media: [image], threadParts: ['Two', ' \n'] })),
    ).toEqual(['EMPTY@1']);
  });

  it('allows more than 24 further parts nowhere', () => {
    const parts = Array.from({ length: 25 }, (_, i) => `Part ${i + 2}`);
    expect(validateVariant('x', { text: 'One', media: [], threadParts: parts })).toEqual([
      { network: 'x', field: 'threadParts', rule: 'THREAD_UNSUPPORTED', params: { maxParts: 25 }, index: 24 },
    ]);
  });

  it('takes a second part on Facebook and LinkedIn as the first comment, with its limit', () => {
    expect(validateVariant('facebook_page', { text: 'One', media: [], threadParts: ['Two'] })).toEqual([]);
    expect(validateVariant('linkedin', { text: 'One', media: [], threadParts: ['a'.repeat(1250)] })).toEqual(
      [],
    );
    expect(validateVariant('linkedin', { text: 'One', media: [], threadParts: ['a'.repeat(1251)] })).toEqual([
      {
        network: 'linkedin',
        field: 'threadParts',
        rule: 'TOO_LONG',
        params: { used: 1251, limit: 1250, unit: 'characters' },
        index: 0,
      },
    ]);
  });

  it('refuses a third part there, and a second part next to a first comment', () => {
    for (const network of ['facebook_page', 'linkedin'] as NetworkName[]) {
      expect(validateVariant(network, { text: 'One', media: [], threadParts: ['Two', 'Three'] })).toEqual([
        { network, field: 'threadParts', rule: 'THREAD_UNSUPPORTED', params: { maxParts: 2 }, index: 1 },
      ]);
      expect(
        threadRules(
          validateVariant(network, { text: 'One', media: [], firstComment: 'Hi', threadParts: ['Two'] }),
        ),
      ).toEqual(['THREAD_WITH_FIRST_COMMENT@0']);
      // A blank first comment is no first comment.
      expect(
        validateVariant(network, { text: 'One', media: [], firstComment: ' ', threadParts: ['Two'] }),
      ).toEqual([]);
    }
  });
});

describe('countThreadPart and networkSupports', () => {
  it('counts a part against the text limit, or the first comment limit where it becomes one', () => {
    expect(countThreadPart('x', 'a'.repeat(10))).toEqual({
      used: 10,
      limit: 280,
      remaining: 270,
      unit: 'weighted',
    });
    expect(countThreadPart('mastodon', 'abc', { maxCharacters: 1000 }).limit).toBe(1000);
    expect(countThreadPart('facebook_page', 'abc')).toEqual({
      used: 3,
      limit: 8000,
      remaining: 7997,
      unit: 'characters',
    });
  });

  it('tells the composer how many parts each network takes', () => {
    expect(networkSupports('bluesky')).toMatchObject({ threadMaxParts: 25, threadAsFirstComment: false });
    expect(networkSupports('linkedin')).toMatchObject({ threadMaxParts: 2, threadAsFirstComment: true });
  });
});
