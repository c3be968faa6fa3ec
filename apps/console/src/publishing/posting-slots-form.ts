/** One row of the slots editor. */
export interface SlotRow {
  weekday: number;
  /** HH:mm as typed. */
  time: string;
}

export const MAX_SLOTS = 70;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A time typed as "9:30" or "09:30" written as HH:mm; null when it is not a time of day. */
export function normalizeTime(value: string): string | null {
  const match = /^\s*(\d{1,2}):(\d{2})\s*$/.exec(value);
  if (!match) return null;
  const time = `${match[1]!.padStart(2, '0')}:${match[2]}`;
  return TIME.test(time) ? time : null;
}

/** Each row's problem as a `publishing.slots.*` key (undefined when fine): bad times, repeated slots. */
export function slotErrors(rows: readonly SlotRow[]): (string | undefined)[] {
  const seen = new Set<string>();
  return rows.map((row) => {
    const time = normalizeTime(row.time);
    if (!time) return 'timeInvalid';
    const key = `${row.weekday} ${time}`;
    if (seen.has(key)) return 'duplicate';
    seen.add(key);
    return undefined;
  });
}

/** The slots as the API takes them, in week order (Monday first, then by time). */
export function toSlotsInput(rows: readonly SlotRow[]): SlotRow[] {
  return rows
    .map((row) => ({ weekday: row.weekday, time: normalizeTime(row.time) ?? row.time }))
    .sort((a, b) => a.weekday - b.weekday || a.time.localeCompare(b.time));
}

/** A sensible next row: the day after the last one's, at the same time (Monday 09:00 first). */
export function nextRow(rows: readonly SlotRow[]): SlotRow {
  const last = rows.at(-1);
  if (!last) return { weekday: 1, time: '09:00' };
  return { weekday: (last.weekday % 7) + 1, time: normalizeTime(last.time) ?? '09:00' };
}
