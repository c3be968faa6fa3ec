import { Page, PageArgs } from '@relais/contracts';
import { badInput } from '@relais/server-errors';

export const DEFAULT_PAGE_SIZE = 20;

/** How many items a page holds: the caller's `first`, else the default. */
export function pageSize(args: PageArgs): number {
  return args.first ?? DEFAULT_PAGE_SIZE;
}

/** An opaque keyset cursor: the sort key values of a row, as base64url JSON. */
export function encodeCursor(values: (string | number)[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

function invalidCursor() {
  return badInput([{ field: 'after', message: 'after is not a valid cursor' }], 'Invalid cursor');
}

/** The sort key values of a cursor from `encodeCursor`; BAD_USER_INPUT (field `after`) when malformed. */
export function decodeCursor(cursor: string, arity: number): (string | number)[] {
  let values: unknown;
  try {
    if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw invalidCursor();
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  if (
    !Array.isArray(values) ||
    values.length !== arity ||
    !values.every((v) => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)))
  ) {
    throw invalidCursor();
  }
  return values as (string | number)[];
}

/** A page from `first + 1` fetched rows: the extra row only tells that there is a next page. */
export function pageOf<T>(
  rows: T[],
  first: number,
  cursorOf: (row: T) => string,
  totalCount: number,
): Page<T> {
  const items = rows.slice(0, first);
  return { items, cursors: items.map(cursorOf), hasNextPage: rows.length > first, totalCount };
}
