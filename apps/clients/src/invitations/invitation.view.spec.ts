import { ErrorCode, InvitationStatus, Locale, Role } from '@relais/contracts';
import { InvitationEntity, StoredInvitationStatus } from './invitation.entity';
import { InvitationException } from './invitation.exception';
import { assertAcceptable, effectiveStatus } from './invitation.view';

function invitation(status: StoredInvitationStatus, expiresAt: Date): InvitationEntity {
  return Object.assign(new InvitationEntity(), {
    id: '2d0c2f0e-5a8e-4b8e-9d57-1b1c0f6c1a11',
    agencyId: '7f3b8d2a-1c4e-4f5a-8b6c-9d0e1f2a3b4c',
    email: 'someone@example.test',
    role: Role.Analyst,
    brandIds: [],
    locale: Locale.En,
    status,
    expiresAt,
  });
}

const now = new Date('2026-03-01T12:00:00Z');
const later = new Date('2026-03-02T12:00:00Z');
const earlier = new Date('2026-02-28T12:00:00Z');

describe('effectiveStatus', () => {
  it.each<[StoredInvitationStatus, Date, InvitationStatus]>([
    [StoredInvitationStatus.Pending, later, InvitationStatus.Pending],
    [StoredInvitationStatus.Pending, earlier, InvitationStatus.Expired],
    [StoredInvitationStatus.Pending, now, InvitationStatus.Expired],
    [StoredInvitationStatus.Accepted, earlier, InvitationStatus.Accepted],
    [StoredInvitationStatus.Revoked, later, InvitationStatus.Revoked],
    [StoredInvitationStatus.Expired, later, InvitationStatus.Expired],
  ])('a %s invitation expiring %s is %s', (stored, expiresAt, status) => {
    expect(effectiveStatus(invitation(stored, expiresAt), now)).toBe(status);
  });
});

describe('assertAcceptable', () => {
  function refusal(value: InvitationEntity | null): InvitationException {
    try {
      assertAcceptable(value);
    } catch (error) {
      if (error instanceof InvitationException) return error;
      throw error;
    }
    throw new Error('expected the invitation to be refused');
  }

  it('accepts a pending invitation that has not expired', () => {
    const farFuture = new Date(Date.now() + 3600_000);
    expect(() => assertAcceptable(invitation(StoredInvitationStatus.Pending, farFuture))).not.toThrow();
  });

  it('says why an invitation cannot be used', () => {
    expect(refusal(null)).toMatchObject({
      code: ErrorCode.NotFound,
      message: 'This invitation link is not valid',
    });
    expect(refusal(invitation(StoredInvitationStatus.Revoked, later))).toMatchObject({
      code: ErrorCode.NotFound,
    });
    expect(refusal(invitation(StoredInvitationStatus.Pending, earlier))).toMatchObject({
      code: ErrorCode.BadUserInput,
      message: 'This invitation has expired',
      fields: [{ field: 'token', message: 'This invitation has expired' }],
    });
    expect(refusal(invitation(StoredInvitationStatus.Accepted, later))).toMatchObject({
      code: ErrorCode.BadUserInput,
      message: 'This invitation has already been accepted',
    });
  });
});
