import type { Role } from '@relais/web-graphql';
import { can } from '../auth/permissions';

/** Whether the role adds, describes and deletes media and moves posts (the API decides; this hides what it refuses). */
export function canWriteContent(role: Role): boolean {
  return can(role, 'posts.write');
}
