import { escapeRegex } from './match-query';
import { LINK_PATTERN } from './prepare-item';
import type { ListeningQuery, NearNode, QueryFilter, QueryNode, WordPattern, WordsNode } from './query-types';

/** The columns a back-search condition reads (see `listeningSearchDdl` for the generated ones). */
export interface ListeningColumns {
  text: string;
  language: string;
  network: string;
  kind: string;
  authorHandle: string;
  hasLink: string;
  /** tsvector of the folded words with their positions. */
  searchWords: string;
  /** The folded words joined by single spaces. */
  searchText: string;
  /** text[] of the folded hashtags and handles. */
  searchTags: string;
}

export const LISTENING_COLUMNS: ListeningColumns = {
  text: 'text',
  language: 'language',
  network: 'network',
  kind: 'kind',
  authorHandle: 'author_handle',
  hasLink: 'has_link',
  searchWords: 'search_words',
  searchText: 'search_text',
  searchTags: 'search_tags',
};

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The default columns, qualified by a table alias when given (`listeningColumns('i')`). */
export function listeningColumns(alias?: string): ListeningColumns {
  return mapColumns(LISTENING_COLUMNS, (column) => (alias === undefined ? column : `${alias}.${column}`));
}

function mapColumns(columns: ListeningColumns, map: (column: string) => string): ListeningColumns {
  return {
    text: map(columns.text),
    language: map(columns.language),
    network: map(columns.network),
    kind: map(columns.kind),
    authorHandle: map(columns.authorHandle),
    hasLink: map(columns.hasLink),
    searchWords: map(columns.searchWords),
    searchText: map(columns.searchText),
    searchTags: map(columns.searchTags),
  };
}

export interface SqlCondition {
  sql: string;
  params: unknown[];
}

/**
 * A parameterised WHERE condition that keeps exactly the rows `matches` keeps. User text only ever
 * travels in `params` ($firstParam, $firstParam+1, ...); `columns` are SQL identifiers, checked.
 */
export function toSqlCondition(
  query: ListeningQuery,
  columns: ListeningColumns,
  firstParam = 1,
): SqlCondition {
  const quoted = quoteColumns(columns);
  const params: unknown[] = [];
  const param = (value: unknown, cast = ''): string => {
    params.push(value);
    return `$${firstParam + params.length - 1}${cast}`;
  };
  const sql = condition(query.root, quoted, param);
  return { sql, params };
}

type Param = (value: unknown, cast?: string) => string;

function condition(node: QueryNode, columns: ListeningColumns, param: Param): string {
  switch (node.type) {
    case 'words': {
      const tsquery = `${columns.searchWords} @@ ${param(phraseTsquery(node), '::tsquery')}`;
      if (!node.words.some(isWildcard)) return tsquery;
      return `(${tsquery} AND ${columns.searchText} ~ ${param(`(^| )${phraseRegex(node)}( |$)`)})`;
    }
    case 'tag':
      return `${columns.searchTags} @> ARRAY[${param(node.tag, '::text')}]`;
    case 'filter':
      return filterCondition(node.filter, columns, param);
    case 'near':
      return nearCondition(node, columns, param);
    case 'not':
      return `NOT ${condition(node.child, columns, param)}`;
    case 'and':
    case 'or':
      return `(${node.children.map((child) => condition(child, columns, param)).join(` ${node.type.toUpperCase()} `)})`;
  }
}

function filterCondition(filter: QueryFilter, columns: ListeningColumns, param: Param): string {
  switch (filter.field) {
    case 'lang': {
      const language = `replace(lower(${columns.language}), '_', '-')`;
      return `coalesce(${language} = ${param(filter.value)} OR ${language} LIKE ${param(`${filter.value}-%`)}, false)`;
    }
    case 'network':
      return `lower(${columns.network}) = ${param(filter.value)}`;
    case 'kind':
      return `lower(${columns.kind}) = ${param(filter.value)}`;
    case 'has':
      return `coalesce(${columns.hasLink}, ${columns.text} ~* ${param(LINK_PATTERN)})`;
    case 'author': {
      const handle = `ltrim(lower(${columns.authorHandle}), '@')`;
      const value = param(filter.value);
      return `(${handle} = ${value} OR split_part(${handle}, '@', 1) = ${value})`;
    }
  }
}

function nearCondition(node: NearNode, columns: ListeningColumns, param: Param): string {
  const left = `(${node.left.map(phraseTsquery).join(' | ')})`;
  const right = `(${node.right.map(phraseTsquery).join(' | ')})`;
  const alternatives: string[] = [];
  for (let gap = 1; gap <= node.distance; gap += 1) {
    alternatives.push(`${left} <${gap}> ${right}`, `${right} <${gap}> ${left}`);
  }
  const tsquery = `${columns.searchWords} @@ ${param(alternatives.join(' | '), '::tsquery')}`;
  if (![...node.left, ...node.right].some((operand) => operand.words.some(isWildcard))) return tsquery;
  const a = `(?:${node.left.map(phraseRegex).join('|')})`;
  const b = `(?:${node.right.map(phraseRegex).join('|')})`;
  const between = `(?: [^ ]+){0,${node.distance - 1}} `;
  const regex = `(^| )(?:${a}${between}${b}|${b}${between}${a})( |$)`;
  return `(${tsquery} AND ${columns.searchText} ~ ${param(regex)})`;
}

function isWildcard(pattern: WordPattern): boolean {
  return pattern.kind === 'wildcard';
}

/** `'e' <-> 'comm':*`: the phrase as a tsquery (a wildcard word by the letters before its `*`). */
function phraseTsquery(node: WordsNode): string {
  const lexemes = node.words.map((pattern) => {
    switch (pattern.kind) {
      case 'exact':
        return lexeme(pattern.text);
      case 'prefix':
        return `${lexeme(pattern.text)}:*`;
      case 'wildcard':
        return `${lexeme(pattern.parts[0] ?? '')}:*`;
    }
  });
  return lexemes.length === 1 ? (lexemes[0] ?? '') : `(${lexemes.join(' <-> ')})`;
}

function lexeme(text: string): string {
  return `'${text.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`;
}

/** The phrase as a regular expression over the space-joined words. */
function phraseRegex(node: WordsNode): string {
  return node.words
    .map((pattern) => {
      switch (pattern.kind) {
        case 'exact':
          return escapeRegex(pattern.text);
        case 'prefix':
          return `${escapeRegex(pattern.text)}[^ ]*`;
        case 'wildcard':
          return pattern.parts.map(escapeRegex).join('[^ ]*');
      }
    })
    .join(' ');
}

function quoteColumns(columns: ListeningColumns): ListeningColumns {
  return mapColumns(columns, (column) => {
    const parts = column.split('.');
    if (parts.length > 2 || !parts.every((part) => IDENTIFIER.test(part))) {
      throw new Error(`Not a column name: ${column}`);
    }
    return parts.map((part) => `"${part}"`).join('.');
  });
}
