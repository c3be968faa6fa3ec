import { describe, expect, it } from 'vitest';
import { customise, emptyDraft, updateVariant } from './composer-draft';
import { blocksSaving, liveCheck } from './live-check';

const guidelines = { bannedWords: ['cheap'], requiredHashtags: ['verdure'] };

describe('live check', () => {
  it('counts each network its own way as the text grows', () => {
    const draft = { ...emptyDraft('b'), baseText: 'a'.repeat(290) };
    const check = liveCheck(draft, ['X', 'BLUESKY'], guidelines);
    expect(
      check.networks.map((network) => [network.network, network.count.used, network.count.limit]),
    ).toEqual([
      ['X', 290, 280],
      ['BLUESKY', 290, 300],
    ]);
    expect(check.networks[0]?.violations.map((violation) => violation.rule)).toEqual(['TOO_LONG']);
    expect(check.networks[1]?.violations).toEqual([]);
    expect(blocksSaving(check)).toBe(true);
  });

  it('counts a link where the network puts it in the text', () => {
    const draft = { ...emptyDraft('b'), baseText: 'Read this', linkUrl: 'https://example.com/a/long/path' };
    const check = liveCheck(draft, ['X', 'LINKEDIN'], guidelines);
    expect(check.networks[0]?.count.used).toBe(9 + 2 + 23);
    expect(check.networks[1]?.count.used).toBe(9);
  });

  it('finds banned words in the base and in customised texts, and missing hashtags per network', () => {
    let draft = { ...emptyDraft('b'), baseText: 'Great #verdure' };
    draft = updateVariant(customise(draft, 'LINKEDIN'), 'LINKEDIN', { text: 'So cheap' });
    const check = liveCheck(draft, ['X', 'LINKEDIN'], guidelines);
    expect(check.banned).toEqual([{ word: 'cheap', match: 'cheap', network: 'LINKEDIN' }]);
    expect(check.networks.map((network) => network.missingHashtags)).toEqual([[], ['#verdure']]);
  });

  it('applies the media rules to the files loaded, and a post with files is not empty', () => {
    const gif = {
      id: 'g',
      brandId: 'b',
      fileName: 'dance.gif',
      contentType: 'image/gif',
      kind: 'GIF' as const,
      status: 'READY' as const,
      sizeBytes: 20_000_000,
      width: 400,
      height: 300,
      durationMs: null,
      altText: '',
      url: null,
      thumbnailUrl: null,
      createdAt: '2030-01-01T00:00:00Z',
    };
    const draft = { ...emptyDraft('b'), baseText: '', mediaIds: ['g'] };
    const check = liveCheck(draft, ['X', 'BLUESKY'], guidelines, new Map([['g', gif]]));
    // X takes GIFs up to 15 MB; Bluesky gets the GIF as a video rendition, of any size.
    expect(check.networks[0]?.violations.map((violation) => [violation.rule, violation.index])).toEqual([
      ['MEDIA_TOO_LARGE', 0],
    ]);
    expect(check.networks[1]?.violations).toEqual([]);
  });
});
