import {
  AGENCY_STEP_ROLES,
  ApprovalAudience,
  ApprovalMode,
  ApprovalStepView,
  CLIENT_STEP_ROLES,
  FieldError,
  Role,
} from '@relais/contracts';
import type { ReviewRoundEntity } from './review-round.entity';

const ROLE_NAMES: Record<Role, string> = {
  [Role.Owner]: 'an owner',
  [Role.Admin]: 'an admin',
  [Role.AccountManager]: 'an account manager',
  [Role.CommunityManager]: 'a community manager',
  [Role.Analyst]: 'an analyst',
  [Role.BrandApprover]: 'a brand approver',
  [Role.BrandViewer]: 'a brand viewer',
};

/** "an account manager", for the messages people read. */
export function roleName(role: Role): string {
  return ROLE_NAMES[role];
}

export function audienceOf(role: Role): ApprovalAudience {
  return CLIENT_STEP_ROLES.includes(role) ? ApprovalAudience.Client : ApprovalAudience.Agency;
}

/** The steps as a round runs them: numbered from 1, with their audience. */
export function numberedSteps(roles: readonly Role[]): ApprovalStepView[] {
  return roles.map((role, index) => ({ position: index + 1, role, audience: audienceOf(role) }));
}

/**
 * What is wrong with a policy's steps, one field error per problem (`steps` or `steps.<i>.role`):
 * `none` takes no steps; `internal` one or more agency steps; `internal_then_client` one or more agency
 * steps then exactly one brand approver step, last. A role appears once.
 */
export function policyProblems(mode: ApprovalMode, roles: readonly Role[]): FieldError[] {
  const problems: FieldError[] = [];
  const stepError = (index: number, message: string, constraint: string): void => {
    problems.push({ field: `steps.${index}.role`, message, constraint, params: { index } });
  };
  roles.forEach((role, index) => {
    if (!AGENCY_STEP_ROLES.includes(role) && !CLIENT_STEP_ROLES.includes(role)) {
      stepError(index, `${roleName(role)} cannot approve posts`, 'notApprover');
    } else if (roles.indexOf(role) !== index) {
      stepError(index, `${roleName(role)} already has a step`, 'duplicate');
    }
  });

  const clientSteps = roles.filter((role) => CLIENT_STEP_ROLES.includes(role)).length;
  const agencySteps = roles.filter((role) => AGENCY_STEP_ROLES.includes(role)).length;
  switch (mode) {
    case ApprovalMode.None:
      if (roles.length > 0) {
        problems.push({
          field: 'steps',
          message: 'a policy without approval has no steps',
          constraint: 'noSteps',
        });
      }
      break;
    case ApprovalMode.Internal:
      if (agencySteps === 0) {
        problems.push({
          field: 'steps',
          message: 'an internal approval needs at least one agency step',
          constraint: 'required',
        });
      }
      roles.forEach((role, index) => {
        if (CLIENT_STEP_ROLES.includes(role)) {
          stepError(
            index,
            'an internal approval has no client step; choose "internal then client"',
            'agencyOnly',
          );
        }
      });
      break;
    case ApprovalMode.InternalThenClient:
      if (agencySteps === 0) {
        problems.push({
          field: 'steps',
          message: 'at least one agency step comes before the client',
          constraint: 'required',
        });
      }
      if (clientSteps === 0) {
        problems.push({
          field: 'steps',
          message: 'the last step must be the brand approver',
          constraint: 'clientStepRequired',
        });
      }
      roles.forEach((role, index) => {
        if (CLIENT_STEP_ROLES.includes(role) && index !== roles.length - 1) {
          stepError(index, 'the client step comes last, after the agency steps', 'clientStepLast');
        }
      });
      break;
  }
  return problems;
}

/** The step waiting for a decision in a round. */
export function waitingStep(round: ReviewRoundEntity | null): ApprovalStepView | null {
  if (!round || round.currentPosition === null) return null;
  return round.steps.find((step) => step.position === round.currentPosition) ?? null;
}

export function isLastStep(round: ReviewRoundEntity | null): boolean {
  return round !== null && round.currentPosition === round.steps.length;
}
