import { hashtagsOf, ListeningItem } from '../../listening/listening-item';

/** The filters of `app.bsky.feed.searchPosts`, from its parameters and the operators inside `q`. */
export interface PostSearch {
  words: string[];
  phrases: string[];
  tags: string[];
  /** Handles or DIDs. */
  authors: string[];
  mentions: string[];
  lang: string | null;
  since: number | null;
  until: number | null;
}

/** Reads `q` (words, `"phrases"`, `#tag`, `from:`, `mentions:`, `lang:`, `since:`, `until:`) and the parameters. */
export function parsePostSearch(query: URLSearchParams): PostSearch | string {
  const q = query.get('q') ?? '';
  const search: PostSearch = {
    words: [],
    phrases: [],
    tags: query.getAll('tag').map((tag) => tag.replace(/^#/, '').toLowerCase()),
    authors: query.getAll('author').map(normalized),
    mentions: query.getAll('mentions').map(normalized),
    lang: query.get('lang'),
    since: dateOf(query.get('since')),
    until: dateOf(query.get('until')),
  };
  if ((query.get('since') && search.since === null) || (query.get('until') && search.until === null)) {
    return 'Error: since and until must be datetimes';
  }
  for (const match of q.matchAll(/"([^"]+)"|(\S+)/g)) {
    if (match[1]) {
      search.phrases.push(match[1].toLowerCase());
      continue;
    }
    const token = match[2];
    const operator = /^(from|mentions|lang|since|until):(.+)$/i.exec(token);
    if (operator) {
      const value = operator[2];
      const name = operator[1].toLowerCase();
      if (name === 'from') search.authors.push(normalized(value));
      else if (name === 'mentions') search.mentions.push(normalized(value));
      else if (name === 'lang') search.lang = value.toLowerCase();
      else if (name === 'since') search.since = dateOf(value) ?? search.since;
      else search.until = dateOf(value) ?? search.until;
    } else if (token.startsWith('#') && token.length > 1) search.tags.push(token.slice(1).toLowerCase());
    else search.words.push(token.toLowerCase());
  }
  return search;
}

/** Whether a listened post matches; `mentionedDids` are the DIDs its facets mention. */
export function matchesSearch(item: ListeningItem, search: PostSearch, mentionedDids: string[]): boolean {
  if (search.lang && item.lang !== search.lang) return false;
  if (search.since !== null && item.createdAt < search.since) return false;
  if (search.until !== null && item.createdAt >= search.until) return false;
  if (
    search.authors.length > 0 &&
    !search.authors.some((who) => who === item.author.id || who === item.author.handle)
  ) {
    return false;
  }
  const text = item.text.toLowerCase();
  if (!search.words.every((word) => text.includes(word))) return false;
  if (!search.phrases.every((phrase) => text.includes(phrase))) return false;
  if (search.tags.length > 0) {
    const tags = hashtagsOf(item.text);
    if (!search.tags.every((tag) => tags.includes(tag))) return false;
  }
  return search.mentions.every((who) => mentionedDids.includes(who) || text.includes(`@${who}`));
}

function normalized(value: string): string {
  return value.trim().replace(/^@/, '').toLowerCase();
}

function dateOf(value: string | null): number | null {
  if (!value) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : time;
}
