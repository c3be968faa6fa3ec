import Parser from 'rss-parser';
import { htmlToText, shorten } from './html-text';

export const MAX_IDEA_TITLE = 300;
export const MAX_IDEA_SUMMARY = 1000;
export const MAX_IDEA_LINK = 2000;
/** Items taken from one read of a feed (the newest first, as feeds list them). */
export const MAX_ITEMS_PER_READ = 100;

/** A feed item as an idea is made of it. */
export interface FeedItem {
  /** What makes it the same item next time: its guid or id, else its link, else its title. */
  key: string;
  title: string;
  link: string | null;
  summary: string;
  publishedAt: Date | null;
}

export interface ParsedFeed {
  title: string | null;
  items: FeedItem[];
}

type AtomItem = Parser.Item & { id?: string };

const parser = new Parser<Record<string, never>, AtomItem>();

function httpLink(value: string | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    const text = url.toString();
    return text.length <= MAX_IDEA_LINK ? text : null;
  } catch {
    return null;
  }
}

function dateOf(item: AtomItem): Date | null {
  const raw = item.isoDate ?? item.pubDate;
  if (!raw) return null;
  const date = new Date(raw);
  return Number.isNaN(date.getTime()) ? null : date;
}

function textOf(value: unknown): string {
  return typeof value === 'string' ? htmlToText(value) : '';
}

/** One item as an idea, or null when it has nothing to show (no title, no text, no link). */
export function toFeedItem(item: AtomItem): FeedItem | null {
  const link = httpLink(item.link);
  const summarySource = textOf(item.summary) || textOf(item.content) || textOf(item.contentSnippet);
  const title = shorten(textOf(item.title) || shorten(summarySource, 120), MAX_IDEA_TITLE);
  if (!title) return null;
  const key = (textOf(item.guid) || textOf(item.id) || link || title).slice(0, 2000);
  return {
    key,
    title,
    link,
    summary: shorten(summarySource, MAX_IDEA_SUMMARY),
    publishedAt: dateOf(item),
  };
}

/** The feed's title and items from an RSS (0.9x, 1.0, 2.0) or Atom document; throws when it is neither. */
export async function parseFeed(xml: string): Promise<ParsedFeed> {
  let output: Parser.Output<AtomItem>;
  try {
    output = await parser.parseString(xml);
  } catch (error) {
    throw new Error(
      `The address does not serve an RSS or Atom feed (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  const items: FeedItem[] = [];
  const keys = new Set<string>();
  for (const raw of output.items.slice(0, MAX_ITEMS_PER_READ)) {
    const item = toFeedItem(raw);
    if (!item || keys.has(item.key)) continue;
    keys.add(item.key);
    items.push(item);
  }
  const title = textOf(output.title);
  return { title: title ? shorten(title, 300) : null, items };
}
