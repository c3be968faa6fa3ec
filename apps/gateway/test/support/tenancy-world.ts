import { GraphqlClient } from './graphql-client';
import {
  addMember,
  BrandRef,
  connectAccount,
  createBrand,
  invite,
  Session,
  signUp,
  uniqueEmail,
} from './seed';

/**
 * Two agencies seeded for the tenancy suite. Agency A owns the objects under attack; the attackers
 * are agency B's owner, a brand user of A's other brand, and a community manager of A assigned only
 * to that other brand.
 */
export interface TenancyWorld {
  ownerA: Session;
  ownerB: Session;
  /** A's brand under attack, and A's other brand. */
  brandA1: BrandRef;
  brandA2: BrandRef;
  brandB1: BrandRef;
  /** Legitimate users of A1 (used to prove the seeded objects are reachable). */
  cmA1: Session;
  viewerA1: Session;
  /** Attackers inside agency A: not allowed near brand A1. */
  approverA2: Session;
  cmA2: Session;
  /** Attacker outside: B's owner, every right in agency B. */
  cmB1: Session;
  accountA1: string;
  /** An analyst membership of A, and a pending invitation of A. */
  memberA: string;
  invitationA: string;
  /** B's community manager membership (for cross-agency brand assignment). */
  memberCmB1: string;
}

async function membershipId(owner: Session, email: string): Promise<string> {
  const { members } = await owner.api.data('{ members(first: 100) { edges { node { id email } } } }');
  const found = members.edges.find((edge: { node: { email: string } }) => edge.node.email === email);
  if (!found) throw new Error(`${email} is not a member`);
  return found.node.id as string;
}

export async function seedTenancyWorld(api: GraphqlClient): Promise<TenancyWorld> {
  const ownerA = await signUp(api, { agencyName: 'Agency A' });
  const ownerB = await signUp(api, { agencyName: 'Agency B' });
  const brandA1 = await createBrand(ownerA, 'A One');
  const brandA2 = await createBrand(ownerA, 'A Two');
  const brandB1 = await createBrand(ownerB, 'B One');
  await createBrand(ownerB, 'B Two');

  const cmA1 = await addMember(api, ownerA, {
    label: 'cm-a1',
    role: 'COMMUNITY_MANAGER',
    brandIds: [brandA1.id],
  });
  const viewerA1 = await addMember(api, ownerA, {
    label: 'viewer-a1',
    role: 'BRAND_VIEWER',
    brandIds: [brandA1.id],
  });
  const approverA2 = await addMember(api, ownerA, {
    label: 'approver-a2',
    role: 'BRAND_APPROVER',
    brandIds: [brandA2.id],
  });
  const cmA2 = await addMember(api, ownerA, {
    label: 'cm-a2',
    role: 'COMMUNITY_MANAGER',
    brandIds: [brandA2.id],
  });
  const analystA = await addMember(api, ownerA, { label: 'analyst-a', role: 'ANALYST' });
  const cmB1 = await addMember(api, ownerB, {
    label: 'cm-b1',
    role: 'COMMUNITY_MANAGER',
    brandIds: [brandB1.id],
  });
  await addMember(api, ownerB, { label: 'viewer-b1', role: 'BRAND_VIEWER', brandIds: [brandB1.id] });

  const { id: accountA1 } = await connectAccount(ownerA, brandA1.id);
  await connectAccount(ownerA, brandA2.id);
  await connectAccount(ownerB, brandB1.id);
  const { invitationId: invitationA } = await invite(ownerA, {
    email: uniqueEmail('pending-a'),
    role: 'ANALYST',
  });

  return {
    ownerA,
    ownerB,
    brandA1,
    brandA2,
    brandB1,
    cmA1,
    viewerA1,
    approverA2,
    cmA2,
    cmB1,
    accountA1,
    memberA: await membershipId(ownerA, analystA.email),
    invitationA,
    memberCmB1: await membershipId(ownerB, cmB1.email),
  };
}

const SNAPSHOT_QUERIES = [
  '{ brands(first: 100, includeArchived: true) { edges { node { id name slug timezone archived updatedAt } } } }',
  '{ socialAccounts(first: 100) { edges { node { id brandId status handle updatedAt } } } }',
  '{ members(first: 100) { edges { node { id role brandIds } } } }',
  '{ invitations(first: 100) { edges { node { id status email role expiresAt } } } }',
];

/** What both owners see of their agency: brands, accounts, members and invitations. */
export async function snapshotAgencies(world: TenancyWorld): Promise<unknown[]> {
  const views: unknown[] = [];
  for (const owner of [world.ownerA, world.ownerB]) {
    for (const query of SNAPSHOT_QUERIES) views.push(await owner.api.data(query));
  }
  return views;
}
