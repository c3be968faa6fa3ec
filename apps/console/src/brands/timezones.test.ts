import { describe, expect, it } from 'vitest';
import {
  availableTimezones,
  formatUtcOffset,
  timezoneLabel,
  timezoneOptions,
  utcOffsetMinutes,
} from './timezones';

const WINTER = new Date('2026-01-15T12:00:00Z');
const SUMMER = new Date('2026-07-15T12:00:00Z');

describe('utcOffsetMinutes', () => {
  it('follows daylight saving time', () => {
    expect(utcOffsetMinutes('Europe/Paris', WINTER)).toBe(60);
    expect(utcOffsetMinutes('Europe/Paris', SUMMER)).toBe(120);
    expect(utcOffsetMinutes('America/New_York', WINTER)).toBe(-300);
    expect(utcOffsetMinutes('America/New_York', SUMMER)).toBe(-240);
  });

  it('handles half and quarter hours and UTC itself', () => {
    expect(utcOffsetMinutes('Asia/Kolkata', WINTER)).toBe(330);
    expect(utcOffsetMinutes('Asia/Kathmandu', WINTER)).toBe(345);
    expect(utcOffsetMinutes('America/St_Johns', WINTER)).toBe(-210);
    expect(utcOffsetMinutes('UTC', WINTER)).toBe(0);
  });
});

describe('labels', () => {
  it('formats offsets with sign, hours and minutes', () => {
    expect(formatUtcOffset(0)).toBe('UTC+00:00');
    expect(formatUtcOffset(330)).toBe('UTC+05:30');
    expect(formatUtcOffset(-210)).toBe('UTC-03:30');
  });

  it('shows the offset before the zone name', () => {
    expect(timezoneLabel('Europe/Paris', WINTER)).toBe('(UTC+01:00) Europe/Paris');
    expect(timezoneLabel('America/New_York', SUMMER)).toBe('(UTC-04:00) America/New_York');
  });
});

describe('timezoneOptions', () => {
  it('lists every zone once, UTC included, west to east', () => {
    const options = timezoneOptions(WINTER);
    const values = options.map((option) => option.value);
    expect(new Set(values).size).toBe(values.length);
    expect(values).toContain('UTC');
    expect(values).toContain('Europe/Paris');
    expect(options.length).toBe(availableTimezones().length);
    const offsets = options.map((option) => option.offsetMinutes);
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
    expect(options.find((option) => option.value === 'Asia/Kolkata')?.label).toBe('(UTC+05:30) Asia/Kolkata');
  });
});

describe('availableTimezones', () => {
  it('uses the current IANA names people search for', () => {
    const zones = availableTimezones();
    expect(zones).toContain('Asia/Kolkata');
    expect(zones).toContain('Europe/Kyiv');
    expect(zones).not.toContain('Asia/Calcutta');
    expect(zones).toContain('America/New_York');
  });
});
