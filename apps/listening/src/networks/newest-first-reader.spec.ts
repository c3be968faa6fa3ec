import {
  compareIds,
  formatCursor,
  NewestFirstPage,
  parseCursor,
  readNewestFirst,
} from './newest-first-reader';

/** A surface listing numbered entries newest first, `size` a page, the token being an offset. */
function surface(ids: number[], size: number) {
  const requests: Array<{ from: string | null; until: string | null }> = [];
  const newestFirst = [...ids].sort((a, b) => b - a).map(String);
  const page = (from: string | null, until: string | null): Promise<NewestFirstPage<string>> => {
    requests.push({ from, until });
    const start = from === null ? 0 : Number(from);
    const entries = newestFirst.slice(start, start + size);
    return Promise.resolve({
      entries,
      next: start + size < newestFirst.length ? String(start + size) : null,
    });
  };
  return { page, requests, positionOf: (entry: string) => entry, compare: compareIds };
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('readNewestFirst', () => {
  it('reads the latest page only the first time, oldest first', async () => {
    const s = surface(range(1, 25), 10);
    const read = await readNewestFirst({ ...s, cursor: null, maxPages: 5 });
    expect(read.entries).toEqual(range(16, 25).map(String));
    expect(read.cursor).toBe('25');
    expect(s.requests).toHaveLength(1);
  });

  it('keeps no cursor when the first page is empty', async () => {
    const read = await readNewestFirst({ ...surface([], 10), cursor: null, maxPages: 5 });
    expect(read).toEqual({ entries: [], cursor: null });
  });

  it('pages back until the last position read, and stops there', async () => {
    const s = surface(range(1, 35), 10);
    const read = await readNewestFirst({ ...s, cursor: '12', maxPages: 5 });
    // The entry at the last position is read again (stored once); nothing older.
    expect(read.entries).toEqual(range(12, 35).map(String));
    expect(read.cursor).toBe('35');
    expect(s.requests.map((r) => r.from)).toEqual([null, '10', '20']);
    expect(s.requests.every((r) => r.until === '12')).toBe(true);
  });

  it('leaves what a burst holds beyond its pages as a gap, read by the next polls before anything newer', async () => {
    const first = surface(range(1, 60), 10);
    const burst = await readNewestFirst({ ...first, cursor: '5', maxPages: 2 });
    expect(burst.entries).toEqual(range(41, 60).map(String));
    expect(parseCursor(burst.cursor)).toEqual({ newest: '60', gap: { from: '20', until: '5' } });

    const second = surface(range(1, 70), 10);
    const filling = await readNewestFirst({ ...second, cursor: burst.cursor, maxPages: 2 });
    // The token `20` now starts at 50 (ten came since): read again, stored once.
    expect(filling.entries).toEqual(range(31, 50).map(String));
    expect(parseCursor(filling.cursor)).toEqual({ newest: '60', gap: { from: '40', until: '5' } });

    const closing = await readNewestFirst({ ...second, cursor: filling.cursor, maxPages: 5 });
    expect(closing.entries).toEqual(range(5, 30).map(String));
    expect(closing.cursor).toBe('60');

    const after = await readNewestFirst({ ...second, cursor: closing.cursor, maxPages: 5 });
    expect(after.entries).toEqual(range(60, 70).map(String));
    expect(after.cursor).toBe('70');
  });

  it('keeps its position when nothing is new', async () => {
    const read = await readNewestFirst({ ...surface(range(1, 3), 10), cursor: '3', maxPages: 5 });
    expect(read).toEqual({ entries: ['3'], cursor: '3' });
  });
});

describe('cursors', () => {
  it('are the position alone without a gap, and read back whatever they hold', () => {
    expect(formatCursor({ newest: '2026-12-07T20:00:00.000Z', gap: null })).toBe('2026-12-07T20:00:00.000Z');
    const withGap = { newest: '9', gap: { from: 'abc', until: '3' } };
    expect(parseCursor(formatCursor(withGap))).toEqual(withGap);
    expect(parseCursor('{not json')).toBeNull();
    expect(parseCursor(null)).toBeNull();
  });

  it('orders snowflake ids by length, then digits', () => {
    expect(compareIds('999', '1000')).toBeLessThan(0);
    expect(compareIds('1001', '1000')).toBeGreaterThan(0);
    expect(compareIds('1000', '1000')).toBe(0);
  });
});
