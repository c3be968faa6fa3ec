import {
  AgencyView,
  AuditEntryView,
  AuthResult,
  BrandView,
  ClientsEvents,
  ClientsSubjects,
  ErrorCode,
  MemberView,
  Page,
  Role,
} from '@relais/contracts';
import { anonymous, as, failure } from '@relais/server-testing';
import { ClientsHarness, startClients } from './support/clients-harness';
import { createBrand, join, signUp } from './support/fixtures';

describe('clients team, agency and audit log', () => {
  let h: ClientsHarness;
  let owner: AuthResult;
  let brandOne: BrandView;
  let brandTwo: BrandView;

  const memberOf = async (actor: AuthResult): Promise<MemberView> => {
    const [row] = await h.sql<{ id: string }>(
      `SELECT id FROM clients.memberships WHERE user_id = $1 AND agency_id = $2`,
      [actor.user.id, actor.claims.agencyId],
    );
    return h.call<MemberView>(ClientsSubjects.member.get, as(owner), { id: row.id });
  };

  beforeAll(async () => {
    h = await startClients();
    owner = await signUp(h, { agencyName: 'Team Agency', name: 'Ana Owner' });
    brandOne = await createBrand(h, owner, 'Brand One');
    brandTwo = await createBrand(h, owner, 'Brand Two');
  });
  afterAll(() => h.close());

  it('lists members by name with their role and brands', async () => {
    await join(h, owner, {
      role: Role.CommunityManager,
      brandIds: [brandTwo.id, brandOne.id],
      name: 'Chloé CM',
    });
    await join(h, owner, { role: Role.BrandViewer, brandIds: [brandOne.id], name: 'Bruno Viewer' });
    const page = await h.call<Page<MemberView>>(ClientsSubjects.member.list, as(owner), { first: 2 });
    expect(page.totalCount).toBe(3);
    expect(page.items.map((m) => [m.name, m.role])).toEqual([
      ['Ana Owner', Role.Owner],
      ['Bruno Viewer', Role.BrandViewer],
    ]);
    expect(page.items[1].brandIds).toEqual([brandOne.id]);
    const rest = await h.call<Page<MemberView>>(ClientsSubjects.member.list, as(owner), {
      first: 2,
      after: page.cursors[1],
    });
    expect(rest.items.map((m) => m.name)).toEqual(['Chloé CM']);
    expect(rest.items[0].brandIds.sort()).toEqual([brandOne.id, brandTwo.id].sort());
    const viewers = await h.call<Page<MemberView>>(ClientsSubjects.member.list, as(owner), {
      role: Role.BrandViewer,
    });
    expect(viewers.items.map((m) => m.name)).toEqual(['Bruno Viewer']);
  });

  it('changes roles and assignments; the new scope applies at the next refresh', async () => {
    const person = await join(h, owner, { role: Role.Analyst, name: 'Pat Analyst' });
    const member = await memberOf(person);
    const cm = await h.call<MemberView>(ClientsSubjects.member.changeRole, as(owner), {
      id: member.id,
      role: Role.CommunityManager,
      brandIds: [brandOne.id],
    });
    expect(cm).toMatchObject({ role: Role.CommunityManager, brandIds: [brandOne.id] });
    const reassigned = await h.call<MemberView>(ClientsSubjects.member.assignBrands, as(owner), {
      id: member.id,
      brandIds: [brandTwo.id],
    });
    expect(reassigned.brandIds).toEqual([brandTwo.id]);

    const refreshed = await h.call<AuthResult>(ClientsSubjects.auth.refresh, anonymous(), {
      refreshToken: person.refreshToken,
    });
    expect(refreshed.claims).toMatchObject({ role: Role.CommunityManager, brandIds: [brandTwo.id] });
    const brands = await h.call<Page<BrandView>>(ClientsSubjects.brand.list, as(refreshed), {});
    expect(brands.items.map((b) => b.id)).toEqual([brandTwo.id]);

    const notCm = await failure(
      h.call(ClientsSubjects.member.assignBrands, as(owner), {
        id: (await memberOf(owner)).id,
        brandIds: [brandOne.id],
      }),
    );
    expect(notCm.fields).toEqual([
      { field: 'brandIds', message: 'only community managers are assigned brands' },
    ]);
    const audit = await h.sql<{ action: string; details: { from?: string; to?: string } }>(
      `SELECT action, details FROM clients.audit_log WHERE target_id = $1 ORDER BY created_at`,
      [member.id],
    );
    expect(audit.map((a) => a.action)).toEqual(['member.role_changed', 'member.brands_assigned']);
    expect(audit[0].details).toMatchObject({ from: Role.Analyst, to: Role.CommunityManager });
  });

  it('keeps admins away from the owner role and the agency from losing its last owner', async () => {
    const admin = await join(h, owner, { role: Role.Admin, name: 'Adam Admin' });
    const ownerMember = await memberOf(owner);
    const promote = await failure(
      h.call(ClientsSubjects.member.changeRole, as(admin), {
        id: (await memberOf(admin)).id,
        role: Role.Owner,
      }),
    );
    expect(promote.code).toBe(ErrorCode.Forbidden);
    expect(
      (await failure(h.call(ClientsSubjects.member.remove, as(admin), { id: ownerMember.id }))).code,
    ).toBe(ErrorCode.Forbidden);

    const demoteLast = await failure(
      h.call(ClientsSubjects.member.changeRole, as(owner), { id: ownerMember.id, role: Role.Admin }),
    );
    expect(demoteLast).toEqual({
      code: ErrorCode.Conflict,
      message: 'An agency needs at least one owner; make someone else owner first',
    });
    expect(
      (await failure(h.call(ClientsSubjects.member.remove, as(owner), { id: ownerMember.id }))).code,
    ).toBe(ErrorCode.Conflict);

    await h.call(ClientsSubjects.member.changeRole, as(owner), {
      id: (await memberOf(admin)).id,
      role: Role.Owner,
    });
    await expect(
      h.call<MemberView>(ClientsSubjects.member.changeRole, as(owner), {
        id: ownerMember.id,
        role: Role.Admin,
      }),
    ).resolves.toMatchObject({ role: Role.Admin });
    const promoted = await h.call<AuthResult>(ClientsSubjects.auth.refresh, anonymous(), {
      refreshToken: admin.refreshToken,
    });
    expect(promoted.claims.role).toBe(Role.Owner);
    await h.call(ClientsSubjects.member.changeRole, as(promoted), { id: ownerMember.id, role: Role.Owner });
  });

  it('removes a member and ends their sessions in the agency', async () => {
    const leaving = await join(h, owner, { role: Role.Analyst, name: 'Leo Leaving' });
    const member = await memberOf(leaving);
    await expect(h.call(ClientsSubjects.member.remove, as(owner), { id: member.id })).resolves.toBe(true);
    const refresh = await failure(
      h.call(ClientsSubjects.auth.refresh, anonymous(), { refreshToken: leaving.refreshToken }),
    );
    expect(refresh.code).toBe(ErrorCode.Unauthenticated);
    expect((await failure(h.call(ClientsSubjects.member.get, as(owner), { id: member.id }))).code).toBe(
      ErrorCode.NotFound,
    );
    const events = await h.sql<{ subject: string }>(
      `SELECT subject FROM clients.outbox WHERE payload->'data'->>'membershipId' = $1 ORDER BY created_at`,
      [member.id],
    );
    expect(events.map((e) => e.subject)).toEqual([ClientsEvents.memberJoined, ClientsEvents.memberRemoved]);
  });

  it('lets only owners and admins manage the team and change the agency', async () => {
    const manager = await join(h, owner, { role: Role.AccountManager });
    const target = await memberOf(await join(h, owner, { role: Role.Analyst }));
    expect((await failure(h.call(ClientsSubjects.member.remove, as(manager), { id: target.id }))).code).toBe(
      ErrorCode.Forbidden,
    );
    expect(
      (await failure(h.call(ClientsSubjects.agency.update, as(manager), { name: 'Renamed' }))).code,
    ).toBe(ErrorCode.Forbidden);
    const renamed = await h.call<AgencyView>(ClientsSubjects.agency.update, as(owner), {
      name: 'Team Agency Paris',
    });
    expect(renamed).toMatchObject({ name: 'Team Agency Paris', slug: 'team-agency' });
    await expect(h.call(ClientsSubjects.agency.get, as(manager))).resolves.toMatchObject({
      name: 'Team Agency Paris',
    });
  });

  it('shows the audit log, newest first, to owners and admins only', async () => {
    const page = await h.call<Page<AuditEntryView>>(ClientsSubjects.audit.list, as(owner), { first: 5 });
    expect(page.items).toHaveLength(5);
    expect(page.items[0]).toMatchObject({
      action: 'agency.updated',
      actorName: 'Ana Owner',
      targetType: 'agency',
    });
    const times = page.items.map((e) => e.createdAt);
    expect([...times].sort().reverse()).toEqual(times);
    const next = await h.call<Page<AuditEntryView>>(ClientsSubjects.audit.list, as(owner), {
      first: 5,
      after: page.cursors[4],
    });
    expect(next.items.map((e) => e.id)).not.toContain(page.items[4].id);
    expect(new Date(next.items[0].createdAt) <= new Date(page.items[4].createdAt)).toBe(true);
    const signUps = await h.call<Page<AuditEntryView>>(ClientsSubjects.audit.list, as(owner), {
      action: 'auth.signed_up',
    });
    expect(signUps.totalCount).toBe(1);

    const analyst = await join(h, owner, { role: Role.Analyst });
    expect(await failure(h.call(ClientsSubjects.audit.list, as(analyst), {}))).toEqual({
      code: ErrorCode.Forbidden,
      message: 'Only owners and admins can read the audit log',
    });
  });
});
