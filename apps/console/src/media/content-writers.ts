import type { Role } from '@relais/web-graphql';

/** Roles that add, describe and delete media and move posts (the API decides; this hides what it refuses). */
const WRITERS: readonly Role[] = ['OWNER', 'ADMIN', 'ACCOUNT_MANAGER', 'COMMUNITY_MANAGER'];

export function canWriteContent(role: Role): boolean {
  return WRITERS.includes(role);
}
