import { randomBytes } from 'node:crypto';
import { ClientsSubjects, systemEnvelope } from '@relais/contracts';
import { SandboxClient } from '@relais/server-testing';
import { E2ePlatform, startE2ePlatform } from './support/e2e-platform';
import { AnyData } from './support/graphql-client';
import {
  BrandRef,
  COMPLETE_CONNECTION,
  connectThroughNetwork,
  consentOnNetwork,
  createBrand,
  Session,
  signUp,
  START_CONNECTION,
} from './support/seed';

/**
 * Connecting accounts the networks' way through the gateway, against the emulated networks' consent
 * pages: each network, a forged state, a code used twice, a redirect URI that is not the one asked,
 * a refusal, the reconnection of a flagged account, and a brand's connect link used without a login.
 */

const REDIRECT_URI = 'http://127.0.0.1:5173/connect/callback';
const ACCOUNT = `query A($id: ID!) { socialAccount(id: $id) { id brandId network handle externalId status shared } }`;
const BLUESKY = `mutation B($input: ConnectBlueskyAccountInput!) { connectBlueskyAccount(input: $input) {
  id brandId network handle externalId status } }`;

let e2e: E2ePlatform;
let sandbox: SandboxClient;
let owner: Session;
let brand: BrandRef;
let other: BrandRef;

const unique = (label: string) => `${label}${randomBytes(3).toString('hex')}`;

beforeAll(async () => {
  e2e = await startE2ePlatform();
  sandbox = new SandboxClient(e2e.platform.sandbox.control);
  owner = await signUp(e2e.api, { agencyName: 'Connect Agency' });
  brand = await createBrand(owner, 'Maison Verdure');
  other = await createBrand(owner, 'Fleurs de Lune');
}, 240_000);

afterAll(async () => {
  await e2e?.stop();
});

async function accountOf(id: string): Promise<AnyData> {
  return (await owner.api.data(ACCOUNT, { id })).socialAccount as AnyData;
}

async function start(input: Record<string, unknown>): Promise<AnyData> {
  const { startAccountConnection } = await owner.api.data(START_CONNECTION, {
    input: { brandId: brand.id, redirectUri: REDIRECT_URI, ...input },
  });
  return startAccountConnection as AnyData;
}

describe('each network, through its consent page', () => {
  it('connects an X account with PKCE, asking only the scopes publishing needs', async () => {
    const x = await sandbox.provisionAccount({ network: 'x', handle: unique('verdure_') });
    const started = await start({ network: 'X' });
    const authorize = new URL(started.authorizeUrl);
    expect(authorize.pathname).toBe('/i/oauth2/authorize');
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('redirect_uri')).toBe(REDIRECT_URI);
    expect(started.scopes).toEqual(expect.arrayContaining(['tweet.write', 'offline.access']));

    const connection = await connectThroughNetwork(
      { session: owner },
      { brandId: brand.id, network: 'X', login: x.handle, redirectUri: REDIRECT_URI },
    );
    expect(connection).toMatchObject({
      status: 'CONNECTED',
      brandId: brand.id,
      network: 'X',
      origin: 'AGENCY',
    });
    expect(connection.accountIds).toHaveLength(1);
    expect(await accountOf(connection.accountIds[0])).toMatchObject({
      network: 'X',
      externalId: x.externalId,
      status: 'CONNECTED',
    });
  });

  it('connects a Mastodon account after registering Relais on the instance', async () => {
    const mastodon = await sandbox.provisionAccount({ network: 'mastodon', handle: unique('verdure') });
    const connection = await connectThroughNetwork(
      { session: owner },
      {
        brandId: brand.id,
        network: 'MASTODON',
        instanceUrl: e2e.platform.sandbox.mastodon,
        login: mastodon.handle,
        redirectUri: REDIRECT_URI,
      },
    );
    expect(connection.status).toBe('CONNECTED');
    expect(await accountOf(connection.accountIds[0])).toMatchObject({
      network: 'MASTODON',
      externalId: mastodon.externalId,
    });
  });

  it('lets the brand choose among the Facebook pages the person manages', async () => {
    const person = unique('fbperson');
    const kept = await sandbox.provisionAccount({ network: 'facebook_page', owner: person });
    const left = await sandbox.provisionAccount({ network: 'facebook_page', owner: person });
    const started = await start({ network: 'FACEBOOK_PAGE' });
    const { params } = await consentOnNetwork(started.authorizeUrl, person);
    const { completeAccountConnection: choosing } = await owner.api.data(COMPLETE_CONNECTION, {
      input: { state: params.get('state'), code: params.get('code'), redirectUri: REDIRECT_URI },
    });
    expect(choosing.status).toBe('CHOOSING');
    expect(choosing.candidates.map((candidate: AnyData) => candidate.externalId).sort()).toEqual(
      [kept.externalId, left.externalId].sort(),
    );
    expect(choosing.candidates[0]).toMatchObject({ kind: 'page', connectedToBrandId: null });

    const chosen = await owner.api.data(
      `mutation C($input: ChooseConnectionAccountsInput!) { chooseConnectionAccounts(input: $input) {
        status accountIds } }`,
      { input: { connectionId: choosing.id, externalIds: [kept.externalId] } },
    );
    expect(chosen.chooseConnectionAccounts.status).toBe('CONNECTED');
    expect(chosen.chooseConnectionAccounts.accountIds).toHaveLength(1);
    expect(await accountOf(chosen.chooseConnectionAccounts.accountIds[0])).toMatchObject({
      network: 'FACEBOOK_PAGE',
      externalId: kept.externalId,
    });
  });

  it('lets the brand choose a LinkedIn organization the member administers', async () => {
    const member = unique('limember');
    const organization = await sandbox.provisionAccount({ network: 'linkedin', owner: member });
    const connection = await connectThroughNetwork(
      { session: owner },
      {
        brandId: brand.id,
        network: 'LINKEDIN',
        login: member,
        redirectUri: REDIRECT_URI,
        choose: [organization.externalId],
      },
    );
    expect(connection.status).toBe('CONNECTED');
    expect(await accountOf(connection.accountIds[0])).toMatchObject({
      network: 'LINKEDIN',
      externalId: organization.externalId,
    });
  });

  it('connects a Bluesky account with an app password, and refuses a wrong one', async () => {
    const bluesky = await sandbox.provisionAccount({
      network: 'bluesky',
      handle: `${unique('verdure')}.bsky.social`,
    });
    const refused = await owner.api.request(BLUESKY, {
      input: { brandId: brand.id, identifier: bluesky.handle, appPassword: 'wrong-wrong-wrong-wrong' },
    });
    expect(refused.data ?? null).toBeNull();
    expect(refused.errors[0]?.extensions.code).toBe('BAD_USER_INPUT');

    const { connectBlueskyAccount } = await owner.api.data(BLUESKY, {
      input: { brandId: brand.id, identifier: bluesky.handle, appPassword: bluesky.appPassword },
    });
    expect(connectBlueskyAccount).toMatchObject({
      brandId: brand.id,
      network: 'BLUESKY',
      externalId: bluesky.externalId,
      status: 'CONNECTED',
    });
  });
});

