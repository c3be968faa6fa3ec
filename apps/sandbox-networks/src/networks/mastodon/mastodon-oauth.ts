import { Network } from '@relais/contracts';
import { NetworkResponse, RouteHandler } from '../../core/http-router';
import {
  authorizationEndpoint,
  basicCredentials,
  exchangeCode,
  ExchangeProblem,
} from '../../oauth/authorization';
import { Localized } from '../../oauth/consent-messages';
import { OAuthApp } from '../../state/oauth-app.repository';
import { Sandbox } from '../../state/sandbox';
import { stringField } from '../network-definition';
import { mastodonError } from './mastodon-errors';

const NETWORK = Network.Mastodon;
const OUT_OF_BAND = 'urn:ietf:wg:oauth:2.0:oob';

/** Mastodon's scopes: the top-level ones and the granular ones publishing asks for. */
export const MASTODON_SCOPES: Readonly<Record<string, Localized>> = {
  read: { en: 'Read all your account’s data.', fr: 'Lire toutes les données de votre compte.' },
  write: { en: 'Modify all your account’s data.', fr: 'Modifier toutes les données de votre compte.' },
  follow: { en: 'Modify account relationships.', fr: 'Modifier les relations du compte.' },
  push: { en: 'Receive your push notifications.', fr: 'Recevoir vos notifications push.' },
  profile: {
    en: 'Read only your account’s profile information.',
    fr: 'Lire uniquement les informations du profil de votre compte.',
  },
  'read:accounts': { en: 'See accounts information.', fr: 'Voir les informations des comptes.' },
  'read:statuses': { en: 'See all posts.', fr: 'Voir tous les messages.' },
  'write:statuses': { en: 'Publish posts.', fr: 'Publier des messages.' },
  'write:media': { en: 'Upload media files.', fr: 'Téléverser des fichiers multimédias.' },
  'write:accounts': { en: 'Modify your profile.', fr: 'Modifier votre profil.' },
};

/**
 * Mastodon's apps and OAuth (as Doorkeeper in Mastodon 4.3 answers): `POST /api/v1/apps` registers an
 * app (form or JSON), `GET/POST /oauth/authorize` is the consent page (PKCE S256 required here; the scopes
 * within those the app registered, `write` covering `write:statuses`), `POST /oauth/token` exchanges the
 * code (client secret in the body or HTTP Basic). Tokens do not expire and come without refresh token.
 */
