import { hashtagsOf, linksOf, ListeningItem, mentionsOf } from '../../listening/listening-item';

/** A parsed search query of X: terms joined by AND (juxtaposition) and OR, negated with `-`, grouped. */
export type XQuery =
  | { type: 'and' | 'or'; parts: XQuery[] }
  | { type: 'not'; part: XQuery }
  | {
      type: 'word' | 'phrase' | 'hashtag' | 'mention' | 'from' | 'to' | 'lang' | 'is' | 'has';
      value: string;
    };

/** What a term is checked against, beyond the item itself. */
export interface QueryContext {
  /** The handle of a user id of the emulator's accounts (`to:`). */
  handleOf: (userId: string) => string | null;
}

const IS_VALUES = ['reply', 'retweet', 'quote', 'verified'];
const HAS_VALUES = ['links', 'mentions', 'hashtags', 'media', 'images', 'videos'];
const MAX_QUERY_LENGTH = 512;

/** Reads an X search query, or says what X says about a bad one. */
export function parseXQuery(query: string): XQuery | string {
  if (query.trim().length === 0) return 'The query is empty.';
  if (query.length > MAX_QUERY_LENGTH) return `The query is longer than ${MAX_QUERY_LENGTH} characters.`;
  const tokens = tokenize(query);
  if (typeof tokens === 'string') return tokens;
  let position = 0;

  const parseOr = (): XQuery | string => {
    const parts: XQuery[] = [];
    for (;;) {
      const part = parseAnd();
      if (typeof part === 'string') return part;
      parts.push(part);
      if (tokens[position] !== 'OR') break;
      position++;
    }
    return parts.length === 1 ? parts[0] : { type: 'or', parts };
  };

  const parseAnd = (): XQuery | string => {
    const parts: XQuery[] = [];
    while (position < tokens.length && tokens[position] !== 'OR' && tokens[position] !== ')') {
      const part = parseUnary();
      if (typeof part === 'string') return part;
      parts.push(part);
    }
    if (parts.length === 0) return `Ambiguous use of ${tokens[position] ?? 'the end of the query'}.`;
    return parts.length === 1 ? parts[0] : { type: 'and', parts };
  };

  const parseUnary = (): XQuery | string => {
    const token = tokens[position];
    if (token === '-') {
      position++;
      const part = parseAtom();
      return typeof part === 'string' ? part : { type: 'not', part };
    }
    return parseAtom();
  };

  const parseAtom = (): XQuery | string => {
    const token = tokens[position++];
    if (token === undefined) return 'The query ends where a term was expected.';
    if (token === '(') {
      const inner = parseOr();
      if (typeof inner === 'string') return inner;
      if (tokens[position++] !== ')') return 'There is a missing closing parenthesis.';
      return inner;
    }
    if (token === ')' || token === 'OR' || token === '-') return `Ambiguous use of ${token}.`;
    if (token.startsWith('"')) return { type: 'phrase', value: token.slice(1, -1).toLowerCase() };
    if (token.startsWith('#') && token.length > 1)
      return { type: 'hashtag', value: token.slice(1).toLowerCase() };
    if (token.startsWith('@') && token.length > 1)
      return { type: 'mention', value: token.slice(1).toLowerCase() };
    const operator = /^([a-z_]+):(.+)$/i.exec(token);
    if (operator) {
      const name = operator[1].toLowerCase();
      const value = operator[2].toLowerCase();
      if (name === 'from' || name === 'to') return { type: name, value: value.replace(/^@/, '') };
      if (name === 'lang') return { type: 'lang', value };
      if (name === 'is' && IS_VALUES.includes(value)) return { type: 'is', value };
      if (name === 'has' && HAS_VALUES.includes(value)) return { type: 'has', value };
      return `Reference to invalid operator '${operator[1]}:${operator[2]}'. Operator is not available in current product or product packaging.`;
    }
    return { type: 'word', value: token.toLowerCase() };
  };

  const parsed = parseOr();
  if (typeof parsed === 'string') return parsed;
  if (position < tokens.length) return `Unbalanced parenthesis or unexpected '${tokens[position]}'.`;
  if (!hasPositiveTerm(parsed)) return 'Queries must contain at least one positive, standalone term.';
  return parsed;
}

/** Whether a listened post matches the query. */
export function matchesXQuery(query: XQuery, item: ListeningItem, context: QueryContext): boolean {
  switch (query.type) {
    case 'and':
      return query.parts.every((part) => matchesXQuery(part, item, context));
    case 'or':
      return query.parts.some((part) => matchesXQuery(part, item, context));
    case 'not':
      return !matchesXQuery(query.part, item, context);
    case 'word':
      return wordsOf(item.text).includes(query.value);
    case 'phrase':
      return item.text.toLowerCase().includes(query.value);
    case 'hashtag':
      return hashtagsOf(item.text).includes(query.value);
    case 'mention':
      return mentionsOf(item.text).includes(query.value);
    case 'from':
      return item.author.handle.toLowerCase() === query.value || item.author.id === query.value;
    case 'to': {
      const parent = typeof item.extra.parentAuthorId === 'string' ? item.extra.parentAuthorId : null;
      return parent !== null && (parent === query.value || context.handleOf(parent) === query.value);
    }
    case 'lang':
      return item.lang === query.value;
    case 'is':
      return query.value === 'reply' ? item.parentId !== null : false;
    case 'has':
      if (query.value === 'links') return linksOf(item.text).length > 0;
      if (query.value === 'mentions') return mentionsOf(item.text).length > 0;
      if (query.value === 'hashtags') return hashtagsOf(item.text).length > 0;
      return false;
  }
}

function tokenize(query: string): string[] | string {
  const tokens: string[] = [];
  let i = 0;
  while (i < query.length) {
    const char = query[i];
    if (/\s/.test(char)) {
      i++;
    } else if (char === '(' || char === ')') {
      tokens.push(char);
      i++;
    } else if (char === '-' && i + 1 < query.length && !/\s/.test(query[i + 1])) {
      tokens.push('-');
      i++;
    } else if (char === '"') {
      const end = query.indexOf('"', i + 1);
      if (end < 0) return 'There is an unclosed quotation mark.';
      tokens.push(query.slice(i, end + 1));
      i = end + 1;
    } else {
      let end = i;
      while (end < query.length && !/[\s()]/.test(query[end])) end++;
      tokens.push(query.slice(i, end));
      i = end;
    }
  }
  return tokens;
}

function hasPositiveTerm(query: XQuery): boolean {
  switch (query.type) {
    case 'and':
    case 'or':
      return query.parts.some(hasPositiveTerm);
    case 'not':
      return false;
    case 'is':
    case 'has':
    case 'lang':
      return false;
    case 'word':
    case 'phrase':
    case 'hashtag':
    case 'mention':
    case 'from':
    case 'to':
      return true;
  }
}

function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}_'’]+/u)
    .filter(Boolean);
}
