/** Why a query is refused: stable codes (the console translates them) and English messages. */

export const QUERY_ERROR_CODES = [
  'QUERY_EMPTY',
  'QUERY_TOO_LONG',
  'QUERY_TOO_COMPLEX',
  'QUERY_UNCLOSED_QUOTE',
  'QUERY_EXPECTED_TERM',
  'QUERY_EXPECTED_CLOSING_PARENTHESIS',
  'QUERY_UNEXPECTED_CLOSING_PARENTHESIS',
  'QUERY_UNEXPECTED_INPUT',
  'QUERY_EMPTY_TERM',
  'QUERY_BAD_WILDCARD',
  'QUERY_BAD_TAG',
  'QUERY_UNKNOWN_FILTER',
  'QUERY_BAD_FILTER_VALUE',
  'QUERY_BAD_NEAR_DISTANCE',
  'QUERY_BAD_NEAR_OPERAND',
  'QUERY_ONLY_NEGATIVE',
] as const;

export type QueryErrorCode = (typeof QUERY_ERROR_CODES)[number];

export interface QueryError {
  code: QueryErrorCode;
  /** English, for logs and the API; the console shows its own words for `code`. */
  message: string;
  /** Where the problem is: 0-based offset in UTF-16 units, 1-based line and column. */
  offset: number;
  line: number;
  column: number;
  /** What would have been accepted there ("a term", "a closing parenthesis"...), possibly empty. */
  expected: string[];
  /** What was found there, `null` at the end of the query. */
  found: string | null;
}

export const MAX_QUERY_LENGTH = 2000;
export const MAX_QUERY_TERMS = 200;
export const MAX_QUERY_DEPTH = 20;
export const MAX_NEAR_DISTANCE = 50;
/** Letters or digits a wildcard needs before it (`or*` is refused: too many words match). */
export const MIN_WILDCARD_PREFIX = 2;

/** Thrown inside the parser; `parseQuery` turns it into a `QueryError` and never lets it out. */
export class QueryFailure extends Error {
  constructor(
    readonly code: QueryErrorCode,
    message: string,
    readonly offset: number,
    readonly expected: string[] = [],
    readonly found: string | null = null,
  ) {
    super(message);
  }
}

export function queryError(source: string, failure: QueryFailure): QueryError {
  const offset = Math.max(0, Math.min(failure.offset, source.length));
  const before = source.slice(0, offset).split('\n');
  return {
    code: failure.code,
    message: failure.message,
    offset,
    line: before.length,
    column: (before.at(-1) ?? '').length + 1,
    expected: failure.expected,
    found: failure.found,
  };
}

/** The token at `offset`, for `found`: a run of non-space characters, or one character. */
export function tokenAt(source: string, offset: number): string | null {
  if (offset >= source.length) return null;
  const match = /^[^\s()"]+/.exec(source.slice(offset, offset + 40));
  return match ? match[0] : source.charAt(offset);
}

export function describeFound(found: string | null): string {
  return found === null ? 'the end of the query' : `"${found}"`;
}
