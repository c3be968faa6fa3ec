import { foldText, MAX_POSITION, MAX_POSITIONS_PER_WORD, tagsOf, wordsOf } from './normalize';

/** An incoming or stored item, as the matcher needs it. */
export interface MatchableItem {
  text: string;
  language: string | null;
  network: string;
  kind: string;
  authorHandle: string;
  authorName?: string | null;
  /** Whether the item carries a link; when unknown, a `http(s)://` or `www.` in the text says so. */
  hasLink?: boolean;
}

/** An item folded and cut into words once, then matched against any number of queries. */
export interface PreparedItem {
  /** Each distinct word and its 1-based positions (as Postgres keeps them: see `normalize.ts`). */
  positions: ReadonlyMap<string, readonly number[]>;
  tags: ReadonlySet<string>;
  language: string | null;
  network: string;
  kind: string;
  /** Lower case, without the leading `@`. */
  authorHandle: string;
  hasLink: boolean;
}

/** Back-search tests the same pattern on the stored text (`search-ddl.ts`). */
export const LINK_PATTERN = 'https?://|www\\.';
const LINK = new RegExp(LINK_PATTERN, 'i');

export function prepareItem(item: MatchableItem): PreparedItem {
  const folded = foldText(item.text);
  const positions = new Map<string, number[]>();
  wordsOf(folded).forEach((word, index) => {
    const position = Math.min(index + 1, MAX_POSITION);
    const list = positions.get(word);
    if (!list) positions.set(word, [position]);
    else if (list.length < MAX_POSITIONS_PER_WORD && list.at(-1) !== position) list.push(position);
  });
  return {
    positions,
    tags: new Set(tagsOf(folded)),
    language: normalizeLanguage(item.language),
    network: item.network.toLowerCase(),
    kind: item.kind.toLowerCase(),
    authorHandle: normalizeHandle(item.authorHandle),
    hasLink: item.hasLink ?? LINK.test(item.text),
  };
}

export function normalizeLanguage(language: string | null): string | null {
  return language === null ? null : language.toLowerCase().replaceAll('_', '-');
}

export function normalizeHandle(handle: string): string {
  return handle.toLowerCase().replace(/^@+/, '');
}
