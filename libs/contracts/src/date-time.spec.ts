import { nonexistentDateTime } from './date-time';

describe('nonexistentDateTime', () => {
  it.each([
    '2027-02-28T09:00:00Z',
    '2028-02-29T09:00:00Z',
    '2000-02-29T00:00Z',
    '2027-12-31T23:59:59.999+14:00',
    '2027-04-30T09:00:00-05:30',
  ])('accepts %s', (value) => expect(nonexistentDateTime(value)).toBeNull());

  it.each([
    ['2027-02-30T09:00:00Z', 'February 2027 has 28 days, so no day 30'],
    ['2027-02-29T09:00:00Z', 'February 2027 has 28 days, so no day 29'],
    ['1900-02-29T09:00:00Z', 'February 1900 has 28 days, so no day 29'],
    ['2027-04-31T09:00:00Z', 'April 2027 has 30 days, so no day 31'],
    ['2027-01-00T09:00:00Z', 'January 2027 has 31 days, so no day 00'],
    ['2027-13-01T09:00:00Z', 'there is no month 13'],
    ['2027-03-01T24:00:00Z', 'hours go from 00 to 23, so not 24'],
    ['2027-03-01T09:60:00Z', 'minutes go from 00 to 59, so not 60'],
    ['2027-03-01T09:00:60Z', 'seconds go from 00 to 59, so not 60'],
    ['2027-03-01T09:00:00+24:00', 'the offset +24:00 does not exist'],
  ])('refuses %s: %s', (value, reason) => expect(nonexistentDateTime(value)).toBe(reason));
});
