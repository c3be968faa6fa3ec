import { EntityManager } from 'typeorm';
import { MemberView, Role } from '@relais/contracts';
import { badInput, notFound } from '@relais/server-errors';

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

export function toMemberView(row: MemberRow): MemberView {
  return {
    id: row.id,
    userId: row.user_id,
    name: row.name,
    email: row.email,
    role: row.role,
    brandIds: row.brand_id ? [row.brand_id] : row.assigned,
    createdAt: row.created_at.toISOString(),
  };
}

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

/**
 * Checks the brands an input names. A brand that does not exist, belongs to another agency or is
 * outside the caller's brand scope answers NOT_FOUND, like any object the caller cannot see; an
 * archived brand of the agency answers BAD_USER_INPUT on `field`.
 */
export async function assertLiveBrands(
  manager: EntityManager,
  agencyId: string,
  brandIds: readonly string[],
  field = 'brandIds',
): Promise<void> {
  if (brandIds.length === 0) return;
  const rows = await manager.query<{ id: string; archived: boolean }[]>(
    `SELECT id, archived_at IS NOT NULL AS archived
       FROM clients.brands WHERE agency_id = $1 AND id = ANY($2::uuid[])`,
    [agencyId, brandIds],
  );
  if (rows.length !== new Set(brandIds).size) throw notFound('brand');
  if (rows.some((row) => row.archived)) {
    throw badInput([
      { field, message: 'each brand must be active; restore archived brands first', constraint: 'archived' },
    ]);
  }
}
