import { InvitationStatus, InvitationView } from '@relais/contracts';
import { InvitationErrorReason, InvitationException } from './invitation.exception';
import { InvitationEntity, StoredInvitationStatus } from './invitation.entity';

/** A pending invitation past its expiry is expired, whatever its stored status says. */
export function effectiveStatus(invitation: InvitationEntity, now = new Date()): InvitationStatus {
  switch (invitation.status) {
    case StoredInvitationStatus.Pending:
      return invitation.expiresAt.getTime() <= now.getTime()
        ? InvitationStatus.Expired
        : InvitationStatus.Pending;
    case StoredInvitationStatus.Accepted:
      return InvitationStatus.Accepted;
    case StoredInvitationStatus.Revoked:
      return InvitationStatus.Revoked;
    case StoredInvitationStatus.Expired:
      return InvitationStatus.Expired;
  }
}

/** Throws unless the invitation can still be accepted. */
export function assertAcceptable(
  invitation: InvitationEntity | null,
): asserts invitation is InvitationEntity {
  if (!invitation) throw new InvitationException(InvitationErrorReason.Unknown);
  switch (effectiveStatus(invitation)) {
    case InvitationStatus.Pending:
      return;
    case InvitationStatus.Revoked:
      throw new InvitationException(InvitationErrorReason.Revoked);
    case InvitationStatus.Accepted:
      throw new InvitationException(InvitationErrorReason.AlreadyAccepted, {
        fields: [{ field: 'token', message: 'This invitation has already been accepted' }],
      });
    case InvitationStatus.Expired:
      throw new InvitationException(InvitationErrorReason.Expired, {
        fields: [{ field: 'token', message: 'This invitation has expired' }],
      });
  }
}

export function toInvitationView(invitation: InvitationEntity, invitedByName: string | null): InvitationView {
  return {
    id: invitation.id,
    email: invitation.email,
    role: invitation.role,
    brandIds: invitation.brandIds,
    status: effectiveStatus(invitation),
    invitedByName,
    expiresAt: invitation.expiresAt.toISOString(),
    createdAt: invitation.createdAt.toISOString(),
  };
}
