import type { PostStatus, Role } from '@relais/web-graphql';

/** Roles that write posts (the service decides; this only hides what it would refuse). */
const WRITERS: readonly Role[] = ['OWNER', 'ADMIN', 'ACCOUNT_MANAGER', 'COMMUNITY_MANAGER'];

export function canWritePosts(role: Role): boolean {
  return WRITERS.includes(role);
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
