import { AUTH_FIELDS, PASSWORD } from '../support/seed';
import { Attacker, MISSING_ID, onBrandA1, TenancyDomain } from './tenancy-case';

/**
 * The clients service's operations: brands, accounts, members, invitations, sessions. Members and
 * invitations belong to the agency, not to a brand: the community manager of A sees A's team by design,
 * so their cases are the other agency and the brand user.
 */
export const clientsTenancy: TenancyDomain<void> = {
  name: 'clients',
  seed: async () => undefined,
  // Every id of agency A the world seeds is already checked by the runner.
  ids: () => [],
  snapshot: async () => null,
  cases: {
    'Query.brand': onBrandA1('reads brand A1', 'query Q($id: ID!) { brand(id: $id) { id name } }', (w) => ({
      id: w.brandA1.id,
    })),
    'Mutation.updateBrand': onBrandA1(
      'renames brand A1',
      'mutation M($input: UpdateBrandInput!) { updateBrand(input: $input) { id name } }',
      (w) => ({ input: { id: w.brandA1.id, name: 'Hijacked' } }),
    ),
    'Mutation.archiveBrand': onBrandA1(
      'archives brand A1',
      'mutation M($id: ID!) { archiveBrand(id: $id) { id } }',
      (w) => ({
        id: w.brandA1.id,
      }),
    ),
    'Mutation.restoreBrand': onBrandA1(
      'restores brand A1',
      'mutation M($id: ID!) { restoreBrand(id: $id) { id } }',
      (w) => ({
        id: w.brandA1.id,
      }),
    ),
    'Query.socialAccount': onBrandA1(
      'reads an account of A1',
      'query Q($id: ID!) { socialAccount(id: $id) { id handle } }',
      (w) => ({ id: w.accountA1 }),
    ),
    'Query.socialAccounts': onBrandA1(
      'lists the accounts of A1',
      'query Q($brandId: ID) { socialAccounts(brandId: $brandId) { totalCount edges { node { id } } } }',
      (w) => ({ brandId: w.brandA1.id }),
      () => ({ brandId: MISSING_ID }),
    ),
    'Mutation.disconnectSocialAccount': onBrandA1(
      'disconnects an account of A1',
      'mutation M($id: ID!) { disconnectSocialAccount(id: $id) { id } }',
      (w) => ({ id: w.accountA1 }),
    ),
    'Query.member': (['agencyB', 'otherBrandUser'] as Attacker[]).map((attacker) => ({
      attacker,
      what: 'reads a member of A',
      query: 'query Q($id: ID!) { member(id: $id) { id email } }',
      variables: (w) => ({ id: w.memberA }),
    })),
    'Mutation.changeMemberRole': [
      {
        attacker: 'agencyB',
        what: 'makes a member of A an admin',
        query: 'mutation M($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { id } }',
        variables: (w) => ({ input: { id: w.memberA, role: 'ADMIN' } }),
      },
      {
        attacker: 'agencyB',
        what: 'gives its own community manager brand A1',
        query: 'mutation M($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { id } }',
        variables: (w) => ({
          input: { id: w.memberCmB1, role: 'COMMUNITY_MANAGER', brandIds: [w.brandA1.id] },
        }),
        likeMissing: (w) => ({
          input: { id: w.memberCmB1, role: 'COMMUNITY_MANAGER', brandIds: [MISSING_ID] },
        }),
      },
    ],
    'Mutation.assignBrands': [
      {
        attacker: 'agencyB',
        what: 'assigns brands to a member of A',
        query: 'mutation M($input: AssignBrandsInput!) { assignBrands(input: $input) { id } }',
        variables: (w) => ({ input: { id: w.memberA, brandIds: [] } }),
      },
      {
        attacker: 'agencyB',
        what: 'assigns brand A1 to its own community manager',
        query: 'mutation M($input: AssignBrandsInput!) { assignBrands(input: $input) { id } }',
        variables: (w) => ({ input: { id: w.memberCmB1, brandIds: [w.brandB1.id, w.brandA1.id] } }),
        likeMissing: (w) => ({ input: { id: w.memberCmB1, brandIds: [w.brandB1.id, MISSING_ID] } }),
      },
    ],
    'Mutation.removeMember': [
      {
        attacker: 'agencyB',
        what: 'removes a member of A',
        query: 'mutation M($id: ID!) { removeMember(id: $id) }',
        variables: (w) => ({ id: w.memberA }),
      },
    ],
    'Mutation.inviteMember': [
      {
        attacker: 'agencyB',
        what: 'invites a brand viewer of brand A1 into B',
        query: 'mutation M($input: InviteMemberInput!) { inviteMember(input: $input) { acceptUrl } }',
        variables: (w) => ({
          input: { email: 'spy@relais.test', role: 'BRAND_VIEWER', brandIds: [w.brandA1.id] },
        }),
        likeMissing: () => ({
          input: { email: 'spy@relais.test', role: 'BRAND_VIEWER', brandIds: [MISSING_ID] },
        }),
      },
    ],
    'Mutation.revokeInvitation': [
      {
        attacker: 'agencyB',
        what: 'revokes an invitation of A',
        query: 'mutation M($id: ID!) { revokeInvitation(id: $id) { id } }',
        variables: (w) => ({ id: w.invitationA }),
      },
    ],
    'Mutation.resendInvitation': [
      {
        attacker: 'agencyB',
        what: 'resends an invitation of A',
        query: 'mutation M($id: ID!) { resendInvitation(id: $id) { id } }',
        variables: (w) => ({ id: w.invitationA }),
      },
    ],
    'Mutation.switchAgency': [
      {
        attacker: 'agencyB',
        what: 'switches its own session into agency A',
        query: `mutation M($input: SwitchAgencyInput!) { switchAgency(input: $input) { ${AUTH_FIELDS} } }`,
        variables: (w) => ({
          input: { refreshToken: w.ownerB.auth.refreshToken, agencyId: w.ownerA.agencyId },
        }),
        // Asked after the attempt on A with the same refresh token: had that attempt rotated it, this
        // one would end the session instead.
        likeMissing: (w) => ({ input: { refreshToken: w.ownerB.auth.refreshToken, agencyId: MISSING_ID } }),
      },
    ],
    'Mutation.signIn': [
      {
        attacker: 'agencyB',
        what: 'signs in with its own password asking for agency A',
        query: `mutation M($input: SignInInput!) { signIn(input: $input) { ${AUTH_FIELDS} } }`,
        variables: (w) => ({
          input: { email: w.ownerB.email, password: PASSWORD, agencyId: w.ownerA.agencyId },
        }),
        likeMissing: (w) => ({ input: { email: w.ownerB.email, password: PASSWORD, agencyId: MISSING_ID } }),
      },
    ],
  },
};
