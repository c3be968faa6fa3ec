import { buildClientSchema, getIntrospectionQuery, IntrospectionQuery } from 'graphql';
import { E2ePlatform, startE2ePlatform } from './support/e2e-platform';
import { AnyData, GqlResponse } from './support/graphql-client';
import { operationsTakingIds } from './support/id-operations';
import { seedTenancyWorld, snapshotAgencies, TenancyWorld } from './support/tenancy-world';
import { DOMAINS } from './tenancy/domains';
import { ATTACKERS } from './tenancy/tenancy-case';

/**
 * Every operation taking an ID, with the attempts on agency A's objects that must fail as NOT_FOUND
 * and change nothing. An id that only refers to something (a list filter, the brands given to a
 * member, the agency a session opens) must get exactly the answer a nonexistent id gets, so the caller
 * learns nothing. The cases live in `tenancy/<part>.cases.ts`, one file per part of the API.
 */

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

const CASES = DOMAINS.flatMap((domain) =>
  Object.entries(domain.cases).flatMap(([operation, cases]) =>
    cases.map((entry) => ({
      domain: domain.name,
      operation,
      ...entry,
      label: `${operation}: ${entry.attacker} ${entry.what}`,
    })),
  ),
);

const COVERED = new Set(CASES.map((entry) => entry.operation));

let e2e: E2ePlatform;
let world: TenancyWorld;
const seeded = new Map<string, unknown>();
let before: unknown[];

/** What both agencies see of everything the suite seeded. */
async function snapshot(): Promise<unknown[]> {
  const views: unknown[] = [await snapshotAgencies(world)];
  for (const domain of DOMAINS) views.push(await domain.snapshot(world, seeded.get(domain.name)));
  return views;
}

beforeAll(async () => {
  e2e = await startE2ePlatform();
  world = await seedTenancyWorld(e2e.api);
  for (const domain of DOMAINS) seeded.set(domain.name, await domain.seed(world));
  before = await snapshot();
}, 240_000);

afterAll(async () => {
  await e2e?.stop();
});

describe('the tenancy table', () => {
  it('has a case for every operation that takes an ID', async () => {
    const { data } = await e2e.api.request<IntrospectionQuery>(getIntrospectionQuery());
    if (!data) throw new Error('introspection failed');
    const operations = operationsTakingIds(buildClientSchema(data));
    expect(operations.length).toBeGreaterThan(10);
    const missing = operations.filter((operation) => !COVERED.has(operation));
    if (missing.length > 0) {
      throw new Error(`Operations taking an ID without a tenancy case: ${missing.join(', ')}`);
    }
    const stale = [...COVERED].filter((operation) => !operations.includes(operation));
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
  return [
    w.brandA1.id,
    w.brandA2.id,
    w.accountA1,
    w.memberA,
    w.invitationA,
    w.ownerA.agencyId,
    ...DOMAINS.flatMap((domain) => domain.ids(seeded.get(domain.name))),
  ];
}

describe.each(CASES)('$label', ({ domain, attacker, query, variables, likeMissing }) => {
  it('is refused as NOT_FOUND and changes nothing', async () => {
    const own = seeded.get(domain);
    const session = ATTACKERS[attacker](world);
    const response = await session.api.request(query, variables(world, own));
    expect(response.data ?? null).toBeNull();
    expect(response.errors.map((error) => error.extensions.code)).toEqual(['NOT_FOUND']);
    if (likeMissing) {
      const missing = await session.api.request(query, likeMissing(world, own));
      expect(outcome(response)).toEqual(outcome(missing));
      const asked = JSON.stringify(variables(world, own));
      for (const id of idsOfA(world)) {
        if (!asked.includes(id)) expect(response.text).not.toContain(id);
      }
    }
    expect(await snapshot()).toEqual(before);
  });
});
