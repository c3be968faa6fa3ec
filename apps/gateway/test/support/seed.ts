import { randomBytes } from 'node:crypto';
import { ClientsSubjects, Envelope, Role, SocialAccountView } from '@relais/contracts';
import { ActorClient, AnyData, GqlResponse, GraphqlClient } from './graphql-client';

export const PASSWORD = 'correct-horse-battery-staple';

export const AUTH_FIELDS = `
  accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt role brandIds
  user { id email name locale } agency { id name role } agencies { id name role }`;

export const BRAND_FIELDS = `
  id name slug timezone defaultLanguage targetMarkets archived createdAt updatedAt
  guidelines { toneNotes requiredHashtags bannedWords }`;

export interface AuthPayload {
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
  refreshTokenExpiresAt: string;
  role: string;
  brandIds: string[] | null;
  user: { id: string; email: string; name: string; locale: string };
  agency: { id: string; name: string; role: string };
  agencies: { id: string; name: string; role: string }[];
}

/** A signed-in user: their tokens, ids and a client that sends their access token. */
export interface Session {
  auth: AuthPayload;
  userId: string;
  agencyId: string;
  email: string;
  api: ActorClient;
}

export interface BrandRef {
  id: string;
  name: string;
  slug: string;
}

export function uniqueEmail(label: string): string {
  return `${label}-${randomBytes(4).toString('hex')}@relais.test`;
}

export function sessionOf(api: GraphqlClient, auth: AuthPayload): Session {
  return {
    auth,
    userId: auth.user.id,
    agencyId: auth.agency.id,
    email: auth.user.email,
    api: api.as(auth.accessToken),
  };
}

export async function signUp(
  api: GraphqlClient,
  input: { agencyName: string; name?: string; email?: string; password?: string },
): Promise<Session> {
  const { signUp } = await api.data<{ signUp: AuthPayload }>(
    `mutation SignUp($input: SignUpInput!) { signUp(input: $input) { ${AUTH_FIELDS} } }`,
    {
      input: {
        agencyName: input.agencyName,
        name: input.name ?? `${input.agencyName} Owner`,
        email: input.email ?? uniqueEmail('owner'),
        password: input.password ?? PASSWORD,
        locale: 'FR',
      },
    },
  );
  return sessionOf(api, signUp);
}

export async function signIn(
  api: GraphqlClient,
  email: string,
  options: { password?: string; agencyId?: string } = {},
): Promise<Session> {
  const { signIn } = await api.data<{ signIn: AuthPayload }>(
    `mutation SignIn($input: SignInInput!) { signIn(input: $input) { ${AUTH_FIELDS} } }`,
    { input: { email, password: options.password ?? PASSWORD, agencyId: options.agencyId } },
  );
  return sessionOf(api, signIn);
}

export async function createBrand(
  session: Session,
  name: string,
  overrides: Record<string, unknown> = {},
): Promise<BrandRef> {
  const { createBrand } = await session.api.data<{ createBrand: BrandRef }>(
    'mutation Create($input: CreateBrandInput!) { createBrand(input: $input) { id name slug } }',
    {
      input: {
        name,
        timezone: 'Europe/Paris',
        defaultLanguage: 'FR',
        targetMarkets: ['FR'],
        guidelines: { toneNotes: 'Warm, never smug.', requiredHashtags: [], bannedWords: [] },
        ...overrides,
      },
    },
  );
  return createBrand;
}

/** Invites someone and returns the invitation and the token of its link. */
export async function invite(
  session: Session,
  input: { email: string; role: string; brandIds?: string[] },
): Promise<{ invitationId: string; token: string; acceptUrl: string }> {
  const { inviteMember } = await session.api.data<{
    inviteMember: { acceptUrl: string; invitation: { id: string } };
  }>(
    'mutation Invite($input: InviteMemberInput!) { inviteMember(input: $input) { acceptUrl invitation { id } } }',
    {
      input,
    },
  );
  const token = new URL(inviteMember.acceptUrl).pathname.split('/').pop() ?? '';
  return { invitationId: inviteMember.invitation.id, token, acceptUrl: inviteMember.acceptUrl };
}

export async function acceptInvitation(
  api: GraphqlClient,
  token: string,
  input: { name?: string; password?: string } = {},
): Promise<Session> {
  const { acceptInvitation } = await api.data<{ acceptInvitation: AuthPayload }>(
    `mutation Accept($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { ${AUTH_FIELDS} } }`,
    { input: { token, name: input.name, password: input.password ?? PASSWORD } },
  );
  return sessionOf(api, acceptInvitation);
}

/** Invites a new person and signs them in through the invitation. */
export async function addMember(
  api: GraphqlClient,
  inviter: Session,
  input: { label: string; role: string; brandIds?: string[] },
): Promise<Session> {
  const email = uniqueEmail(input.label);
  const { token } = await invite(inviter, { email, role: input.role, brandIds: input.brandIds });
  return acceptInvitation(api, token, { name: input.label });
}

/** The envelope the gateway would build for this session (what a service sees of the caller). */
export function envelopeOf(session: Session): Envelope {
  return {
    agencyId: session.agencyId,
    userId: session.userId,
    role: session.auth.role.toLowerCase() as Role,
    brandIds: session.auth.brandIds,
    correlationId: `test-${randomBytes(6).toString('hex')}`,
  };
}

