import {
  CalendarOccurrenceKind,
  CalendarOccurrenceView,
  MAX_CALENDAR_RANGE_DAYS,
  PostStatus,
} from '@relais/contracts';
import { occurrencesBetween } from '@relais/schedule-rules';
import { SettledOccurrence } from './post-series.repository';

/**
 * The most entries one post gives a range: a series goes out at most once a local day, and a range is
 * at most `MAX_CALENDAR_RANGE_DAYS` long (a day more for a range that does not start at midnight).
 */
export const MAX_OCCURRENCES_PER_POST = MAX_CALENDAR_RANGE_DAYS + 1;

/** What the expansion needs of a post. */
export interface SeriesPost {
  id: string;
  status: PostStatus;
  scheduledAt: Date;
  recurrence: Parameters<typeof occurrencesBetween>[0];
}

/** One calendar entry: the post at one instant, with the status to show there. */
export interface CalendarEntry {
  postId: string;
  at: Date;
  status: PostStatus;
  occurrence: CalendarOccurrenceView | null;
}

export interface EntryContext {
  from: Date;
  to: Date;
  /** The post's brand's timezone (the rule's wall time is read there). */
  timezoneOf(post: SeriesPost): string;
  /** Where the post's series starts (see `seriesStarts`); its slot when unknown. */
  startOf(post: SeriesPost): Date | undefined;
  /** The settled occurrences of the range, of every post. */
  settled: readonly SettledOccurrence[];
}

const inRange = (at: Date, context: EntryContext) =>
  at.getTime() >= context.from.getTime() && at.getTime() < context.to.getTime();

function occurrenceEntry(postId: string, at: Date, status: PostStatus, kind: CalendarOccurrenceKind) {
  return { postId, at, status, occurrence: { at: at.toISOString(), kind } };
}

/**
 * A recurring post's entries in the range: the occurrences already settled (published or failed, as
 * reported), the one it waits for (its slot: `next`) and, while it is scheduled, the later ones the
 * rule gives (`later`), computed in its brand's timezone from its series' start. One entry per
 * instant: a settled occurrence wins over the rule.
 */
function seriesEntries(post: SeriesPost, context: EntryContext): CalendarEntry[] {
  const byInstant = new Map<number, CalendarEntry>();
  const add = (entry: CalendarEntry) => {
    if (!byInstant.has(entry.at.getTime())) byInstant.set(entry.at.getTime(), entry);
  };
  for (const settled of context.settled) {
    if (settled.postId !== post.id || !inRange(settled.at, context)) continue;
    const status = settled.failed ? PostStatus.Failed : PostStatus.Published;
    add(occurrenceEntry(post.id, settled.at, status, CalendarOccurrenceKind.Past));
  }
  const slot = post.scheduledAt;
  if (post.status === PostStatus.Published || post.status === PostStatus.Failed) {
    // The series ended: its slot is its last occurrence.
    if (inRange(slot, context)) add(occurrenceEntry(post.id, slot, post.status, CalendarOccurrenceKind.Past));
  } else if (post.status === PostStatus.Scheduled && post.recurrence) {
    if (inRange(slot, context)) add(occurrenceEntry(post.id, slot, post.status, CalendarOccurrenceKind.Next));
    const start = context.startOf(post);
    const first = start && start.getTime() <= slot.getTime() ? start : slot;
    const later = occurrencesBetween(
      post.recurrence,
      context.timezoneOf(post),
      first,
      new Date(Math.max(context.from.getTime(), slot.getTime() + 1)),
      context.to,
      MAX_OCCURRENCES_PER_POST,
    );
    for (const at of later) add(occurrenceEntry(post.id, at, post.status, CalendarOccurrenceKind.Later));
  } else if (inRange(slot, context)) {
    // Not scheduled (any more): it goes out nowhere but at its slot, if it is scheduled again.
    add({ postId: post.id, at: slot, status: post.status, occurrence: null });
  }
  return [...byInstant.values()]
    .sort((a, b) => a.at.getTime() - b.at.getTime())
    .slice(0, MAX_OCCURRENCES_PER_POST);
}

/**
 * Every entry of the range, soonest first: a post that goes out once at its slot, a recurring post
 * once per occurrence (see `seriesEntries`).
 */
export function calendarEntries(posts: readonly SeriesPost[], context: EntryContext): CalendarEntry[] {
  const entries = posts.flatMap((post) => {
    if (!post.recurrence) {
      return inRange(post.scheduledAt, context)
        ? [{ postId: post.id, at: post.scheduledAt, status: post.status, occurrence: null }]
        : [];
    }
    return seriesEntries(post, context);
  });
  return entries.sort((a, b) => a.at.getTime() - b.at.getTime() || a.postId.localeCompare(b.postId));
}
