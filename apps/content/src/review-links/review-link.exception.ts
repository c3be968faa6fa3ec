import { ErrorCode } from '@relais/contracts';
import { DomainException } from '@relais/server-errors';

export enum ReviewLinkErrorReason {
  /** Forged or unknown: both answer the same. */
  Invalid = 'invalid',
  Expired = 'expired',
  Revoked = 'revoked',
  Used = 'used',
}

function codeOf(reason: ReviewLinkErrorReason): ErrorCode {
  switch (reason) {
    case ReviewLinkErrorReason.Invalid:
      return ErrorCode.ReviewLinkInvalid;
    case ReviewLinkErrorReason.Expired:
      return ErrorCode.ReviewLinkExpired;
    case ReviewLinkErrorReason.Revoked:
      return ErrorCode.ReviewLinkRevoked;
    case ReviewLinkErrorReason.Used:
      return ErrorCode.ReviewLinkUsed;
  }
}

const MESSAGES: Record<ReviewLinkErrorReason, string> = {
  [ReviewLinkErrorReason.Invalid]: 'This review link is not valid; check that it was copied whole',
  [ReviewLinkErrorReason.Expired]: 'This review link has expired; ask the agency for a new one',
  [ReviewLinkErrorReason.Revoked]: 'This review link was withdrawn by the agency',
  [ReviewLinkErrorReason.Used]: 'Every post of this review link has been reviewed; thank you',
};

/** Why a review link cannot be used, as a code the console translates. */
export class ReviewLinkException extends DomainException {
  constructor(readonly reason: ReviewLinkErrorReason) {
    super(codeOf(reason), MESSAGES[reason]);
  }
}
