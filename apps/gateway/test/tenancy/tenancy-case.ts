import { Session } from '../support/seed';
import { TenancyWorld } from '../support/tenancy-world';

/** Who attacks agency A's objects. */
export type Attacker = 'agencyB' | 'otherBrandUser' | 'unassignedCM';

/** An id no agency has. */
export const MISSING_ID = '00000000-0000-4000-8000-00000000dead';

export const ATTACKERS: Record<Attacker, (world: TenancyWorld) => Session> = {
  agencyB: (world) => world.ownerB,
  otherBrandUser: (world) => world.approverA2,
  unassignedCM: (world) => world.cmA2,
};

export const BRAND_ATTACKERS: Attacker[] = ['agencyB', 'otherBrandUser', 'unassignedCM'];

/** One attempt on agency A's objects, which must fail as NOT_FOUND and change nothing. */
export interface TenancyCase<S = void> {
  attacker: Attacker;
  /** What the attacker tries, in words. */
  what: string;
  query: string;
  variables: (world: TenancyWorld, seeded: S) => Record<string, unknown>;
  /**
   * For an id that only refers to something (a filter, the brands of an assignment, the agency to
   * open): the same variables naming an id that does not exist. The answer must be exactly the answer
   * for that id, and NOT_FOUND like every other.
   */
  likeMissing?: (world: TenancyWorld, seeded: S) => Record<string, unknown>;
}

/**
 * The operations of one part of the API, with the objects of agency A they attack. Each service adds
 * its own file; `tenancy.e2e-spec.ts` runs them all and checks that every operation taking an ID has a case.
 */
export interface TenancyDomain<S> {
  name: string;
  /** Creates agency A's objects under attack (and B's, if the cases need them), as their rightful users. */
  seed(world: TenancyWorld): Promise<S>;
  cases: Record<string, TenancyCase<S>[]>;
  /** What both agencies' rightful users see of this part, before and after the attacks: it must not change. */
  snapshot(world: TenancyWorld, seeded: S): Promise<unknown>;
  /** Ids of agency A's objects that no answer to an attacker may contain. */
  ids(seeded: S): string[];
}

/** One case per brand-scope attacker for an operation on brand A1 (or something of A1). */
export function onBrandA1<S = void>(
  what: string,
  query: string,
  variables: TenancyCase<S>['variables'],
  likeMissing?: TenancyCase<S>['likeMissing'],
): TenancyCase<S>[] {
  return BRAND_ATTACKERS.map((attacker) => ({ attacker, what, query, variables, likeMissing }));
}

/** Only agency B (for objects of the agency rather than of a brand). */
export function fromAgencyB<S = void>(
  what: string,
  query: string,
  variables: TenancyCase<S>['variables'],
  likeMissing?: TenancyCase<S>['likeMissing'],
): TenancyCase<S>[] {
  return [{ attacker: 'agencyB', what, query, variables, likeMissing }];
}
