/**
 * When posts go out, in pure TypeScript (luxon's timezone data, no I/O): local times resolved across
 * daylight-saving changes, the occurrences of a recurring post, and a brand's next free posting slots.
 * The content service, the publishing service and the console share it.
 */
export * from './types';
export { resolveLocal } from './resolve-local';
export { nextOccurrence, nextOccurrenceSlot, occurrencesBetween, MAX_LISTED_OCCURRENCES } from './recurrence';
export { nextFreeSlots } from './slots';
