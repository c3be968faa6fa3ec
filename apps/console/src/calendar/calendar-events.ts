import type { EventInput } from '@fullcalendar/core';
import type { CalendarOccurrenceKind, CalendarPostFieldsFragment, PostStatus } from '@relais/web-graphql';

export type ColorBy = 'status' | 'campaign';

/** One colour per status, readable with white text. */
export const STATUS_COLORS: Record<PostStatus, string> = {
  DRAFT: '#868e96',
  IN_REVIEW: '#e67700',
  CHANGES_REQUESTED: '#c92a2a',
  APPROVED: '#0c8599',
  SCHEDULED: '#1c7ed6',
  PUBLISHED: '#2b8a3e',
  FAILED: '#862e9c',
  ARCHIVED: '#495057',
};

/** Posts without a campaign, when colouring by campaign. */
export const NO_CAMPAIGN_COLOR = '#adb5bd';

/** Statuses whose slot can be moved (the service refuses the others). */
const MOVABLE: ReadonlySet<PostStatus> = new Set(['DRAFT', 'CHANGES_REQUESTED', 'APPROVED', 'SCHEDULED']);

export function isMovable(status: PostStatus): boolean {
  return MOVABLE.has(status);
}

export interface EventOptions {
  colorBy: ColorBy;
  /** Every brand at once: each event names its brand. */
  showBrand: boolean;
  /** Whether the user may move posts at all. */
  canMove: boolean;
  untitled: string;
  /** How each occurrence of a recurring post is named ("Next occurrence"…). */
  occurrences: Record<CalendarOccurrenceKind, string>;
}

/** What a calendar event keeps of its post. */
export interface PostEventProps {
  postId: string;
  status: PostStatus;
  brandName: string | null;
  excerpt: string;
  /** For an occurrence of a recurring post: which one, in words. */
  occurrence: string | null;
}

/**
 * Only a post's own slot moves: a post that goes out once, or the occurrence a recurring post waits
 * for (moving it moves the series). Past and later occurrences stay where the rule puts them.
 */
function movesItsSlot(post: CalendarPostFieldsFragment): boolean {
  return !post.occurrence || post.occurrence.kind === 'NEXT';
}

/**
 * The calendar's events: one per post at its slot, a recurring post once per occurrence, coloured by
 * status or campaign.
 */
export function toEvents(posts: readonly CalendarPostFieldsFragment[], options: EventOptions): EventInput[] {
  return posts.map((post) => {
    const color =
      options.colorBy === 'status' ? STATUS_COLORS[post.status] : (post.campaign?.color ?? NO_CAMPAIGN_COLOR);
    const name = post.title.trim() || post.excerpt.trim() || options.untitled;
    const extendedProps: PostEventProps = {
      postId: post.id,
      status: post.status,
      brandName: post.brandName,
      excerpt: post.excerpt,
      occurrence: post.occurrence ? options.occurrences[post.occurrence.kind] : null,
    };
    return {
      // Occurrences of one post share its id: each event is the post at one instant.
      id: post.occurrence ? `${post.id}@${post.scheduledAt}` : post.id,
      title: options.showBrand && post.brandName ? `${post.brandName} · ${name}` : name,
      start: post.scheduledAt,
      allDay: false,
      backgroundColor: color,
      borderColor: color,
      textColor: '#ffffff',
      startEditable: options.canMove && isMovable(post.status) && movesItsSlot(post),
      classNames: post.occurrence
        ? ['post-occurrence', `post-occurrence-${post.occurrence.kind.toLowerCase()}`]
        : [],
      durationEditable: false,
      extendedProps,
    };
  });
}
