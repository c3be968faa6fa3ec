import { Network } from '@relais/contracts';
import { ConnectedAccount, connectAccount, createAgency, Agency, waitFor } from '@relais/server-testing';
import { PollerService } from '../src/polling/poller.service';
import { ListeningHarness, startListening } from './support/listening-harness';

interface StoredItem {
  external_id: string;
  kind: string;
  text: string;
  author_handle: string;
  conversation_key: string;
  parent_external_id: string | null;
  url: string | null;
  language: string | null;
  sentiment: string | null;
}

/** Listening polled by hand (`pollDue`) against the Bluesky emulator (the account's PDS). */
describe('listening on Bluesky', () => {
  let h: ListeningHarness;
  let agency: Agency;
  let account: ConnectedAccount;

  const items = () =>
    h.sql<StoredItem>(
      `SELECT external_id, kind, text, author_handle, conversation_key, parent_external_id, url, language, sentiment
         FROM listening.items WHERE account_id = $1 ORDER BY published_at, external_id`,
      [account.account.id],
    );
  const dueNow = () =>
    h.sql(`UPDATE listening.source_cursors SET next_poll_at = now() WHERE account_id = $1`, [
      account.account.id,
    ]);
  const cursor = async () =>
    (
      await h.sql<{ cursor: string | null; failures: number; last_error: string | null }>(
        `SELECT cursor, failures, last_error FROM listening.source_cursors
          WHERE account_id = $1 AND surface = 'notifications'`,
        [account.account.id],
      )
    )[0];
  const inject = (kind: 'mention' | 'comment' | 'reply', text: string, handle: string, postId?: string) =>
    h.sandbox.client
      .injectListening({
        network: 'bluesky',
        kind,
        account: account.sandbox.handle,
        ...(postId ? { postId } : {}),
        text,
        author: { handle },
        lang: 'fr',
      })
      .then(([item]) => {
        if (!item) throw new Error('The emulator placed nothing');
        return item;
      });
  /** A post of the brand's own, published on its PDS. */
  const publish = async (text: string): Promise<string> => {
    const response = await fetch(`${account.sandbox.instanceUrl}/xrpc/com.atproto.repo.createRecord`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${account.sandbox.accessToken}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        repo: account.sandbox.externalId,
        collection: 'app.bsky.feed.post',
        record: { $type: 'app.bsky.feed.post', text, createdAt: new Date().toISOString() },
      }),
    });
    expect(response.status).toBe(200);
    return ((await response.json()) as { uri: string }).uri;
  };

  beforeAll(async () => {
    h = await startListening({
      networks: true,
      env: { POLLING_ENABLED: 'false', POLL_INTERVAL_MS: '60000' },
    });
    agency = await createAgency(h);
    account = await connectAccount(h, agency.owner, agency.brand.id, Network.Bluesky);
    await waitFor(
      async () =>
        (await h.sql(`SELECT 1 FROM listening.source_cursors WHERE account_id = $1`, [account.account.id]))
          .length === 1,
      { description: 'the connected account listened to' },
    );
  }, 90_000);

  afterAll(() => h?.close());

  it('stores mentions, comments under the brand’s posts and replies to them, analysed, in their threads', async () => {
    const post = await publish('Notre nouvelle collection est en ligne');
    const mention = await inject(
      'mention',
      `@${account.sandbox.handle} Franchement déçu, ma commande n'est jamais arrivée 😡`,
      'camille',
    );
    const comment = await inject('comment', "Merci, la collection est superbe, j'adore !", 'hugo', post);
    const reply = await inject('reply', "Tout à fait d'accord avec toi", 'lea', comment.id);
    await h.app.get(PollerService).pollDue();

    const stored = await items();
    expect(stored.map((item) => [item.external_id, item.kind])).toEqual([
      [mention.id, 'mention'],
      [comment.id, 'comment'],
      [reply.id, 'reply'],
    ]);
    expect(stored[0]).toMatchObject({
      author_handle: mention.author.handle,
      language: 'fr',
      sentiment: 'negative',
      conversation_key: `bluesky:${mention.id}`,
      parent_external_id: null,
    });
    expect(stored[0]?.text).toContain("Franchement déçu, ma commande n'est jamais arrivée");
    expect(stored[0]?.url).toBe(
      `https://bsky.app/profile/${mention.author.handle}/post/${mention.id.split('/').pop()}`,
    );
    expect(stored[1]).toMatchObject({
      sentiment: 'positive',
      conversation_key: `bluesky:${post}`,
      parent_external_id: post,
    });
    expect(stored[2]).toMatchObject({ conversation_key: `bluesky:${post}`, parent_external_id: comment.id });
    expect((await cursor())?.cursor).toBeTruthy();
  });

  it('reads on back to its cursor, never storing an item twice', async () => {
    const before = (await items()).length;
    const next = await inject('mention', `@${account.sandbox.handle} Vous ouvrez dimanche ?`, 'ines');
    await dueNow();
    await h.app.get(PollerService).pollDue();
    await dueNow();
    await h.app.get(PollerService).pollDue();
    const stored = await items();
    expect(stored).toHaveLength(before + 1);
    expect(stored[stored.length - 1]?.external_id).toBe(next.id);
    const ids = stored.map((item) => item.external_id);
    expect(new Set(ids).size).toBe(ids.length);
    expect((await cursor())?.failures).toBe(0);
  });

  it("keeps its cursor and waits when Bluesky refuses the account's token", async () => {
    const before = await cursor();
    await h.sandbox.client.addFault({
      network: 'bluesky',
      accountId: account.sandbox.externalId,
      kind: 'expire_token',
    });
    await inject('mention', `@${account.sandbox.handle} Vous êtes là ?`, 'noah');
    await dueNow();
    await h.app.get(PollerService).pollDue();
    const after = await cursor();
    expect(after?.cursor).toBe(before?.cursor);
    expect(after?.failures).toBe(1);
    expect(after?.last_error).toMatch(/ExpiredToken/);
    const [next] = await h.sql<{ wait_s: number }>(
      `SELECT extract(epoch FROM next_poll_at - now())::int AS wait_s FROM listening.source_cursors
        WHERE account_id = $1 AND surface = 'notifications'`,
      [account.account.id],
    );
    // A refused token waits the longest (a person must reconnect the account).
    expect(next?.wait_s).toBeGreaterThan(25 * 60);
    expect((await items()).some((item) => item.author_handle.startsWith('noah'))).toBe(false);
  });
});
