import { ListeningQueryErrorView } from '@relais/contracts';
import { ListeningQuery, parseQuery, QueryError } from '@relais/listening-query';
import { badInput } from '@relais/server-errors';

/** The query error as the API shows it (`found` is left to the console, which has the source). */
export function queryErrorView(error: QueryError): ListeningQueryErrorView {
  return {
    code: error.code,
    message: error.message,
    offset: error.offset,
    line: error.line,
    column: error.column,
    expected: [...error.expected],
  };
}

/**
 * The query `source` reads as, or BAD_USER_INPUT on `field` naming the query language's code as the
 * constraint and where the problem is (offset, line, column), so the console can point at it.
 */
export function readQuerySource(source: string, field = 'source'): ListeningQuery {
  const parsed = parseQuery(source);
  if (parsed.ok) return parsed.query;
  const { error } = parsed;
  throw badInput(
    [
      {
        field,
        message: error.message,
        constraint: error.code,
        params: { offset: error.offset, line: error.line, column: error.column },
      },
    ],
    `The query cannot be read: ${error.message}`,
  );
}
