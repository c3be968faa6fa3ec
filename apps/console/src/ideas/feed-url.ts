/** Whether the console accepts this as a feed address before asking the API (which checks more). */
export function isFeedUrl(value: string): boolean {
  const trimmed = value.trim();
  if (!trimmed || /\s/.test(trimmed)) return false;
  try {
    const url = new URL(trimmed);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

/** A feed's name in lists: its title once read, else its host and path. */
export function feedName(feed: { title: string | null; url: string }): string {
  if (feed.title?.trim()) return feed.title.trim();
  try {
    const url = new URL(feed.url);
    return `${url.host}${url.pathname === '/' ? '' : url.pathname}`;
  } catch {
    return feed.url;
  }
}
