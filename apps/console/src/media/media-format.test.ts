import { describe, expect, it } from 'vitest';
import { formatBytes, formatDuration, isAcceptedType } from './media-format';

describe('media formatting', () => {
  it('writes sizes in each language’s units', () => {
    expect(formatBytes(512, 'en')).toBe('512 B');
    expect(formatBytes(850 * 1024, 'fr')).toBe('850 Ko');
    expect(formatBytes(12.4 * 1024 * 1024, 'en')).toBe('12.4 MB');
    expect(formatBytes(12.4 * 1024 * 1024, 'fr')).toBe('12,4 Mo');
    expect(formatBytes(3 * 1024 ** 3, 'en')).toBe('3 GB');
  });

  it('writes durations as a clock', () => {
    expect(formatDuration(42_000)).toBe('0:42');
    expect(formatDuration(725_400)).toBe('12:05');
    expect(formatDuration(3_723_000)).toBe('1:02:03');
  });

  it('accepts only the library’s types', () => {
    expect(isAcceptedType('image/png')).toBe(true);
    expect(isAcceptedType('video/quicktime')).toBe(true);
    expect(isAcceptedType('image/svg+xml')).toBe(false);
  });
});
