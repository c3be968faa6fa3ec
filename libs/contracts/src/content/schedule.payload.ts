import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsEnum,
  IsInt,
  IsOptional,
  IsUUID,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';

/**
 * When a post goes out.
 * - `at`: the instant given in `scheduledAt` (or the slot the post already has).
 * - `next_slot`: the brand's next free posting slot (weekly slots in the brand's timezone).
 * - `now`: at once (the dispatcher picks it up within a second).
 */
export enum ScheduleMode {
  At = 'at',
  NextSlot = 'next_slot',
  Now = 'now',
}

export enum RecurrenceFrequency {
  /** Every `interval` days. */
  Daily = 'daily',
  /** Every `interval` weeks, on `weekdays`. */
  Weekly = 'weekly',
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** The longest series a recurring post may run (occurrences). */
export const MAX_RECURRENCE_COUNT = 366;

/**
 * A recurring post: it goes out at the first slot's local time (brand timezone) every `interval` days
 * or weeks. A local time that does not exist that day (spring forward) runs as many minutes after the
 * jump as it was after the missing hour's start (02:30 Paris → 03:30); one that happens twice (fall
 * back) runs at the first of the two.
 */
export class RecurrencePayload {
  @IsEnum(RecurrenceFrequency)
  frequency!: RecurrenceFrequency;

  @IsInt()
  @Min(1)
  @Max(52)
  interval!: number;

  /** Weekly only: the days it goes out on (ISO weekdays). Omitted: the first slot's weekday. */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(7)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(7, { each: true })
  weekdays?: number[];

  /** The last local date (YYYY-MM-DD, brand timezone) an occurrence may fall on. */
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'until must be a date YYYY-MM-DD' })
  until?: string;

  /** How many occurrences in all, the first included. */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_RECURRENCE_COUNT)
  count?: number;
}

export interface RecurrenceView {
  frequency: RecurrenceFrequency;
  interval: number;
  weekdays: number[];
  until: string | null;
  count: number | null;
}

/** One weekly posting slot of a brand, in the brand's timezone. */
export class PostingSlotPayload {
  @IsInt()
  @Min(1)
  @Max(7)
  weekday!: number;

  /** Local time HH:mm (24 h). */
  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'time must be HH:mm (00:00 to 23:59)' })
  time!: string;
}

export const MAX_POSTING_SLOTS = 70;

/** Replaces a brand's weekly posting slots. */
export class SetPostingSlotsPayload {
  @IsUUID()
  brandId!: string;

  @IsArray()
  @ArrayMaxSize(MAX_POSTING_SLOTS)
  @ValidateNested({ each: true })
  @Type(() => PostingSlotPayload)
  slots!: PostingSlotPayload[];
}

export class BrandSlotsPayload {
  @IsUUID()
  brandId!: string;

  /** Next free slots: how many to list (default 5). */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(20)
  upcoming?: number;
}

export interface PostingSlotView {
  weekday: number;
  time: string;
}

export interface PostingSlotsView {
  brandId: string;
  timezone: string;
  slots: PostingSlotView[];
  /** The next free slots as instants (ISO, UTC), soonest first. */
  upcoming: string[];
  updatedAt: string | null;
}
