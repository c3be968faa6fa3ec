import { overflowStart, previewSegments, PreviewSegment } from './preview';

const joined = (segments: PreviewSegment[]) => segments.map((segment) => segment.text).join('');
const kinds = (segments: PreviewSegment[]) => segments.map(({ kind, text }) => `${kind}:${text}`);

describe('previewSegments', () => {
  it('marks links, hashtags and mentions, and covers the text exactly', () => {
    const text = 'Bonjour @bob, lisez https://relais.fr/a #Relais !';
    const segments = previewSegments('x', text);
    expect(joined(segments)).toBe(text);
    expect(kinds(segments)).toEqual([
      'plain:Bonjour ',
      'mention:@bob',
      'plain:, lisez ',
      'url:https://relais.fr/a',
      'plain: ',
      'hashtag:#Relais',
      'plain: !',
    ]);
    for (const segment of segments) expect(text.slice(segment.start, segment.end)).toBe(segment.text);
  });

  it('has no overflow at the exact limit, and marks what goes one past it', () => {
    expect(overflowStart('x', 'a'.repeat(280))).toBeNull();
    expect(kinds(previewSegments('x', 'a'.repeat(280)))).toEqual([`plain:${'a'.repeat(280)}`]);
    expect(kinds(previewSegments('x', `${'a'.repeat(279)}bc`))).toEqual([
      `plain:${'a'.repeat(279)}b`,
      'overflow:c',
    ]);
  });

  it('never cuts a grapheme: an emoji family that does not fit goes to overflow whole', () => {
    const family = '👨‍👩‍👧‍👦';
    const segments = previewSegments('x', `${'a'.repeat(279)}${family}`);
    expect(kinds(segments)).toEqual([`plain:${'a'.repeat(279)}`, `overflow:${family}`]);
    expect(overflowStart('bluesky', `${'é'.repeat(299)}${family}`)).toBeNull();
  });

  it('counts URLs the network way when finding the overflow', () => {
    const url = `https://relais.fr/${'x'.repeat(100)}`;
    expect(overflowStart('mastodon', `${'a'.repeat(476)} ${url}`)).toBeNull();
    expect(overflowStart('mastodon', `${'a'.repeat(477)} ${url}`)).toBe(478);
    expect(overflowStart('x', `${'a'.repeat(257)} ${url}`)).toBe(258);
    expect(overflowStart('bluesky', `${'a'.repeat(199)} ${url}`)).toBe(300);
  });

  it('splits an entity that crosses the limit', () => {
    const text = `${'a'.repeat(295)} #Relais`;
    expect(kinds(previewSegments('bluesky', text))).toEqual([
      `plain:${'a'.repeat(295)} `,
      'hashtag:#Rel',
      'overflow:ais',
    ]);
  });

  it('uses the Mastodon server limit', () => {
    expect(overflowStart('mastodon', 'a'.repeat(600), { maxCharacters: 1000 })).toBeNull();
    expect(overflowStart('mastodon', 'a'.repeat(600))).toBe(500);
  });

  it('recognises each network mentions', () => {
    expect(kinds(previewSegments('mastodon', 'Merci @alice@mastodon.social et contact@relais.fr'))).toEqual([
      'plain:Merci ',
      'mention:@alice@mastodon.social',
      'plain: et contact@relais.fr',
    ]);
    expect(kinds(previewSegments('bluesky', 'Salut @alice.bsky.social'))).toEqual([
      'plain:Salut ',
      'mention:@alice.bsky.social',
    ]);
    expect(kinds(previewSegments('linkedin', 'Salut @Alice'))).toEqual(['plain:Salut @Alice']);
  });

  it('returns nothing for an empty text', () => {
    expect(previewSegments('x', '')).toEqual([]);
  });
});
