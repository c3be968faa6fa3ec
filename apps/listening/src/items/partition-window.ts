/** The first day (UTC) of the month `offset` months from `at`'s. */
export function monthStart(at: Date, offset = 0): Date {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + offset, 1));
}

/**
 * The months items may be stored in at `now`: from `behind` months back (the longest retention: an
 * older item is not kept at all) to `ahead` months after the current one (an item a network dates a
 * little in the future still has its place).
 */
export function partitionWindow(now: Date, behind: number, ahead: number): { first: Date; last: Date } {
  return { first: monthStart(now, -behind), last: monthStart(now, ahead) };
}

/** Whether an item published at `at` has a partition in the window. */
export function insideWindow(at: Date, window: { first: Date; last: Date }): boolean {
  return at >= window.first && at < monthStart(window.last, 1);
}
