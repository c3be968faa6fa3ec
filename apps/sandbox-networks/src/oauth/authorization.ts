import { Network } from '@relais/contracts';
import type { IncomingHttpHeaders } from 'node:http';
import { NetworkRequest, NetworkResponse, RouteHandler } from '../core/http-router';
import { SandboxAccount } from '../state/account.repository';
import { AuthorizationGrant } from '../state/authorization-code.repository';
import { OAuthApp } from '../state/oauth-app.repository';
import { Sandbox } from '../state/sandbox';
import { CONSENT_MESSAGES, Locale, localeOf, Localized, say } from './consent-messages';
import { authorizationErrorPage, consentPage, ConsentPerson } from './consent-page';
import { verifierMatches } from './pkce';

/** How one network's authorization endpoint differs from the others'. */
export interface AuthorizationEndpointOptions {
  network: Network;
  networkName: string;
  accent: string;
  sandbox: Sandbox;
  /** Every scope the network knows, with what it allows. */
  scopes: Readonly<Record<string, Localized>>;
  /** `' '` (X, LinkedIn, Mastodon) or `','` (Facebook). */
  scopeSeparator: ' ' | ',';
  /** Scopes granted when none is asked; null: `scope` is required. */
  defaultScopes: string[] | null;
  /** X and Mastodon: a `code_challenge` must be sent; LinkedIn and Facebook: checked when sent. */
  pkce: 'required' | 'optional';
  /** X: `state` must be sent; elsewhere it is echoed when sent. */
  stateRequired: boolean;
  /** Who may sign in. */
  people(locale: Locale): ConsentPerson[];
  /** The account (X, Mastodon) or person (Facebook user, LinkedIn member) a login stands for. */
  signIn(login: string): SandboxAccount | null;
  /** A scope the app may not ask for (Mastodon: outside the scopes it registered). */
  scopeAllowed?(app: OAuthApp, scope: string): boolean;
  /** Extra parameters on the `access_denied` redirect (Facebook's `error_reason`). */
  denyParameters?: Record<string, string>;
}

const PARAMETERS = [
  'response_type',
  'client_id',
  'redirect_uri',
  'scope',
  'state',
  'code_challenge',
  'code_challenge_method',
  'locale',
] as const;
type Parameter = (typeof PARAMETERS)[number];

type Checked =
  | { kind: 'page'; status: number; error: string; description: string }
  | { kind: 'redirect'; location: string }
  | {
      kind: 'ok';
      app: OAuthApp;
      redirectUri: string;
      scopes: string[];
      state: string | null;
      challenge: string | null;
      hidden: Record<string, string>;
    };

/**
 * The consent page of one network: `GET` shows it (after checking the app, the redirect URI, the
 * response type, the scopes, `state` and PKCE), `POST` takes the decision. An unknown app or redirect URI
 * answers an error page and never redirects; the other problems are redirected with `error`, as RFC 6749
 * says. Allow redirects with a single-use `code`, deny with `error=access_denied`.
 */
