import { Client } from 'pg';

/** The services' schemas: everything the platform stores. */
const SCHEMAS = ['clients', 'content', 'publishing'];

/**
 * The tables (as `schema.table`) holding `text` anywhere in a row, read as the superuser so
 * row-level security hides nothing.
 */
export async function tablesContaining(superuserUrl: string, text: string): Promise<string[]> {
  const client = new Client({ connectionString: superuserUrl });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      `SELECT format('%I.%I', table_schema, table_name) AS name FROM information_schema.tables
       WHERE table_schema = ANY($1) AND table_type = 'BASE TABLE' ORDER BY 1`,
      [SCHEMAS],
    );
    if (tables.length === 0) throw new Error('No table found in the services’ schemas');
    const union = tables
      .map(({ name }) => `SELECT '${name}' AS name FROM ${name} AS row WHERE strpos(row::text, $1) > 0`)
      .join(' UNION ');
    const { rows } = await client.query<{ name: string }>(union, [text]);
    return rows.map((row) => row.name).sort();
  } finally {
    await client.end();
  }
}
