import type { TFunction } from 'i18next';
import type { PostStatus } from '@relais/web-graphql';
import { toApiError } from '../graphql/api-error';
import { errorMessage } from '../graphql/error-message';

/** What a refusal to move a post means for the post's status (the others may move). */
const CONFLICT_REASONS: Partial<
  Record<
    PostStatus,
    | 'calendar.errors.published'
    | 'calendar.errors.inReview'
    | 'calendar.errors.archived'
    | 'calendar.errors.failed'
  >
> = {
  PUBLISHED: 'calendar.errors.published',
  IN_REVIEW: 'calendar.errors.inReview',
  ARCHIVED: 'calendar.errors.archived',
  FAILED: 'calendar.errors.failed',
};

/** Why a post could not be moved, in the user's language. */
export function rescheduleErrorMessage(error: unknown, status: PostStatus, t: TFunction): string {
  const api = toApiError(error);
  if (api.code === 'BAD_USER_INPUT' && api.fields.some((field) => field.constraint === 'future')) {
    return t('calendar.errors.past');
  }
  if (api.code === 'CONFLICT') {
    const reason = CONFLICT_REASONS[status];
    return reason ? t(reason) : t('calendar.errors.conflict');
  }
  return errorMessage(api, t);
}
