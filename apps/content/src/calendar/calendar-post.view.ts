import {
  CalendarOccurrenceKind,
  CalendarOccurrenceView,
  CalendarPostView,
  PostStatus,
} from '@relais/contracts';
import { CalendarPostRow, CalendarVariantRow, EXCERPT_CHARS } from './calendar.repository';

/** Cuts a text to `max` characters at a word boundary when one is near, with an ellipsis. */
export function excerpt(text: string, max: number): string {
  // Only the start matters: whitespace is collapsed in at most twice the excerpt's length.
  const flat = (text.length > max * 2 ? text.slice(0, max * 2) : text).replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** The posts turned into calendar views with their variants (without brand names). */
export function calendarPostViews(
  posts: readonly CalendarPostRow[],
  variants: readonly CalendarVariantRow[],
): CalendarPostView[] {
  const byPost = new Map<string, CalendarVariantRow[]>();
  for (const variant of variants) {
    const list = byPost.get(variant.postId) ?? [];
    list.push(variant);
    byPost.set(variant.postId, list);
  }
  return posts.map((post) => toCalendarView(post, byPost.get(post.id) ?? []));
}

/** The view of a post; `brandName` is filled by the caller, which knows the brands. */
function toCalendarView(post: CalendarPostRow, variants: CalendarVariantRow[]): CalendarPostView {
  // Variants that follow the base share its excerpt, computed once.
  const baseExcerpt = excerpt(post.baseText, EXCERPT_CHARS);
  const texts = variants.map((variant) => ({
    network: variant.network,
    text: variant.customized ? excerpt(variant.text, EXCERPT_CHARS) : baseExcerpt,
  }));
  const firstExcerpt = post.baseText.trim() ? baseExcerpt : (texts.find((v) => v.text)?.text ?? '');
  return {
    id: post.id,
    brandId: post.brandId,
    brandName: null,
    title: post.title,
    status: post.status,
    scheduledAt: new Date(post.scheduledAt).toISOString(),
    excerpt: firstExcerpt,
    networks: variants.map((variant) => variant.network),
    variants: texts,
    campaign:
      post.campaignId && post.campaignName && post.campaignColor
        ? { id: post.campaignId, name: post.campaignName, color: post.campaignColor }
        : null,
    color: post.campaignColor,
    version: post.version,
    occurrence: post.recurrence ? slotOccurrence(post) : null,
  };
}

/** A recurring post at its slot: the occurrence it waits for, or its last one once settled. */
function slotOccurrence(post: CalendarPostRow): CalendarOccurrenceView | null {
  const at = new Date(post.scheduledAt).toISOString();
  if (post.status === PostStatus.Scheduled) return { at, kind: CalendarOccurrenceKind.Next };
  if (post.status === PostStatus.Published || post.status === PostStatus.Failed) {
    return { at, kind: CalendarOccurrenceKind.Past };
  }
  return null;
}
