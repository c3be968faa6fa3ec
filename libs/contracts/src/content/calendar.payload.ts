import { IsISO8601, IsOptional, IsUUID } from 'class-validator';
import { Network } from '../networks';
import { PostStatus } from './post-status';

/** The longest range the calendar reads at once (a month view with its leading and trailing weeks). */
export const MAX_CALENDAR_RANGE_DAYS = 62;

/**
 * Posts whose slot falls in [from, to) (`scheduled_at`), for one brand or every brand in the caller's
 * scope, a recurring post once per occurrence in the range. Archived posts are left out.
 */
export class CalendarPostsPayload {
  /** Omitted: every brand the caller can see. */
  @IsOptional()
  @IsUUID()
  brandId?: string;

  @IsISO8601({ strict: true })
  from!: string;

  @IsISO8601({ strict: true })
  to!: string;
}

/** Moves a post to another slot (a drag on the calendar). A scheduled post stays scheduled. */
export class ReschedulePostPayload {
  @IsUUID()
  postId!: string;

  @IsISO8601({ strict: true })
  scheduledAt!: string;
}

export interface CalendarVariantView {
  network: Network;
  /** The variant's text (the base text while it follows the base), cut to an excerpt. */
  text: string;
}

export interface CalendarCampaignView {
  id: string;
  name: string;
  color: string;
}

/** Where an occurrence of a recurring post stands. */
export enum CalendarOccurrenceKind {
  /** Already due: its outcome (published or failed) is the entry's status. */
  Past = 'past',
  /** The one the post waits for (its `scheduledAt`). */
  Next = 'next',
  /** Further on, from the recurrence rule. */
  Later = 'later',
}

/** Which occurrence of a recurring post a calendar entry is. */
export interface CalendarOccurrenceView {
  /** The occurrence's instant (the entry's `scheduledAt`). */
  at: string;
  kind: CalendarOccurrenceKind;
}

/**
 * A post as the calendar shows it: compact, no full texts. A recurring post appears once per
 * occurrence in the range, each entry with the same `id` and its own `scheduledAt` and `occurrence`.
 */
export interface CalendarPostView {
  id: string;
  brandId: string;
  brandName: string | null;
  title: string;
  status: PostStatus;
  scheduledAt: string;
  /** The start of the base text (or of the first variant's when the base is empty). */
  excerpt: string;
  networks: Network[];
  variants: CalendarVariantView[];
  campaign: CalendarCampaignView | null;
  /** The campaign's colour, or null without a campaign. */
  color: string | null;
  version: number;
  /** Null when the post goes out once. */
  occurrence: CalendarOccurrenceView | null;
}
