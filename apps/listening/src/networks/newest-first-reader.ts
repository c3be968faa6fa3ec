/**
 * Where a surface that a network lists newest first stands: everything up to `newest` was read,
 * except, when a burst outgrew one poll's pages, the `gap` between the page token `from` and the
 * position `until` (the `newest` of the poll before), which the next polls read first.
 */
export interface NewestFirstCursor {
  newest: string;
  gap: { from: string; until: string } | null;
}

/** One page, newest first, and where the next (older) page starts; null: there is none. */
export interface NewestFirstPage<T> {
  entries: T[];
  next: string | null;
}

export interface NewestFirstRead<T> {
  /** The cursor as stored; null: never read. */
  cursor: string | null;
  maxPages: number;
  /**
   * Reads a page starting at `from` (a token of the network's, or null for the newest page),
   * knowing that nothing at or before `until` is wanted (null: first read).
   */
  page(from: string | null, until: string | null): Promise<NewestFirstPage<T>>;
  /** The entry's position: an instant or an id the network orders by. */
  positionOf(entry: T): string;
  /** Negative when `a` comes before `b`. */
  compare(a: string, b: string): number;
}

/** The cursor as text: the position alone, or with the gap left to read as JSON. */
export function formatCursor(cursor: NewestFirstCursor): string {
  return cursor.gap ? JSON.stringify(cursor) : cursor.newest;
}

export function parseCursor(raw: string | null): NewestFirstCursor | null {
  if (raw === null) return null;
  if (!raw.startsWith('{')) return { newest: raw, gap: null };
  let parsed: Partial<NewestFirstCursor>;
  try {
    parsed = JSON.parse(raw) as Partial<NewestFirstCursor>;
  } catch {
    return null;
  }
  const gap = parsed.gap;
  if (typeof parsed.newest !== 'string') return null;
  const validGap = gap && typeof gap.from === 'string' && typeof gap.until === 'string' ? gap : null;
  return { newest: parsed.newest, gap: validGap };
}

/**
 * Reads what is new on a surface the network only pages backward in time (newest first): from the
 * newest page back until the position read last time, at most `maxPages` pages. A first read takes
 * the latest page only, so connecting an account does not pour its history into the inbox. When the
 * pages run out before reaching the last position, the rest is kept as a gap in the cursor and read
 * by the next polls before anything newer, so a burst is read late but never skipped. Entries at the
 * last position itself are read again (a network may give several the same instant); they are stored
 * once. Resolves with the entries oldest first and the new cursor.
 */
export async function readNewestFirst<T>(
  read: NewestFirstRead<T>,
): Promise<{ entries: T[]; cursor: string | null }> {
  const state = parseCursor(read.cursor);
  if (state === null) {
    const { entries } = await read.page(null, null);
    const newest = newestOf(entries, read);
    return {
      entries: [...entries].reverse(),
      cursor: newest === null ? null : formatCursor({ newest, gap: null }),
    };
  }
  const until = state.gap ? state.gap.until : state.newest;
  let from = state.gap ? state.gap.from : null;
  const entries: T[] = [];
  let reached = false;
  for (let count = 0; count < read.maxPages && !reached; count += 1) {
    const page = await read.page(from, until);
    for (const entry of page.entries) {
      if (read.compare(read.positionOf(entry), until) >= 0) entries.push(entry);
      else reached = true;
    }
    if (page.next === null) reached = true;
    else from = page.next;
  }
  // Filling a gap leaves the newest position where it was; reading from the top moves it.
  const newest = state.gap ? state.newest : (newestOf(entries, read, state.newest) ?? state.newest);
  const gap = reached || from === null ? null : { from, until };
  return { entries: entries.reverse(), cursor: formatCursor({ newest, gap }) };
}

function newestOf<T>(
  entries: T[],
  read: Pick<NewestFirstRead<T>, 'positionOf' | 'compare'>,
  start: string | null = null,
): string | null {
  return entries.reduce<string | null>((latest, entry) => {
    const position = read.positionOf(entry);
    return latest === null || read.compare(position, latest) > 0 ? position : latest;
  }, start);
}

/** Decimal snowflake ids (X, Mastodon): longer is later, then by digits. */
export function compareIds(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** ISO instants, whatever their precision. */
export function compareInstants(a: string, b: string): number {
  return Date.parse(a) - Date.parse(b);
}
