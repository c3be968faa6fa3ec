import { AppBskyFeedPost } from '@atproto/api';
import { detectFacets, withMentionDids } from './bluesky-facets';
import { blueskyPostRecord } from './bluesky-record';

/** What we send, checked against Bluesky's own library (lexicon validation). */
describe('Bluesky records against @atproto/api', () => {
  const createdAt = new Date('2026-03-10T14:30:00.000Z');

  it('builds posts, link cards and replies the app.bsky.feed.post lexicon accepts', () => {
    const text = 'Nouveau billet #blog avec @atelier.bsky.social, $RLS et https://relais.fr/été';
    const facets = withMentionDids(detectFacets(text), new Map([['atelier.bsky.social', 'did:plc:atelier']]));
    expect(facets).toHaveLength(4);
    const post = blueskyPostRecord(text, createdAt, { facets, linkUrl: 'https://relais.fr/blog/a' });
    expect(AppBskyFeedPost.validateRecord(post)).toMatchObject({ success: true });
    const root = {
      uri: 'at://did:plc:abc123/app.bsky.feed.post/3lbq2x5k7hs2a',
      cid: 'bafyreie5737gdxlw5i64vzichcalba3z2v5n6icifvx5xytvske7mr3hpm',
    };
    const reply = blueskyPostRecord('Merci https://relais.fr', createdAt, { replyTo: root });
    expect(AppBskyFeedPost.validateRecord(reply)).toMatchObject({ success: true });
  });
});
