import { AgencySummary, MemberView } from '@relais/contracts';
import { MemberRow, UserMembership } from './membership.repository';

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

/** The agencies a user belongs to, as sign-in answers list them. */
export function agencySummaries(memberships: readonly UserMembership[]): AgencySummary[] {
  return memberships.map((m) => ({ id: m.agencyId, name: m.agencyName, role: m.role }));
}
