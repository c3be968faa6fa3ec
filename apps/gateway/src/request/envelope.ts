import { Envelope, MembershipClaims, systemEnvelope } from '@relais/contracts';

/**
 * The envelope of a NATS request, built only from the verified access token: the agency, user, role
 * and brand scope never come from arguments. Without a token (sign-in, sign-up...) it names nobody.
 */
export function envelopeFor(actor: MembershipClaims | null, correlationId: string): Envelope {
  if (!actor) return systemEnvelope(correlationId);
  return {
    agencyId: actor.agencyId,
    userId: actor.userId,
    role: actor.role,
    brandIds: actor.brandIds === null ? null : [...actor.brandIds],
    correlationId,
  };
}
