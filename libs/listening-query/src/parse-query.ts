import { buildQuery } from './build-query';
import {
  describeFound,
  MAX_QUERY_DEPTH,
  MAX_QUERY_LENGTH,
  QueryFailure,
  queryError,
  tokenAt,
  type QueryError,
  type QueryErrorCode,
} from './query-errors';
import { queryParser, type RawNode } from './query-grammar';
import type { ListeningQuery } from './query-types';

export type QueryParseResult = { ok: true; query: ListeningQuery } | { ok: false; error: QueryError };

const TERM = 'a term';
const CLOSE = 'a closing parenthesis';
const END = 'the end of the query';
const SHOWN = new Set([TERM, CLOSE, END, 'AND', 'OR', 'NEAR/n']);

/** Reads a listening query; never throws, whatever the input. */
export function parseQuery(source: string): QueryParseResult {
  try {
    return { ok: true, query: { source, root: buildQuery(readShape(source)) } };
  } catch (error) {
    const failure =
      error instanceof QueryFailure
        ? error
        : new QueryFailure('QUERY_TOO_COMPLEX', 'The query is too complex to read: simplify it.', 0);
    return { ok: false, error: queryError(source, failure) };
  }
}

function readShape(source: string): RawNode {
  if (source.length > MAX_QUERY_LENGTH) {
    throw new QueryFailure(
      'QUERY_TOO_LONG',
      `A query may be at most ${MAX_QUERY_LENGTH} characters long (this one has ${source.length}).`,
      MAX_QUERY_LENGTH,
    );
  }
  if (source.trim() === '') {
    throw new QueryFailure('QUERY_EMPTY', 'The query is empty: write what to look for.', 0, [TERM]);
  }
  checkDepth(source);
  const parser = queryParser();
  try {
    return parser.parse(source) as RawNode;
  } catch (error) {
    if (!(error instanceof parser.SyntaxError)) throw error;
    const offset = error.location.start.offset;
    const found = tokenAt(source, offset);
    const expected = [
      ...new Set(
        error.expected
          ?.map((expectation) => (expectation.type === 'other' ? expectation.description : ''))
          .filter((description) => SHOWN.has(description)) ?? [],
      ),
    ];
    const [code, message] = syntaxProblem(expected, found);
    const at =
      code === 'QUERY_EXPECTED_CLOSING_PARENTHESIS' ? (unclosedParenthesis(source) ?? offset) : offset;
    throw new QueryFailure(code, message, at, expected, at === offset ? found : '(');
  }
}

function syntaxProblem(expected: string[], found: string | null): [QueryErrorCode, string] {
  if (found === null && expected.includes(CLOSE)) {
    return ['QUERY_EXPECTED_CLOSING_PARENTHESIS', 'This parenthesis is never closed: add the closing ).'];
  }
  if (found === ')' && expected.includes(END)) {
    return ['QUERY_UNEXPECTED_CLOSING_PARENTHESIS', 'This ) closes a parenthesis that was never opened.'];
  }
  if (expected.includes(TERM) && !expected.includes(END)) {
    return ['QUERY_EXPECTED_TERM', `Expected a term but found ${describeFound(found)}.`];
  }
  return ['QUERY_UNEXPECTED_INPUT', `Unexpected ${describeFound(found)}: expected ${expected.join(', ')}.`];
}

/** Refuses groups nested deeper than MAX_QUERY_DEPTH before the parser recurses into them. */
function checkDepth(source: string): void {
  let depth = 0;
  let quoted = false;
  for (let offset = 0; offset < source.length; offset += 1) {
    const char = source[offset];
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === ')') depth = Math.max(0, depth - 1);
    else if (!quoted && char === '(' && ++depth > MAX_QUERY_DEPTH) {
      throw new QueryFailure(
        'QUERY_TOO_COMPLEX',
        `Parentheses may be nested at most ${MAX_QUERY_DEPTH} deep.`,
        offset,
        [],
        '(',
      );
    }
  }
}

function unclosedParenthesis(source: string): number | null {
  const open: number[] = [];
  let quoted = false;
  for (let offset = 0; offset < source.length; offset += 1) {
    const char = source[offset];
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === '(') open.push(offset);
    else if (!quoted && char === ')') open.pop();
  }
  return open.at(-1) ?? null;
}
