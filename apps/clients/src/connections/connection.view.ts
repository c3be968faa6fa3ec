import { ConnectionCandidateView, ConnectionView, ConnectLinkView } from '@relais/contracts';
import { isoOrNull } from '@relais/server-database';
import { ConnectionAttemptEntity } from './connection-attempt.entity';
import { ConnectLinkEntity } from './connect-link.entity';

/** A brand holding one of the candidates (within the caller's scope). */
export interface CandidateHolder {
  externalId: string;
  brandId: string;
  brandName: string;
}

/** The attempt as its starter sees it: never a token, a state or a verifier. */
export function toConnectionView(
  attempt: ConnectionAttemptEntity,
  brandName: string,
  holders: readonly CandidateHolder[],
): ConnectionView {
  return {
    id: attempt.id,
    brandId: attempt.brandId,
    brandName,
    network: attempt.network,
    status: attempt.status,
    origin: attempt.origin,
    scopes: attempt.scopes,
    candidates: attempt.candidates.map((candidate): ConnectionCandidateView => {
      const own = holders.find((h) => h.externalId === candidate.externalId && h.brandId === attempt.brandId);
      const other = holders.find((h) => h.externalId === candidate.externalId);
      const holder = own ?? other ?? null;
      return {
        externalId: candidate.externalId,
        handle: candidate.handle,
        displayName: candidate.displayName,
        kind: candidate.kind,
        connectedToBrandId: holder?.brandId ?? null,
        connectedToBrandName: holder?.brandName ?? null,
      };
    }),
    accountIds: attempt.accountIds,
    failureReason: attempt.failureReason,
    expiresAt: attempt.expiresAt.toISOString(),
  };
}

export function toConnectLinkView(link: ConnectLinkEntity, url?: string): ConnectLinkView {
  return {
    id: link.id,
    brandId: link.brandId,
    networks: link.networks,
    recipientEmail: link.recipientEmail,
    createdBy: link.createdBy,
    createdAt: link.createdAt.toISOString(),
    expiresAt: link.expiresAt.toISOString(),
    revokedAt: isoOrNull(link.revokedAt),
    ...(url === undefined ? {} : { url }),
  };
}
