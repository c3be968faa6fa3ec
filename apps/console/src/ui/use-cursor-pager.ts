import { useCallback, useMemo, useState } from 'react';

export interface CursorPager {
  /** The `after` argument for the page on screen. */
  after: string | null;
  /** 1-based number of the page on screen. */
  page: number;
  hasPrevious: boolean;
  next(endCursor: string): void;
  previous(): void;
  reset(): void;
}

/** Previous/next navigation over a cursor connection, remembering the cursors of the pages seen. */
export function useCursorPager(): CursorPager {
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const next = useCallback((endCursor: string) => setCursors((stack) => [...stack, endCursor]), []);
  const previous = useCallback(
    () => setCursors((stack) => (stack.length > 1 ? stack.slice(0, -1) : stack)),
    [],
  );
  const reset = useCallback(() => setCursors([null]), []);
  return useMemo(
    () => ({
      after: cursors[cursors.length - 1] ?? null,
      page: cursors.length,
      hasPrevious: cursors.length > 1,
      next,
      previous,
      reset,
    }),
    [cursors, next, previous, reset],
  );
}
