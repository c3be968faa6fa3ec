import { badInput } from '@relais/server-errors';
import { decodeCursor, encodeCursor } from '@relais/server-database';

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** SQL turning a timestamptz column into the instant a cursor holds (UTC, microseconds). */
export function cursorInstantSql(column: string): string {
  return `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}

/** A cursor for rows listed newest first by (instant, id). */
export function encodeInstantCursor(instant: string, id: string): string {
  return encodeCursor([instant, id]);
}

/** The (instant, id) of a cursor from `encodeInstantCursor`; BAD_USER_INPUT on `after` otherwise. */
export function decodeInstantCursor(after: string | null | undefined): [string, string] | null {
  if (!after) return null;
  const [instant, id] = decodeCursor(after, 2).map(String);
  if (!INSTANT.test(instant) || !UUID.test(id)) {
    throw badInput([{ field: 'after', message: 'after is not a valid cursor' }], 'Invalid cursor');
  }
  return [instant, id];
}
