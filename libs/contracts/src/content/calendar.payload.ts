import { IsISO8601, IsOptional, IsUUID } from 'class-validator';
import { Network } from '../networks';
import { PostStatus } from './post-status';

/** The longest range the calendar reads at once (a month view with its leading and trailing weeks). */
export const MAX_CALENDAR_RANGE_DAYS = 62;

/**
 * Posts whose slot falls in [from, to) (`scheduled_at`), for one brand or every brand in the caller's
 * scope. Archived posts are left out.
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

/** A post as the calendar shows it: compact, no full texts. */
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
}
