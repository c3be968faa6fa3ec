import { E2ePlatform, startE2ePlatform } from './support/e2e-platform';
import {
  acceptInvitation,
  addMember,
  BrandRef,
  createBrand,
  invite,
  PASSWORD,
  Session,
  signIn,
  signUp,
  uniqueEmail,
} from './support/seed';

const MEMBERS = `query Members($role: Role) { members(first: 100, role: $role) {
  totalCount edges { node { id userId name email role brandIds createdAt } } } }`;
const INVITATIONS = `query Invitations($status: InvitationStatus) { invitations(first: 100, status: $status) {
  totalCount edges { node { id email role brandIds status invitedByName expiresAt } } } }`;
const AUDIT =
  '{ auditLog(first: 100) { totalCount edges { node { action actorUserId actorName targetType targetId details } } } }';

interface MemberNode {
  id: string;
  userId: string;
  name: string;
  email: string;
  role: string;
  brandIds: string[];
}

let e2e: E2ePlatform;
let owner: Session;
let brand: BrandRef;
let otherBrand: BrandRef;

async function members(session: Session, role?: string): Promise<MemberNode[]> {
  const { members } = await session.api.data(MEMBERS, { role });
  return members.edges.map((edge: { node: MemberNode }) => edge.node);
}

async function membershipOf(session: Session, email: string): Promise<MemberNode> {
  const found = (await members(session)).find((member) => member.email === email);
  if (!found) throw new Error(`${email} is not a member`);
  return found;
}

beforeAll(async () => {
  e2e = await startE2ePlatform();
  owner = await signUp(e2e.api, { agencyName: 'Team Agency', name: 'Olivia Owner' });
  brand = await createBrand(owner, 'Fromagerie Dupont');
  otherBrand = await createBrand(owner, 'Cidrerie Martin');
});

afterAll(async () => {
  await e2e?.stop();
});

describe('invitations', () => {
  it('invite → preview → accept: the new member signs in with their own password', async () => {
    const email = uniqueEmail('newcomer');
    const { token, acceptUrl, invitationId } = await invite(owner, {
      email,
      role: 'COMMUNITY_MANAGER',
      brandIds: [brand.id],
    });
    expect(acceptUrl).toContain(token);

    const pending = await owner.api.data(INVITATIONS, { status: 'PENDING' });
    expect(pending.invitations.edges.map((edge: { node: { id: string } }) => edge.node.id)).toContain(
      invitationId,
    );

    const { invitationPreview } = await e2e.api.data(
      'query P($token: String!) { invitationPreview(token: $token) { agencyName email role brandNames userExists } }',
      { token },
    );
    expect(invitationPreview).toEqual({
      agencyName: 'Team Agency',
      email,
      role: 'COMMUNITY_MANAGER',
      brandNames: ['Fromagerie Dupont'],
      userExists: false,
    });

    const joined = await acceptInvitation(e2e.api, token, {
      name: 'Nina Newcomer',
      password: 'nina-secret-password',
    });
    expect(joined.auth).toMatchObject({ role: 'COMMUNITY_MANAGER', brandIds: [brand.id] });

    const again = await signIn(e2e.api, email, { password: 'nina-secret-password' });
    expect(again.agencyId).toBe(owner.agencyId);
    const { brands } = await again.api.data('{ brands { edges { node { name } } } }');
    expect(brands.edges.map((edge: { node: { name: string } }) => edge.node.name)).toEqual([
      'Fromagerie Dupont',
    ]);

    const member = await membershipOf(owner, email);
    expect(member).toMatchObject({ name: 'Nina Newcomer', role: 'COMMUNITY_MANAGER', brandIds: [brand.id] });

    const used = await e2e.api.error(
      'mutation A($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken } }',
      { input: { token, name: 'Someone Else', password: PASSWORD } },
    );
    expect(['NOT_FOUND', 'CONFLICT', 'BAD_USER_INPUT']).toContain(used.extensions.code);
  });

  it('revokes an invitation: its link stops working', async () => {
    const { token, invitationId } = await invite(owner, { email: uniqueEmail('revoked'), role: 'ANALYST' });
    const { revokeInvitation } = await owner.api.data(
      'mutation R($id: ID!) { revokeInvitation(id: $id) { id status } }',
      {
        id: invitationId,
      },
    );
    expect(revokeInvitation).toEqual({ id: invitationId, status: 'REVOKED' });
    const preview = await e2e.api.error(
      'query P($token: String!) { invitationPreview(token: $token) { email } }',
      {
        token,
      },
    );
    expect(preview.extensions.code).toBe('NOT_FOUND');
  });

  it('resends an invitation with a later expiry', async () => {
    const { invitationId } = await invite(owner, { email: uniqueEmail('resent'), role: 'ANALYST' });
    const before = await owner.api.data(INVITATIONS, { status: 'PENDING' });
    const original = before.invitations.edges.find(
      (edge: { node: { id: string } }) => edge.node.id === invitationId,
    );
    const { resendInvitation } = await owner.api.data(
      'mutation R($id: ID!) { resendInvitation(id: $id) { id status expiresAt } }',
      { id: invitationId },
    );
    expect(resendInvitation.status).toBe('PENDING');
    expect(Date.parse(resendInvitation.expiresAt)).toBeGreaterThanOrEqual(
      Date.parse(original.node.expiresAt),
    );
  });

  it('refuses an invalid e-mail without creating anything', async () => {
    const before = await owner.api.data(INVITATIONS, {});
    const error = await owner.api.error(
      'mutation I($input: InviteMemberInput!) { inviteMember(input: $input) { acceptUrl } }',
      { input: { email: 'not-an-email', role: 'ANALYST' } },
    );
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.extensions.fields?.map((field) => field.field)).toEqual(['email']);
    const after = await owner.api.data(INVITATIONS, {});
    expect(after.invitations.totalCount).toBe(before.invitations.totalCount);
  });

  it('refuses an unknown role value, naming the field', async () => {
    const error = await owner.api.error(
      'mutation I($input: InviteMemberInput!) { inviteMember(input: $input) { acceptUrl } }',
      { input: { email: uniqueEmail('x'), role: 'SUPERUSER' } },
    );
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'role' }] });
  });
});

