import { insideWindow, monthStart, partitionWindow } from './partition-window';

describe('the item partition window', () => {
  it('runs from the first month kept to the last month made ahead, in UTC', () => {
    const window = partitionWindow(new Date('2026-01-31T23:30:00-05:00'), 13, 2);
    // 2026-02-01 04:30 UTC: February is the current month.
    expect(window.first.toISOString()).toBe('2025-01-01T00:00:00.000Z');
    expect(window.last.toISOString()).toBe('2026-04-01T00:00:00.000Z');
  });

  it('crosses year ends both ways', () => {
    expect(monthStart(new Date('2026-11-15T00:00:00Z'), 3).toISOString()).toBe('2027-02-01T00:00:00.000Z');
    expect(monthStart(new Date('2026-01-15T00:00:00Z'), -14).toISOString()).toBe('2024-11-01T00:00:00.000Z');
  });

  it('holds an item dated inside, and not one before the first month or after the last', () => {
    const window = partitionWindow(new Date('2026-06-10T00:00:00Z'), 13, 2);
    expect(insideWindow(new Date('2025-05-01T00:00:00Z'), window)).toBe(true);
    expect(insideWindow(new Date('2025-04-30T23:59:59Z'), window)).toBe(false);
    expect(insideWindow(new Date('2026-08-31T23:59:59Z'), window)).toBe(true);
    expect(insideWindow(new Date('2026-09-01T00:00:00Z'), window)).toBe(false);
  });
});
