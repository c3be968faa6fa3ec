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
  language: string | null;
  sentiment: string | null;
}

/** Listening polled by hand (`pollDue`), every surface due at once, against the Mastodon emulator. */
describe('listening on Mastodon', () => {
  let h: ListeningHarness;
  let agency: Agency;
  let account: ConnectedAccount;

  const items = () =>
    h.sql<StoredItem>(
      `SELECT external_id, kind, text, author_handle, conversation_key, language, sentiment
         FROM listening.items WHERE account_id = $1 ORDER BY published_at, external_id`,
      [account.account.id],
    );
  const dueNow = () =>
    h.sql(`UPDATE listening.source_cursors SET next_poll_at = now() WHERE account_id = $1`, [
      account.account.id,
    ]);
  const cursor = async (surface: string) =>
    (
      await h.sql<{ cursor: string | null; failures: number; last_error: string | null }>(
        `SELECT cursor, failures, last_error FROM listening.source_cursors WHERE account_id = $1 AND surface = $2`,
        [account.account.id, surface],
      )
    )[0];
  const inject = (text: string, handle = 'camille', extra: Record<string, unknown> = {}) =>
    h.sandbox.client
      .injectListening({
        network: 'mastodon',
        kind: 'mention',
        account: account.sandbox.handle,
        text,
        author: { handle },
        lang: 'fr',
        ...extra,
      })
      .then(([item]) => item);

  beforeAll(async () => {
    h = await startListening({
      networks: true,
      env: { POLLING_ENABLED: 'false', POLL_INTERVAL_MS: '60000' },
    });
    agency = await createAgency(h);
    account = await connectAccount(h, agency.owner, agency.brand.id, Network.Mastodon);
    await waitFor(
      async () =>
        (await h.sql(`SELECT 1 FROM listening.source_cursors WHERE account_id = $1`, [account.account.id]))
          .length === 2,
      {
        description: 'the connected account listened to',
      },
    );
  }, 90_000);

  afterAll(() => h?.close());

  it('stores the mentions the account was told of, analysed, and moves its cursor', async () => {
    const first = await inject(
      `@${account.sandbox.handle} Franchement déçu, ma commande n'est jamais arrivée 😡`,
    );
    const second = await inject(
      `@${account.sandbox.handle} Merci pour l'accueil, la boutique est superbe !`,
      'hugo',
    );
    // The first poll of a new account may meet a cold clients service (a failed poll is retried, as in
    // production, where the next poll comes by itself).
    await waitFor(
      async () => {
        await dueNow();
        await h.app.get(PollerService).pollDue();
        return (await items()).length === 2;
      },
      { description: 'the two mentions stored', timeoutMs: 20_000 },
    );
    const stored = await items();
    expect(stored.map((item) => item.external_id)).toEqual([first?.id, second?.id]);
    expect(stored[0]).toMatchObject({
      kind: 'mention',
      author_handle: 'camille',
      language: 'fr',
      sentiment: 'negative',
    });
    expect(stored[0]?.text).toContain("Franchement déçu, ma commande n'est jamais arrivée");
    expect(stored[1]).toMatchObject({ author_handle: 'hugo', sentiment: 'positive' });
    expect((await cursor('notifications'))?.cursor).toBeTruthy();
  });

  it('reads on from its cursor, never storing an item twice, and survives a restart of the service', async () => {
    const third = await inject(
      `@${account.sandbox.handle} La boutique de Lyon ouvre-t-elle dimanche ?`,
      'lea',
    );
    await dueNow();
    await h.app.get(PollerService).pollDue();
    await dueNow();
    await h.app.get(PollerService).pollDue();
    const stored = await items();
    expect(stored).toHaveLength(3);
    expect(stored[2]?.external_id).toBe(third?.id);
    const ids = stored.map((item) => item.external_id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("keeps its cursor and waits when the network refuses the account's token, without holding other accounts", async () => {
    const other = await connectAccount(h, agency.owner, agency.brand.id, Network.Mastodon);
    await waitFor(
      async () =>
        (await h.sql(`SELECT 1 FROM listening.source_cursors WHERE account_id = $1`, [other.account.id]))
          .length === 2,
      { description: 'the second account listened to' },
    );
    const before = await cursor('notifications');
    await h.sandbox.client.addFault({
      network: 'mastodon',
      accountId: account.sandbox.externalId,
      kind: 'expire_token',
    });
    await h.sandbox.client.injectListening({
      network: 'mastodon',
      kind: 'mention',
      account: other.sandbox.handle,
      text: `@${other.sandbox.handle} Super accueil à Nantes 👍`,
      author: { handle: 'ines' },
      lang: 'fr',
    });
    await dueNow();
    await h.app.get(PollerService).pollDue();
    const after = await cursor('notifications');
    expect(after?.cursor).toBe(before?.cursor);
    expect(after?.failures).toBe(1);
    expect(after?.last_error).toMatch(/401/);
    const [next] = await h.sql<{ wait_s: number }>(
      `SELECT extract(epoch FROM next_poll_at - now())::int AS wait_s FROM listening.source_cursors
        WHERE account_id = $1 AND surface = 'notifications'`,
      [account.account.id],
    );
    // Refused tokens wait the longest (a person must reconnect the account).
    expect(next?.wait_s).toBeGreaterThan(25 * 60);
    const theirs = await h.sql<{ author_handle: string }>(
      `SELECT author_handle FROM listening.items WHERE account_id = $1`,
      [other.account.id],
    );
    expect(theirs.map((item) => item.author_handle)).toEqual(['ines']);
  });
});
