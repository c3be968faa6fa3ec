import { TID_PATTERN, blueskyFacets, blueskyPostRecord, blueskyRkey } from './bluesky-record';

describe('blueskyRkey', () => {
  it('is a valid TID-shaped key, the same for the same idempotency key and different otherwise', () => {
    const key = blueskyRkey('pub-1:occurrence-1');
    expect(key).toMatch(TID_PATTERN);
    expect(blueskyRkey('pub-1:occurrence-1')).toBe(key);
    expect(blueskyRkey('pub-1:occurrence-2')).not.toBe(key);
    for (let i = 0; i < 200; i += 1) expect(blueskyRkey(`k${i}`)).toMatch(TID_PATTERN);
  });
});

describe('blueskyFacets', () => {
  it('links URLs and tags with UTF-8 byte offsets', () => {
    const text = 'Café ☕ https://relais.fr/a et #lundi';
    const facets = blueskyFacets(text);
    const bytes = Buffer.from(text, 'utf8');
    expect(facets).toEqual([
      {
        index: { byteStart: 10, byteEnd: 29 },
        features: [{ $type: 'app.bsky.richtext.facet#link', uri: 'https://relais.fr/a' }],
      },
      {
        index: { byteStart: 33, byteEnd: 39 },
        features: [{ $type: 'app.bsky.richtext.facet#tag', tag: 'lundi' }],
      },
    ]);
    expect(bytes.subarray(10, 29).toString('utf8')).toBe('https://relais.fr/a');
    expect(bytes.subarray(33, 39).toString('utf8')).toBe('#lundi');
  });

  it('gives a scheme to a link written without one', () => {
    expect(blueskyFacets('voir relais.fr')[0].features[0]).toEqual({
      $type: 'app.bsky.richtext.facet#link',
      uri: 'https://relais.fr',
    });
  });
});

describe('blueskyPostRecord', () => {
  const createdAt = new Date('2026-03-10T14:30:00.000Z');

  it('adds a link card when the link is not in the text, and a reply reference for a comment', () => {
    expect(blueskyPostRecord('Nouveau billet', createdAt, { linkUrl: 'https://relais.fr/a' })).toEqual({
      $type: 'app.bsky.feed.post',
      text: 'Nouveau billet',
      createdAt: '2026-03-10T14:30:00.000Z',
      embed: {
        $type: 'app.bsky.embed.external',
        external: { uri: 'https://relais.fr/a', title: 'relais.fr', description: '' },
      },
    });
    const root = { uri: 'at://did:plc:x/app.bsky.feed.post/3abc', cid: 'bafy' };
    expect(blueskyPostRecord('Merci', createdAt, { replyTo: root })).toMatchObject({
      reply: { root, parent: root },
    });
    expect(
      blueskyPostRecord('Lire https://relais.fr/a', createdAt, { linkUrl: 'https://relais.fr/a' }),
    ).not.toHaveProperty('embed');
  });
});