describe('what the callback must refuse', () => {
  it('refuses a forged state, naming the field', async () => {
    const response = await owner.api.request(COMPLETE_CONNECTION, {
      input: { state: randomBytes(24).toString('base64url'), code: 'forged-code', redirectUri: REDIRECT_URI },
    });
    expect(response.data ?? null).toBeNull();
    expect(response.errors[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'state' })],
    });
  });

  it('uses the network’s answer once only', async () => {
    const x = await sandbox.provisionAccount({ network: 'x', handle: unique('once_') });
    const started = await start({ network: 'X' });
    const { params } = await consentOnNetwork(started.authorizeUrl, x.handle);
    const input = { state: params.get('state'), code: params.get('code'), redirectUri: REDIRECT_URI };
    const first = await owner.api.data(COMPLETE_CONNECTION, { input });
    expect(first.completeAccountConnection.status).toBe('CONNECTED');
    const again = await owner.api.request(COMPLETE_CONNECTION, { input });
    expect(again.data ?? null).toBeNull();
    expect(again.errors.map((error) => error.extensions.code)).toEqual(['CONFLICT']);
  });

  it('refuses a redirect URI it does not know, and an answer on another one than asked', async () => {
    const unknown = await owner.api.request(START_CONNECTION, {
      input: { brandId: brand.id, network: 'X', redirectUri: 'https://evil.example/connect/callback' },
    });
    expect(unknown.errors[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'redirectUri' })],
    });

    const x = await sandbox.provisionAccount({ network: 'x', handle: unique('elsewhere_') });
    const started = await start({ network: 'X' });
    const { params } = await consentOnNetwork(started.authorizeUrl, x.handle);
    const moved = await owner.api.request(COMPLETE_CONNECTION, {
      input: {
        state: params.get('state'),
        code: params.get('code'),
        redirectUri: 'http://localhost:5173/connect/callback',
      },
    });
    expect(moved.errors[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'redirectUri' })],
    });
    const { accountConnection } = await owner.api.data(
      'query Q($id: ID!) { accountConnection(id: $id) { status accountIds } }',
      { id: started.connectionId },
    );
    expect(accountConnection).toEqual({ status: 'FAILED', accountIds: [] });
  });

  it('records a refusal on the consent page as a failure in words', async () => {
    const x = await sandbox.provisionAccount({ network: 'x', handle: unique('refuses_') });
    const started = await start({ network: 'X' });
    const { params } = await consentOnNetwork(started.authorizeUrl, x.handle, 'deny');
    expect(params.get('error')).toBe('access_denied');
    const { completeAccountConnection } = await owner.api.data(COMPLETE_CONNECTION, {
      input: {
        state: params.get('state'),
        error: params.get('error'),
        errorDescription: params.get('error_description'),
        redirectUri: REDIRECT_URI,
      },
    });
    expect(completeAccountConnection).toMatchObject({ status: 'FAILED', accountIds: [] });
    expect(completeAccountConnection.failureReason).toMatch(/refused/i);
  });
});

