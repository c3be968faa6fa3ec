import { Envelope, isTenantEnvelope, Role, TenantEnvelope } from '@relais/contracts';
import { forbidden, unauthenticated } from '@relais/server-errors';
import { TenantScope, tenantScope } from '@relais/server-database';
import { can, Permission } from './role-rules';

/** Who acts, in which agency and on which brands: read from the envelope the gateway built from the token. */
export interface Actor {
  readonly envelope: TenantEnvelope;
  readonly scope: TenantScope;
  readonly agencyId: string;
  readonly userId: string;
  readonly role: Role;
}

export function actorFrom(envelope: Envelope): Actor {
  if (!isTenantEnvelope(envelope)) throw unauthenticated('Sign in to continue');
  return {
    envelope,
    scope: tenantScope(envelope),
    agencyId: envelope.agencyId,
    userId: envelope.userId,
    role: envelope.role,
  };
}

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

/**
 * The scope of a call made by another Relais service (no user in the envelope), for operations only
 * services may perform. A user's envelope is refused whatever its role.
 */
export function systemScopeFrom(envelope: Envelope): TenantScope {
  if (envelope.userId) throw forbidden('Only Relais services may do this');
  if (!envelope.agencyId) throw unauthenticated('The agency is missing from the request');
  return { agencyId: envelope.agencyId, userId: null, brandIds: null };
}
