import type { Role } from '@relais/web-graphql';
import type { ApprovalStepView } from './review-types';

export type ApprovalModeValue = 'NONE' | 'INTERNAL' | 'INTERNAL_THEN_CLIENT';

/** Agency roles that can hold an internal approval step. */
export const AGENCY_APPROVER_ROLES: readonly Role[] = [
  'OWNER',
  'ADMIN',
  'ACCOUNT_MANAGER',
  'COMMUNITY_MANAGER',
];
/** The client's role for the last step of "internal then client". */
export const CLIENT_APPROVER_ROLE: Role = 'BRAND_APPROVER';
/** The most steps a policy may have, the client's included (`MAX_APPROVAL_STEPS` of the approval payloads). */
export const MAX_APPROVAL_STEPS = 5;

/** How many agency steps `mode` leaves room for. */
export function maxAgencySteps(mode: ApprovalModeValue): number {
  return mode === 'INTERNAL_THEN_CLIENT' ? MAX_APPROVAL_STEPS - 1 : MAX_APPROVAL_STEPS;
}

/** The policy as the editor holds it: the agency's steps in order; the client step follows from the mode. */
export interface PolicyDraft {
  mode: ApprovalModeValue;
  agencySteps: Role[];
}

/** The editor's state for a saved policy. */
export function draftFromPolicy(mode: ApprovalModeValue, steps: readonly ApprovalStepView[]): PolicyDraft {
  const agencySteps = [...steps]
    .sort((a, b) => a.position - b.position)
    .filter((step) => step.audience === 'AGENCY')
    .map((step) => step.role);
  return {
    mode,
    agencySteps: mode === 'NONE' ? [] : agencySteps.length > 0 ? agencySteps : ['ACCOUNT_MANAGER'],
  };
}

/** The steps to save, in order: none, the agency's, or the agency's then the client's. */
export function stepsToSave(draft: PolicyDraft): Array<{ role: Role }> {
  if (draft.mode === 'NONE') return [];
  const steps = draft.agencySteps.slice(0, maxAgencySteps(draft.mode)).map((role) => ({ role }));
  return draft.mode === 'INTERNAL_THEN_CLIENT' ? [...steps, { role: CLIENT_APPROVER_ROLE }] : steps;
}

/** Moves the step at `index` by `offset` (-1 up, +1 down); out of range leaves the list as it is. */
export function moveStep(steps: readonly Role[], index: number, offset: -1 | 1): Role[] {
  const target = index + offset;
  if (index < 0 || index >= steps.length || target < 0 || target >= steps.length) return [...steps];
  const next = [...steps];
  const [moved] = next.splice(index, 1);
  if (moved !== undefined) next.splice(target, 0, moved);
  return next;
}
