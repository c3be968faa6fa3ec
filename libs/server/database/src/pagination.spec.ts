import { ErrorCode } from '@relais/contracts';
import { DomainException } from '@relais/server-errors';
import { decodeCursor, encodeCursor, pageOf } from './pagination';

function failure(fn: () => unknown): DomainException {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainException) return error;
    throw error;
  }
  throw new Error('expected a DomainException');
}

describe('keyset cursors', () => {
  it('round-trips the sort key values', () => {
    const cursor = encodeCursor(['2026-01-01T00:00:00.000Z', 'b6f1c7e2-0000-4000-8000-000000000001']);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, 2)).toEqual([
      '2026-01-01T00:00:00.000Z',
      'b6f1c7e2-0000-4000-8000-000000000001',
    ]);
    expect(decodeCursor(encodeCursor(['Maison', 3]), 2)).toEqual(['Maison', 3]);
  });

  it.each([
    ['garbage!', 2],
    [Buffer.from('not json').toString('base64url'), 1],
    [encodeCursor(['a']), 2],
    [Buffer.from('{"a":1}').toString('base64url'), 1],
    [Buffer.from('[null]').toString('base64url'), 1],
    ['', 1],
  ])('rejects %p as BAD_USER_INPUT on after', (cursor, arity) => {
    const error = failure(() => decodeCursor(cursor, arity));
    expect(error.code).toBe(ErrorCode.BadUserInput);
    expect(error.fields).toEqual([{ field: 'after', message: 'after is not a valid cursor' }]);
  });
});

describe('pageOf', () => {
  const cursorOf = (n: number) => encodeCursor([n]);

  it('uses the extra row only to tell there is a next page', () => {
    const page = pageOf([1, 2, 3], 2, cursorOf, 10);
    expect(page).toEqual({
      items: [1, 2],
      cursors: [cursorOf(1), cursorOf(2)],
      hasNextPage: true,
      totalCount: 10,
    });
  });

  it('has no next page when fewer rows came back', () => {
    expect(pageOf([1, 2], 2, cursorOf, 2).hasNextPage).toBe(false);
    expect(pageOf([], 5, cursorOf, 0)).toEqual({ items: [], cursors: [], hasNextPage: false, totalCount: 0 });
  });
});
