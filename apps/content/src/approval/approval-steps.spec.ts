import { ApprovalAudience, ApprovalMode, Role } from '@relais/contracts';
import { numberedSteps, policyProblems } from './approval-steps';

const constraints = (mode: ApprovalMode, roles: Role[]) =>
  policyProblems(mode, roles).map((problem) => `${problem.field}:${problem.constraint}`);

describe('approval policy steps', () => {
  it('numbers steps from 1 and tells agency from client', () => {
    expect(numberedSteps([Role.CommunityManager, Role.Owner, Role.BrandApprover])).toEqual([
      { position: 1, role: Role.CommunityManager, audience: ApprovalAudience.Agency },
      { position: 2, role: Role.Owner, audience: ApprovalAudience.Agency },
      { position: 3, role: Role.BrandApprover, audience: ApprovalAudience.Client },
    ]);
  });

  it.each([
    [ApprovalMode.None, []],
    [ApprovalMode.Internal, [Role.AccountManager]],
    [ApprovalMode.Internal, [Role.CommunityManager, Role.AccountManager, Role.Owner]],
    [ApprovalMode.InternalThenClient, [Role.AccountManager, Role.BrandApprover]],
    [ApprovalMode.InternalThenClient, [Role.CommunityManager, Role.Admin, Role.BrandApprover]],
  ])('accepts %s with %j', (mode, roles) => {
    expect(policyProblems(mode, roles)).toEqual([]);
  });

  it('refuses steps for none', () => {
    expect(constraints(ApprovalMode.None, [Role.Owner])).toEqual(['steps:noSteps']);
  });

  it('needs an agency step, and no client step, for internal', () => {
    expect(constraints(ApprovalMode.Internal, [])).toEqual(['steps:required']);
    expect(constraints(ApprovalMode.Internal, [Role.Owner, Role.BrandApprover])).toEqual([
      'steps.1.role:agencyOnly',
    ]);
  });

  it('needs agency steps then the client step, last, for internal then client', () => {
    expect(constraints(ApprovalMode.InternalThenClient, [Role.BrandApprover])).toEqual(['steps:required']);
    expect(constraints(ApprovalMode.InternalThenClient, [Role.Owner])).toEqual(['steps:clientStepRequired']);
    expect(constraints(ApprovalMode.InternalThenClient, [Role.BrandApprover, Role.Owner])).toEqual([
      'steps.0.role:clientStepLast',
    ]);
  });

  it('refuses roles that cannot approve and roles named twice, saying which step', () => {
    expect(
      constraints(ApprovalMode.Internal, [Role.Analyst, Role.Owner, Role.Owner, Role.BrandViewer]),
    ).toEqual(['steps.0.role:notApprover', 'steps.2.role:duplicate', 'steps.3.role:notApprover']);
    expect(policyProblems(ApprovalMode.Internal, [Role.Analyst])[0].message).toBe(
      'an analyst cannot approve posts',
    );
  });
});
