import { describe, expect, it } from 'vitest';
import { byOccurrence, partialThread, shouldPoll } from './publication-state';

const NOW = new Date('2026-03-10T10:00:00Z');
const inMinutes = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000).toISOString();

describe('shouldPoll', () => {
  it('keeps asking while a publication is being sent or checked', () => {
    for (const status of ['CLAIMED', 'SENDING', 'UNKNOWN'] as const) {
      expect(
        shouldPoll(
          { status: 'SCHEDULED', scheduledAt: inMinutes(-1) },
          [{ status, dueAt: inMinutes(-1), nextAttemptAt: null }],
          NOW,
        ),
      ).toBe(true);
    }
  });

  it('asks for a waiting publication only once it is due soon, or its retry is', () => {
    const post = { status: 'SCHEDULED', scheduledAt: inMinutes(60 * 24) };
    expect(
      shouldPoll(post, [{ status: 'PENDING', dueAt: inMinutes(60 * 24), nextAttemptAt: null }], NOW),
    ).toBe(false);
    expect(shouldPoll(post, [{ status: 'PENDING', dueAt: inMinutes(1), nextAttemptAt: null }], NOW)).toBe(
      true,
    );
    expect(
      shouldPoll(post, [{ status: 'PENDING', dueAt: inMinutes(-5), nextAttemptAt: inMinutes(30) }], NOW),
    ).toBe(false);
  });

  it('stops once every account has an outcome', () => {
    expect(
      shouldPoll(
        { status: 'FAILED', scheduledAt: inMinutes(-3) },
        [
          { status: 'PUBLISHED', dueAt: inMinutes(-3), nextAttemptAt: null },
          { status: 'FAILED', dueAt: inMinutes(-3), nextAttemptAt: null },
          { status: 'CANCELLED', dueAt: inMinutes(-3), nextAttemptAt: null },
        ],
        NOW,
      ),
    ).toBe(false);
  });

  it('waits for the publications of a post that is due but has none yet', () => {
    expect(shouldPoll({ status: 'SCHEDULED', scheduledAt: inMinutes(0) }, [], NOW)).toBe(true);
    expect(shouldPoll({ status: 'SCHEDULED', scheduledAt: inMinutes(600) }, [], NOW)).toBe(false);
    expect(shouldPoll({ status: 'DRAFT', scheduledAt: inMinutes(0) }, [], NOW)).toBe(false);
  });
});

describe('byOccurrence', () => {
  it('groups the publications by due instant, the latest occurrence first', () => {
    const groups = byOccurrence([
      { id: 'a', dueAt: '2026-03-01T09:00:00.000Z' },
      { id: 'b', dueAt: '2026-03-08T09:00:00.000Z' },
      { id: 'c', dueAt: '2026-03-01T09:00:00Z' },
    ]);
    expect(groups.map((group) => [group.dueAt, group.publications.map((p) => p.id)])).toEqual([
      ['2026-03-08T09:00:00.000Z', ['b']],
      ['2026-03-01T09:00:00.000Z', ['a', 'c']],
    ]);
  });
});

describe('partialThread', () => {
  const part = (index: number, posted: boolean) => ({
    index,
    externalId: posted ? `id-${index}` : null,
    externalUrl: posted ? `https://social.example/@brand/${index}` : null,
  });

  it('counts the parts of a failed thread that went out, with their links in order', () => {
    expect(
      partialThread({ status: 'FAILED', parts: [part(2, false), part(0, true), part(1, false)] }),
    ).toEqual({
      posted: 1,
      total: 3,
      parts: [{ number: 1, url: 'https://social.example/@brand/0' }],
    });
    expect(
      partialThread({ status: 'FAILED', parts: [part(0, true), part(1, true), part(2, false)] }),
    ).toEqual(expect.objectContaining({ posted: 2, total: 3 }));
  });

  it('is nothing for a single post, a thread out whole, or a failed thread with no part out', () => {
    expect(partialThread({ status: 'FAILED', parts: [] })).toBeNull();
    expect(partialThread({ status: 'PUBLISHED', parts: [part(0, true), part(1, true)] })).toBeNull();
    expect(partialThread({ status: 'FAILED', parts: [part(0, false), part(1, false)] })).toBeNull();
    expect(partialThread({ status: 'PENDING', parts: [part(0, true), part(1, false)] })).toBeNull();
  });
});
