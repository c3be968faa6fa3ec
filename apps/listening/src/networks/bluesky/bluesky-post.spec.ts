import { ListeningItemKind, Network } from '@relais/contracts';
import { BlueskyNotification, heardNotification } from './bluesky-post';

const BRAND = 'did:plc:brand';
const brandPost = `at://${BRAND}/app.bsky.feed.post/3kbrandpost`;
const theirPost = 'at://did:plc:hugo/app.bsky.feed.post/3khugopost';

function notification(overrides: Partial<BlueskyNotification> = {}): BlueskyNotification {
  return {
    uri: 'at://did:plc:camille/app.bsky.feed.post/3kcamille1',
    cid: 'bafyreib',
    author: { did: 'did:plc:camille', handle: 'camille.bsky.social', displayName: 'Camille' },
    reason: 'mention',
    record: {
      $type: 'app.bsky.feed.post',
      text: 'Hey @acme.bsky.social where is my parcel?',
      createdAt: '2026-12-07T10:00:00.000Z',
      langs: ['fr-FR'],
    },
    indexedAt: '2026-12-07T10:00:01.000Z',
    ...overrides,
  };
}

const heard = (n: BlueskyNotification) => heardNotification(n, 'account-1', BRAND);

describe('heardNotification', () => {
  it('makes a mention an item with its author, language, link to bsky.app and own conversation', () => {
    expect(heard(notification())).toEqual({
      network: Network.Bluesky,
      externalId: 'at://did:plc:camille/app.bsky.feed.post/3kcamille1',
      kind: ListeningItemKind.Mention,
      accountId: 'account-1',
      conversationKey: 'bluesky:at://did:plc:camille/app.bsky.feed.post/3kcamille1',
      parentExternalId: null,
      url: 'https://bsky.app/profile/camille.bsky.social/post/3kcamille1',
      author: { externalId: 'did:plc:camille', handle: 'camille.bsky.social', name: 'Camille' },
      text: 'Hey @acme.bsky.social where is my parcel?',
      language: 'fr-FR',
      hasLink: false,
      publishedAt: new Date('2026-12-07T10:00:00.000Z'),
    });
  });

  it("tells a comment under the brand's post from a reply in someone else's thread", () => {
    const reply = (parent: string) =>
      heard(
        notification({
          reason: 'reply',
          record: {
            text: 'Same here',
            createdAt: '2026-12-07T10:00:00.000Z',
            reply: { root: { uri: brandPost, cid: 'a' }, parent: { uri: parent, cid: 'b' } },
          },
        }),
      );
    expect(reply(brandPost)).toMatchObject({
      kind: ListeningItemKind.Comment,
      parentExternalId: brandPost,
      conversationKey: `bluesky:${brandPost}`,
    });
    expect(reply(theirPost)).toMatchObject({
      kind: ListeningItemKind.Reply,
      parentExternalId: theirPost,
      conversationKey: `bluesky:${brandPost}`,
    });
  });

  it('sees a link in a link facet or a link card, not in a mention facet', () => {
    const facet = (type: string) => ({ features: [{ $type: type }] });
    const withRecord = (record: BlueskyNotification['record']) => heard(notification({ record }))?.hasLink;
    expect(withRecord({ text: 'a', facets: [facet('app.bsky.richtext.facet#mention')] })).toBe(false);
    expect(withRecord({ text: 'a', facets: [facet('app.bsky.richtext.facet#link')] })).toBe(true);
    expect(withRecord({ text: 'a', embed: { $type: 'app.bsky.embed.external' } })).toBe(true);
    expect(
      withRecord({
        text: 'a',
        embed: { $type: 'app.bsky.embed.recordWithMedia', media: { $type: 'app.bsky.embed.external' } },
      }),
    ).toBe(true);
  });

  it('dates a post claiming a time after it was indexed at its indexing, and states no language when none is given', () => {
    const item = heard(
      notification({ record: { text: 'from the future', createdAt: '2099-01-01T00:00:00.000Z' } }),
    );
    expect(item?.publishedAt).toEqual(new Date('2026-12-07T10:00:01.000Z'));
    expect(item?.language).toBeNull();
  });

  it('leaves out likes, follows, reposts and what is no post', () => {
    expect(heard(notification({ reason: 'like' }))).toBeNull();
    expect(heard(notification({ reason: 'follow' }))).toBeNull();
    expect(heard(notification({ uri: 'at://did:plc:camille/app.bsky.graph.follow/3k1' }))).toBeNull();
    expect(heard(notification({ reason: 'quote' }))?.kind).toBe(ListeningItemKind.Mention);
  });
});
