import { EntityManager } from 'typeorm';
import { MembershipClaims, Role } from '@relais/contracts';
import { notFound } from '@relais/server-errors';
import { BrandScope, brandScopeOf } from '../core/role-rules';
import { BrandAssignmentEntity } from './brand-assignment.entity';
import { MembershipEntity } from './membership.entity';

export interface MemberRow {
  id: string;
  user_id: string;
  name: string;
  email: string;
  role: Role;
  brand_id: string | null;
  assigned: string[];
  created_at: Date;
  sort_name: string;
}

const MEMBER_SELECT = `
  SELECT m.id, m.user_id, u.name, u.email, m.role, m.brand_id, m.created_at, lower(u.name) AS sort_name,
         coalesce((SELECT array_agg(ba.brand_id::text ORDER BY ba.brand_id)
                     FROM clients.brand_assignments ba WHERE ba.membership_id = m.id), '{}'::text[]) AS assigned
    FROM clients.memberships m
    JOIN clients.users u ON u.id = m.user_id`;

export interface MemberFilter {
  role: Role | null;
  after: [string, string] | null;
  limit: number;
}

/** The agency's members by name (then id), after the cursor. */
export function findMembers(
  manager: EntityManager,
  agencyId: string,
  filter: MemberFilter,
): Promise<MemberRow[]> {
  return manager.query<MemberRow[]>(
    `${MEMBER_SELECT}
      WHERE m.agency_id = $1 AND ($2::text IS NULL OR m.role = $2)
        AND ($3::text IS NULL OR (lower(u.name), m.id) > ($3::text, $4::uuid))
      ORDER BY lower(u.name), m.id
      LIMIT $5`,
    [agencyId, filter.role, filter.after?.[0] ?? null, filter.after?.[1] ?? null, filter.limit],
  );
}

export async function countMembers(
  manager: EntityManager,
  agencyId: string,
  role: Role | null,
): Promise<number> {
  const [{ count }] = await manager.query<[{ count: number }]>(
    `SELECT count(*)::int AS count FROM clients.memberships m WHERE m.agency_id = $1 AND ($2::text IS NULL OR m.role = $2)`,
    [agencyId, role],
  );
  return count;
}

/** One member of the agency, locked for the rest of the transaction when `lock` is set. */
export async function findMember(
  manager: EntityManager,
  agencyId: string,
  id: string,
  lock = false,
): Promise<MemberRow> {
  const [row] = await manager.query<MemberRow[]>(
    `${MEMBER_SELECT} WHERE m.agency_id = $1 AND m.id = $2${lock ? ' FOR UPDATE OF m' : ''}`,
    [agencyId, id],
  );
  if (!row) throw notFound('member');
  return row;
}

/** The agency's owners, locked until the transaction ends (two demotions of owners run one after the other). */
export async function lockOwners(manager: EntityManager, agencyId: string): Promise<string[]> {
  const owners = await manager.query<{ id: string }[]>(
    `SELECT id FROM clients.memberships WHERE agency_id = $1 AND role = 'owner' FOR UPDATE`,
    [agencyId],
  );
  return owners.map((owner) => owner.id);
}

export async function insertMembership(
  manager: EntityManager,
  membership: Omit<MembershipEntity, 'createdAt'>,
): Promise<void> {
  await manager.insert(MembershipEntity, membership);
}

export async function updateMembership(
  manager: EntityManager,
  id: string,
  changes: Partial<Pick<MembershipEntity, 'role' | 'brandId'>>,
): Promise<void> {
  await manager.update(MembershipEntity, { id }, changes);
}

export async function deleteMembership(manager: EntityManager, id: string): Promise<void> {
  await manager.delete(MembershipEntity, { id });
}

/** Replaces the brands assigned to the membership with `brandIds`. */
export async function replaceAssignments(
  manager: EntityManager,
  agencyId: string,
  membershipId: string,
  brandIds: readonly string[],
): Promise<void> {
  await manager.delete(BrandAssignmentEntity, { membershipId });
  await insertAssignments(manager, agencyId, membershipId, brandIds);
}

/** Assigns the brands to the membership. */
export async function insertAssignments(
  manager: EntityManager,
  agencyId: string,
  membershipId: string,
  brandIds: readonly string[],
): Promise<void> {
  if (brandIds.length === 0) return;
  await manager.insert(
    BrandAssignmentEntity,
    brandIds.map((brandId) => ({ agencyId, membershipId, brandId })),
  );
}

/** Whether the e-mail (lower case) is a member of the agency. */
export async function isMemberEmail(
  manager: EntityManager,
  agencyId: string,
  email: string,
): Promise<boolean> {
  const rows = await manager.query<{ id: string }[]>(
    `SELECT m.id FROM clients.memberships m JOIN clients.users u ON u.id = m.user_id
      WHERE m.agency_id = $1 AND lower(u.email) = $2`,
    [agencyId, email],
  );
  return rows.length > 0;
}

interface MembershipRow {
  id: string;
  agency_id: string;
  agency_name: string;
  role: Role;
  brand_id: string | null;
}

export interface UserMembership {
  membershipId: string;
  agencyId: string;
  agencyName: string;
  role: Role;
}

/**
 * A user's memberships, by agency name. Runs inside a transaction whose `app.user_id` is that user: a
 * user always sees their own memberships and assignments.
 */
export async function membershipsOf(manager: EntityManager, userId: string): Promise<UserMembership[]> {
  const rows = await manager.query<MembershipRow[]>(
    `SELECT m.id, m.agency_id, a.name AS agency_name, m.role, m.brand_id
       FROM clients.memberships m
       JOIN clients.agencies a ON a.id = m.agency_id
      WHERE m.user_id = $1
      ORDER BY lower(a.name), a.id`,
    [userId],
  );
  return rows.map((row) => ({
    membershipId: row.id,
    agencyId: row.agency_id,
    agencyName: row.agency_name,
    role: row.role,
  }));
}

/** The claims of the user's membership in the agency, or null when they are not a member. */
export async function claimsFor(
  manager: EntityManager,
  userId: string,
  agencyId: string,
): Promise<MembershipClaims | null> {
  const [membership] = await manager.query<MembershipRow[]>(
    `SELECT m.id, m.agency_id, '' AS agency_name, m.role, m.brand_id
       FROM clients.memberships m
      WHERE m.user_id = $1 AND m.agency_id = $2`,
    [userId, agencyId],
  );
  if (!membership) return null;
  return { agencyId, userId, role: membership.role, brandIds: await brandIdsOf(manager, membership) };
}

async function brandIdsOf(manager: EntityManager, membership: MembershipRow): Promise<string[] | null> {
  switch (brandScopeOf(membership.role)) {
    case BrandScope.None:
      return null;
    case BrandScope.One:
      return membership.brand_id ? [membership.brand_id] : [];
    case BrandScope.Assigned: {
      const rows = await manager.query<{ brand_id: string }[]>(
        `SELECT ba.brand_id FROM clients.brand_assignments ba WHERE ba.membership_id = $1 ORDER BY ba.brand_id`,
        [membership.id],
      );
      return rows.map((row) => row.brand_id);
    }
  }
}
