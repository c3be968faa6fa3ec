import {
  AuthResult,
  BrandView,
  ClientsSubjects,
  ConnectionStartView,
  ConnectLinkView,
  ErrorCode,
  Network,
  Page,
  Role,
  SocialAccountView,
} from '@relais/contracts';
import { as, failure } from '@relais/server-testing';
import { ClientsHarness, startClients } from './support/clients-harness';
import { createBrand, join, signUp } from './support/fixtures';

describe('clients tenancy', () => {
  let h: ClientsHarness;
  let ownerA: AuthResult;
  let ownerB: AuthResult;
  let brandA1: BrandView;
  let brandA2: BrandView;
  let brandB: BrandView;
  let accountB: SocialAccountView;

  const connect = (actor: AuthResult, brandId: string, handle: string) =>
    h.call<SocialAccountView>(ClientsSubjects.account.connect, as(actor), {
      brandId,
      network: Network.Bluesky,
      handle,
      externalId: `did:plc:${handle}`,
      credentials: { accessToken: `token-${handle}` },
    });

  beforeAll(async () => {
    // Starting an X connection asks nothing of the network: the app's id is enough.
    h = await startClients({ X_CLIENT_ID: 'relais-test' });
    ownerA = await signUp(h, { agencyName: 'Agency A' });
    ownerB = await signUp(h, { agencyName: 'Agency B' });
    brandA1 = await createBrand(h, ownerA, 'A One');
    brandA2 = await createBrand(h, ownerA, 'A Two');
    brandB = await createBrand(h, ownerB, 'B Only');
    accountB = await connect(ownerB, brandB.id, 'b-only');
  });
  afterAll(() => h.close());

  it("answers NOT_FOUND for another agency's objects, exactly as for missing ones", async () => {
    const missing = await failure(
      h.call(ClientsSubjects.brand.get, as(ownerA), { id: '0b1e5b5e-0000-4000-8000-000000000000' }),
    );
    expect(missing).toEqual({ code: ErrorCode.NotFound, message: 'Brand not found' });
    const [memberB] = await h.sql<{ id: string }>(`SELECT id FROM clients.memberships WHERE user_id = $1`, [
      ownerB.user.id,
    ]);
    const invitationB = await h.call<{ invitation: { id: string } }>(
      ClientsSubjects.invitation.create,
      as(ownerB),
      {
        email: 'someone.b@example.test',
        role: Role.Analyst,
      },
    );
    for (const [subject, data] of [
      [ClientsSubjects.brand.get, { id: brandB.id }],
      [ClientsSubjects.brand.update, { id: brandB.id, name: 'Taken over' }],
      [ClientsSubjects.brand.archive, { id: brandB.id }],
      [ClientsSubjects.account.get, { id: accountB.id }],
      [ClientsSubjects.account.disconnect, { id: accountB.id }],
      [ClientsSubjects.member.get, { id: memberB.id }],
      [ClientsSubjects.member.changeRole, { id: memberB.id, role: Role.Analyst }],
      [ClientsSubjects.member.remove, { id: memberB.id }],
      [ClientsSubjects.invitation.revoke, { id: invitationB.invitation.id }],
    ] as const) {
      expect((await failure(h.call(subject, as(ownerA), data))).code).toBe(ErrorCode.NotFound);
    }
    expect((await failure(connect(ownerA, brandB.id, 'intruder'))).code).toBe(ErrorCode.NotFound);
    const [brand] = await h.sql<{ name: string; archived_at: Date | null }>(
      `SELECT name, archived_at FROM clients.brands WHERE id = $1`,
      [brandB.id],
    );
    expect(brand).toEqual({ name: 'B Only', archived_at: null });
  });

  it("neither shows nor completes nor chooses another agency's connections and connect links", async () => {
    const started = await h.call<ConnectionStartView>(ClientsSubjects.connection.start, as(ownerB), {
      brandId: brandB.id,
      network: Network.X,
      redirectUri: 'http://127.0.0.1:5173/connect/callback',
    });
    const state = new URL(started.authorizeUrl).searchParams.get('state') as string;
    const link = await h.call<ConnectLinkView>(ClientsSubjects.connection.createLink, as(ownerB), {
      brandId: brandB.id,
    });
    const attemptBefore = await h.sql(`SELECT * FROM clients.connection_attempts WHERE id = $1`, [
      started.connectionId,
    ]);
    for (const [subject, data] of [
      [ClientsSubjects.connection.get, { connectionId: started.connectionId }],
      [ClientsSubjects.connection.choose, { connectionId: started.connectionId, externalIds: ['123'] }],
      [
        ClientsSubjects.connection.start,
        { brandId: brandB.id, network: Network.X, redirectUri: 'http://127.0.0.1:5173/connect/callback' },
      ],
      [
        ClientsSubjects.connection.bluesky,
        { brandId: brandB.id, identifier: 'b.test', appPassword: 'abcd-efgh' },
      ],
      [ClientsSubjects.connection.createLink, { brandId: brandB.id }],
      [ClientsSubjects.connection.listLinks, { brandId: brandB.id }],
      [ClientsSubjects.connection.revokeLink, { id: link.id }],
    ] as const) {
      expect({ subject, code: (await failure(h.call(subject, as(ownerA), data))).code }).toEqual({
        subject,
        code: ErrorCode.NotFound,
      });
    }
    // A state of another agency matches nothing, exactly like a made-up one.
    const complete = (value: string) =>
      failure(
        h.call(ClientsSubjects.connection.complete, as(ownerA), {
          state: value,
          code: 'stolen-code',
          redirectUri: 'http://127.0.0.1:5173/connect/callback',
        }),
      );
    expect(await complete(state)).toEqual(await complete('m'.repeat(43)));
    expect((await complete(state)).code).toBe(ErrorCode.BadUserInput);
    await expect(
      h.sql(`SELECT * FROM clients.connection_attempts WHERE id = $1`, [started.connectionId]),
    ).resolves.toEqual(attemptBefore);
    const [{ revoked_at }] = await h.sql<{ revoked_at: Date | null }>(
      `SELECT revoked_at FROM clients.connect_links WHERE id = $1`,
      [link.id],
    );
    expect(revoked_at).toBeNull();
  });

  it('lists only the agency’s own brands and members', async () => {
    const brands = await h.call<Page<BrandView>>(ClientsSubjects.brand.list, as(ownerA), {});
    expect(brands.items.map((b) => b.name)).toEqual(['A One', 'A Two']);
    const members = await h.call<Page<{ userId: string }>>(ClientsSubjects.member.list, as(ownerA), {});
    expect(members.items.map((m) => m.userId)).toEqual([ownerA.user.id]);
  });

  it('shows a community manager only the brands assigned to them', async () => {
    const cm = await join(h, ownerA, { role: Role.CommunityManager, brandIds: [brandA1.id] });
    expect(cm.claims.brandIds).toEqual([brandA1.id]);
    const brands = await h.call<Page<BrandView>>(ClientsSubjects.brand.list, as(cm), {});
    expect(brands.items.map((b) => b.id)).toEqual([brandA1.id]);
    expect(brands.totalCount).toBe(1);
    expect((await failure(h.call(ClientsSubjects.brand.get, as(cm), { id: brandA2.id }))).code).toBe(
      ErrorCode.NotFound,
    );
    await expect(connect(cm, brandA1.id, 'cm-assigned')).resolves.toMatchObject({ brandId: brandA1.id });
    expect((await failure(connect(cm, brandA2.id, 'cm-unassigned'))).code).toBe(ErrorCode.NotFound);
  });

  it('shows a brand user only their brand, and no team', async () => {
    const viewer = await join(h, ownerA, { role: Role.BrandViewer, brandIds: [brandA2.id] });
    expect(viewer.claims).toMatchObject({ role: Role.BrandViewer, brandIds: [brandA2.id] });
    const brands = await h.call<Page<BrandView>>(ClientsSubjects.brand.list, as(viewer), {});
    expect(brands.items.map((b) => b.id)).toEqual([brandA2.id]);
    expect((await failure(h.call(ClientsSubjects.brand.get, as(viewer), { id: brandA1.id }))).code).toBe(
      ErrorCode.NotFound,
    );

    const team = await failure(h.call(ClientsSubjects.member.list, as(viewer), {}));
    expect(team).toEqual({ code: ErrorCode.Forbidden, message: 'Only agency staff can see the team' });
    expect((await failure(h.call(ClientsSubjects.invitation.list, as(viewer), {}))).code).toBe(
      ErrorCode.Forbidden,
    );
    const someone = await failure(h.call(ClientsSubjects.member.get, as(viewer), { id: ownerA.user.id }));
    expect(someone.code).toBe(ErrorCode.NotFound);
    expect((await failure(connect(viewer, brandA2.id, 'viewer'))).code).toBe(ErrorCode.Forbidden);
  });

  it('keeps every table closed to the app role when no tenant is set', async () => {
    for (const table of [
      'agencies',
      'users',
      'memberships',
      'brand_assignments',
      'brands',
      'social_accounts',
      'account_connections',
      'invitations',
      'sessions',
      'audit_log',
      'connect_links',
      'connection_attempts',
    ]) {
      const everything = await h.sql<{ count: number }>(
        `SELECT count(*)::int AS count FROM clients.${table}`,
      );
      expect({ table, rows: everything[0].count > 0 }).toEqual({ table, rows: true });
      const visible = await h.sqlAsApp<{ count: number }>(
        `SELECT count(*)::int AS count FROM clients.${table}`,
      );
      expect({ table, visible: visible[0].count }).toEqual({ table, visible: 0 });
    }
  });

  it('lets the app role see only the tenant it sets, and refuses writes into another', async () => {
    const tenant = { agencyId: ownerA.claims.agencyId, userId: ownerA.user.id, brandIds: '*' };
    const agencies = await h.sqlAsApp<{ name: string }>(`SELECT name FROM clients.agencies`, [], tenant);
    expect(agencies.map((a) => a.name)).toEqual(['Agency A']);
    const users = await h.sqlAsApp<{ id: string }>(`SELECT id FROM clients.users`, [], tenant);
    expect(users.map((u) => u.id)).not.toContain(ownerB.user.id);
    await expect(
      h.sqlAsApp(
        `INSERT INTO clients.brands (id, agency_id, name, slug, timezone, default_language)
         VALUES (gen_random_uuid(), $1, 'Smuggled', 'smuggled', 'UTC', 'en')`,
        [ownerB.claims.agencyId],
        tenant,
      ),
    ).rejects.toThrow(/row-level security/);
    await expect(
      h.sqlAsApp(`SELECT * FROM clients.find_user_for_sign_in($1)`, [ownerB.user.email]),
    ).resolves.toHaveLength(1);
    await expect(
      h.sqlAsApp(`SELECT id FROM clients.users WHERE email = $1`, [ownerB.user.email]),
    ).resolves.toHaveLength(0);
  });

  describe('brands named inside an input', () => {
    const MISSING_BRAND = '0b1e5b5e-0000-4000-8000-0000000000b1';
    let analystMember: string;
    let cmMember: string;
    let cm: AuthResult;

    const memberIdOf = async (actor: AuthResult): Promise<string> => {
      const [row] = await h.sql<{ id: string }>(`SELECT id FROM clients.memberships WHERE user_id = $1`, [
        actor.user.id,
      ]);
      return row.id;
    };
    /** Every input of agency A's owner that names brands, with `brandId` among them. */
    const namingBrand = (brandId: string) =>
      [
        [
          ClientsSubjects.invitation.create,
          { email: 'brand.spy@example.test', role: Role.BrandViewer, brandIds: [brandId] },
        ],
        [
          ClientsSubjects.member.changeRole,
          { id: analystMember, role: Role.CommunityManager, brandIds: [brandA1.id, brandId] },
        ],
        [ClientsSubjects.member.assignBrands, { id: cmMember, brandIds: [brandA1.id, brandId] }],
      ] as const;
    /** What those inputs may have changed in agency A. */
    const teamOfA = () =>
      h.sql(
        `SELECT m.id, m.role, m.brand_id,
                (SELECT array_agg(ba.brand_id::text ORDER BY ba.brand_id::text) FROM clients.brand_assignments ba
                  WHERE ba.membership_id = m.id) AS assigned,
                (SELECT count(*)::int FROM clients.invitations i WHERE i.agency_id = m.agency_id) AS invitations
           FROM clients.memberships m WHERE m.agency_id = $1 ORDER BY m.id`,
        [ownerA.claims.agencyId],
      );

    beforeAll(async () => {
      analystMember = await memberIdOf(await join(h, ownerA, { role: Role.Analyst }));
      cm = await join(h, ownerA, { role: Role.CommunityManager, brandIds: [brandA1.id] });
      cmMember = await memberIdOf(cm);
    });

    it('answers NOT_FOUND for another agency’s brand, exactly as for a missing one, and changes nothing', async () => {
      const before = await teamOfA();
      for (const brandId of [brandB.id, MISSING_BRAND]) {
        for (const [subject, data] of namingBrand(brandId)) {
          const error = await failure(h.call(subject, as(ownerA), data));
          expect({ subject, brandId, error }).toEqual({
            subject,
            brandId,
            error: { code: ErrorCode.NotFound, message: 'Brand not found' },
          });
        }
      }
      expect(await teamOfA()).toEqual(before);
    });

    it('refuses an archived brand of the agency as bad input on brandIds', async () => {
      const archived = await createBrand(h, ownerA, 'A Archived');
      await h.call(ClientsSubjects.brand.archive, as(ownerA), { id: archived.id });
      const before = await teamOfA();
      for (const [subject, data] of namingBrand(archived.id)) {
        const error = await failure(h.call(subject, as(ownerA), data));
        expect({ subject, code: error.code, fields: error.fields?.map((field) => field.field) }).toEqual({
          subject,
          code: ErrorCode.BadUserInput,
          fields: ['brandIds'],
        });
      }
      expect(await teamOfA()).toEqual(before);
    });

    it('answers NOT_FOUND when listing the accounts of a brand the caller cannot see', async () => {
      const notFound = { code: ErrorCode.NotFound, message: 'Brand not found' };
      const list = (actor: AuthResult, brandId: string) =>
        h.call<Page<SocialAccountView>>(ClientsSubjects.account.list, as(actor), { brandId });
      expect(await failure(list(ownerA, brandB.id))).toEqual(notFound);
      expect(await failure(list(ownerA, MISSING_BRAND))).toEqual(notFound);
      expect(await failure(list(cm, brandA2.id))).toEqual(notFound);
      expect((await list(ownerB, brandB.id)).items.map((account) => account.id)).toEqual([accountB.id]);
      const listed = await connect(ownerA, brandA1.id, 'a1-listed');
      const own = await list(cm, brandA1.id);
      expect(own.items.map((account) => account.id)).toContain(listed.id);
      expect(new Set(own.items.map((account) => account.brandId))).toEqual(new Set([brandA1.id]));
    });

    it('lists nothing for the brands of a list the caller cannot see', async () => {
      const list = (actor: AuthResult, brandIds: string[]) =>
        h.call<Page<SocialAccountView>>(ClientsSubjects.account.list, as(actor), { brandIds });
      const brandsOf = (page: Page<SocialAccountView>) =>
        new Set(page.items.map((account) => account.brandId));
      await connect(ownerA, brandA1.id, 'a1-batch');
      await connect(ownerA, brandA2.id, 'a2-batch');

      const owner = await list(ownerA, [brandA1.id, brandB.id, MISSING_BRAND]);
      expect(brandsOf(owner)).toEqual(new Set([brandA1.id]));
      expect(owner.totalCount).toBe(owner.items.length);
      expect(await list(ownerA, [brandB.id, MISSING_BRAND])).toMatchObject({ items: [], totalCount: 0 });
      expect(brandsOf(await list(cm, [brandA1.id, brandA2.id]))).toEqual(new Set([brandA1.id]));
      expect(brandsOf(await list(ownerA, [brandA1.id, brandA2.id]))).toEqual(
        new Set([brandA1.id, brandA2.id]),
      );
    });
  });
});
