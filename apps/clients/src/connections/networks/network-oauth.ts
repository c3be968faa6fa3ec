import * as oauth from 'oauth4webapi';
import { AccountCredentialsPayload, Network } from '@relais/contracts';

/** Relais's app on a network: its client id and, for confidential clients, its secret. */
export interface OAuthClientApp {
  clientId: string;
  clientSecret: string | null;
}

export interface AuthorizeRequest {
  app: OAuthClientApp;
  redirectUri: string;
  state: string;
  codeChallenge: string;
  /** Mastodon: the instance. */
  instanceUrl: string | null;
}

export interface CodeExchange {
  app: OAuthClientApp;
  code: string;
  state: string;
  redirectUri: string;
  codeVerifier: string;
  instanceUrl: string | null;
}

/** An account the consent covers, with the tokens to act as it. */
export interface ConsentedAccount {
  externalId: string;
  handle: string;
  displayName: string | null;
  kind: 'page' | 'organization' | 'person' | 'profile';
  credentials: AccountCredentialsPayload;
}

/**
 * One network's authorisation-code flow: the scopes it asks (the least the features need), the
 * consent page URL, and what a code gives (the accounts it covers, with their tokens).
 */
export interface OAuthNetwork {
  readonly network: Network;
  readonly scopes: readonly string[];
  authorizeUrl(request: AuthorizeRequest): string;
  /** Exchanges the code (with the PKCE verifier), then reads who consented and what they administer. */
  accountsOf(exchange: CodeExchange): Promise<ConsentedAccount[]>;
}

/** The network refused or failed: the message says so to a person, and the attempt fails with it. */
export class ConnectFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConnectFailure';
  }
}

/** `?a=1&b=2` appended to `base`. */
export function withQuery(base: string, params: Record<string, string>): string {
  const url = new URL(base);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  return url.toString();
}

/** The expiry `expires_in` seconds from now, or none. */
export function expiresAtOf(expiresIn: unknown): string | undefined {
  return typeof expiresIn === 'number' && expiresIn > 0
    ? new Date(Date.now() + expiresIn * 1000).toISOString()
    : undefined;
}

/** oauth4webapi's request options: plain HTTP is allowed only towards http:// bases (the emulator). */
export function oauthOptions(tokenEndpoint: string, timeoutMs: number): oauth.TokenEndpointRequestOptions {
  return {
    signal: AbortSignal.timeout(timeoutMs),
    ...(tokenEndpoint.startsWith('http:') ? { [oauth.allowInsecureRequests]: true } : {}),
  };
}

/**
 * The authorization-code grant through oauth4webapi (state already checked by the caller against the
 * stored hash): the token response, or a `ConnectFailure` naming the network's refusal.
 */
export async function exchangeCode(
  label: string,
  server: oauth.AuthorizationServer,
  exchange: CodeExchange,
  clientAuth: oauth.ClientAuth,
  timeoutMs: number,
): Promise<oauth.TokenEndpointResponse> {
  const client: oauth.Client = { client_id: exchange.app.clientId };
  try {
    const callback = oauth.validateAuthResponse(
      server,
      client,
      new URLSearchParams({ code: exchange.code, state: exchange.state }),
      exchange.state,
    );
    const options = oauthOptions(server.token_endpoint as string, timeoutMs);
    const response = await oauth.authorizationCodeGrantRequest(
      server,
      client,
      clientAuth,
      callback,
      exchange.redirectUri,
      exchange.codeVerifier,
      options,
    );
    return await oauth.processAuthorizationCodeResponse(server, client, response);
  } catch (error) {
    throw refusal(label, error);
  }
}

/** A failure of the token request, worded for a person. */
export function refusal(label: string, error: unknown): ConnectFailure {
  if (error instanceof ConnectFailure) return error;
  if (error instanceof oauth.ResponseBodyError) {
    return new ConnectFailure(
      `${label} refused the authorisation (${error.error}${error.error_description ? `: ${error.error_description}` : ''})`,
    );
  }
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return new ConnectFailure(`${label} did not answer in time; try again`);
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new ConnectFailure(`${label} could not be reached or answered unexpectedly (${detail})`);
}

/** A JSON request to a network's API: the body, or a `ConnectFailure` with the network's message. */
export async function fetchJson<T>(
  label: string,
  url: string,
  init: RequestInit & { timeoutMs: number },
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, signal: AbortSignal.timeout(init.timeoutMs) });
  } catch (error) {
    throw refusal(label, error);
  }
  const text = await response.text();
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  if (!response.ok) {
    throw new ConnectFailure(`${label} answered ${response.status}: ${networkMessage(body) ?? 'no details'}`);
  }
  if (body === null || typeof body !== 'object') {
    throw new ConnectFailure(`${label} answered something that is not JSON`);
  }
  return body as T;
}

/** The message of a network's error body, whichever shape it has. */
function networkMessage(body: unknown): string | null {
  if (!body || typeof body !== 'object') return null;
  const record = body as Record<string, unknown>;
  const nested = record.error;
  if (nested && typeof nested === 'object') {
    const message = (nested as Record<string, unknown>).message;
    if (typeof message === 'string') return message;
  }
  for (const field of ['error_description', 'message', 'detail', 'title', 'error']) {
    if (typeof record[field] === 'string') return record[field];
  }
  return null;
}
