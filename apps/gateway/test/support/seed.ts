import { randomBytes } from 'node:crypto';
import { ActorClient, GraphqlClient } from './graphql-client';

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

/** Connects an account to a brand with throwaway credentials; returns its id and the secret used. */
export async function connectAccount(
  session: Session,
  brandId: string,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; accessToken: string }> {
  const accessToken = `secret-${randomBytes(16).toString('hex')}`;
  const { connectSocialAccount } = await session.api.data<{ connectSocialAccount: { id: string } }>(
    'mutation Connect($input: ConnectSocialAccountInput!) { connectSocialAccount(input: $input) { id } }',
    {
      input: {
        brandId,
        network: 'MASTODON',
        handle: `@brand${randomBytes(3).toString('hex')}`,
        externalId: randomBytes(6).toString('hex'),
        instanceUrl: 'https://mastodon.example',
        credentials: { accessToken },
        ...overrides,
      },
    },
  );
  return { id: connectSocialAccount.id, accessToken };
}