export function authorizationEndpoint(options: AuthorizationEndpointOptions): {
  show: RouteHandler;
  decide: RouteHandler;
} {
  const { sandbox } = options;

  const check = (read: (name: Parameter) => string | null): Checked => {
    const clientId = read('client_id');
    const app = clientId ? sandbox.oauthApps.get(options.network, clientId) : undefined;
    if (!app) {
      return {
        kind: 'page',
        status: 400,
        error: 'invalid_client',
        description: clientId ? `Unknown client_id: ${clientId}` : 'The client_id parameter is missing.',
      };
    }
    const redirectUri = read('redirect_uri');
    if (!redirectUri || !app.redirectUris.includes(redirectUri)) {
      return {
        kind: 'page',
        status: 400,
        error: 'invalid_request',
        description: redirectUri
          ? `The redirect_uri ${redirectUri} is not one the app registered.`
          : 'The redirect_uri parameter is missing.',
      };
    }
    const state = read('state');
    const fail = (error: string, description: string): Checked => ({
      kind: 'redirect',
      location: withParameters(redirectUri, { error, error_description: description, state }),
    });
    if (read('response_type') !== 'code') {
      return fail('unsupported_response_type', 'The response_type must be code.');
    }
    const asked = (read('scope') ?? '')
      .split(options.scopeSeparator)
      .map((scope) => scope.trim())
      .filter(Boolean);
    const scopes = asked.length > 0 ? [...new Set(asked)] : options.defaultScopes;
    if (!scopes) return fail('invalid_scope', 'The scope parameter is missing.');
    const unknown = scopes.filter(
      (scope) => !(scope in options.scopes) || (options.scopeAllowed && !options.scopeAllowed(app, scope)),
    );
    if (unknown.length > 0)
      return fail('invalid_scope', `Unknown or unauthorized scope: ${unknown.join(', ')}.`);
    if (options.stateRequired && !state) return fail('invalid_request', 'The state parameter is missing.');
    const challenge = read('code_challenge');
    const method = read('code_challenge_method');
    if (challenge || method || options.pkce === 'required') {
      if (!challenge) return fail('invalid_request', 'The code_challenge parameter is missing.');
      // X takes `s256` as twitter-api-v2 writes it; `plain` is refused everywhere.
      if (method?.toUpperCase() !== 'S256') {
        return fail('invalid_request', 'The code_challenge_method must be S256 (plain is not supported).');
      }
      if (!/^[A-Za-z0-9\-_]{43}$/.test(challenge)) {
        return fail('invalid_request', 'The code_challenge must be a base64url SHA-256 digest.');
      }
    }
    const hidden: Record<string, string> = {};
    for (const name of PARAMETERS) {
      const value = read(name);
      if (value !== null) hidden[name] = value;
    }
    return { kind: 'ok', app, redirectUri, scopes, state, challenge, hidden };
  };

  const errorPage = (checked: Extract<Checked, { kind: 'page' }>, locale: Locale): NetworkResponse => ({
    status: checked.status,
    headers: HTML_HEADERS,
    body: authorizationErrorPage({
      locale,
      networkName: options.networkName,
      accent: options.accent,
      error: checked.error,
      description: checked.description,
    }),
  });

  const render = (
    request: NetworkRequest,
    checked: Extract<Checked, { kind: 'ok' }>,
    locale: Locale,
    status = 200,
    error: string | null = null,
  ): NetworkResponse => ({
    status,
    headers: HTML_HEADERS,
    body: consentPage({
      locale,
      networkName: options.networkName,
      accent: options.accent,
      appName: checked.app.name,
      action: request.path,
      hidden: checked.hidden,
      scopes: checked.scopes.map((scope) => ({
        scope,
        text: options.scopes[scope] ?? { en: scope, fr: scope },
      })),
      people: options.people(locale),
      redirectUri: checked.redirectUri,
      error,
    }),
  });

  const show: RouteHandler = (request) => {
    const read = (name: Parameter) => request.query.get(name);
    const locale = localeOf(read('locale'), request.headers);
    const checked = check(read);
    if (checked.kind === 'page') return errorPage(checked, locale);
    if (checked.kind === 'redirect') return redirect(checked.location);
    return render(request, checked, locale);
  };

  const decide: RouteHandler = (request) => {
    const read = (name: Parameter) => {
      const value = request.body[name];
      return typeof value === 'string' ? value : null;
    };
    const locale = localeOf(read('locale'), request.headers);
    const checked = check(read);
    if (checked.kind === 'page') return errorPage(checked, locale);
    if (checked.kind === 'redirect') return redirect(checked.location);
    const decision = request.body.decision;
    if (decision === 'deny') {
      return redirect(
        withParameters(checked.redirectUri, {
          error: 'access_denied',
          error_description: 'The user denied the request.',
          ...options.denyParameters,
          state: checked.state,
        }),
      );
    }
    const login = typeof request.body.login === 'string' ? request.body.login : '';
    const account = decision === 'allow' && login ? options.signIn(login) : null;
    if (!account) return render(request, checked, locale, 400, say(CONSENT_MESSAGES.chooseSomeone, locale));
    const code = sandbox.codes.issue(
      {
        network: options.network,
        clientId: checked.app.clientId,
        redirectUri: checked.redirectUri,
        codeChallenge: checked.challenge,
        scopes: checked.scopes,
        accountId: account.externalId,
      },
      request.receivedAt,
    );
    return redirect(withParameters(checked.redirectUri, { code, state: checked.state }));
  };

  return { show, decide };
}

