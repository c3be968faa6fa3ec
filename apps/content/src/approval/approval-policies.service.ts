import { Injectable } from '@nestjs/common';
import { ApprovalPolicyPayload, ApprovalPolicyView, SetApprovalPolicyPayload } from '@relais/contracts';
import { badInput } from '@relais/server-errors';
import { Actor, TenantTransactions } from '@relais/server-database';
import { BrandsClient } from '../brands/brands.client';
import { authorize } from '../core/actor';
import { ContentPermission } from '../core/content-permissions';
import { numberedSteps, policyProblems } from './approval-steps';
import { CurrentPolicy, readPolicy, upsertPolicy } from './review.repository';

function toView(brandId: string, policy: CurrentPolicy): ApprovalPolicyView {
  return {
    brandId,
    mode: policy.mode,
    steps: policy.steps,
    updatedAt: policy.updatedAt ? policy.updatedAt.toISOString() : null,
  };
}

/**
 * Each brand's approval policy. Changing it changes only the rounds opened afterwards: a round keeps
 * the steps it started with.
 */
@Injectable()
export class ApprovalPoliciesService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly brands: BrandsClient,
  ) {}

  async get(actor: Actor, payload: ApprovalPolicyPayload): Promise<ApprovalPolicyView> {
    authorize(actor, ContentPermission.Read);
    const brand = await this.brands.brand(actor, payload.brandId);
    return this.transactions.run(actor.scope, async (manager) =>
      toView(brand.id, await readPolicy(manager, actor.agencyId, brand.id)),
    );
  }

  async set(actor: Actor, payload: SetApprovalPolicyPayload): Promise<ApprovalPolicyView> {
    const brand = await this.brands.activeBrand(actor, payload.brandId);
    authorize(actor, ContentPermission.ManageApproval);
    const roles = payload.steps.map((step) => step.role);
    const problems = policyProblems(payload.mode, roles);
    if (problems.length > 0) throw badInput(problems, problems[0].message);
    return this.transactions.run(actor.scope, async (manager) => {
      const updatedAt = new Date();
      await upsertPolicy(manager, {
        agencyId: actor.agencyId,
        brandId: brand.id,
        mode: payload.mode,
        steps: roles.map((role) => ({ role })),
        updatedBy: actor.userId,
        updatedAt,
      });
      return toView(brand.id, { mode: payload.mode, steps: numberedSteps(roles), updatedAt });
    });
  }
}