describe('reconnecting', () => {
  it('reconnects a flagged account with the same network account, and refuses another one', async () => {
    const x = await sandbox.provisionAccount({ network: 'x', handle: unique('flagged_') });
    const intruder = await sandbox.provisionAccount({ network: 'x', handle: unique('intruder_') });
    const first = await connectThroughNetwork(
      { session: owner },
      { brandId: other.id, network: 'X', login: x.handle, redirectUri: REDIRECT_URI },
    );
    const accountId = first.accountIds[0] as string;
    await owner.api.client.system(
      ClientsSubjects.account.markNeedsReconnection,
      systemEnvelope('connections-e2e', owner.agencyId),
      { id: accountId, reason: 'The token was revoked on X' },
    );
    expect(await accountOf(accountId)).toMatchObject({ status: 'NEEDS_RECONNECTION' });

    const started = await owner.api.data(START_CONNECTION, {
      input: { brandId: other.id, network: 'X', accountId, redirectUri: REDIRECT_URI },
    });
    const wrong = await consentOnNetwork(started.startAccountConnection.authorizeUrl, intruder.handle);
    const refused = await owner.api.request(COMPLETE_CONNECTION, {
      input: { state: wrong.params.get('state'), code: wrong.params.get('code'), redirectUri: REDIRECT_URI },
    });
    expect(refused.errors.map((error) => error.extensions.code)).toEqual(['CONFLICT']);
    expect(await accountOf(accountId)).toMatchObject({ status: 'NEEDS_RECONNECTION' });

    const again = await connectThroughNetwork(
      { session: owner },
      { brandId: other.id, network: 'X', accountId, login: x.handle, redirectUri: REDIRECT_URI },
    );
    expect(again).toMatchObject({ status: 'CONNECTED', accountIds: [accountId] });
    expect(await accountOf(accountId)).toMatchObject({ status: 'CONNECTED' });
  });
});

describe('connect links', () => {
  const OPEN = `query O($token: String!) { connectLink(token: $token) { brandName agencyName networks expiresAt
    accounts { network handle status } } }`;

  it('lets a brand’s approver connect an account without an agency login, until the link is revoked', async () => {
    const { createConnectLink } = await owner.api.data(
      `mutation L($input: CreateConnectLinkInput!) { createConnectLink(input: $input) { id url networks
        recipientEmail } }`,
      { input: { brandId: brand.id, networks: ['X'], recipientEmail: 'client@verdure.example' } },
    );
    expect(createConnectLink).toMatchObject({ networks: ['X'], recipientEmail: 'client@verdure.example' });
    const linkToken = new URL(createConnectLink.url).pathname.split('/').pop() ?? '';
    const { connectLinks } = await owner.api.data(
      'query Q($brandId: ID!) { connectLinks(brandId: $brandId) { id url } }',
      {
        brandId: brand.id,
      },
    );
    expect(connectLinks).toEqual(expect.arrayContaining([{ id: createConnectLink.id, url: null }]));

    const opened = await e2e.api.data(OPEN, { token: linkToken });
    expect(opened.connectLink).toMatchObject({
      brandName: 'Maison Verdure',
      agencyName: 'Connect Agency',
      networks: ['X'],
    });

    const notAllowed = await e2e.api.request(START_CONNECTION, {
      input: { linkToken, network: 'LINKEDIN', redirectUri: REDIRECT_URI },
    });
    expect(notAllowed.errors.map((error) => error.extensions.code)).toEqual(['FORBIDDEN']);

    const x = await sandbox.provisionAccount({ network: 'x', handle: unique('approver_') });
    const connection = await connectThroughNetwork(
      { api: e2e.api, linkToken },
      { network: 'X', login: x.handle, redirectUri: REDIRECT_URI },
    );
    expect(connection).toMatchObject({ status: 'CONNECTED', brandId: brand.id, origin: 'LINK' });
    const after = await e2e.api.data(OPEN, { token: linkToken });
    expect(after.connectLink.accounts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ network: 'X', handle: expect.stringContaining(x.handle) }),
      ]),
    );

    await owner.api.data('mutation R($id: ID!) { revokeConnectLink(id: $id) { revokedAt } }', {
      id: createConnectLink.id,
    });
    const revoked = await e2e.api.request(OPEN, { token: linkToken });
    expect(revoked.data ?? null).toBeNull();
    expect(revoked.errors).toHaveLength(1);
    const late = await e2e.api.request(START_CONNECTION, {
      input: { linkToken, network: 'X', redirectUri: REDIRECT_URI },
    });
    expect(late.data ?? null).toBeNull();
  });

  it('needs a login or a link token', async () => {
    const response = await e2e.api.request(START_CONNECTION, {
      input: { brandId: brand.id, network: 'X', redirectUri: REDIRECT_URI },
    });
    expect(response.errors.map((error) => error.extensions.code)).toEqual(['UNAUTHENTICATED']);
  });
});
