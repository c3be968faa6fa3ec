import { ReadBackIncomplete, ReadBackPage, searchPages } from './read-back';

/** An account's posts (newest first) served `size` a page, as a network would. */
function pages(posts: number[], size: number, options: { start?: number; remaining?: number[] } = {}) {
  const read: (string | null)[] = [];
  const readPage = async (cursor: string | null): Promise<ReadBackPage<number>> => {
    read.push(cursor);
    const from = Number(cursor ?? 0);
    const page = posts.slice(from, from + size);
    const oldest = page[page.length - 1];
    return {
      posts: page,
      next: from + size < posts.length ? String(from + size) : null,
      passedWindow: options.start !== undefined && oldest !== undefined && oldest < options.start,
      remaining: options.remaining?.[read.length - 1] ?? null,
    };
  };
  return { readPage, read };
}

describe('searchPages', () => {
  const newestFirst = Array.from({ length: 95 }, (_, i) => 1000 - i);

  it('pages back until the post is found', async () => {
    const { readPage, read } = pages(newestFirst, 20);
    expect(await searchPages('Net', readPage, (post) => post === 1000 - 70)).toBe(930);
    expect(read).toEqual([null, '20', '40', '60']);
  });

  it('stops once a page passed the window start, or at the last page: not there', async () => {
    const early = pages(newestFirst, 20, { start: 975 });
    expect(await searchPages('Net', early.readPage, (post) => post === 910)).toBeNull();
    expect(early.read).toEqual([null, '20']);
    const all = pages(newestFirst, 20);
    expect(await searchPages('Net', all.readPage, () => false)).toBeNull();
    expect(all.read).toHaveLength(5);
  });

  it('a window it cannot cover in the pages allowed, or with the budget spent: ReadBackIncomplete', async () => {
    const deep = pages(newestFirst, 20);
    await expect(searchPages('Net', deep.readPage, () => false, 3)).rejects.toThrow(
      new ReadBackIncomplete(
        "Net could not be read back: the account has more posts in the post's time window than 3 pages hold.",
      ),
    );
    expect(deep.read).toHaveLength(3);
    const spent = pages(newestFirst, 20, { remaining: [5, 0] });
    await expect(searchPages('Net', spent.readPage, () => false)).rejects.toThrow(
      "Net could not be read back: its rate limit was reached after 2 pages, before the post's time window was covered.",
    );
  });
});