describe('members', () => {
  it('changes a role and assigns brands', async () => {
    const analyst = await addMember(e2e.api, owner, { label: 'promoted', role: 'ANALYST' });
    const membership = await membershipOf(owner, analyst.email);
    const { changeMemberRole } = await owner.api.data(
      'mutation C($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { id role brandIds } }',
      { input: { id: membership.id, role: 'COMMUNITY_MANAGER', brandIds: [brand.id] } },
    );
    expect(changeMemberRole).toEqual({ id: membership.id, role: 'COMMUNITY_MANAGER', brandIds: [brand.id] });
    const { assignBrands } = await owner.api.data(
      'mutation A($input: AssignBrandsInput!) { assignBrands(input: $input) { brandIds } }',
      { input: { id: membership.id, brandIds: [brand.id, otherBrand.id] } },
    );
    expect([...assignBrands.brandIds].sort()).toEqual([brand.id, otherBrand.id].sort());
    const refreshed = await signIn(e2e.api, analyst.email);
    expect(refreshed.auth.role).toBe('COMMUNITY_MANAGER');
    expect([...(refreshed.auth.brandIds ?? [])].sort()).toEqual([brand.id, otherBrand.id].sort());
  });

  it('filters members by role', async () => {
    const owners = await members(owner, 'OWNER');
    expect(owners.map((member) => member.userId)).toEqual([owner.userId]);
  });

  it('removes a member, who can no longer open the agency', async () => {
    const leaving = await addMember(e2e.api, owner, { label: 'leaving', role: 'ANALYST' });
    const membership = await membershipOf(owner, leaving.email);
    expect(
      await owner.api.data('mutation R($id: ID!) { removeMember(id: $id) }', { id: membership.id }),
    ).toEqual({
      removeMember: true,
    });
    expect((await members(owner)).map((member) => member.email)).not.toContain(leaving.email);
    const refresh = await e2e.api.error(
      'mutation R($token: String!) { refreshSession(input: { refreshToken: $token }) { accessToken } }',
      { token: leaving.auth.refreshToken },
    );
    expect(refresh.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('does not let a community manager manage the team', async () => {
    const manager = await addMember(e2e.api, owner, {
      label: 'cm',
      role: 'COMMUNITY_MANAGER',
      brandIds: [brand.id],
    });
    const target = await membershipOf(owner, manager.email);
    const error = await manager.api.error('mutation R($id: ID!) { removeMember(id: $id) }', {
      id: target.id,
    });
    expect(error.extensions.code).toBe('FORBIDDEN');
  });
});

describe('audit log', () => {
  it('shows admins what happened, with who did it', async () => {
    const admin = await addMember(e2e.api, owner, { label: 'admin', role: 'ADMIN' });
    const { auditLog } = await admin.api.data(AUDIT);
    const actions = auditLog.edges.map((edge: { node: { action: string } }) => edge.node.action);
    expect(actions).toEqual(
      expect.arrayContaining(['brand.created', 'invitation.created', 'invitation.accepted']),
    );
    const created = auditLog.edges.find(
      (edge: { node: { action: string; targetId: string } }) =>
        edge.node.action === 'brand.created' && edge.node.targetId === brand.id,
    );
    expect(created.node).toMatchObject({
      actorUserId: owner.userId,
      actorName: 'Olivia Owner',
      targetType: 'brand',
    });
  });

  it('is hidden from community managers, analysts and brand users', async () => {
    const cm = await addMember(e2e.api, owner, {
      label: 'cm-audit',
      role: 'COMMUNITY_MANAGER',
      brandIds: [brand.id],
    });
    const analyst = await addMember(e2e.api, owner, { label: 'analyst-audit', role: 'ANALYST' });
    const viewer = await addMember(e2e.api, owner, {
      label: 'viewer-audit',
      role: 'BRAND_VIEWER',
      brandIds: [brand.id],
    });
    for (const session of [cm, analyst, viewer]) {
      const response = await session.api.request(AUDIT);
      expect(response.data).toBeNull();
      expect(response.errors.map((error) => error.extensions.code)).toEqual(['FORBIDDEN']);
    }
  });
});
