import { EntityManager } from 'typeorm';
import { InvitationStatus } from '@relais/contracts';
import { InvitationEntity } from './invitation.entity';

/** Invitation columns under the entity's property names, for hand-written queries. */
const INVITATION_COLUMNS = `i.id, i.agency_id AS "agencyId", i.email, i.role, i.brand_ids::text[] AS "brandIds",
  i.locale, i.invited_by AS "invitedBy", i.status, i.expires_at AS "expiresAt", i.accepted_at AS "acceptedAt",
  i.revoked_at AS "revokedAt", i.created_at AS "createdAt", i.updated_at AS "updatedAt"`;

export type InvitationRow = InvitationEntity & { invitedByName: string | null; createdKey: string };

const STATUS_FILTERS: Record<InvitationStatus, string> = {
  [InvitationStatus.Pending]: `i.status = 'pending' AND i.expires_at > now()`,
  [InvitationStatus.Expired]: `(i.status = 'expired' OR (i.status = 'pending' AND i.expires_at <= now()))`,
  [InvitationStatus.Accepted]: `i.status = 'accepted'`,
  [InvitationStatus.Revoked]: `i.status = 'revoked'`,
};

function listWhere(status: InvitationStatus | null): string {
  return `i.agency_id = $1${status ? ` AND ${STATUS_FILTERS[status]}` : ''}`;
}

/** The agency's invitations (in one status, when given), newest first, after the cursor, with the inviter's name. */
export function findInvitations(
  manager: EntityManager,
  agencyId: string,
  status: InvitationStatus | null,
  after: (string | number)[] | null,
  limit: number,
): Promise<InvitationRow[]> {
  const [afterKey, afterId] = after ?? [null, null];
  return manager.query<InvitationRow[]>(
    `SELECT ${INVITATION_COLUMNS}, u.name AS "invitedByName", i.created_at::text AS "createdKey"
       FROM clients.invitations i
       LEFT JOIN clients.users u ON u.id = i.invited_by
      WHERE ${listWhere(status)}
        AND ($2::timestamptz IS NULL OR (i.created_at, i.id) < ($2::timestamptz, $3::uuid))
      ORDER BY i.created_at DESC, i.id DESC
      LIMIT $4`,
    [agencyId, afterKey, afterId, limit],
  );
}

export async function countInvitations(
  manager: EntityManager,
  agencyId: string,
  status: InvitationStatus | null,
): Promise<number> {
  const [{ count }] = await manager.query<[{ count: number }]>(
    `SELECT count(*)::int AS count FROM clients.invitations i WHERE ${listWhere(status)}`,
    [agencyId],
  );
  return count;
}

export function findInvitation(manager: EntityManager, id: string): Promise<InvitationEntity> {
  return manager.findOneByOrFail(InvitationEntity, { id });
}

export function findInvitationByIdempotencyKey(
  manager: EntityManager,
  agencyId: string,
  idempotencyKey: string,
): Promise<InvitationEntity | null> {
  return manager.findOneBy(InvitationEntity, { agencyId, idempotencyKey });
}

export function findInvitationByTokenHash(
  manager: EntityManager,
  tokenHash: Buffer,
): Promise<InvitationEntity | null> {
  return manager.findOneBy(InvitationEntity, { tokenHash });
}

/** The invitation (of the agency, when given), locked until the transaction ends. */
export function lockInvitation(
  manager: EntityManager,
  id: string,
  agencyId?: string,
): Promise<InvitationEntity | null> {
  return manager.findOne(InvitationEntity, {
    where: agencyId === undefined ? { id } : { id, agencyId },
    lock: { mode: 'pessimistic_write' },
  });
}

/** Inserts the invitation unless one is pending for the e-mail or its idempotency key is taken: whether it was. */
export async function insertInvitationIfFree(
  manager: EntityManager,
  invitation: Omit<InvitationEntity, 'acceptedAt' | 'acceptedBy' | 'revokedAt' | 'createdAt' | 'updatedAt'>,
): Promise<boolean> {
  const inserted = await manager
    .createQueryBuilder()
    .insert()
    .into(InvitationEntity)
    .values(invitation)
    .orIgnore()
    .returning(['id'])
    .execute();
  return (inserted.raw as unknown[]).length > 0;
}

export async function updateInvitation(
  manager: EntityManager,
  id: string,
  changes: Partial<InvitationEntity>,
): Promise<void> {
  await manager.update(InvitationEntity, { id }, changes);
}

/** Marks the e-mail's pending invitations past their expiry as expired. */
export async function expireLapsedInvitations(
  manager: EntityManager,
  agencyId: string,
  email: string,
): Promise<void> {
  await manager.query(
    `UPDATE clients.invitations SET status = 'expired', updated_at = now()
      WHERE agency_id = $1 AND email = $2 AND status = 'pending' AND expires_at <= now()`,
    [agencyId, email],
  );
}

/** The agency a token's invitation belongs to (`clients.find_invitation_agency`), or null. Runs in a system transaction. */
export async function invitationAgencyOf(manager: EntityManager, tokenHash: Buffer): Promise<string | null> {
  const [row] = await manager.query<{ agency_id: string | null }[]>(
    `SELECT clients.find_invitation_agency($1) AS agency_id`,
    [tokenHash],
  );
  return row?.agency_id ?? null;
}
