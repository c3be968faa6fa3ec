import { Network, PublicationStatus, PublicationView, PublishingSubjects } from '@relais/contracts';
import { as } from '@relais/server-testing';
import {
  Agency,
  attemptsOf,
  connectAccount,
  ConnectedAccount,
  createAgency,
  longMastodonWindow,
  schedulePost,
  sentTo,
  settled,
} from './support/fixtures';
import { PublishingHarness, startPublishing } from './support/publishing-harness';
import { AccountItem, itemsOf } from './support/thread-reads';

const THREADS = [Network.Mastodon, Network.Bluesky, Network.X];

describe('publishing a thread part by part', () => {
  let h: PublishingHarness;
  let agency: Agency;

  beforeAll(async () => {
    h = await startPublishing({ env: { MAX_ATTEMPTS: '3' } });
    agency = await createAgency(h);
    await longMastodonWindow(h);
  }, 120_000);

  afterAll(() => h?.close());

  const connect = (network: Network) => connectAccount(h, agency.owner, agency.brand.id, network);
  /** The account's faults not met yet: none once part two met its fault. */
  const faultsOf = async (account: ConnectedAccount) =>
    (await h.sandbox.client.faults()).filter((fault) => fault.accountId === account.sandbox.externalId);

  /** A thread of three on the account, due in a second; its texts, the post's first. */
  async function scheduleThread(account: ConnectedAccount, label: string, firstComment?: string) {
    const text = `${label}, un fil`;
    const threadParts = [`${label}, deuxième partie`, `${label}, troisième partie`];
    const { postId } = await schedulePost(h, agency, [account], {
      dueAt: new Date(Date.now() + 1000),
      text,
      threadParts,
      ...(firstComment ? { firstComment } : {}),
    });
    return { postId, texts: [`${text} (${account.network})`, ...threadParts] };
  }

  /** The account's items carrying each text, in the thread's order; fails when a text is not there once. */
  function chainOf(items: AccountItem[], texts: string[]): AccountItem[] {
    return texts.map((text) => {
      const found = items.filter((item) => item.text === text);
      expect({ text, count: found.length }).toEqual({ text, count: 1 });
      return found[0];
    });
  }

  function expectReplyChain(chain: AccountItem[], publication: PublicationView) {
    expect(chain[0].parentId).toBeNull();
    expect(chain[1].parentId).toBe(chain[0].id);
    expect(chain[2].parentId).toBe(chain[1].id);
    expect(publication.externalId).toBe(chain[0].id);
    expect(publication.parts.map((part) => part.externalId)).toEqual(chain.map((item) => item.id));
    expect(publication.parts.map((part) => part.index)).toEqual([0, 1, 2]);
    for (const part of publication.parts) expect(part.publishedAt).not.toBeNull();
  }

  it.each(THREADS)('%s: posts the three parts in order, each a reply to the one before', async (network) => {
    const account = await connect(network);
    const { postId, texts } = await scheduleThread(account, `Fil ${network}`, 'Le commentaire');
    const [publication] = await settled(h, agency, postId, 1);
    expect(publication.status).toBe(PublicationStatus.Published);
    const items = await itemsOf(h, account);
    const chain = chainOf(items, texts);
    expectReplyChain(chain, publication);
    if (network === Network.Bluesky) {
      expect(chain[1].rootId).toBe(chain[0].id);
      expect(chain[2].rootId).toBe(chain[0].id);
    }
    // The first comment answers the post, after the thread.
    const comment = chainOf(items, ['Le commentaire'])[0];
    expect(comment.parentId).toBe(chain[0].id);
    expect(items).toHaveLength(4);
    expect(await sentTo(h, account)).toHaveLength(1);
  });

  it.each(THREADS)(
    '%s: a failure on part two is retried from part two, without posting part one again',
    async (network) => {
      const account = await connect(network);
      await h.sandbox.client.addFault({
        network: account.network,
        accountId: account.sandbox.externalId,
        kind: 'fail',
        status: 503,
        after: 1,
      });
      const { postId, texts } = await scheduleThread(account, `Reprise ${network}`);
      const [publication] = await settled(h, agency, postId, 1);
      expect(publication.status).toBe(PublicationStatus.Published);
      expect((await attemptsOf(h, publication.id)).map((a) => a.state)).toEqual(['failed', 'sent']);
      const items = await itemsOf(h, account);
      expect(items).toHaveLength(3);
      expectReplyChain(chainOf(items, texts), publication);
      expect(await faultsOf(account)).toEqual([]);
    },
  );

  it.each(THREADS)(
    '%s: a lost answer on part two leaves exactly one part two',
    async (network) => {
      const account = await connect(network);
      await h.sandbox.client.addFault({
        network: account.network,
        accountId: account.sandbox.externalId,
        kind: 'drop_after_commit',
        after: 1,
      });
      const { postId, texts } = await scheduleThread(account, `Réponse perdue ${network}`);
      const [publication] = await settled(h, agency, postId, 1, 30_000);
      expect(publication.status).toBe(PublicationStatus.Published);
      const items = await itemsOf(h, account);
      expect(items).toHaveLength(3);
      expectReplyChain(chainOf(items, texts), publication);
      expect(await faultsOf(account)).toEqual([]);
    },
    40_000,
  );

  it('shows a thread stopped at part two as partly published, and a retry resumes it', async () => {
    const account = await connect(Network.Mastodon);
    await h.sandbox.client.addFault({
      network: account.network,
      accountId: account.sandbox.externalId,
      kind: 'fail',
      status: 503,
      count: 3,
      after: 1,
    });
    const { postId, texts } = await scheduleThread(account, 'Arrêté en route');
    const [failed] = await settled(h, agency, postId, 1);
    expect(failed.status).toBe(PublicationStatus.Failed);
    expect(failed.canRetry).toBe(true);
    expect(failed.failure?.message).toMatch(/^Part 2 of 3: /);
    expect(failed.parts.map((part) => part.externalId !== null)).toEqual([true, false, false]);
    expect(await itemsOf(h, account)).toHaveLength(1);

    const retried = await h.call<PublicationView>(PublishingSubjects.publication.retry, as(agency.owner), {
      id: failed.id,
    });
    expect(retried.status).toBe(PublicationStatus.Pending);
    expect(retried.parts[0].externalId).toBe(failed.parts[0].externalId);
    const [publication] = await settled(h, agency, postId, 1);
    expect(publication.status).toBe(PublicationStatus.Published);
    const items = await itemsOf(h, account);
    expect(items).toHaveLength(3);
    expectReplyChain(chainOf(items, texts), publication);
  });

  it.each([Network.FacebookPage, Network.LinkedIn])(
    '%s: a post without thread parts goes out as before, with no parts',
    async (network) => {
      const account = await connect(network);
      const { postId } = await schedulePost(h, agency, [account], {
        dueAt: new Date(Date.now() + 1000),
        text: `Un seul message ${network}`,
      });
      const [publication] = await settled(h, agency, postId, 1);
      expect(publication.status).toBe(PublicationStatus.Published);
      expect(publication.parts).toEqual([]);
      expect(await sentTo(h, account)).toHaveLength(1);
    },
  );
});
