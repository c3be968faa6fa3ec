import { Network } from '@relais/contracts';
import {
  ConnectedAccount,
  connectAccount,
  createAgency,
  Agency,
  SandboxListeningKind,
  waitFor,
} from '@relais/server-testing';
import { PollerService } from '../src/polling/poller.service';
import { ListeningHarness, startListening } from './support/listening-harness';

interface StoredItem {
  external_id: string;
  kind: string;
  text: string;
  author_handle: string;
  author_external_id: string;
  conversation_key: string;
  parent_external_id: string | null;
  url: string | null;
  language: string | null;
  sentiment: string | null;
}

/** Listening polled by hand (`pollDue`), mentions and direct messages, against the X emulator. */
describe('listening on X', () => {
  let h: ListeningHarness;
  let agency: Agency;
  let account: ConnectedAccount;

  const items = (kind?: string) =>
    h.sql<StoredItem>(
      `SELECT external_id, kind, text, author_handle, author_external_id, conversation_key,
              parent_external_id, url, language, sentiment
         FROM listening.items WHERE account_id = $1 AND ($2::text IS NULL OR kind = $2)
        ORDER BY published_at, external_id`,
      [account.account.id, kind ?? null],
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
  const inject = (kind: SandboxListeningKind, text: string, handle: string, postId?: string) =>
    h.sandbox.client
      .injectListening({
        network: 'x',
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
  /** A post of the brand's own, published on X. */
  const publish = async (text: string): Promise<string> => {
    const response = await fetch(`${h.sandbox.endpoints.x}/2/tweets`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${account.sandbox.accessToken}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ text }),
    });
    expect(response.status).toBe(201);
    return ((await response.json()) as { data: { id: string } }).data.id;
  };

  beforeAll(async () => {
    h = await startListening({
      networks: true,
      // One page (100 posts) a poll: a burst outgrows it.
      env: { POLLING_ENABLED: 'false', POLL_INTERVAL_MS: '60000', POLL_MAX_PAGES: '1' },
    });
    agency = await createAgency(h);
    account = await connectAccount(h, agency.owner, agency.brand.id, Network.X);
    await waitFor(
      async () =>
        (await h.sql(`SELECT 1 FROM listening.source_cursors WHERE account_id = $1`, [account.account.id]))
          .length === 2,
      { description: 'the connected account listened to' },
    );
  }, 90_000);

  afterAll(() => h?.close());

  it('stores mentions, comments, replies and direct messages, analysed, in their conversations', async () => {
    const post = await publish('Notre nouvelle collection est en ligne');
    const mention = await inject(
      'mention',
      `@${account.sandbox.handle} Franchement déçu, ma commande n'est jamais arrivée 😡`,
      'camille',
    );
    const comment = await inject('comment', "Merci, la collection est superbe, j'adore !", 'hugo', post);
    const reply = await inject('reply', "Tout à fait d'accord avec toi", 'lea', comment.id);
    const message = await inject('message', 'Bonjour, où en est ma commande 42 ? Merci beaucoup', 'emma');
    await h.app.get(PollerService).pollDue();

    const said = (await items()).filter((item) => item.kind !== 'message');
    expect(said.map((item) => [item.external_id, item.kind])).toEqual([
      [mention.id, 'mention'],
      [comment.id, 'comment'],
      [reply.id, 'reply'],
    ]);
    expect(said[0]).toMatchObject({
      author_handle: 'camille',
      language: 'fr',
      sentiment: 'negative',
      conversation_key: `x:${mention.id}`,
      url: `https://x.com/camille/status/${mention.id}`,
    });
    expect(said[0]?.text).toContain("Franchement déçu, ma commande n'est jamais arrivée");
    expect(said[1]).toMatchObject({
      author_handle: 'hugo',
      sentiment: 'positive',
      conversation_key: `x:${post}`,
      parent_external_id: post,
    });
    expect(said[2]).toMatchObject({ conversation_key: `x:${post}`, parent_external_id: comment.id });

    const [dm] = await items('message');
    expect(dm).toMatchObject({
      external_id: message.id,
      author_external_id: message.author.id,
      conversation_key: `x:dm:${message.author.id}-${account.sandbox.externalId}`,
      language: 'fr',
    });
    expect((await cursor('mentions'))?.cursor).toBe(reply.id);
    expect((await cursor('messages'))?.cursor).toBe(message.id);
  });

  it('reads on from its cursors, never storing an item twice', async () => {
    const before = (await items()).length;
    const mention = await inject('mention', `@${account.sandbox.handle} Vous ouvrez dimanche ?`, 'ines');
    const message = await inject('message', 'Et la livraison en point relais ?', 'emma');
    await dueNow();
    await h.app.get(PollerService).pollDue();
    await dueNow();
    await h.app.get(PollerService).pollDue();
    const stored = await items();
    expect(stored).toHaveLength(before + 2);
    expect(stored.slice(-2).map((item) => item.external_id)).toEqual([mention.id, message.id]);
    const ids = stored.map((item) => item.external_id);
    expect(new Set(ids).size).toBe(ids.length);
    expect((await cursor('mentions'))?.cursor).toBe(mention.id);
    expect((await cursor('messages'))?.cursor).toBe(message.id);
  });

  it('reads a burst larger than one poll over the next polls, skipping none', async () => {
    const before = (await items('mention')).length;
    const burst = await h.sandbox.client.injectListening(
      Array.from({ length: 150 }, (_, i) => ({
        network: 'x' as const,
        kind: 'mention' as const,
        account: account.sandbox.handle,
        text: `@${account.sandbox.handle} Question numéro ${i}`,
        author: { handle: `fan${i}` },
      })),
    );
    await dueNow();
    await h.app.get(PollerService).pollDue();
    // The newest 100 first; the 50 older ones are left for the next poll.
    expect((await items('mention')).length).toBe(before + 100);
    expect((await cursor('mentions'))?.cursor).toContain(burst[149]?.id);
    await dueNow();
    await h.app.get(PollerService).pollDue();
    const mentions = await items('mention');
    expect(mentions).toHaveLength(before + 150);
    expect(mentions.slice(-150).map((item) => item.external_id)).toEqual(burst.map((item) => item.id));
    expect((await cursor('mentions'))?.cursor).toBe(burst[149]?.id);
  });

  it("keeps its cursors and waits when X refuses the account's token", async () => {
    const before = [await cursor('mentions'), await cursor('messages')];
    await h.sandbox.client.addFault({
      network: 'x',
      accountId: account.sandbox.externalId,
      kind: 'expire_token',
    });
    await inject('mention', `@${account.sandbox.handle} Vous êtes là ?`, 'noah');
    await dueNow();
    await h.app.get(PollerService).pollDue();
    const after = [await cursor('mentions'), await cursor('messages')];
    expect(after.map((row) => row?.cursor)).toEqual(before.map((row) => row?.cursor));
    expect(after.map((row) => row?.failures)).toEqual([1, 1]);
    expect(after[0]?.last_error).toMatch(/401/);
    const waits = await h.sql<{ wait_s: number }>(
      `SELECT extract(epoch FROM next_poll_at - now())::int AS wait_s FROM listening.source_cursors
        WHERE account_id = $1`,
      [account.account.id],
    );
    // A refused token waits the longest (a person must reconnect the account).
    expect(waits.every((row) => row.wait_s > 25 * 60)).toBe(true);
    expect((await items()).some((item) => item.author_handle === 'noah')).toBe(false);
  });
});
