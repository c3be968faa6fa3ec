import { Network } from '@relais/contracts';
import { PostEntity } from './post.entity';
import { postLinks, publishTargets } from './post-scheduled-event';
import { VariantState } from './post-draft';

const LINK = 'https://verdure.example/spring';
const post = {
  baseText: 'Spring is here',
  linkUrl: LINK,
  mediaIds: [],
  threadParts: [],
} as unknown as PostEntity;
const variant = (network: Network, extra: Partial<VariantState> = {}): VariantState => ({
  network,
  customized: false,
  text: 'Spring is here',
  linkUrl: LINK,
  mediaIds: [],
  threadParts: [],
  firstComment: null,
  ...extra,
});

describe('publishTargets', () => {
  it('gives each account the text its network receives', () => {
    const targets = publishTargets({
      post,
      targets: [
        { accountId: 'x1', network: Network.X },
        { accountId: 'x2', network: Network.X },
        { accountId: 'li', network: Network.LinkedIn },
        { accountId: 'bs', network: Network.Bluesky },
      ],
      variants: [
        variant(Network.X),
        variant(Network.LinkedIn, { customized: true, text: 'Our spring line', firstComment: 'More inside' }),
        variant(Network.Bluesky, { mediaIds: ['m1'] }),
      ],
      labelIds: [],
    });
    expect(targets).toEqual([
      {
        accountId: 'x1',
        network: Network.X,
        text: `Spring is here\n\n${LINK}`,
        linkUrl: LINK,
        linkCard: null,
        firstComment: null,
        mediaIds: [],
      },
      {
        accountId: 'x2',
        network: Network.X,
        text: `Spring is here\n\n${LINK}`,
        linkUrl: LINK,
        linkCard: null,
        firstComment: null,
        mediaIds: [],
      },
      {
        accountId: 'li',
        network: Network.LinkedIn,
        text: 'Our spring line',
        linkUrl: LINK,
        linkCard: null,
        firstComment: 'More inside',
        mediaIds: [],
      },
      // Media take Bluesky's only attachment: the link goes in the text.
      {
        accountId: 'bs',
        network: Network.Bluesky,
        text: `Spring is here\n\n${LINK}`,
        linkUrl: LINK,
        linkCard: null,
        firstComment: null,
        mediaIds: ['m1'],
      },
    ]);
  });

  it('does not repeat a link the text already holds', () => {
    const [target] = publishTargets({
      post,
      targets: [{ accountId: 'm', network: Network.Mastodon }],
      variants: [variant(Network.Mastodon, { text: `Read ${LINK} now` })],
      labelIds: [],
    });
    expect(target.text).toBe(`Read ${LINK} now`);
  });

  it("carries the brand's card of the link, and lists each link once", () => {
    const other = 'https://verdure.example/autumn';
    const stored = {
      post,
      targets: [
        { accountId: 'li', network: Network.LinkedIn },
        { accountId: 'x', network: Network.X },
        { accountId: 'm', network: Network.Mastodon },
      ],
      variants: [
        variant(Network.LinkedIn),
        variant(Network.X),
        variant(Network.Mastodon, { customized: true, linkUrl: other }),
      ],
      labelIds: [],
    };
    const card = { url: LINK, title: 'Spring', description: 'Seeds', thumbnailMediaId: null };
    const targets = publishTargets(stored, new Map([[LINK, card]]));
    expect(targets.map((target) => target.linkCard)).toEqual([card, card, null]);
    expect(postLinks(stored)).toEqual([LINK, other]);
  });

  it('sends further parts as replies on X, Bluesky and Mastodon, and a second part as the first comment elsewhere', () => {
    const parts = { threadParts: ['Part two', 'Part three'] };
    const targets = publishTargets({
      post,
      targets: [
        { accountId: 'x', network: Network.X },
        { accountId: 'bs', network: Network.Bluesky },
        { accountId: 'm', network: Network.Mastodon },
        { accountId: 'fb', network: Network.FacebookPage },
      ],
      variants: [
        variant(Network.X, parts),
        variant(Network.Bluesky, parts),
        variant(Network.Mastodon, parts),
        variant(Network.FacebookPage, { threadParts: ['Part two'] }),
      ],
      labelIds: [],
    });
    expect(
      targets.map(({ network, threadParts, firstComment }) => ({ network, threadParts, firstComment })),
    ).toEqual([
      { network: Network.X, threadParts: ['Part two', 'Part three'], firstComment: null },
      { network: Network.Bluesky, threadParts: ['Part two', 'Part three'], firstComment: null },
      { network: Network.Mastodon, threadParts: ['Part two', 'Part three'], firstComment: null },
      { network: Network.FacebookPage, threadParts: undefined, firstComment: 'Part two' },
    ]);
    expect(targets[3]).not.toHaveProperty('threadParts');
  });
});
