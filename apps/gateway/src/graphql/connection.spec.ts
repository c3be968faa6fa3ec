import { toConnection } from './connection';
import { payloadOf } from './payload';

describe('toConnection', () => {
  it('pairs each item with its cursor and ends at the last one', () => {
    const connection = toConnection({
      items: ['a', 'b'],
      cursors: ['c1', 'c2'],
      hasNextPage: true,
      totalCount: 5,
    });
    expect(connection).toEqual({
      edges: [
        { cursor: 'c1', node: 'a' },
        { cursor: 'c2', node: 'b' },
      ],
      pageInfo: { hasNextPage: true, endCursor: 'c2' },
      totalCount: 5,
    });
  });

  it('has no end cursor on an empty page', () => {
    expect(toConnection({ items: [], cursors: [], hasNextPage: false, totalCount: 0 }).pageInfo).toEqual({
      hasNextPage: false,
      endCursor: null,
    });
  });

  it('refuses a page whose cursors do not match its items', () => {
    expect(() => toConnection({ items: ['a'], cursors: [], hasNextPage: false, totalCount: 1 })).toThrow(
      'one cursor per item',
    );
  });
});

describe('payloadOf', () => {
  it('drops null and absent optional fields at every depth, keeping lists and falsy values', () => {
    expect(
      payloadOf({
        id: 'b1',
        name: null,
        archived: false,
        first: 0,
        search: undefined,
        targetMarkets: ['FR'],
        guidelines: { toneNotes: '', bannedWords: [], requiredHashtags: null },
      }),
    ).toEqual({
      id: 'b1',
      archived: false,
      first: 0,
      targetMarkets: ['FR'],
      guidelines: { toneNotes: '', bannedWords: [] },
    });
  });
});