export function mastodonOAuth(sandbox: Sandbox) {
  const registerApp: RouteHandler = (request) => {
    const name = stringField(request.body, 'client_name')?.trim() ?? '';
    if (!name) return mastodonError(422, "Validation failed: Application name can't be blank");
    const rawUris = request.body.redirect_uris;
    const redirectUris = (
      Array.isArray(rawUris) ? rawUris : typeof rawUris === 'string' ? rawUris.split('\n') : []
    )
      .map((uri) => (typeof uri === 'string' ? uri.trim() : ''))
      .filter(Boolean);
    if (redirectUris.length === 0)
      return mastodonError(422, "Validation failed: Redirect URI can't be blank");
    if (!redirectUris.every(isRedirectUri)) {
      return mastodonError(422, 'Validation failed: Redirect URI must be an absolute URI.');
    }
    const scopes = (stringField(request.body, 'scopes') ?? 'read').split(/\s+/).filter(Boolean);
    if (scopes.length === 0 || !scopes.every((scope) => scope in MASTODON_SCOPES)) {
      return mastodonError(422, "Validation failed: Scopes doesn't match configured on the server.");
    }
    const website = stringField(request.body, 'website') || null;
    const app = sandbox.oauthApps.register({ network: NETWORK, name, redirectUris, scopes, website });
    return {
      status: 200,
      body: {
        id: app.id,
        name: app.name,
        website: app.website,
        scopes: app.scopes,
        redirect_uri: app.redirectUris.join('\n'),
        redirect_uris: app.redirectUris,
        vapid_key: VAPID_KEY,
        client_id: app.clientId,
        client_secret: app.clientSecret,
        client_secret_expires_at: 0,
      },
    };
  };

  const authorization = authorizationEndpoint({
    network: NETWORK,
    networkName: 'Mastodon',
    accent: '#563acc',
    sandbox,
    scopes: MASTODON_SCOPES,
    scopeSeparator: ' ',
    defaultScopes: ['read'],
    pkce: 'required',
    stateRequired: false,
    people: () =>
      sandbox.accounts
        .list(NETWORK)
        .filter((account) => !account.person)
        .map((account) => ({
          login: account.handle,
          label: account.displayName,
          detail: `@${account.handle}`,
        })),
    signIn: (login) => sandbox.accounts.findByHandle(NETWORK, login) ?? null,
    scopeAllowed: registeredScope,
  });

  const token: RouteHandler = (request) => {
    const grantType = stringField(request.body, 'grant_type');
    if (grantType !== 'authorization_code') {
      return grantType
        ? oauthError(
            400,
            'unsupported_grant_type',
            'The authorization grant type is not supported by the authorization server.',
          )
        : oauthError(400, 'invalid_request', 'Missing required parameter: grant_type.');
    }
    const basic = basicCredentials(request.headers);
    const exchange = exchangeCode(
      sandbox,
      {
        network: NETWORK,
        clientId: basic?.clientId ?? stringField(request.body, 'client_id'),
        clientSecret: basic?.clientSecret ?? stringField(request.body, 'client_secret'),
        secretRequired: true,
        code: stringField(request.body, 'code'),
        redirectUri: stringField(request.body, 'redirect_uri'),
        codeVerifier: stringField(request.body, 'code_verifier'),
      },
      request.receivedAt,
    );
    if (!exchange.ok) return refused(exchange.problem);
    const account = sandbox.accounts.get(NETWORK, exchange.grant.accountId);
    const tokens = sandbox.issueTokens(account, request.receivedAt, { scopes: exchange.grant.scopes });
    return {
      status: 200,
      body: {
        access_token: tokens.accessToken,
        token_type: 'Bearer',
        scope: exchange.grant.scopes.join(' '),
        created_at: Math.floor(request.receivedAt / 1000),
      },
    };
  };

  return {
    registerApp,
    authorize: authorization.show,
    consent: authorization.decide,
    token,
  };
}

/** Doorkeeper's refusals: `invalid_client` 401, the rest 400. */
function refused(problem: ExchangeProblem): NetworkResponse {
  switch (problem) {
    case 'invalid_client':
      return oauthError(
        401,
        'invalid_client',
        'Client authentication failed due to unknown client, no client authentication included, or unsupported authentication method.',
      );
    case 'missing_parameter':
      return oauthError(400, 'invalid_request', 'Missing required parameter: code.');
    case 'verifier_missing':
      return oauthError(400, 'invalid_request', 'Missing required parameter: code_verifier.');
    case 'client_mismatch':
    case 'expired_code':
    case 'redirect_mismatch':
    case 'unknown_code':
    case 'used_code':
    case 'verifier_mismatch':
      return oauthError(
        400,
        'invalid_grant',
        'The provided authorization grant is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client.',
      );
  }
}

function oauthError(status: number, error: string, description: string): NetworkResponse {
  return { status, body: { error, error_description: description } };
}

/** A scope the app registered, or one of its granular scopes (`write` covers `write:statuses`). */
function registeredScope(app: OAuthApp, scope: string): boolean {
  return app.scopes.includes(scope) || app.scopes.includes(scope.split(':')[0] ?? scope);
}

function isRedirectUri(uri: string): boolean {
  if (uri === OUT_OF_BAND) return true;
  try {
    const url = new URL(uri);
    return url.protocol.length > 1 && !url.hash;
  } catch {
    return false;
  }
}

/** A fixed Web Push public key (the sandbox sends no push). */
const VAPID_KEY = 'BCk-QqERU0q-CfYZjcuB6lnyyOYfJ2AifKqfeGIm7Z-HiTU5T9eTG5GxVA0_OH5mMlI4UkkDTpaZwozy0TzdZ2M=';
