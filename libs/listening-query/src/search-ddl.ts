import { MAX_POSITION, MAX_WORD_LENGTH, SQL_PATTERNS } from './normalize';

export interface ListeningSearchTable {
  /** Schema of the table and of the functions the DDL creates. */
  schema: string;
  table: string;
  /** Where `CREATE EXTENSION unaccent` put the extension (the caller's job). Default `public`. */
  unaccentSchema?: string;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

function ident(name: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`Not a lower-case SQL identifier: ${name}`);
  return `"${name}"`;
}

function literal(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/**
 * What back-search needs on a table that already has the columns `text text NOT NULL`,
 * `language text`, `network text NOT NULL`, `kind text NOT NULL`, `author_handle text NOT NULL` and
 * `has_link boolean`: immutable functions that fold and cut text exactly as the stream matcher does
 * (`normalize.ts`), three generated columns and their GIN indexes. Safe to run twice.
 *
 * - `search_words tsvector`: every folded word at its position (no stemming, no stop words), built
 *   from the words themselves so that the database and the stream agree on every character;
 * - `search_text text`: the same words joined by single spaces, for inner wildcards (`colo*r`);
 * - `search_tags text[]`: the folded hashtags and handles (`#relais`, `@lumiere`).
 */
export function listeningSearchDdl({
  schema,
  table,
  unaccentSchema = 'public',
}: ListeningSearchTable): string {
  const s = ident(schema);
  const t = `${s}.${ident(table)}`;
  const u = ident(unaccentSchema);
  const dictionary = literal(`${u}.unaccent`);
  return `
CREATE OR REPLACE FUNCTION ${s}.listening_fold(value text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $fn$ SELECT lower(${u}.unaccent(${dictionary}::regdictionary, value)) $fn$;

CREATE OR REPLACE FUNCTION ${s}.listening_words(value text) RETURNS text[]
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $fn$
    SELECT coalesce(array_agg(word ORDER BY n), '{}')
    FROM unnest(regexp_split_to_array(
      regexp_replace(${s}.listening_fold(value), ${literal(SQL_PATTERNS.elision)}, '', 'g'),
      ${literal(SQL_PATTERNS.notWord)}
    )) WITH ORDINALITY AS w(word, n)
    WHERE word <> '' AND char_length(word) <= ${MAX_WORD_LENGTH}
  $fn$;

CREATE OR REPLACE FUNCTION ${s}.listening_text(value text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $fn$ SELECT array_to_string(${s}.listening_words(value), ' ') $fn$;

CREATE OR REPLACE FUNCTION ${s}.listening_vector(words text[]) RETURNS tsvector
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $fn$
    SELECT coalesce(string_agg('''' || word || ''':' || least(n, ${MAX_POSITION}), ' ')::tsvector, ''::tsvector)
    FROM unnest(words) WITH ORDINALITY AS w(word, n)
  $fn$;

CREATE OR REPLACE FUNCTION ${s}.listening_tags(value text) RETURNS text[]
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $fn$
    SELECT coalesce(array_agg(DISTINCT m[1]), '{}')
    FROM regexp_matches(${s}.listening_fold(value), ${literal(SQL_PATTERNS.tag)}, 'g') AS m
  $fn$;

ALTER TABLE ${t}
  ADD COLUMN IF NOT EXISTS search_words tsvector
    GENERATED ALWAYS AS (${s}.listening_vector(${s}.listening_words(text))) STORED,
  ADD COLUMN IF NOT EXISTS search_text text
    GENERATED ALWAYS AS (${s}.listening_text(text)) STORED,
  ADD COLUMN IF NOT EXISTS search_tags text[]
    GENERATED ALWAYS AS (${s}.listening_tags(text)) STORED;

CREATE INDEX IF NOT EXISTS ${ident(`${table}_search_words_idx`)} ON ${t} USING gin (search_words);
CREATE INDEX IF NOT EXISTS ${ident(`${table}_search_tags_idx`)} ON ${t} USING gin (search_tags);
`;
}
