import { createTestDatabase, type TestDatabase } from '@relais/server-testing';
import { Client } from 'pg';
import {
  listeningColumns,
  listeningSearchDdl,
  matches,
  parseQuery,
  prepareItem,
  toSqlCondition,
  type ListeningQuery,
  type MatchableItem,
} from '../src';
import { DEFAULT_ITEM, MATCH_CASES } from '../src/match-cases.fixture';
import { foldText, tagsOf, wordsOf } from '../src/normalize';

/** Queries beyond the table's, run on the same corpus. */
const MORE_QUERIES = [
  '"service client" NEAR/3 "tres lent"',
  '(livraison OR colis) NEAR/5 (retard OR abime*)',
  'serv*e OR #relais OR @lumiere',
  '"cli* serv*"',
  'NOT (cafe OR the) has:link',
  'adore -appli',
  'relais OR lang:en',
  'comm*ce NEAR/2 explose',
];

function parsed(source: string): ListeningQuery {
  const result = parseQuery(source);
  if (!result.ok) throw new Error(`${source}: ${result.error.message}`);
  return result.query;
}

describe('back-search answers like the stream matcher', () => {
  let db: TestDatabase;
  let client: Client;
  const items: MatchableItem[] = MATCH_CASES.map(({ text, item }) => ({ ...DEFAULT_ITEM, ...item, text }));

  beforeAll(async () => {
    db = await createTestDatabase();
    client = new Client({ connectionString: db.superuserUrl });
    await client.connect();
    await client.query('CREATE EXTENSION IF NOT EXISTS unaccent');
    await client.query('CREATE SCHEMA listening_test');
    await client.query(`CREATE TABLE listening_test.items (
      id integer PRIMARY KEY, text text NOT NULL, language text, network text NOT NULL,
      kind text NOT NULL, author_handle text NOT NULL, has_link boolean)`);
    await client.query(listeningSearchDdl({ schema: 'listening_test', table: 'items' }));
    await client.query(
      `INSERT INTO listening_test.items (id, text, language, network, kind, author_handle, has_link)
       SELECT * FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::boolean[])`,
      [
        items.map((_, id) => id),
        items.map((item) => item.text),
        items.map((item) => item.language),
        items.map((item) => item.network),
        items.map((item) => item.kind),
        items.map((item) => item.authorHandle),
        items.map((item) => item.hasLink ?? null),
      ],
    );
  });

  afterAll(async () => {
    await client?.end();
    await db?.drop();
  });

  const queries = [...new Set([...MATCH_CASES.map((c) => c.query), ...MORE_QUERIES])];

  it.each(queries)('%s', async (source) => {
    const query = parsed(source);
    const condition = toSqlCondition(query, listeningColumns('i'), 2);
    const { rows } = await client.query<{ id: number }>(
      `SELECT id FROM listening_test.items i WHERE $1::int IS NOT NULL AND ${condition.sql} ORDER BY id`,
      [0, ...condition.params],
    );
    const expected = items.flatMap((item, id) => (matches(query, prepareItem(item)) ? [id] : []));
    expect(rows.map((row) => row.id)).toEqual(expected);
  });

  it('folds and cuts every character as the stream matcher does', async () => {
    const chars: string[] = [];
    const ranges = [
      [0x20, 0x24f],
      [0x370, 0x52f],
      [0x1e00, 0x1eff],
      [0x2000, 0x215f],
      [0xfb00, 0xfb06],
      [0xac00, 0xac20],
    ] as const;
    for (const [from, to] of ranges) {
      for (let code = from; code <= to; code += 1)
        chars.push(`a${String.fromCodePoint(code)}b #x${String.fromCodePoint(code)}`);
    }
    const { rows } = await client.query<{ words: string; tags: string[] }>(
      `SELECT listening_test.listening_text(c) AS words, listening_test.listening_tags(c) AS tags
       FROM unnest($1::text[]) WITH ORDINALITY AS t(c, n) ORDER BY n`,
      [chars],
    );
    const differences = chars.filter((text, index) => {
      const folded = foldText(text);
      const row = rows[index];
      return (
        row?.words !== wordsOf(folded).join(' ') ||
        [...row.tags].sort().join() !== tagsOf(folded).sort().join()
      );
    });
    expect(differences).toEqual([]);
  });

  it('lets Postgres use the GIN indexes on a few thousand rows', async () => {
    await client.query(`
      INSERT INTO listening_test.items (id, text, language, network, kind, author_handle)
      SELECT 1000 + n, 'message numero ' || n || ' sur la livraison et le service #promo' || (n % 50),
             'fr', 'bluesky', 'mention', 'someone'
      FROM generate_series(1, 4000) AS n`);
    // As autovacuum would after a bulk load: flushes the GIN pending list and gathers statistics.
    await client.query('VACUUM ANALYZE listening_test.items');
    const plan = async (source: string): Promise<string> => {
      const condition = toSqlCondition(parsed(source), listeningColumns(), 1);
      const { rows } = await client.query<{ 'QUERY PLAN': string }>(
        `EXPLAIN SELECT id FROM listening_test.items WHERE ${condition.sql}`,
        condition.params,
      );
      return rows.map((row) => row['QUERY PLAN']).join('\n');
    };
    expect(await plan('croissant')).toMatch(/Bitmap Index Scan on items_search_words_idx/);
    expect(await plan('"service client" NEAR/3 lent')).toMatch(/Bitmap Index Scan on items_search_words_idx/);
    expect(await plan('#relais')).toMatch(/Bitmap Index Scan on items_search_tags_idx/);
  });
});
