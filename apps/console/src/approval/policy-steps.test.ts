import { describe, expect, it } from 'vitest';
import { draftFromPolicy, moveStep, stepsToSave } from './policy-steps';

describe('draftFromPolicy', () => {
  it('keeps the agency steps in order and leaves the client step to the mode', () => {
    const draft = draftFromPolicy('INTERNAL_THEN_CLIENT', [
      { position: 3, role: 'BRAND_APPROVER', audience: 'CLIENT' },
      { position: 2, role: 'ADMIN', audience: 'AGENCY' },
      { position: 1, role: 'COMMUNITY_MANAGER', audience: 'AGENCY' },
    ]);
    expect(draft).toEqual({ mode: 'INTERNAL_THEN_CLIENT', agencySteps: ['COMMUNITY_MANAGER', 'ADMIN'] });
  });

  it('starts a policy without steps with one account manager step, and none for no review', () => {
    expect(draftFromPolicy('INTERNAL', []).agencySteps).toEqual(['ACCOUNT_MANAGER']);
    expect(draftFromPolicy('NONE', []).agencySteps).toEqual([]);
  });
});

describe('stepsToSave', () => {
  it('adds the client approver after the agency for internal then client', () => {
    expect(stepsToSave({ mode: 'INTERNAL_THEN_CLIENT', agencySteps: ['ACCOUNT_MANAGER'] })).toEqual([
      { role: 'ACCOUNT_MANAGER' },
      { role: 'BRAND_APPROVER' },
    ]);
    expect(stepsToSave({ mode: 'INTERNAL', agencySteps: ['ADMIN', 'OWNER'] })).toEqual([
      { role: 'ADMIN' },
      { role: 'OWNER' },
    ]);
  });

  it('keeps room for the client step within the step limit', () => {
    const five = ['OWNER', 'ADMIN', 'ACCOUNT_MANAGER', 'COMMUNITY_MANAGER', 'ADMIN'] as const;
    expect(stepsToSave({ mode: 'INTERNAL', agencySteps: [...five] })).toHaveLength(5);
    const withClient = stepsToSave({ mode: 'INTERNAL_THEN_CLIENT', agencySteps: [...five] });
    expect(withClient).toHaveLength(5);
    expect(withClient.at(-1)).toEqual({ role: 'BRAND_APPROVER' });
  });

  it('saves no step when there is no review', () => {
    expect(stepsToSave({ mode: 'NONE', agencySteps: ['ADMIN'] })).toEqual([]);
  });
});

describe('moveStep', () => {
  it('moves a step up or down and ignores moves past the ends', () => {
    expect(moveStep(['OWNER', 'ADMIN', 'ACCOUNT_MANAGER'], 2, -1)).toEqual([
      'OWNER',
      'ACCOUNT_MANAGER',
      'ADMIN',
    ]);
    expect(moveStep(['OWNER', 'ADMIN'], 0, 1)).toEqual(['ADMIN', 'OWNER']);
    expect(moveStep(['OWNER', 'ADMIN'], 0, -1)).toEqual(['OWNER', 'ADMIN']);
    expect(moveStep(['OWNER', 'ADMIN'], 1, 1)).toEqual(['OWNER', 'ADMIN']);
  });
});
