import { ListeningItemKind, Network } from '@relais/contracts';
import { z } from 'zod';
import { HeardItem } from '../items/heard-item';

/** What a page's webhook delivery says, for one page: the items heard (without the account yet). */
export interface PageDelivery {
  pageId: string;
  items: Omit<HeardItem, 'accountId'>[];
}

const comment = z.object({
  item: z.literal('comment'),
  verb: z.string(),
  comment_id: z.string().min(1),
  post_id: z.string().min(1),
  parent_id: z.string().optional(),
  message: z.string().optional(),
  created_time: z.union([z.number(), z.string()]),
  from: z.object({ id: z.string(), name: z.string().optional() }).optional(),
});

const message = z.object({
  sender: z.object({ id: z.string() }),
  recipient: z.object({ id: z.string() }),
  timestamp: z.number(),
  message: z.object({ mid: z.string().min(1), text: z.string().optional(), is_echo: z.boolean().optional() }),
});

const entrySchema = z.object({
  id: z.string().min(1),
  changes: z.array(z.object({ field: z.string(), value: z.unknown() })).optional(),
  messaging: z.array(z.unknown()).optional(),
});

export const deliverySchema = z.object({ object: z.string(), entry: z.array(z.unknown()) });

/** Graph's `created_time`: Unix seconds in webhooks, an ISO string in reads. */
function instant(value: number | string): Date {
  return typeof value === 'number' ? new Date(value * 1000) : new Date(value);
}

function hasLink(text: string): boolean {
  return /\bhttps?:\/\/\S+/i.test(text);
}

/**
 * The items of a `page` delivery: comments added (`feed` changes; a comment under the post is a
 * comment, under another comment a reply, all in the post's conversation) and messages received
 * (`messaging`; the page's own, echoed, are left out). Edits, removals, reactions and what this
 * service does not read are skipped, as are entries that do not have the documented shape.
 */
export function pageDeliveries(payload: unknown): PageDelivery[] {
  const parsed = deliverySchema.safeParse(payload);
  if (!parsed.success || parsed.data.object !== 'page') return [];
  const pages: PageDelivery[] = [];
  for (const raw of parsed.data.entry) {
    const entry = entrySchema.safeParse(raw);
    if (!entry.success) continue;
    const pageId = entry.data.id;
    const items: PageDelivery['items'] = [];
    for (const change of entry.data.changes ?? []) {
      if (change.field !== 'feed') continue;
      const value = comment.safeParse(change.value);
      if (!value.success || value.data.verb !== 'add' || value.data.from?.id === pageId) continue;
      const c = value.data;
      const text = c.message ?? '';
      const onPost = !c.parent_id || c.parent_id === c.post_id;
      items.push({
        network: Network.FacebookPage,
        externalId: c.comment_id,
        kind: onPost ? ListeningItemKind.Comment : ListeningItemKind.Reply,
        conversationKey: `facebook:${c.post_id}`,
        parentExternalId: onPost ? null : (c.parent_id ?? null),
        url: `https://www.facebook.com/${c.comment_id}`,
        author: {
          externalId: c.from?.id ?? 'unknown',
          handle: c.from?.name ?? 'Facebook user',
          name: c.from?.name ?? null,
        },
        text,
        language: null,
        hasLink: hasLink(text),
        publishedAt: instant(c.created_time),
      });
    }
    for (const rawMessage of entry.data.messaging ?? []) {
      const value = message.safeParse(rawMessage);
      if (!value.success || value.data.message.is_echo || value.data.sender.id === pageId) continue;
      const m = value.data;
      const text = m.message.text ?? '';
      items.push({
        network: Network.FacebookPage,
        externalId: m.message.mid,
        kind: ListeningItemKind.Message,
        conversationKey: `facebook:dm:${m.sender.id}`,
        parentExternalId: null,
        url: null,
        author: { externalId: m.sender.id, handle: m.sender.id, name: null },
        text,
        language: null,
        hasLink: hasLink(text),
        publishedAt: new Date(m.timestamp),
      });
    }
    if (items.length > 0) pages.push({ pageId, items });
  }
  return pages;
}
