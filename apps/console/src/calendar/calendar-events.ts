import type { EventInput } from '@fullcalendar/core';
import type { CalendarPostFieldsFragment, PostStatus } from '@relais/web-graphql';

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
}

/** What a calendar event keeps of its post. */
export interface PostEventProps {
  status: PostStatus;
  brandName: string | null;
  excerpt: string;
}

/** The calendar's events: one per post, at its slot, coloured by status or campaign. */
export function toEvents(posts: readonly CalendarPostFieldsFragment[], options: EventOptions): EventInput[] {
  return posts.map((post) => {
    const color =
      options.colorBy === 'status' ? STATUS_COLORS[post.status] : (post.campaign?.color ?? NO_CAMPAIGN_COLOR);
    const name = post.title.trim() || post.excerpt.trim() || options.untitled;
    const extendedProps: PostEventProps = {
      status: post.status,
      brandName: post.brandName,
      excerpt: post.excerpt,
    };
    return {
      id: post.id,
      title: options.showBrand && post.brandName ? `${post.brandName} · ${name}` : name,
      start: post.scheduledAt,
      allDay: false,
      backgroundColor: color,
      borderColor: color,
      textColor: '#ffffff',
      startEditable: options.canMove && isMovable(post.status),
      durationEditable: false,
      extendedProps,
    };
  });
}
