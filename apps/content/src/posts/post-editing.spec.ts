import { ErrorCode, PostStatus } from '@relais/contracts';
import { DomainException } from '@relais/server-errors';
import { assertVersion, statusAfterEdit } from './post-editing';

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return error instanceof DomainException ? `${error.code}: ${error.message}` : String(error);
  }
  return undefined;
}

describe('statusAfterEdit', () => {
  it.each([
    [PostStatus.Draft, PostStatus.Draft],
    [PostStatus.ChangesRequested, PostStatus.ChangesRequested],
    [PostStatus.Approved, PostStatus.Draft],
    [PostStatus.Scheduled, PostStatus.Draft],
    [PostStatus.Failed, PostStatus.Draft],
  ])('an edit of a %s post leaves it %s', (from, to) => {
    expect(statusAfterEdit(from)).toBe(to);
  });

  it('refuses to edit a post in review, published or archived', () => {
    expect(codeOf(() => statusAfterEdit(PostStatus.InReview))).toBe(
      `${ErrorCode.Conflict}: Withdraw the post from review before editing it`,
    );
    expect(codeOf(() => statusAfterEdit(PostStatus.Published))).toMatch(/^CONFLICT/);
    expect(codeOf(() => statusAfterEdit(PostStatus.Archived))).toMatch(/^CONFLICT/);
  });
});

describe('assertVersion', () => {
  it('refuses a stale version with both versions in the message', () => {
    expect(codeOf(() => assertVersion(3, 3))).toBeUndefined();
    expect(codeOf(() => assertVersion(4, 3))).toMatch(
      /^CONFLICT: Someone changed this post .*version 4.*version 3/,
    );
  });
});
