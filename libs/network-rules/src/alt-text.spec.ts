import { ALT_TEXT_LIMITS, altTextProblems, countAltText } from './alt-text';

const image = (altText: string, mediaId = 'm1') => ({ mediaId, fileName: `${mediaId}.jpg`, altText });

describe('alt text', () => {
  it('asks for a description of every picture only when the brand does', () => {
    const images = [image('A red tulip', 'm1'), image('   ', 'm2')];
    expect(altTextProblems('mastodon', images, true)).toEqual([
      { rule: 'ALT_TEXT_MISSING', mediaId: 'm2', fileName: 'm2.jpg' },
    ]);
    expect(altTextProblems('mastodon', images, false)).toEqual([]);
  });

  it('refuses a description longer than the network takes, naming the network and its limit', () => {
    const long = image('a'.repeat(1001));
    expect(altTextProblems('x', [long], false)).toEqual([
      { rule: 'ALT_TEXT_TOO_LONG', mediaId: 'm1', fileName: 'm1.jpg', network: 'x', limit: 1000, used: 1001 },
    ]);
    expect(altTextProblems('mastodon', [long], false)).toEqual([]);
    expect(altTextProblems('mastodon', [image('a'.repeat(1501))], false)[0]).toMatchObject({ limit: 1500 });
    expect(altTextProblems('facebook_page', [image('a'.repeat(10_000))], false)).toEqual([]);
    expect(ALT_TEXT_LIMITS.bluesky).toEqual({ limit: 2000, unit: 'graphemes' });
  });

  it('counts as each network counts: graphemes on Bluesky, code points on Mastodon, UTF-16 on X', () => {
    const family = '👨‍👩‍👧‍👦'; // 7 code points, 11 UTF-16 units, 1 grapheme
    expect(countAltText('bluesky', family)).toBe(1);
    expect(countAltText('mastodon', family)).toBe(7);
    expect(countAltText('x', family)).toBe(11);
    expect(altTextProblems('bluesky', [image(family.repeat(1500))], false)).toEqual([]);
    expect(altTextProblems('x', [image(family.repeat(100))], false)[0]).toMatchObject({ used: 1100 });
  });
});