/** Why a code exchange is refused; each network words it its own way. */
export type ExchangeProblem =
  | 'missing_parameter'
  | 'invalid_client'
  | 'unknown_code'
  | 'used_code'
  | 'expired_code'
  | 'client_mismatch'
  | 'redirect_mismatch'
  | 'verifier_missing'
  | 'verifier_mismatch';

export type Exchange =
  | { ok: true; grant: AuthorizationGrant; app: OAuthApp }
  | { ok: false; problem: ExchangeProblem; detail: string };

export interface ExchangeInput {
  network: Network;
  clientId: string | null;
  /** Null: a public client (X with PKCE only). */
  clientSecret: string | null;
  /** LinkedIn, Facebook and Mastodon apps are confidential: the secret must be sent. */
  secretRequired: boolean;
  code: string | null;
  redirectUri: string | null;
  codeVerifier: string | null;
}

/**
 * Checks a code exchange: the client (and its secret), then spends the code (single use, whatever
 * follows), then the client, redirect URI and PKCE verifier it was issued for.
 */
export function exchangeCode(sandbox: Sandbox, input: ExchangeInput, now = Date.now()): Exchange {
  const refuse = (problem: ExchangeProblem, detail: string): Exchange => ({ ok: false, problem, detail });
  if (!input.clientId) return refuse('invalid_client', 'client_id is missing');
  const app = sandbox.oauthApps.get(input.network, input.clientId);
  if (!app) return refuse('invalid_client', `unknown client_id ${input.clientId}`);
  if (input.clientSecret !== null ? input.clientSecret !== app.clientSecret : input.secretRequired) {
    return refuse('invalid_client', 'client_secret is missing or wrong');
  }
  if (!input.code) return refuse('missing_parameter', 'code is missing');
  const redeemed = sandbox.codes.redeem(input.network, input.code, now);
  if (!redeemed.ok) {
    const problem =
      redeemed.reason === 'used'
        ? 'used_code'
        : redeemed.reason === 'expired'
          ? 'expired_code'
          : 'unknown_code';
    return refuse(problem, `the code is ${redeemed.reason}`);
  }
  const grant = redeemed.grant;
  if (grant.clientId !== app.clientId)
    return refuse('client_mismatch', 'the code was issued to another client');
  if (input.redirectUri !== grant.redirectUri) {
    return refuse('redirect_mismatch', 'redirect_uri differs from the authorization request');
  }
  if (grant.codeChallenge !== null) {
    if (!input.codeVerifier) return refuse('verifier_missing', 'code_verifier is missing');
    if (!verifierMatches(grant.codeChallenge, input.codeVerifier)) {
      return refuse('verifier_mismatch', 'code_verifier does not match the code_challenge');
    }
  }
  return { ok: true, grant, app };
}

/** `Authorization: Basic base64(client_id:client_secret)` (each part form-encoded, RFC 6749 2.3.1). */
export function basicCredentials(
  headers: IncomingHttpHeaders,
): { clientId: string; clientSecret: string } | null {
  const match = /^Basic\s+(\S+)$/i.exec(headers.authorization ?? '');
  if (!match) return null;
  const decoded = Buffer.from(match[1] ?? '', 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon === -1) return null;
  try {
    return {
      clientId: decodeURIComponent(decoded.slice(0, colon).replace(/\+/g, ' ')),
      clientSecret: decodeURIComponent(decoded.slice(colon + 1).replace(/\+/g, ' ')),
    };
  } catch {
    return null;
  }
}

const HTML_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-store',
  'x-frame-options': 'DENY',
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
};

function redirect(location: string): NetworkResponse {
  return { status: 302, headers: { location, 'cache-control': 'no-store' } };
}

/** The redirect URI with parameters added (null values left out), its own query kept. */
function withParameters(uri: string, parameters: Record<string, string | null>): string {
  const url = new URL(uri);
  for (const [name, value] of Object.entries(parameters))
    if (value !== null) url.searchParams.set(name, value);
  return url.toString();
}
