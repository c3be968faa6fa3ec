import { useCallback, useEffect, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';

/** Search parameters to set (a string) or remove (null). */
export type ParamChanges = Record<string, string | null>;

/** `search` (with or without its `?`) with the changes applied, as `?a=1&b=2` (empty without any). */
export function withParams(search: string, changes: ParamChanges): string {
  const next = new URLSearchParams(search);
  for (const [name, value] of Object.entries(changes)) {
    if (value === null) next.delete(name);
    else next.set(name, value);
  }
  const text = next.toString();
  return text ? `?${text}` : '';
}

/**
 * Changes some search parameters of the page's URL (replacing the history entry), keeping the others
 * as the URL holds them now. `useSearchParams`' setter starts from the parameters of the last render:
 * a change made before the previous one is rendered (paging months quickly right after choosing a
 * brand) put the old values back. Changes here start from the last URL asked for, or the browser's
 * location once that navigation is done.
 */
export function useSetParams(): (changes: ParamChanges) => void {
  const navigate = useNavigate();
  const { search: shown } = useLocation();
  const requested = useRef<string | null>(null);
  useEffect(() => {
    if (requested.current === shown) requested.current = null;
  }, [shown]);
  return useCallback(
    (changes: ParamChanges) => {
      const current = requested.current ?? window.location.search;
      const search = withParams(current, changes);
      if (search === withParams(current, {})) return;
      requested.current = search;
      void navigate({ search }, { replace: true });
    },
    [navigate],
  );
}
