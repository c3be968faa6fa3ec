import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AgencySummary, MembershipClaims, Role } from '@relais/contracts';
import { BrandScope, brandScopeOf } from './role-rules';

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
 * A user's memberships and the claims of one of them. Runs inside a transaction whose `app.user_id`
 * is that user: a user always sees their own memberships and assignments.
 */
@Injectable()
export class MembershipClaimsService {
  async membershipsOf(manager: EntityManager, userId: string): Promise<UserMembership[]> {
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

  summaries(memberships: UserMembership[]): AgencySummary[] {
    return memberships.map((m) => ({ id: m.agencyId, name: m.agencyName, role: m.role }));
  }

  /** The claims of the user's membership in the agency, or null when they are not a member. */
  async claimsFor(
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
    return { agencyId, userId, role: membership.role, brandIds: await this.brandIdsOf(manager, membership) };
  }

  private async brandIdsOf(manager: EntityManager, membership: MembershipRow): Promise<string[] | null> {
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
}