/**
 * An account that only needs to exist: connected to a brand with throwaway credentials through the
 * clients service's own NATS request (the public API connects accounts only the network's way, see
 * `connectThroughNetwork`). Returns its id and the secret used.
 */
export async function connectAccount(
  session: Session,
  brandId: string,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; accessToken: string }> {
  const { credentials, network, ...rest } = overrides;
  const given = (credentials ?? {}) as { accessToken?: string; refreshToken?: string; expiresAt?: string };
  const accessToken = given.accessToken ?? `secret-${randomBytes(16).toString('hex')}`;
  // Written as the API spells them (`LINKEDIN`, `instanceUrl: null`); the service takes contract values.
  const fields = Object.fromEntries(
    Object.entries(rest).filter(([, value]) => value !== null && value !== undefined),
  );
  const account = await session.api.client.system<SocialAccountView>(
    ClientsSubjects.account.connect,
    envelopeOf(session),
    {
      brandId,
      network: typeof network === 'string' ? network.toLowerCase() : 'mastodon',
      handle: `@brand${randomBytes(3).toString('hex')}`,
      externalId: randomBytes(6).toString('hex'),
      ...(network === undefined || network === 'MASTODON' ? { instanceUrl: 'https://mastodon.example' } : {}),
      ...fields,
      credentials: { ...given, accessToken },
    },
  );
  return { id: account.id, accessToken };
}

export const START_CONNECTION = `mutation Start($input: StartAccountConnectionInput!) {
  startAccountConnection(input: $input) { connectionId authorizeUrl scopes expiresAt } }`;
export const CONNECTION_FIELDS = `id brandId brandName network status origin scopes accountIds failureReason expiresAt
  candidates { externalId handle displayName kind connectedToBrandId connectedToBrandName }`;
export const COMPLETE_CONNECTION = `mutation Complete($input: CompleteAccountConnectionInput!) {
  completeAccountConnection(input: $input) { ${CONNECTION_FIELDS} } }`;
export const CHOOSE_ACCOUNTS = `mutation Choose($input: ChooseConnectionAccountsInput!) {
  chooseConnectionAccounts(input: $input) { ${CONNECTION_FIELDS} } }`;

/** Who goes through the consent: a signed-in member, or anyone holding a brand's connect link. */
export type ConnectCaller = { session: Session } | { api: GraphqlClient; linkToken: string };

function callerOf(caller: ConnectCaller): {
  request: (query: string, variables: Record<string, unknown>) => Promise<GqlResponse<AnyData>>;
  auth: Record<string, string>;
} {
  if ('session' in caller) return { request: (q, v) => caller.session.api.request(q, v), auth: {} };
  return { request: (q, v) => caller.api.request(q, v), auth: { linkToken: caller.linkToken } };
}

async function dataOf(response: GqlResponse<AnyData>): Promise<AnyData> {
  if (response.errors.length > 0 || !response.data) {
    throw new Error(`GraphQL request failed (${response.status}): ${response.text}`);
  }
  return response.data;
}

/**
 * What the person does on the emulator's consent page, without a browser: the form posts every
 * parameter of the authorisation URL back to it, with who signs in and the decision. Answers the
 * redirect's query (`code` and `state`, or `error`).
 */
export async function consentOnNetwork(
  authorizeUrl: string,
  login: string,
  decision: 'allow' | 'deny' = 'allow',
): Promise<{ location: URL; params: URLSearchParams }> {
  const url = new URL(authorizeUrl);
  const form = new URLSearchParams(url.searchParams);
  form.set('login', login);
  form.set('decision', decision);
  const response = await fetch(`${url.origin}${url.pathname}`, {
    method: 'POST',
    body: form,
    redirect: 'manual',
  });
  const location = response.headers.get('location');
  if (response.status !== 302 || !location) {
    throw new Error(`The consent page answered ${response.status}: ${await response.text()}`);
  }
  const target = new URL(location);
  return { location: target, params: target.searchParams };
}

/**
 * Connects an account the way a person does: start, consent on the emulated network's page as
 * `login`, complete with what the network sent back, and (Facebook pages, LinkedIn organizations)
 * choose `choose` among what the consent covers. Answers the connection as the API last showed it.
 */
export async function connectThroughNetwork(
  caller: ConnectCaller,
  input: {
    brandId?: string;
    network: string;
    login: string;
    redirectUri: string;
    instanceUrl?: string;
    accountId?: string;
    share?: boolean;
    choose?: string[];
  },
): Promise<AnyData> {
  const { request, auth } = callerOf(caller);
  const { login, choose, ...start } = input;
  const { startAccountConnection } = await dataOf(
    await request(START_CONNECTION, { input: { ...start, ...auth } }),
  );
  const { params } = await consentOnNetwork(startAccountConnection.authorizeUrl, login);
  const { completeAccountConnection } = await dataOf(
    await request(COMPLETE_CONNECTION, {
      input: {
        state: params.get('state'),
        code: params.get('code'),
        redirectUri: input.redirectUri,
        ...auth,
      },
    }),
  );
  if (!choose || completeAccountConnection.status !== 'CHOOSING') return completeAccountConnection;
  const { chooseConnectionAccounts } = await dataOf(
    await request(CHOOSE_ACCOUNTS, {
      input: { connectionId: completeAccountConnection.id, externalIds: choose, ...auth },
    }),
  );
  return chooseConnectionAccounts;
}
