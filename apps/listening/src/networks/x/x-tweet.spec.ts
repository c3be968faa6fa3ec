import { ListeningItemKind, Network } from '@relais/contracts';
import { heardTweet, snowflakeDate, usersById, XTweet } from './x-tweet';

const BRAND = '1500000000000000001';
const users = usersById([{ id: '42', username: 'camille', name: 'Camille' }]);

function tweet(overrides: Partial<XTweet> = {}): XTweet {
  return {
    id: '1866000000000000000',
    text: '@acme where is my parcel?',
    created_at: '2026-12-07T10:00:00.000Z',
    author_id: '42',
    conversation_id: '1866000000000000000',
    lang: 'fr',
    ...overrides,
  };
}

const heard = (t: XTweet) => heardTweet(t, users, 'account-1', BRAND);

describe('heardTweet', () => {
  it('makes a mention an item with its author, language, link to x.com and conversation', () => {
    expect(heard(tweet())).toEqual({
      network: Network.X,
      externalId: '1866000000000000000',
      kind: ListeningItemKind.Mention,
      accountId: 'account-1',
      conversationKey: 'x:1866000000000000000',
      parentExternalId: null,
      url: 'https://x.com/camille/status/1866000000000000000',
      author: { externalId: '42', handle: 'camille', name: 'Camille' },
      text: '@acme where is my parcel?',
      language: 'fr',
      hasLink: false,
      publishedAt: new Date('2026-12-07T10:00:00.000Z'),
    });
  });

  it('tells a comment answering the brand from a reply to someone else', () => {
    const answering = (userId: string) =>
      heard(
        tweet({
          conversation_id: '1865000000000000000',
          in_reply_to_user_id: userId,
          referenced_tweets: [
            { type: 'quoted', id: '1' },
            { type: 'replied_to', id: '1865500000000000000' },
          ],
        }),
      );
    expect(answering(BRAND)).toMatchObject({
      kind: ListeningItemKind.Comment,
      parentExternalId: '1865500000000000000',
      conversationKey: 'x:1865000000000000000',
    });
    expect(answering('77')).toMatchObject({
      kind: ListeningItemKind.Reply,
      parentExternalId: '1865500000000000000',
    });
    // A quote alone is no reply.
    expect(heard(tweet({ referenced_tweets: [{ type: 'quoted', id: '1' }] })).kind).toBe(
      ListeningItemKind.Mention,
    );
  });

  it('sees a shared link, not the link of an attached photo', () => {
    expect(heard(tweet({ entities: { urls: [{ url: 'https://t.co/a', media_key: '3_1' }] } })).hasLink).toBe(
      false,
    );
    expect(heard(tweet({ entities: { urls: [{ url: 'https://t.co/b' }] } })).hasLink).toBe(true);
  });

  it("states no language for X's undetermined codes, and dates a post by its id when X gives no date", () => {
    expect(heard(tweet({ lang: 'und' })).language).toBeNull();
    expect(heard(tweet({ lang: 'qme' })).language).toBeNull();
    const undated = heard(tweet({ created_at: undefined }));
    expect(undated.publishedAt).toEqual(snowflakeDate('1866000000000000000'));
    // X's own example: 1445880548472328192 was made on 2021-10-06.
    expect(snowflakeDate('1445880548472328192').toISOString()).toMatch(/^2021-10-06T/);
  });

  it('keeps an author X did not expand by their id, and links the post without a handle', () => {
    const item = heard(tweet({ author_id: '99' }));
    expect(item.author).toEqual({ externalId: '99', handle: '99', name: null });
    expect(item.url).toBe('https://x.com/i/web/status/1866000000000000000');
  });
});
