import { NetworkRequest } from '../../core/http-router';

/** What Mastodon pages: anything in ascending id order, readable by position (arrays, the listening store). */
export interface OrderedList<T> {
  readonly length: number;
  at(index: number): T | undefined;
}

export interface PageOptions<T> {
  idOf: (item: T) => string;
  matches: (item: T) => boolean;
  defaultLimit: number;
  maxLimit: number;
  /** The page's URL without query, for the `Link` header; null: no header (search). */
  pageUrl: string | null;
  /** Filters carried over into the pagination links. */
  keptParams: readonly string[];
}

export interface IdPage<T> {
  /** Newest first. */
  items: T[];
  /** `rel="next"` while the page is full, `rel="prev"` unless it is empty. */
  link: string | null;
}

const newer = (a: string, b: string) => BigInt(a) > BigInt(b);

/**
 * Mastodon's id paging: newest first; `max_id` for what is older, `since_id` for the newest of what is
 * newer, `min_id` for what comes just after it (the page right above, still newest first). Ids grow with
 * arrival, so a client that follows `min_id` or `since_id` never skips nor repeats an item that arrived
 * while it paged. Positions are found by binary search; only the page's items are scanned.
 */
export function idPage<T>(list: OrderedList<T>, request: NetworkRequest, options: PageOptions<T>): IdPage<T> {
  const query = request.query;
  const asked = Math.abs(Math.trunc(Number(query.get('limit') ?? options.defaultLimit)));
  const limit = Math.min(
    options.maxLimit,
    Number.isFinite(asked) && asked > 0 ? asked : options.defaultLimit,
  );
  const maxId = validId(query.get('max_id'));
  const sinceId = validId(query.get('since_id'));
  const minId = validId(query.get('min_id'));
  const lowerId = minId ?? sinceId;
  // Positions: [lower, upper) holds the ids strictly between the bounds.
  const lower = lowerId ? firstIndex(list, (item) => newer(options.idOf(item), lowerId)) : 0;
  const upper = maxId ? firstIndex(list, (item) => !newer(maxId, options.idOf(item))) : list.length;
  const items: T[] = [];
  if (minId) {
    for (let i = lower; i < upper && items.length < limit; i++) {
      const item = list.at(i);
      if (item !== undefined && options.matches(item)) items.push(item);
    }
    items.reverse();
  } else {
    for (let i = upper - 1; i >= lower && items.length < limit; i--) {
      const item = list.at(i);
      if (item !== undefined && options.matches(item)) items.push(item);
    }
  }
  const link = options.pageUrl ? linkHeader(items.map(options.idOf), limit, query, options) : null;
  return { items, link };
}

function validId(value: string | null): string | null {
  return value && /^\d{1,30}$/.test(value) ? value : null;
}

function firstIndex<T>(list: OrderedList<T>, isAfter: (item: T) => boolean): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const item = list.at(middle);
    if (item !== undefined && isAfter(item)) high = middle;
    else low = middle + 1;
  }
  return low;
}

function linkHeader<T>(
  ids: string[],
  limit: number,
  query: URLSearchParams,
  options: PageOptions<T>,
): string | null {
  if (ids.length === 0 || !options.pageUrl) return null;
  const link = (cursor: Record<string, string>) => {
    const params = new URLSearchParams();
    for (const name of options.keptParams) for (const value of query.getAll(name)) params.append(name, value);
    for (const [name, value] of Object.entries(cursor)) params.set(name, value);
    return `${options.pageUrl}?${params.toString()}`;
  };
  const links: string[] = [];
  if (ids.length === limit) links.push(`<${link({ max_id: ids[ids.length - 1] })}>; rel="next"`);
  links.push(`<${link({ min_id: ids[0] })}>; rel="prev"`);
  return links.join(', ');
}
