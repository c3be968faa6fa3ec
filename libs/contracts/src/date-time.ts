/** Date and time parts of an ISO 8601 date-time, as written: `2027-02-30T09:00:00+01:00`. */
const PARTS = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/;
const OFFSET = /[+-](\d{2}):(\d{2})$/;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function daysIn(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Why an ISO 8601 date-time names a moment that does not exist (`February 2027 has 28 days`), or null
 * when every part is real. JavaScript's `Date` would roll 2027-02-30 over to 2 March instead.
 */
export function nonexistentDateTime(value: string): string | null {
  const parts = PARTS.exec(value);
  if (!parts) return null;
  const [year, month, day, hour, minute] = parts.slice(1, 6).map(Number);
  const second = parts[6] === undefined ? 0 : Number(parts[6]);
  if (month < 1 || month > 12) return `there is no month ${parts[2]}`;
  const days = daysIn(year, month);
  if (day < 1 || day > days) return `${MONTHS[month - 1]} ${year} has ${days} days, so no day ${parts[3]}`;
  if (hour > 23) return `hours go from 00 to 23, so not ${parts[4]}`;
  if (minute > 59) return `minutes go from 00 to 59, so not ${parts[5]}`;
  if (second > 59) return `seconds go from 00 to 59, so not ${parts[6]}`;
  const offset = OFFSET.exec(value);
  if (offset && (Number(offset[1]) > 23 || Number(offset[2]) > 59)) {
    return `the offset ${offset[0]} does not exist`;
  }
  return null;
}
