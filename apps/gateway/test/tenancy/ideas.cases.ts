import { createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { Session } from '../support/seed';
import { TenancyWorld } from '../support/tenancy-world';
import { MISSING_ID, onBrandA1, TenancyCase, TenancyDomain } from './tenancy-case';

interface IdeasSeed {
  feedId: string;
  ideaId: string;
  /** An idea of agency B's brand B1, for drafts that name A1's account. */
  ideaB: string;
}

const RSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>Tenancy tips</title>
  <item><title>First tip</title><link>https://tips.example/1</link><guid>1</guid></item>
  <item><title>Second tip</title><link>https://tips.example/2</link><guid>2</guid></item>
</channel></rss>`;

/** Follows a feed served for the moment by a local server: the feed is read once, when added. */
async function followFeed(owner: Session, brandId: string): Promise<{ feedId: string; ideaId: string }> {
  const server = createServer((_req, res) => {
    res.setHeader('content-type', 'application/rss+xml');
    res.end(RSS);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.xml`;
    const { addFeed } = await owner.api.data(
      'mutation A($input: AddFeedInput!) { addFeed(input: $input) { id } }',
      {
        input: { brandId, url },
      },
    );
    const { ideas } = await owner.api.data(
      'query I($brandId: ID!) { ideas(brandId: $brandId) { edges { node { id } } } }',
      {
        brandId,
      },
    );
    return { feedId: addFeed.id, ideaId: ideas.edges[0].node.id };
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

/** Feeds and ideas of brand A1: every operation on them, and a draft that names A1's account. */
export const ideasTenancy: TenancyDomain<IdeasSeed> = {
  name: 'ideas',
  async seed(w: TenancyWorld) {
    const a1 = await followFeed(w.ownerA, w.brandA1.id);
    const b1 = await followFeed(w.ownerB, w.brandB1.id);
    return { ...a1, ideaB: b1.ideaId };
  },
  ids: (s) => [s.feedId, s.ideaId],
  async snapshot(w) {
    // The feed's read status is left out: the poller may read it again meanwhile.
    return w.ownerA.api.data(
      `query S($brandId: ID!) { feeds(brandId: $brandId) { id url brandId }
        ideas(brandId: $brandId) { totalCount edges { node { id status postId title } } } }`,
      { brandId: w.brandA1.id },
    );
  },
  cases: {
    'Query.feeds': onBrandA1<IdeasSeed>(
      'lists the feeds of A1',
      'query Q($brandId: ID!) { feeds(brandId: $brandId) { id url } }',
      (w) => ({ brandId: w.brandA1.id }),
      () => ({ brandId: MISSING_ID }),
    ),
    'Query.linkPreview': onBrandA1<IdeasSeed>(
      'previews a link for A1',
      'query Q($brandId: ID!, $url: String!) { linkPreview(brandId: $brandId, url: $url) { url card { title } } }',
      (w) => ({ brandId: w.brandA1.id, url: 'https://intruder.example/page' }),
      () => ({ brandId: MISSING_ID, url: 'https://intruder.example/page' }),
    ),
    'Mutation.addFeed': onBrandA1<IdeasSeed>(
      'adds a feed to A1',
      'mutation M($input: AddFeedInput!) { addFeed(input: $input) { id } }',
      (w) => ({ input: { brandId: w.brandA1.id, url: 'https://intruder.example/feed.xml' } }),
      () => ({ input: { brandId: MISSING_ID, url: 'https://intruder.example/feed.xml' } }),
    ),
    'Mutation.removeFeed': onBrandA1<IdeasSeed>(
      'removes A1’s feed',
      'mutation M($id: ID!) { removeFeed(id: $id) }',
      (_w, s) => ({ id: s.feedId }),
      () => ({ id: MISSING_ID }),
    ),
    'Mutation.refreshFeed': onBrandA1<IdeasSeed>(
      'reads A1’s feed',
      'mutation M($id: ID!) { refreshFeed(id: $id) { id lastError } }',
      (_w, s) => ({ id: s.feedId }),
      () => ({ id: MISSING_ID }),
    ),
    'Query.ideas': onBrandA1<IdeasSeed>(
      'lists the ideas of A1',
      'query Q($brandId: ID!) { ideas(brandId: $brandId) { totalCount edges { node { id title } } } }',
      (w) => ({ brandId: w.brandA1.id }),
      () => ({ brandId: MISSING_ID }),
    ),
    'Mutation.dismissIdea': onBrandA1<IdeasSeed>(
      'dismisses an idea of A1',
      'mutation M($id: ID!) { dismissIdea(id: $id) { id status } }',
      (_w, s) => ({ id: s.ideaId }),
      () => ({ id: MISSING_ID }),
    ),
    'Mutation.createDraftFromIdea': [
      ...onBrandA1<IdeasSeed>(
        'makes a draft of an idea of A1',
        'mutation M($input: CreateDraftFromIdeaInput!) { createDraftFromIdea(input: $input) { id } }',
        (w, s) => ({ input: { ideaId: s.ideaId, accountIds: [w.accountA1] } }),
        () => ({ input: { ideaId: MISSING_ID, accountIds: [MISSING_ID] } }),
      ),
      {
        attacker: 'agencyB',
        what: 'makes a draft of its own idea on A1’s account',
        query: 'mutation M($input: CreateDraftFromIdeaInput!) { createDraftFromIdea(input: $input) { id } }',
        variables: (w, s) => ({ input: { ideaId: s.ideaB, accountIds: [w.accountA1] } }),
        likeMissing: (_w, s) => ({ input: { ideaId: s.ideaB, accountIds: [MISSING_ID] } }),
      } satisfies TenancyCase<IdeasSeed>,
    ],
  },
};
