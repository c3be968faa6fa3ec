import { randomUUID } from 'node:crypto';
import { ClientsEvents, ListeningItemKind, Network, systemEnvelope } from '@relais/contracts';
import { query, waitFor } from '@relais/server-testing';
import { HeardItem } from '../src/items/heard-item';
import { ItemPartitionsService } from '../src/items/item-partitions.service';
import { ItemsService } from '../src/items/items.service';
import { ListeningHarness, startListening } from './support/listening-harness';

const agencyId = randomUUID();
const otherAgencyId = randomUUID();
const brandId = randomUUID();
const otherBrandId = randomUUID();
/** Networks date an item once: every delivery of it carries the same instant. */
const heardAt = Date.now();

function mention(n: number, overrides: Partial<HeardItem> = {}): HeardItem {
  return {
    network: Network.Mastodon,
    externalId: `1100${n}`,
    kind: ListeningItemKind.Mention,
    accountId: null,
    conversationKey: `mastodon:1100${n}`,
    parentExternalId: null,
    url: `https://mastodon.example/@lea/1100${n}`,
    author: { externalId: '42', handle: 'lea@mastodon.example', name: 'Léa' },
    text: `@lumiere le croissant n°${n} était parfait 🥐`,
    language: 'fr',
    hasLink: false,
    publishedAt: new Date(heardAt - n * 60_000),
    ...overrides,
  };
}

describe('listening items', () => {
  let h: ListeningHarness;
  let items: ItemsService;

  beforeAll(async () => {
    h = await startListening();
    items = h.app.get(ItemsService);
  }, 60_000);

  afterAll(() => h?.close());

  it('has a partition for every month kept, made before it took any work, reachable only through the table', async () => {
    const partitions = await h.sql<{ name: string }>(
      `SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
        WHERE i.inhparent = 'listening.items'::regclass ORDER BY 1`,
    );
    // 25 months back, the current one and 2 ahead.
    expect(partitions).toHaveLength(28);
    const now = new Date();
    const current = `items_${now.getUTCFullYear()}_${String(now.getUTCMonth() + 1).padStart(2, '0')}`;
    expect(partitions.map((p) => p.name)).toContain(current);
    // Running the upkeep again makes nothing twice.
    await h.app.get(ItemPartitionsService).upkeep();
    const again = await h.sql(
      `SELECT count(*)::int AS n FROM pg_inherits WHERE inhparent = 'listening.items'::regclass`,
    );
    expect(again[0]).toEqual({ n: 28 });
    // The service's role cannot read a month directly, around the table's row-level security.
    await expect(query(h.db.appUrl, `SELECT * FROM listening.${current}`)).rejects.toThrow(
      /permission denied/,
    );
  });

  it('stores an item delivered three times once, and announces it once', async () => {
    const first = await items.ingest(agencyId, brandId, [mention(1), mention(2)], randomUUID());
    const again = await items.ingest(agencyId, brandId, [mention(1), mention(2), mention(1)], randomUUID());
    const third = await items.ingest(agencyId, brandId, [mention(2), mention(3)], randomUUID());
    expect(first).toEqual({ stored: 2, known: 0, outside: 0 });
    expect(again).toEqual({ stored: 0, known: 3, outside: 0 });
    expect(third).toEqual({ stored: 1, known: 1, outside: 0 });
    const rows = await h.sql<{
      external_id: string;
      text: string;
      author_name: string;
      language: string;
      sentiment: string;
    }>(
      `SELECT external_id, text, author_name, language, sentiment FROM listening.items WHERE brand_id = $1 ORDER BY external_id`,
      [brandId],
    );
    expect(rows.map((row) => row.external_id)).toEqual(['11001', '11002', '11003']);
    // Analysed as it is stored: its language and its tone.
    expect(rows[0]).toMatchObject({
      text: '@lumiere le croissant n°1 était parfait 🥐',
      author_name: 'Léa',
      language: 'fr',
      sentiment: 'positive',
    });
    const events = await h.sql<{ subject: string; data: { itemId: string; brandId: string; kind: string } }>(
      `SELECT subject, payload->'data' AS data FROM listening.outbox ORDER BY created_at`,
    );
    expect(events).toHaveLength(3);
    expect(events.every((e) => e.subject === 'evt.listening.item.ingested.v1')).toBe(true);
    expect(new Set(events.map((e) => e.data.itemId)).size).toBe(3);
    expect(events[0]?.data).toMatchObject({ brandId, kind: 'mention' });
  });

  it('keeps the same item apart for two brands, and each agency sees only its own', async () => {
    await items.ingest(otherAgencyId, otherBrandId, [mention(1)], randomUUID());
    const mine = await query<{ n: number }>(
      h.db.appUrl,
      `SELECT count(*)::int AS n FROM listening.items`,
      [],
      {
        agencyId,
        brandIds: '*',
      },
    );
    const theirs = await query<{ n: number }>(
      h.db.appUrl,
      `SELECT count(*)::int AS n FROM listening.items`,
      [],
      {
        agencyId: otherAgencyId,
        brandIds: '*',
      },
    );
    expect(mine[0]?.n).toBe(3);
    expect(theirs[0]?.n).toBe(1);
  });

  it('stores text a network sent with NUL characters or lone surrogates, and leaves out what no month keeps', async () => {
    const outcome = await items.ingest(
      agencyId,
      brandId,
      [
        mention(4, { text: 'bad\u0000byte \ud800 here' }),
        mention(5, { publishedAt: new Date(Date.now() - 40 * 31 * 24 * 3600_000) }),
      ],
      randomUUID(),
    );
    expect(outcome).toEqual({ stored: 1, known: 0, outside: 1 });
    const [row] = await h.sql<{ text: string }>(
      `SELECT text FROM listening.items WHERE external_id = '11004'`,
    );
    expect(row?.text).toBe('badbyte \ufffd here');
  });

  it('listens through an account once it is connected, and stops when it is disconnected, in event order', async () => {
    const accountId = randomUUID();
    const envelope = systemEnvelope(randomUUID(), agencyId);
    const data = { accountId, brandId, network: Network.Bluesky, status: 'connected' };
    const at = Date.now();
    await h.publishEvent(ClientsEvents.accountConnected, envelope, data, new Date(at));
    await waitFor(
      async () =>
        (await h.sql(`SELECT 1 FROM listening.sources WHERE account_id = $1`, [accountId])).length === 1,
      { description: 'the account recorded' },
    );
    const cursors = await h.sql<{ surface: string }>(
      `SELECT surface FROM listening.source_cursors WHERE account_id = $1`,
      [accountId],
    );
    expect(cursors.map((c) => c.surface)).toEqual(['notifications']);
    // A disconnection, then a late connection event from before it: the account stays disconnected.
    await h.publishEvent(
      ClientsEvents.accountDisconnected,
      envelope,
      { ...data, status: 'disconnected' },
      new Date(at + 2000),
    );
    await h.publishEvent(ClientsEvents.accountReconnected, envelope, data, new Date(at + 1000));
    await waitFor(
      async () =>
        (
          await h.sql<{ n: number }>(
            `SELECT count(*)::int AS n FROM listening.processed_events WHERE consumer = 'listening-accounts'`,
          )
        )[0]?.n === 3,
      { description: 'the three events processed' },
    );
    const [source] = await h.sql<{ status: string }>(
      `SELECT status FROM listening.sources WHERE account_id = $1`,
      [accountId],
    );
    expect(source?.status).toBe('disconnected');
  });
});
