import { randomUUID } from 'node:crypto';
import { Envelope, ErrorBody, MembershipClaims, systemEnvelope } from '@relais/contracts';
import { RemoteError } from '@relais/server-errors';

/** The envelope the gateway builds from a signed-in user's access token. */
export function envelopeOf(claims: MembershipClaims): Envelope {
  return { ...claims, correlationId: randomUUID() };
}

/** The envelope of a signed-in user's request (a fresh correlation id each time). */
export function as(actor: { claims: MembershipClaims }): Envelope {
  return envelopeOf(actor.claims);
}

/** The envelope of a request made before signing in. */
export function anonymous(): Envelope {
  return { agencyId: null, userId: null, role: null, brandIds: null, correlationId: randomUUID() };
}

/** The envelope of another Relais service acting for an agency. */
export function system(agencyId: string): Envelope {
  return systemEnvelope(randomUUID(), agencyId);
}

/** The error body a request failed with (fails the test when the request succeeded). */
export async function failure(request: Promise<unknown>): Promise<ErrorBody> {
  try {
    await request;
  } catch (error) {
    if (error instanceof RemoteError) return error.body;
    throw error;
  }
  throw new Error('Expected the request to fail, but it succeeded');
}
