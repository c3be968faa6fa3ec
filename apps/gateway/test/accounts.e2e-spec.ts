import { connect, NatsConnection } from 'nats';
import { E2ePlatform, startE2ePlatform } from './support/e2e-platform';
import { AnyData } from './support/graphql-client';
import { RemoteError } from '@relais/server-errors';
import { addMember, BrandRef, connectAccount, createBrand, Session, signUp } from './support/seed';

const ACCOUNT_FIELDS = `id brandId network handle externalId displayName instanceUrl status statusReason
  tokenExpiresAt shared connectedAt updatedAt`;
const DISCONNECT = `mutation D($id: ID!) { disconnectSocialAccount(id: $id) { ${ACCOUNT_FIELDS} } }`;
const ONE = `query A($id: ID!) { socialAccount(id: $id) { ${ACCOUNT_FIELDS} } }`;
const LIST = `query L($brandId: ID) { socialAccounts(brandId: $brandId, first: 50) {
  totalCount edges { node { ${ACCOUNT_FIELDS} } } } }`;
const BRANDS_WITH_ACCOUNTS =
  '{ brands(first: 20) { edges { node { id name socialAccounts { id brandId handle status } } } } }';

let e2e: E2ePlatform;
let owner: Session;
let bakery: BrandRef;
let florist: BrandRef;
/** Every response text of this file, to prove no secret ever comes back. */
const responses: string[] = [];
const secrets: string[] = [];

/**
 * Connects through the clients service's own request (the public API connects only the network's way,
 * see account-connections.e2e-spec.ts), then reads the account as the API answers it.
 */
async function connectAs(session: Session, input: Record<string, unknown>): Promise<AnyData> {
  const { brandId, ...overrides } = input;
  const { id } = await connectAccount(session, String(brandId), overrides);
  return (await call(session, ONE, { id })).socialAccount as AnyData;
}

/** The service's refusal of a connection, as a NATS caller receives it. */
async function refusalOf(session: Session, input: Record<string, unknown>): Promise<RemoteError> {
  const error = await connectAs(session, input).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof RemoteError)) throw new Error(`Expected a refusal, got ${String(error)}`);
  responses.push(JSON.stringify(error.body));
  return error;
}

async function call(session: Session, query: string, variables?: Record<string, unknown>) {
  const response = await session.api.request(query, variables);
  responses.push(response.text);
  if (response.errors.length > 0) throw new Error(JSON.stringify(response.errors));
  return response.data as AnyData;
}

beforeAll(async () => {
  // Info logs (every request), so that "never logged" covers what production writes.
  e2e = await startE2ePlatform({ env: { LOG_LEVEL: 'info' } });
  owner = await signUp(e2e.api, { agencyName: 'Accounts Agency' });
  bakery = await createBrand(owner, 'Boulangerie Petit');
  florist = await createBrand(owner, 'Fleurs de Lune');
});

afterAll(async () => {
  await e2e?.stop();
});

