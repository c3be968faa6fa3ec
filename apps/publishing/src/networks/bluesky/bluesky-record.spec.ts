import { TID_PATTERN, blueskyPostRecord, blueskyRkey } from './bluesky-record';

describe('blueskyRkey', () => {
  it('is a valid TID-shaped key, the same for the same idempotency key and different otherwise', () => {
    const key = blueskyRkey('pub-1:occurrence-1');
    expect(key).toMatch(TID_PATTERN);
    expect(blueskyRkey('pub-1:occurrence-1')).toBe(key);
    expect(blueskyRkey('pub-1:occurrence-2')).not.toBe(key);
    for (let i = 0; i < 200; i += 1) expect(blueskyRkey(`k${i}`)).toMatch(TID_PATTERN);
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
