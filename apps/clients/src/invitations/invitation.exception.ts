import { ErrorCode } from '@relais/contracts';
import { DomainException, DomainExceptionOptions } from '@relais/server-errors';

export enum InvitationErrorReason {
  Unknown = 'unknown',
  Revoked = 'revoked',
  Expired = 'expired',
  AlreadyAccepted = 'already_accepted',
  NotPending = 'not_pending',
  AlreadyMember = 'already_member',
  AlreadyInvited = 'already_invited',
}

function codeOf(reason: InvitationErrorReason): ErrorCode {
  switch (reason) {
    case InvitationErrorReason.Unknown:
    case InvitationErrorReason.Revoked:
      return ErrorCode.NotFound;
    case InvitationErrorReason.Expired:
    case InvitationErrorReason.AlreadyAccepted:
      return ErrorCode.BadUserInput;
    case InvitationErrorReason.NotPending:
    case InvitationErrorReason.AlreadyMember:
    case InvitationErrorReason.AlreadyInvited:
      return ErrorCode.Conflict;
  }
}

const MESSAGES: Record<InvitationErrorReason, string> = {
  [InvitationErrorReason.Unknown]: 'This invitation link is not valid',
  [InvitationErrorReason.Revoked]: 'This invitation was withdrawn',
  [InvitationErrorReason.Expired]: 'This invitation has expired',
  [InvitationErrorReason.AlreadyAccepted]: 'This invitation has already been accepted',
  [InvitationErrorReason.NotPending]: 'This invitation is no longer pending',
  [InvitationErrorReason.AlreadyMember]: 'This person is already a member of the agency',
  [InvitationErrorReason.AlreadyInvited]: 'An invitation is already pending for this e-mail',
};

export class InvitationException extends DomainException {
  constructor(
    readonly reason: InvitationErrorReason,
    options?: DomainExceptionOptions,
  ) {
    super(codeOf(reason), MESSAGES[reason], options);
  }
}
