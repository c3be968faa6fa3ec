import { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls, grantAppAccess, OWNER_ROLE } from '@relais/server-database';

const TABLES = ['queries', 'item_matches'];
/** In the order they can be dropped (each uses only those after it). */
const SEARCH_FUNCTIONS = [
  'listening_tags(text)',
  'listening_vector(text[])',
  'listening_text(text)',
  'listening_words(text)',
  'listening_fold(text)',
];

/**
 * Back-search columns on `listening.items`, copied from `@relais/listening-query`'s
 * `listeningSearchDdl({ schema: 'listening', table: 'items' })` as it stood when this migration was
 * written (a migration never changes with the library). Generated columns and indexes added to the
 * partitioned parent reach every existing month and every month made later.
 *
 * One change: `listening_fold` runs as its owner (`SECURITY DEFINER`, fixed search path), because
 * the app role has no access to the `public` schema where `unaccent` lives, and an insert computes
 * the generated columns with the inserting role's rights. Nothing else of `public` is opened.
 */
const SEARCH_DDL = [
  `CREATE OR REPLACE FUNCTION "listening".listening_fold(value text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE SECURITY DEFINER SET search_path = pg_catalog
  AS $fn$ SELECT lower("public".unaccent('"public".unaccent'::regdictionary, value)) $fn$`,

  `CREATE OR REPLACE FUNCTION "listening".listening_words(value text) RETURNS text[]
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $fn$
    SELECT coalesce(array_agg(word ORDER BY n), '{}')
    FROM unnest(regexp_split_to_array(
      regexp_replace("listening".listening_fold(value), '(?<![[:alnum:]])(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)''(?=[[:alnum:]])', '', 'g'),
      '[^[:alnum:]]+'
    )) WITH ORDINALITY AS w(word, n)
    WHERE word <> '' AND char_length(word) <= 255
  $fn$`,

  `CREATE OR REPLACE FUNCTION "listening".listening_text(value text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $fn$ SELECT array_to_string("listening".listening_words(value), ' ') $fn$`,

  `CREATE OR REPLACE FUNCTION "listening".listening_vector(words text[]) RETURNS tsvector
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $fn$
    SELECT coalesce(string_agg('''' || word || ''':' || least(n, 16383), ' ')::tsvector, ''::tsvector)
    FROM unnest(words) WITH ORDINALITY AS w(word, n)
  $fn$`,

  `CREATE OR REPLACE FUNCTION "listening".listening_tags(value text) RETURNS text[]
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $fn$
    SELECT coalesce(array_agg(DISTINCT m[1]), '{}')
    FROM regexp_matches("listening".listening_fold(value), '(?<![[:alnum:]_])(?:#[[:alnum:]_]+|@[[:alnum:]_]+(?:[.-][[:alnum:]_]+)*)', 'g') AS m
  $fn$`,

  `ALTER TABLE "listening"."items"
  ADD COLUMN IF NOT EXISTS search_words tsvector
    GENERATED ALWAYS AS ("listening".listening_vector("listening".listening_words(text))) STORED,
  ADD COLUMN IF NOT EXISTS search_text text
    GENERATED ALWAYS AS ("listening".listening_text(text)) STORED,
  ADD COLUMN IF NOT EXISTS search_tags text[]
    GENERATED ALWAYS AS ("listening".listening_tags(text)) STORED`,

  `CREATE INDEX IF NOT EXISTS "items_search_words_idx" ON "listening"."items" USING gin (search_words)`,
  `CREATE INDEX IF NOT EXISTS "items_search_tags_idx" ON "listening"."items" USING gin (search_tags)`,
];

/**
 * Listening queries: each brand's saved queries (names unique per brand among those not deleted,
 * ignoring case), the items each query matched as they were stored, and what back-search and the
 * preview need on `listening.items`. Brand-scoped row-level security on both new tables.
 *
 * `item_matches` is a plain table (not partitioned): retention that drops a month of items deletes
 * the matches of that month by `item_published_at`, which its index leads to.
 */
export class AddListeningQueries1795700000020 implements MigrationInterface {
  name = 'AddListeningQueries1795700000020';

  async up(qr: QueryRunner): Promise<void> {
    for (const statement of SEARCH_DDL) await qr.query(statement);

    await qr.query(`
      CREATE TABLE listening.queries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL,
        brand_id uuid NOT NULL,
        name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 120),
        source text NOT NULL CHECK (char_length(source) BETWEEN 1 AND 2000),
        enabled boolean NOT NULL DEFAULT true,
        created_by uuid NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        deleted_at timestamptz NULL
      )`);
    await qr.query(
      `CREATE UNIQUE INDEX queries_brand_name_key ON listening.queries (brand_id, lower(name)) WHERE deleted_at IS NULL`,
    );
    await qr.query(
      `CREATE INDEX queries_brand_idx ON listening.queries (agency_id, brand_id) WHERE deleted_at IS NULL`,
    );

    await qr.query(`
      CREATE TABLE listening.item_matches (
        agency_id uuid NOT NULL,
        brand_id uuid NOT NULL,
        item_id uuid NOT NULL,
        item_published_at timestamptz NOT NULL,
        query_id uuid NOT NULL REFERENCES listening.queries (id),
        matched_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (item_id, query_id)
      )`);
    await qr.query(
      `CREATE INDEX item_matches_query_idx ON listening.item_matches (brand_id, query_id, item_published_at DESC)`,
    );
    await qr.query(`CREATE INDEX item_matches_published_idx ON listening.item_matches (item_published_at)`);

    for (const table of TABLES) {
      await enableTenantRls(qr, `listening.${table}`, { brandColumn: 'brand_id' });
      await qr.query(
        `CREATE POLICY ${table}_definer ON listening.${table} FOR ALL TO ${OWNER_ROLE} USING (true) WITH CHECK (true)`,
      );
      await grantAppAccess(qr, `listening.${table}`);
    }
  }

  async down(qr: QueryRunner): Promise<void> {
    for (const table of [...TABLES].reverse()) await qr.query(`DROP TABLE listening.${table}`);
    await qr.query(`DROP INDEX listening.items_search_tags_idx`);
    await qr.query(`DROP INDEX listening.items_search_words_idx`);
    await qr.query(
      `ALTER TABLE listening.items DROP COLUMN search_tags, DROP COLUMN search_text, DROP COLUMN search_words`,
    );
    for (const fn of SEARCH_FUNCTIONS) await qr.query(`DROP FUNCTION listening.${fn}`);
  }
}
