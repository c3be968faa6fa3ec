import { forbidden } from '@relais/server-errors';
import { Actor } from '@relais/server-database';
import { canContent, ContentPermission } from './content-permissions';

/** What each permission's refusal says (who acts: `Actor` from `@relais/server-database`). */
const REFUSALS: Record<ContentPermission, string> = {
  [ContentPermission.Read]: 'Your role cannot see content',
  [ContentPermission.Write]: 'Your role cannot write or change content',
  [ContentPermission.ReadInternal]: 'Only agency staff can see this',
  [ContentPermission.ManageApproval]: 'Only owners, admins and account managers can manage approval',
};

export function authorize(actor: Actor, permission: ContentPermission): void {
  if (!canContent(actor.role, permission)) throw forbidden(REFUSALS[permission]);
}
