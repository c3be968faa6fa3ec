import type { PostStatus, Role } from '@relais/web-graphql';
import { can } from '../auth/permissions';

/** Whether the role writes posts (the service decides; this only hides what it would refuse). */
export function canWritePosts(role: Role): boolean {
  return can(role, 'posts.write');
}

export type EditState = 'editable' | 'backToDraft' | 'inReview' | 'locked';

/** What editing a post in this status does, as the service applies it. */
export function editState(status: PostStatus | null): EditState {
  switch (status) {
    case null:
    case 'DRAFT':
    case 'CHANGES_REQUESTED':
      return 'editable';
    case 'APPROVED':
    case 'SCHEDULED':
    case 'FAILED':
      return 'backToDraft';
    case 'IN_REVIEW':
      return 'inReview';
    case 'PUBLISHED':
    case 'ARCHIVED':
      return 'locked';
  }
}
