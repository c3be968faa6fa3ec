import escapeHtml from 'escape-html';
import { ListeningItem } from './listening-item';

/** A feed of listened public posts about a topic. */
export interface TopicFeed {
  name: string;
  /** The feed's own URL. */
  selfUrl: string;
  items: readonly ListeningItem[];
}

const TITLE_LENGTH = 80;

/** An RSS 2.0 document. */
export function rssDocument(feed: TopicFeed): string {
  const updated = feed.items[0]?.createdAt ?? 0;
  const items = feed.items
    .map(
      (item) => `    <item>
      <title>${escapeHtml(titleOf(item))}</title>
      <link>${escapeHtml(linkOf(item))}</link>
      <description>${escapeHtml(item.text)}</description>
      <author>${escapeHtml(`${item.author.handle}@${item.network}.sandbox.test (${item.author.displayName})`)}</author>
      <category>${item.network}</category>
      <guid isPermaLink="false">${escapeHtml(guidOf(item))}</guid>
      <pubDate>${new Date(item.createdAt).toUTCString()}</pubDate>
    </item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${escapeHtml(`Mentions of ${feed.name}`)}</title>
    <link>${escapeHtml(feed.selfUrl)}</link>
    <description>${escapeHtml(`Public posts about ${feed.name} on the sandbox networks`)}</description>
    <atom:link href="${escapeHtml(feed.selfUrl)}" rel="self" type="application/rss+xml" />
    <lastBuildDate>${new Date(updated).toUTCString()}</lastBuildDate>
${items}
  </channel>
</rss>
`;
}

/** An Atom 1.0 document. */
export function atomDocument(feed: TopicFeed): string {
  const updated = new Date(feed.items[0]?.createdAt ?? 0).toISOString();
  const entries = feed.items
    .map(
      (item) => `  <entry>
    <id>${escapeHtml(`urn:relais-sandbox:${guidOf(item)}`)}</id>
    <title>${escapeHtml(titleOf(item))}</title>
    <link href="${escapeHtml(linkOf(item))}" />
    <updated>${new Date(item.createdAt).toISOString()}</updated>
    <author><name>${escapeHtml(item.author.displayName)}</name><uri>${escapeHtml(`https://${item.network}.sandbox.test/${item.author.handle}`)}</uri></author>
    <category term="${item.network}" />
    <content type="text" xml:lang="${escapeHtml(item.lang)}">${escapeHtml(item.text)}</content>
  </entry>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${escapeHtml(feed.selfUrl)}</id>
  <title>${escapeHtml(`Mentions of ${feed.name}`)}</title>
  <link href="${escapeHtml(feed.selfUrl)}" rel="self" />
  <updated>${updated}</updated>
${entries}
</feed>
`;
}

function titleOf(item: ListeningItem): string {
  const line = item.text.split('\n')[0] ?? '';
  return line.length > TITLE_LENGTH ? `${line.slice(0, TITLE_LENGTH - 1)}…` : line;
}

function guidOf(item: ListeningItem): string {
  return `${item.network}:${item.id}`;
}

function linkOf(item: ListeningItem): string {
  return `https://${item.network}.sandbox.test/${encodeURIComponent(item.author.handle)}/${encodeURIComponent(item.id)}`;
}
