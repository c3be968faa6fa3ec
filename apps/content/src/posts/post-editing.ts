import { FieldError, PostStatus } from '@relais/contracts';
import { badInput, conflict } from '@relais/server-errors';

/**
 * Whether a post in this status may be edited, and the status an edit leaves it in: drafts and posts
 * sent back for changes stay as they are; approved, scheduled and failed posts go back to draft (their
 * approval no longer holds); a post in review must be withdrawn first; published and archived posts are
 * history.
 */
export function statusAfterEdit(status: PostStatus): PostStatus {
  switch (status) {
    case PostStatus.Draft:
    case PostStatus.ChangesRequested:
      return status;
    case PostStatus.Approved:
    case PostStatus.Scheduled:
    case PostStatus.Failed:
      return PostStatus.Draft;
    case PostStatus.InReview:
      throw conflict('Withdraw the post from review before editing it');
    case PostStatus.Published:
      throw conflict('This post is published and can no longer be edited; duplicate it instead');
    case PostStatus.Archived:
      throw conflict('This post is archived; restore it before editing it');
  }
}

export function assertVersion(current: number, expected: number): void {
  if (current !== expected) {
    throw conflict(
      `Someone changed this post since you opened it (it is at version ${current}, your changes were made on version ${expected}); reload it and apply your changes again`,
      [
        {
          field: 'version',
          message: `the post is at version ${current}`,
          constraint: 'stale',
          params: { current, expected },
        },
      ],
    );
  }
}

/** BAD_USER_INPUT with every field error, its message naming the first problems. */
export function refuse(errors: FieldError[]): never {
  const shown = errors.slice(0, 3).map((error) => error.message);
  const more = errors.length > 3 ? ` (and ${errors.length - 3} more)` : '';
  const message = errors.length === 1 ? shown[0] : `${shown.join('; ')}${more}`;
  throw badInput(errors, message);
}
