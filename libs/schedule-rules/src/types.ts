/**
 * The vocabulary of the schedule rules. The shapes repeat `RecurrenceView` and `PostingSlotView` of
 * `@relais/contracts` (the contract types are assignable to them): this library may depend on no other
 * workspace library, so that the console bundles it as well as the services.
 */

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type Weekday = number;

export interface Recurrence {
  /** `daily`: every `interval` days. `weekly`: every `interval` weeks, on `weekdays`. */
  frequency: 'daily' | 'weekly';
  interval: number;
  /** Weekly only; empty: the first occurrence's weekday. */
  weekdays: readonly number[];
  /** The last local date (YYYY-MM-DD) an occurrence may fall on. */
  until: string | null;
  /** How many occurrences in all, the first included. */
  count: number | null;
}

/** A weekly posting slot: a weekday and a local time (HH:mm). */
export interface WeeklySlot {
  weekday: Weekday;
  time: string;
}

/**
 * How a local date and time became an instant:
 * - `none`: the local time exists once that day;
 * - `shifted_forward`: it does not exist (the clocks jump forward over it); the instant is as many
 *   minutes after the jump as the time was after the gap's start (02:30 Paris → 03:30 summer time);
 * - `earlier_of_two`: it happens twice (the clocks go back); the instant is the first of the two.
 */
export type LocalAdjustment = 'none' | 'shifted_forward' | 'earlier_of_two';

export interface ResolvedLocal {
  instant: Date;
  adjustment: LocalAdjustment;
}
