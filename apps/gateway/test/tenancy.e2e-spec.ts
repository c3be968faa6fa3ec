import { buildClientSchema, getIntrospectionQuery, IntrospectionQuery } from 'graphql';
import { E2ePlatform, startE2ePlatform } from './support/e2e-platform';
import { AnyData, GqlResponse } from './support/graphql-client';
import { operationsTakingIds } from './support/id-operations';
import { AUTH_FIELDS, PASSWORD, Session } from './support/seed';
import { seedTenancyWorld, snapshotAgencies, TenancyWorld } from './support/tenancy-world';

/** Who attacks agency A's objects. */
type Attacker = 'agencyB' | 'otherBrandUser' | 'unassignedCM';

interface TenancyCase {
  attacker: Attacker;
  /** What the attacker tries, in words. */
  what: string;
  query: string;
  variables: (world: TenancyWorld) => Record<string, unknown>;
  /**
   * For an id that only refers to something (a filter, the brands of an assignment, the agency to
   * open): the same variables naming an id that does not exist. The answer must be exactly the answer
   * for that id, and NOT_FOUND like every other.
   */
  likeMissing?: (world: TenancyWorld) => Record<string, unknown>;
}

/** An id no agency has. */
const MISSING_ID = '00000000-0000-4000-8000-00000000dead';

const ATTACKERS: Record<Attacker, (world: TenancyWorld) => Session> = {
  agencyB: (world) => world.ownerB,
  otherBrandUser: (world) => world.approverA2,
  unassignedCM: (world) => world.cmA2,
};

const BRAND_ATTACKERS: Attacker[] = ['agencyB', 'otherBrandUser', 'unassignedCM'];

/** One case per brand-scope attacker for an operation on brand A1 (or something of A1). */
function onBrandA1(
  what: string,
  query: string,
  variables: TenancyCase['variables'],
  likeMissing?: TenancyCase['likeMissing'],
): TenancyCase[] {
  return BRAND_ATTACKERS.map((attacker) => ({ attacker, what, query, variables, likeMissing }));
}

/** What an answer tells the caller: data, and each error's code and fields (messages may name ids). */
function outcome(response: GqlResponse<AnyData>): unknown {
  return {
    data: response.data ?? null,
    errors: response.errors.map((error) => ({
      code: error.extensions.code,
      fields: error.extensions.fields?.map((field) => field.field),
    })),
  };
}

const credentials = { accessToken: 'tenancy-suite-token-0000000000' };

/**
 * Every operation taking an ID, with the attempts on agency A's objects that must fail as NOT_FOUND
 * and change nothing. An id that only refers to something (a list filter, the brands given to a
 * member, the agency a session opens) must get exactly the answer a nonexistent id gets, so the caller
 * learns nothing. Members and invitations belong to the agency, not to a brand: the community manager
 * of A sees A's team by design, so their cases are the other agency and the brand user.
 */
const TABLE: Record<string, TenancyCase[]> = {
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
  'Mutation.connectSocialAccount': onBrandA1(
    'connects an account to A1',
    'mutation M($input: ConnectSocialAccountInput!) { connectSocialAccount(input: $input) { id } }',
    (w) => ({
      input: {
        brandId: w.brandA1.id,
        network: 'X',
        handle: '@intruder',
        externalId: 'intruder-1',
        credentials,
      },
    }),
  ),
  'Mutation.reconnectSocialAccount': onBrandA1(
    'replaces the credentials of an account of A1',
    'mutation M($input: ReconnectSocialAccountInput!) { reconnectSocialAccount(input: $input) { id } }',
    (w) => ({ input: { id: w.accountA1, credentials } }),
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
};

const CASES = Object.entries(TABLE).flatMap(([operation, cases]) =>
  cases.map((entry) => ({ operation, ...entry, label: `${operation}: ${entry.attacker} ${entry.what}` })),
);

let e2e: E2ePlatform;
let world: TenancyWorld;
let before: unknown[];

beforeAll(async () => {
  e2e = await startE2ePlatform();
  world = await seedTenancyWorld(e2e.api);
  before = await snapshotAgencies(world);
}, 180_000);

afterAll(async () => {
  await e2e?.stop();
});

describe('the tenancy table', () => {
  it('has a case for every operation that takes an ID', async () => {
    const { data } = await e2e.api.request<IntrospectionQuery>(getIntrospectionQuery());
    if (!data) throw new Error('introspection failed');
    const operations = operationsTakingIds(buildClientSchema(data));
    expect(operations.length).toBeGreaterThan(10);
    const missing = operations.filter((operation) => !(TABLE[operation]?.length > 0));
    if (missing.length > 0) {
      throw new Error(`Operations taking an ID without a tenancy case: ${missing.join(', ')}`);
    }
    const stale = Object.keys(TABLE).filter((operation) => !operations.includes(operation));
    expect(stale).toEqual([]);
  });

  it('reaches the seeded objects as their rightful users', async () => {
    const cm = await world.cmA1.api.data('query Q($id: ID!) { brand(id: $id) { name } }', {
      id: world.brandA1.id,
    });
    expect(cm.brand.name).toBe('A One');
    const viewer = await world.viewerA1.api.data('query Q($id: ID!) { socialAccount(id: $id) { id } }', {
      id: world.accountA1,
    });
    expect(viewer.socialAccount.id).toBe(world.accountA1);
    const owner = await world.ownerA.api.data('query Q($id: ID!) { member(id: $id) { id } }', {
      id: world.memberA,
    });
    expect(owner.member.id).toBe(world.memberA);
  });
});

/** Ids of agency A's objects that no answer to an attacker may contain. */
function idsOfA(w: TenancyWorld): string[] {
  return [w.brandA1.id, w.brandA2.id, w.accountA1, w.memberA, w.invitationA, w.ownerA.agencyId];
}

describe.each(CASES)('$label', ({ attacker, query, variables, likeMissing }) => {
  it('is refused as NOT_FOUND and changes nothing', async () => {
    const session = ATTACKERS[attacker](world);
    const response = await session.api.request(query, variables(world));
    expect(response.data ?? null).toBeNull();
    expect(response.errors.map((error) => error.extensions.code)).toEqual(['NOT_FOUND']);
    if (likeMissing) {
      const missing = await session.api.request(query, likeMissing(world));
      expect(outcome(response)).toEqual(outcome(missing));
      const asked = JSON.stringify(variables(world));
      for (const id of idsOfA(world)) {
        if (!asked.includes(id)) expect(response.text).not.toContain(id);
      }
    }
    expect(await snapshotAgencies(world)).toEqual(before);
  });
});
