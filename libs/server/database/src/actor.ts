import { Envelope, isTenantEnvelope, Role, TenantEnvelope } from '@relais/contracts';
import { forbidden, unauthenticated } from '@relais/server-errors';
import { TenantScope, tenantScope } from './tenant-scope';

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

/**
 * The scope of a call made by another Relais service (no user in the envelope), for operations only
 * services may perform. A user's envelope is refused whatever its role.
 */
export function systemScopeFrom(envelope: Envelope): TenantScope {
  if (envelope.userId) throw forbidden('Only Relais services may do this');
  if (!envelope.agencyId) throw unauthenticated('The agency is missing from the request');
  return { agencyId: envelope.agencyId, userId: null, brandIds: null };
}
