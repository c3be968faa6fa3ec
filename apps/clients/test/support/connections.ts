import {
  AuthResult,
  ClientsSubjects,
  ConnectionStartView,
  ConnectionView,
  Envelope,
} from '@relais/contracts';
import {
  anonymous,
  as,
  ProvisionAccountInput,
  SandboxAccountCredentials,
  SandboxNetworks,
  startSandboxNetworks,
} from '@relais/server-testing';
import { ClientsHarness, startClients } from './clients-harness';

/** The redirect URI the emulator's preset apps accept (its default `OAUTH_REDIRECT_URIS`). */
export const REDIRECT_URI = 'http://127.0.0.1:5173/connect/callback';

/** The preset app of X, LinkedIn and Facebook in the emulator. */
const PRESET = { id: 'relais-local', secret: 'relais-local-secret' };

/** The clients service configured to reach the emulator for every network, as local settings do. */
export async function startClientsWithNetworks(
  env: Record<string, string> = {},
): Promise<{ h: ClientsHarness; sandbox: SandboxNetworks; close(): Promise<void> }> {
  const sandbox = await startSandboxNetworks();
  const e = sandbox.endpoints;
  const h = await startClients({
    CONNECT_REDIRECT_URIS: REDIRECT_URI,
    CONNECT_LINK_BASE_URL: 'http://console.relais.test/connect',
    X_CLIENT_ID: PRESET.id,
    X_CLIENT_SECRET: PRESET.secret,
    X_WEB_URL: e.x,
    X_API_URL: e.x,
    LINKEDIN_CLIENT_ID: PRESET.id,
    LINKEDIN_CLIENT_SECRET: PRESET.secret,
    LINKEDIN_OAUTH_URL: e.linkedin,
    LINKEDIN_API_URL: e.linkedin,
    FACEBOOK_APP_ID: PRESET.id,
    FACEBOOK_APP_SECRET: PRESET.secret,
    FACEBOOK_WEB_URL: e.facebook_page,
    FACEBOOK_GRAPH_URL: e.facebook_page,
    BLUESKY_DEFAULT_PDS_URL: e.bluesky,
    ...env,
  });
  return {
    h,
    sandbox,
    async close() {
      await h.close();
      await sandbox.stop();
    },
  };
}

/** An emulated account whose person (`owner`) signs in on the consent page. */
export function provision(
  sandbox: SandboxNetworks,
  input: ProvisionAccountInput & { owner?: string },
): Promise<SandboxAccountCredentials> {
  return sandbox.client.provisionAccount(input);
}

/** Who calls: a member's session, or a connect link's token (anonymous envelope). */
export type Caller = AuthResult | { linkToken: string };

function call<T>(h: ClientsHarness, subject: string, caller: Caller, data: Record<string, unknown>) {
  const envelope: Envelope = 'linkToken' in caller ? anonymous() : as(caller);
  const body = 'linkToken' in caller ? { ...data, linkToken: caller.linkToken } : data;
  return h.call<T>(subject, envelope, body);
}

export function startConnection(h: ClientsHarness, caller: Caller, data: Record<string, unknown>) {
  return call<ConnectionStartView>(h, ClientsSubjects.connection.start, caller, {
    redirectUri: REDIRECT_URI,
    ...data,
  });
}

export function completeConnection(h: ClientsHarness, caller: Caller, data: Record<string, unknown>) {
  return call<ConnectionView>(h, ClientsSubjects.connection.complete, caller, {
    redirectUri: REDIRECT_URI,
    ...data,
  });
}

export function chooseAccounts(h: ClientsHarness, caller: Caller, data: Record<string, unknown>) {
  return call<ConnectionView>(h, ClientsSubjects.connection.choose, caller, data);
}

export function getConnection(h: ClientsHarness, caller: Caller, connectionId: string) {
  return call<ConnectionView>(h, ClientsSubjects.connection.get, caller, { connectionId });
}

export function connectBluesky(h: ClientsHarness, caller: Caller, data: Record<string, unknown>) {
  return call<unknown>(h, ClientsSubjects.connection.bluesky, caller, data);
}

/** What the network sends back to the redirect URI: `code` and `state`, or `error`. */
export interface ConsentAnswer {
  code?: string;
  state?: string;
  error?: string;
  errorDescription?: string;
}

/**
 * The person on the emulator's consent page: posts its form (every parameter of the authorisation URL,
 * who signs in, allow or deny) and reads where the network sends them back.
 */
export async function consent(
  authorizeUrl: string,
  login: string,
  decision: 'allow' | 'deny' = 'allow',
): Promise<ConsentAnswer> {
  const url = new URL(authorizeUrl);
  const form = new URLSearchParams(url.searchParams);
  form.set('login', login);
  form.set('decision', decision);
  const response = await fetch(`${url.origin}${url.pathname}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: form.toString(),
    redirect: 'manual',
  });
  const location = response.headers.get('location');
  if (response.status !== 302 || !location) {
    throw new Error(`The consent page answered ${response.status}: ${await response.text()}`);
  }
  const back = new URL(location);
  const answer: ConsentAnswer = {};
  for (const [name, key] of [
    ['code', 'code'],
    ['state', 'state'],
    ['error', 'error'],
    ['error_description', 'errorDescription'],
  ] as const) {
    const value = back.searchParams.get(name);
    if (value !== null) answer[key] = value;
  }
  return answer;
}

/** Start, consent as `login`, complete: the connection as the service answers it. */
export async function connectThroughConsent(
  h: ClientsHarness,
  caller: Caller,
  start: Record<string, unknown>,
  login: string,
): Promise<ConnectionView> {
  const started = await startConnection(h, caller, start);
  const answer = await consent(started.authorizeUrl, login);
  return completeConnection(h, caller, { ...answer });
}
