import { Network } from '@relais/contracts';
import { ConnectedAccount } from '@relais/server-testing';
import { ListeningHarness, startListening } from './support/listening-harness';
import { PolledAccount, polledAccount } from './support/polled-account';

/** Listening polled by hand against the Bluesky emulator (the account's PDS). */
describe('listening on Bluesky', () => {
  let h: ListeningHarness;
  let polled: PolledAccount;
  let account: ConnectedAccount;

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
    polled = await polledAccount(h, Network.Bluesky);
    account = polled.connected;
  }, 90_000);

  afterAll(() => h?.close());

  it('stores mentions, comments under the brand’s posts and replies to them, analysed, in their threads', async () => {
    const post = await publish('Notre nouvelle collection est en ligne');
    const { mention, comment, reply } = await polled.injectThread(post);
    await polled.pollNow();

    const stored = await polled.items();
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
    expect((await polled.cursor('notifications'))?.cursor).toBeTruthy();
  });

  it('reads on back to its cursor, never storing an item twice', async () => {
    const before = (await polled.items()).length;
    const next = await polled.inject('mention', `@${account.sandbox.handle} Vous ouvrez dimanche ?`, 'ines');
    await polled.pollNow();
    await polled.pollNow();
    const stored = await polled.items();
    expect(stored).toHaveLength(before + 1);
    expect(stored[stored.length - 1]?.external_id).toBe(next.id);
    const ids = stored.map((item) => item.external_id);
    expect(new Set(ids).size).toBe(ids.length);
    expect((await polled.cursor('notifications'))?.failures).toBe(0);
  });

  it("keeps its cursor and waits when Bluesky refuses the account's token", async () => {
    const before = await polled.cursor('notifications');
    await h.sandbox.client.addFault({
      network: 'bluesky',
      accountId: account.sandbox.externalId,
      kind: 'expire_token',
    });
    await polled.inject('mention', `@${account.sandbox.handle} Vous êtes là ?`, 'noah');
    await polled.pollNow();
    const after = await polled.cursor('notifications');
    expect(after?.cursor).toBe(before?.cursor);
    expect(after?.failures).toBe(1);
    expect(after?.last_error).toMatch(/ExpiredToken/);
    // A refused token waits the longest (a person must reconnect the account).
    expect(after?.wait_s).toBeGreaterThan(25 * 60);
    expect((await polled.items()).some((item) => item.author_handle.startsWith('noah'))).toBe(false);
  });
});
