import { describe, expect, it } from 'vitest';
import { matchFormField, splitFieldErrors } from './field-errors';

const FIELDS = ['name', 'slug', 'guidelines.bannedWords', 'credentials.accessToken'] as const;

describe('matchFormField', () => {
  it('matches a field by its exact name', () => {
    expect(matchFormField('name', FIELDS)).toBe('name');
    expect(matchFormField('credentials.accessToken', FIELDS)).toBe('credentials.accessToken');
  });

  it('puts an error about an array item under the array', () => {
    expect(matchFormField('guidelines.bannedWords.3', FIELDS)).toBe('guidelines.bannedWords');
  });

  it('does not match fields the form does not show, nor partial names', () => {
    expect(matchFormField('guidelines', FIELDS)).toBeUndefined();
    expect(matchFormField('timezone', FIELDS)).toBeUndefined();
    expect(matchFormField('names', FIELDS)).toBeUndefined();
  });
});

describe('splitFieldErrors', () => {
  it('keeps the first message per field and returns the rest', () => {
    const split = splitFieldErrors(
      [
        { field: 'name', message: 'too long' },
        { field: 'name', message: 'second' },
        { field: 'guidelines.bannedWords.0', message: 'word too long' },
        { field: 'idempotencyKey', message: 'bad key' },
      ],
      FIELDS,
    );
    expect(split.byField).toEqual({ name: 'too long', 'guidelines.bannedWords': 'word too long' });
    expect(split.unmatched).toEqual([{ field: 'idempotencyKey', message: 'bad key' }]);
  });
});
