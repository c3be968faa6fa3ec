import { forbidden } from '@relais/server-errors';
import { Actor } from '@relais/server-database';
import { can, Permission } from './role-rules';

/** What each permission's refusal says (who acts: `Actor` from `@relais/server-database`). */
const REFUSALS: Record<Permission, string> = {
  [Permission.ReadBrands]: 'Your role cannot see brands',
  [Permission.ManageBrands]: 'Your role cannot create or change brands',
  [Permission.ReadTeam]: 'Only agency staff can see the team',
  [Permission.ManageTeam]: 'Only owners and admins can manage the team',
  [Permission.InviteMembers]: 'Your role cannot invite people',
  [Permission.ReadAccounts]: 'Your role cannot see connected accounts',
  [Permission.ManageAccounts]: 'Your role cannot connect or disconnect accounts',
  [Permission.ReadAudit]: 'Only owners and admins can read the audit log',
  [Permission.UpdateAgency]: 'Only owners and admins can change the agency',
};

export function authorize(actor: Actor, permission: Permission): void {
  if (!can(actor.role, permission)) throw forbidden(REFUSALS[permission]);
}
