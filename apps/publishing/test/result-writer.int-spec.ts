import { randomUUID } from 'node:crypto';
import { createDataSource, TenantTransactions } from '@relais/server-database';
import { Outbox } from '@relais/server-events';
import { createTestDatabase, query, TestDatabase } from '@relais/server-testing';
import { DataSource } from 'typeorm';
import { DispatchMetrics } from '../src/dispatch/dispatch-metrics';
import { DispatchResult } from '../src/dispatch/dispatch-result';
import { ResultWriter } from '../src/dispatch/result-writer.service';
import { Settlement } from '../src/publications/settlement.service';
import { migrations, SCHEMA } from '../src/migrations';
import { PublicationRow } from '../src/publications/publication';

const WORKER = 'replica-1';
const ACCOUNTS = 300;

/**
 * The result writer against the real Postgres, with several batches written at once over the same
 * rows (as a replica's parallel flushes do, each answer carrying its account's budget).
 */
describe('writing outcomes concurrently', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let writer: ResultWriter;
  const agencyId = randomUUID();
  const brandId = randomUUID();
  const accounts: string[] = Array.from({ length: ACCOUNTS }, () => randomUUID());

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = createDataSource({
      url: db.appUrl,
      schema: SCHEMA,
      entities: [],
      migrations,
      poolSize: 8,
      applicationName: 'result-writer-test',
    });
    await dataSource.initialize();
    writer = new ResultWriter(
      new TenantTransactions(dataSource),
      new Settlement(new Outbox({ schema: SCHEMA })),
      new DispatchMetrics(),
    );
    await query(
      db.superuserUrl,
      `INSERT INTO publishing.account_limits (account_id, agency_id, brand_id, network, rate_limit, remaining)
       SELECT a, $1, $2, 'mastodon', 300, 300 FROM unnest($3::uuid[]) AS a`,
      [agencyId, brandId, accounts],
    );
  }, 60_000);

  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  /** One publication per account, sent by WORKER and waiting for its outcome. */
  async function sending(): Promise<PublicationRow[]> {
    return query<PublicationRow>(
      db.superuserUrl,
      `INSERT INTO publishing.publications
              (agency_id, brand_id, post_id, post_version, occurrence, account_id, network, due_at, status, text,
               idempotency_key, attempts, lease_owner, lease_until, sending_at)
       SELECT $1, $2, gen_random_uuid(), 1, 1, a, 'mastodon', now(), 'sending', 'Bonjour', gen_random_uuid()::text,
              1, $3, now() + interval '1 minute', now()
         FROM unnest($4::uuid[]) AS a
       RETURNING *`,
      [agencyId, brandId, WORKER, accounts],
    );
  }

  const published = (row: PublicationRow, remaining: number): DispatchResult => ({
    row,
    attempt: 1,
    kind: 'published',
    externalId: `status-${row.id}`,
    url: null,
    detail: null,
    rateLimit: { limit: 300, remaining, resetAt: new Date(Date.now() + 300_000) },
  });

  const unknown = (row: PublicationRow): DispatchResult => ({
    row,
    attempt: 1,
    kind: 'unknown',
    message: 'The answer was lost.',
  });

  it('never deadlocks when batches over the same accounts are written at once, in any order', async () => {
    for (let round = 0; round < 5; round += 1) {
      const first = await sending();
      const second = await sending();
      const byAccount = (rows: PublicationRow[]) =>
        [...rows].sort((a, b) => accounts.indexOf(a.account_id) - accounts.indexOf(b.account_id));
      // Opposite orders over the same accounts, and the same publications answered twice (lost, then found).
      const batches = [
        byAccount(first).map((row) => published(row, 299)),
        byAccount(second)
          .reverse()
          .map((row) => published(row, 298)),
        byAccount(first)
          .reverse()
          .map((row) => unknown(row)),
      ];
      await expect(Promise.all(batches.map((batch) => writer.write(WORKER, batch)))).resolves.toBeDefined();
    }
    const [counts] = await query<{ published: string; limits: string }>(
      db.superuserUrl,
      `SELECT (SELECT count(*) FROM publishing.publications WHERE status = 'published') AS published,
              (SELECT count(*) FROM publishing.account_limits WHERE remaining IN (298, 299)) AS limits`,
    );
    // Both published batches of every round were written (an "unknown" never reopens a published row).
    expect(Number(counts.published)).toBe(10 * ACCOUNTS);
    expect(Number(counts.limits)).toBe(ACCOUNTS);
  }, 120_000);
});