describe('connected accounts', () => {
  it('offers no way to paste credentials', async () => {
    const { __schema } = await call(owner, '{ __schema { mutationType { fields { name } } } }');
    const names = __schema.mutationType.fields.map((field: { name: string }) => field.name);
    expect(names).not.toContain('connectSocialAccount');
    expect(names).not.toContain('reconnectSocialAccount');
    expect(names).toEqual(expect.arrayContaining(['startAccountConnection', 'completeAccountConnection']));
  });

  it('reads and disconnects an account', async () => {
    const accessToken = 'mastodon-access-token-4f1e9a0c2b7d';
    const refreshToken = 'mastodon-refresh-token-8c3a5b1d9e2f';
    secrets.push(accessToken, refreshToken);
    const account = await connectAs(owner, {
      brandId: bakery.id,
      network: 'MASTODON',
      handle: '@petit@mastodon.example',
      externalId: '109876',
      displayName: 'Boulangerie Petit',
      instanceUrl: 'https://mastodon.example',
      credentials: { accessToken, refreshToken, expiresAt: '2030-01-01T00:00:00+01:00' },
    });
    expect(account).toMatchObject({
      brandId: bakery.id,
      network: 'MASTODON',
      handle: '@petit@mastodon.example',
      externalId: '109876',
      displayName: 'Boulangerie Petit',
      instanceUrl: 'https://mastodon.example',
      status: 'CONNECTED',
      statusReason: null,
      tokenExpiresAt: '2029-12-31T23:00:00.000Z',
    });

    const { disconnectSocialAccount } = await call(owner, DISCONNECT, { id: account.id });
    expect(disconnectSocialAccount).toMatchObject({ id: account.id, status: 'DISCONNECTED' });
  });

  it('lists accounts of every brand or of one', async () => {
    const first = await connectAccount(owner, bakery.id, {
      network: 'BLUESKY',
      instanceUrl: 'https://bsky.example',
    });
    const second = await connectAccount(owner, florist.id, { network: 'LINKEDIN', instanceUrl: null });
    secrets.push(first.accessToken, second.accessToken);
    const all = await call(owner, LIST, {});
    const ids = all.socialAccounts.edges.map((edge: { node: { id: string } }) => edge.node.id);
    expect(ids).toEqual(expect.arrayContaining([first.id, second.id]));
    const florists = await call(owner, LIST, { brandId: florist.id });
    expect(florists.socialAccounts.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual([
      second.id,
    ]);
  });

  it('loads every brand’s accounts of a page with one request to the clients service', async () => {
    const nats: NatsConnection = await connect({ servers: e2e.platform.env['NATS_URL'] });
    try {
      const listSubject = `${e2e.subjectPrefix}clients.account.list`;
      let lists = 0;
      const subscription = nats.subscribe(listSubject, { callback: () => (lists += 1) });
      await nats.flush();
      const { brands } = await call(owner, BRANDS_WITH_ACCOUNTS);
      await nats.flush();
      subscription.unsubscribe();
      expect(lists).toBe(1);
      const byName = Object.fromEntries(
        brands.edges.map((edge: { node: { name: string; socialAccounts: { brandId: string }[] } }) => [
          edge.node.name,
          edge.node.socialAccounts,
        ]),
      );
      expect(byName['Boulangerie Petit'].length).toBeGreaterThanOrEqual(1);
      expect(byName['Fleurs de Lune']).toHaveLength(1);
      for (const [name, accounts] of Object.entries(byName) as [string, { brandId: string }[]][]) {
        const brandId = name === 'Boulangerie Petit' ? bakery.id : florist.id;
        for (const account of accounts) expect(account.brandId).toBe(brandId);
      }
    } finally {
      await nats.close();
    }
  });

  it('lets a brand viewer see their brand’s accounts but not disconnect them', async () => {
    const viewer = await addMember(e2e.api, owner, {
      label: 'viewer',
      role: 'BRAND_VIEWER',
      brandIds: [florist.id],
    });
    const visible = await call(viewer, LIST, {});
    for (const edge of visible.socialAccounts.edges as { node: { brandId: string } }[]) {
      expect(edge.node.brandId).toBe(florist.id);
    }
    const [shown] = visible.socialAccounts.edges as { node: { id: string } }[];
    const refused = await viewer.api.request(DISCONNECT, { id: shown.node.id });
    responses.push(refused.text);
    expect(refused.errors.map((error) => error.extensions.code)).toEqual(['FORBIDDEN']);
  });

  describe('one brand at a time', () => {
    const ELSEWHERE =
      'This account is already connected to Relais by another organisation; disconnect it there first or contact support';
    const xAccount = (externalId: string, accessToken: string, extra: Record<string, unknown> = {}) => ({
      network: 'X',
      handle: `@acct_${externalId}`,
      externalId,
      credentials: { accessToken },
      ...extra,
    });
    const listed = async (brandId: string) =>
      (await call(owner, LIST, { brandId })).socialAccounts.edges.map(
        (edge: { node: AnyData }) => edge.node,
      ) as AnyData[];

    it('updates the account when it is connected again to the same brand', async () => {
      secrets.push('same-brand-token-1a2b3c', 'same-brand-token-4d5e6f');
      const input = { brandId: bakery.id, ...xAccount('same-brand-1', 'same-brand-token-1a2b3c') };
      const first = await connectAs(owner, input);
      const again = await connectAs(owner, {
        ...input,
        handle: '@renamed',
        credentials: { accessToken: 'same-brand-token-4d5e6f' },
      });
      expect(again).toMatchObject({ id: first.id, handle: '@renamed', shared: false });
      expect((await listed(bakery.id)).filter((a) => a.externalId === 'same-brand-1')).toHaveLength(1);
    });

    it('refuses another brand of the agency by name, then shares the account on purpose', async () => {
      secrets.push('shared-token-aa11bb22', 'shared-token-cc33dd44');
      const account = xAccount('shared-1', 'shared-token-aa11bb22');
      const inBakery = await connectAs(owner, { brandId: bakery.id, ...account });
      const refused = await refusalOf(owner, { brandId: florist.id, ...account });
      expect(refused.body).toMatchObject({
        message:
          'This account is already connected to the brand Boulangerie Petit; share it to use it with both brands',
        code: 'CONFLICT',
        fields: [
          {
            field: 'externalId',
            constraint: 'connectedToOtherBrand',
            params: { brand: 'Boulangerie Petit' },
          },
        ],
      });

      const inFlorist = await connectAs(owner, {
        brandId: florist.id,
        ...account,
        credentials: { accessToken: 'shared-token-cc33dd44' },
        share: true,
      });
      expect(inFlorist).toMatchObject({ brandId: florist.id, shared: true, status: 'CONNECTED' });
      expect((await listed(bakery.id)).find((a) => a.id === inBakery.id)).toMatchObject({ shared: true });
      expect((await listed(florist.id)).find((a) => a.id === inFlorist.id)).toMatchObject({ shared: true });

      await call(owner, DISCONNECT, { id: inFlorist.id });
      expect((await listed(bakery.id)).find((a) => a.id === inBakery.id)).toMatchObject({
        status: 'CONNECTED',
        shared: false,
      });
      expect((await listed(florist.id)).map((a) => a.id)).not.toContain(inFlorist.id);
    });

    it('refuses an account another organisation holds without a word about it, until it lets it go', async () => {
      secrets.push('held-token-ee55ff66');
      const held = await connectAs(owner, {
        brandId: bakery.id,
        ...xAccount('held-1', 'held-token-ee55ff66'),
      });
      const rival = await signUp(e2e.api, { agencyName: 'Rival Agency' });
      const rivalBrand = await createBrand(rival, 'Rival Brand');
      for (const share of [undefined, true]) {
        const refused = await refusalOf(rival, {
          brandId: rivalBrand.id,
          ...xAccount('held-1', 'rival-token-0000', { share }),
        });
        expect(refused.body).toMatchObject({
          message: ELSEWHERE,
          code: 'CONFLICT',
          fields: [{ field: 'externalId', constraint: 'connectedElsewhere' }],
        });
        const text = JSON.stringify(refused.body);
        for (const foreign of [
          held.id,
          bakery.id,
          owner.agencyId,
          owner.userId,
          'Boulangerie',
          'Accounts Agency',
        ]) {
          expect(text).not.toContain(foreign);
        }
      }

      await call(owner, DISCONNECT, { id: held.id });
      const taken = await connectAs(rival, {
        brandId: rivalBrand.id,
        ...xAccount('held-1', 'rival-token-0000'),
      });
      expect(taken).toMatchObject({ brandId: rivalBrand.id });
    });
  });

  it('never answers credentials, not even in the audit log, and never logs them', async () => {
    const { auditLog } = await call(owner, '{ auditLog(first: 100) { edges { node { action details } } } }');
    expect(auditLog.edges.length).toBeGreaterThan(0);
    await call(owner, BRANDS_WITH_ACCOUNTS);
    await call(owner, LIST, {});
    expect(secrets.length).toBeGreaterThanOrEqual(4);
    const everything = responses.join('\n');
    const logs = e2e.platform.services.map((service) => service.logs()).join('\n');
    for (const secret of secrets) {
      expect(everything).not.toContain(secret);
      expect(logs).not.toContain(secret);
    }
  });
});
