import { Network } from '@relais/contracts';
import { ConnectedAccount } from '@relais/server-testing';
import { ListeningHarness, startListening } from './support/listening-harness';
import { PolledAccount, polledAccount } from './support/polled-account';

/** Listening polled by hand, mentions and direct messages, against the X emulator. */
describe('listening on X', () => {
  let h: ListeningHarness;
  let polled: PolledAccount;
  let account: ConnectedAccount;

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
    polled = await polledAccount(h, Network.X);
    account = polled.connected;
  }, 90_000);

  afterAll(() => h?.close());

  it('stores mentions, comments, replies and direct messages, analysed, in their conversations', async () => {
    const post = await publish('Notre nouvelle collection est en ligne');
    const { mention, comment, reply } = await polled.injectThread(post);
    const message = await polled.inject(
      'message',
      'Bonjour, où en est ma commande 42 ? Merci beaucoup',
      'emma',
    );
    await polled.pollNow();

    const said = (await polled.items()).filter((item) => item.kind !== 'message');
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

    const [dm] = await polled.items('message');
    expect(dm).toMatchObject({
      external_id: message.id,
      author_external_id: message.author.id,
      conversation_key: `x:dm:${message.author.id}-${account.sandbox.externalId}`,
      language: 'fr',
    });
    expect((await polled.cursor('mentions'))?.cursor).toBe(reply.id);
    expect((await polled.cursor('messages'))?.cursor).toBe(message.id);
  });

  it('reads on from its cursors, never storing an item twice', async () => {
    const before = (await polled.items()).length;
    const mention = await polled.inject(
      'mention',
      `@${account.sandbox.handle} Vous ouvrez dimanche ?`,
      'ines',
    );
    const message = await polled.inject('message', 'Et la livraison en point relais ?', 'emma');
    await polled.pollNow();
    await polled.pollNow();
    const stored = await polled.items();
    expect(stored).toHaveLength(before + 2);
    expect(stored.slice(-2).map((item) => item.external_id)).toEqual([mention.id, message.id]);
    const ids = stored.map((item) => item.external_id);
    expect(new Set(ids).size).toBe(ids.length);
    expect((await polled.cursor('mentions'))?.cursor).toBe(mention.id);
    expect((await polled.cursor('messages'))?.cursor).toBe(message.id);
  });

  it('reads a burst larger than one poll over the next polls, skipping none', async () => {
    const before = (await polled.items('mention')).length;
    const burst = await h.sandbox.client.injectListening(
      Array.from({ length: 150 }, (_, i) => ({
        network: 'x' as const,
        kind: 'mention' as const,
        account: account.sandbox.handle,
        text: `@${account.sandbox.handle} Question numéro ${i}`,
        author: { handle: `fan${i}` },
      })),
    );
    await polled.pollNow();
    // The newest 100 first; the 50 older ones are left for the next poll.
    expect((await polled.items('mention')).length).toBe(before + 100);
    expect((await polled.cursor('mentions'))?.cursor).toContain(burst[149]?.id);
    await polled.pollNow();
    const mentions = await polled.items('mention');
    expect(mentions).toHaveLength(before + 150);
    expect(mentions.slice(-150).map((item) => item.external_id)).toEqual(burst.map((item) => item.id));
    expect((await polled.cursor('mentions'))?.cursor).toBe(burst[149]?.id);
  });

  it("keeps its cursors and waits when X refuses the account's token", async () => {
    const before = [await polled.cursor('mentions'), await polled.cursor('messages')];
    await h.sandbox.client.addFault({
      network: 'x',
      accountId: account.sandbox.externalId,
      kind: 'expire_token',
    });
    await polled.inject('mention', `@${account.sandbox.handle} Vous êtes là ?`, 'noah');
    await polled.pollNow();
    const after = [await polled.cursor('mentions'), await polled.cursor('messages')];
    expect(after.map((row) => row?.cursor)).toEqual(before.map((row) => row?.cursor));
    expect(after.map((row) => row?.failures)).toEqual([1, 1]);
    expect(after[0]?.last_error).toMatch(/401/);
    // A refused token waits the longest (a person must reconnect the account).
    expect(after.every((row) => (row?.wait_s ?? 0) > 25 * 60)).toBe(true);
    expect((await polled.items()).some((item) => item.author_handle === 'noah')).toBe(false);
  });
});
