import { AppBskyFeedPost, RichText } from '@atproto/api';
import { blueskyFacets, blueskyPostRecord } from './bluesky-record';

/** What we send, checked against Bluesky's own library (lexicon validation and rich-text detection). */
describe('Bluesky records against @atproto/api', () => {
  const createdAt = new Date('2026-03-10T14:30:00.000Z');

  it('detects the same links and tags as Bluesky’s RichText, at the same byte offsets', () => {
    for (const text of [
      'Café ☕ https://relais.fr/a et #lundi',
      '👩‍👩‍👧 Famille : https://relais.fr/famille?x=1&y=2 #été #2026soir',
      'Sans lien ni tag',
    ]) {
      const richText = new RichText({ text });
      richText.detectFacetsWithoutResolution();
      const official = (richText.facets ?? []).filter((facet) =>
        facet.features.every((feature) => feature.$type !== 'app.bsky.richtext.facet#mention'),
      );
      expect(blueskyFacets(text)).toEqual(official);
    }
  });

  it('builds posts, link cards and replies the app.bsky.feed.post lexicon accepts', () => {
    const post = blueskyPostRecord('Nouveau billet #blog', createdAt, {
      linkUrl: 'https://relais.fr/blog/a',
    });
    expect(AppBskyFeedPost.validateRecord(post)).toMatchObject({ success: true });
    const root = {
      uri: 'at://did:plc:abc123/app.bsky.feed.post/3lbq2x5k7hs2a',
      cid: 'bafyreie5737gdxlw5i64vzichcalba3z2v5n6icifvx5xytvske7mr3hpm',
    };
    const reply = blueskyPostRecord('Merci https://relais.fr', createdAt, { replyTo: root });
    expect(AppBskyFeedPost.validateRecord(reply)).toMatchObject({ success: true });
  });
});
