import { ApprovalMode, Role } from '@relais/contracts';
import { TenantTransactions } from '@relais/server-database';
import { policyProblems } from './approval-steps';

export interface DemoPolicy {
  brandId: string;
  mode: ApprovalMode;
  roles: readonly Role[];
}

/**
 * The demo brands' approval policies, checked by the service's own rules. A brand that already has a
 * policy keeps it (the seed runs again without undoing what the demo user changed).
 */
export async function seedDemoPolicies(
  transactions: TenantTransactions,
  agencyId: string,
  ownerId: string,
  policies: readonly DemoPolicy[],
): Promise<void> {
  for (const policy of policies) {
    const problems = policyProblems(policy.mode, policy.roles);
    if (problems.length > 0)
      throw new Error(`Demo approval policy: ${problems[0].field} ${problems[0].message}`);
  }
  await transactions.run({ agencyId, userId: ownerId, brandIds: null }, async (manager) => {
    for (const policy of policies) {
      await manager.query(
        `INSERT INTO content.approval_policies (agency_id, brand_id, mode, steps, updated_by)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (agency_id, brand_id) DO NOTHING`,
        [
          agencyId,
          policy.brandId,
          policy.mode,
          JSON.stringify(policy.roles.map((role) => ({ role }))),
          ownerId,
        ],
      );
    }
  });
}
