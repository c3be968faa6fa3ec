import { Network } from '@relais/contracts';
import { NetworkResponse, RouteHandler } from '../../core/http-router';
import {
  authorizationEndpoint,
  basicCredentials,
  exchangeCode,
  ExchangeProblem,
} from '../../oauth/authorization';
import { Localized } from '../../oauth/consent-messages';
import { Sandbox } from '../../state/sandbox';
import { stringField } from '../network-definition';

const NETWORK = Network.X;

/** The scopes of X's OAuth 2.0, with what each allows. */
export const X_SCOPES: Readonly<Record<string, Localized>> = {
  'tweet.read': { en: 'Read posts you can see.', fr: 'Lire les posts que vous voyez.' },
  'tweet.write': { en: 'Post and repost for you.', fr: 'Publier et republier pour vous.' },
  'tweet.moderate.write': {
    en: 'Hide and unhide replies to your posts.',
    fr: 'Masquer les réponses à vos posts.',
  },
  'users.read': { en: 'See any account you can see.', fr: 'Voir les comptes que vous voyez.' },
  'follows.read': {
    en: 'See who you follow and who follows you.',
    fr: 'Voir vos abonnements et vos abonnés.',
  },
  'follows.write': {
    en: 'Follow and unfollow accounts for you.',
    fr: 'Suivre et ne plus suivre des comptes pour vous.',
  },
  'like.read': { en: 'See posts you liked.', fr: 'Voir les posts que vous aimez.' },
  'like.write': { en: 'Like and unlike posts for you.', fr: 'Aimer des posts pour vous.' },
  'media.write': { en: 'Upload media for you.', fr: 'Envoyer des médias pour vous.' },
  'offline.access': {
    en: 'Stay connected to your account until you revoke access.',
    fr: 'Rester connecté à votre compte jusqu’à ce que vous révoquiez l’accès.',
  },
};

/**
 * X's OAuth 2.0 authorization code flow with PKCE (S256 only): the consent page at
 * `/i/oauth2/authorize` (the person is the account: its handle is the login), and the
 * `authorization_code` grant of `POST /2/oauth2/token` (public clients with `client_id`, confidential
 * ones with HTTP Basic); other grants go on to the refresh route. A refresh token only with
 * `offline.access`.
 */
export function xOAuth(sandbox: Sandbox) {
  const authorization = authorizationEndpoint({
    network: NETWORK,
    networkName: 'X',
    accent: '#000000',
    sandbox,
    scopes: X_SCOPES,
    scopeSeparator: ' ',
    defaultScopes: null,
    pkce: 'required',
    stateRequired: true,
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
  });

  const token =
    (otherGrants: RouteHandler): RouteHandler =>
    (request, params) => {
      if (stringField(request.body, 'grant_type') !== 'authorization_code')
        return otherGrants(request, params);
      const basic = basicCredentials(request.headers);
      if (request.headers.authorization && !basic) return xOAuthErrors.unauthorizedClient();
      const exchange = exchangeCode(
        sandbox,
        {
          network: NETWORK,
          clientId: basic?.clientId ?? stringField(request.body, 'client_id'),
          clientSecret: basic?.clientSecret ?? null,
          secretRequired: false,
          code: stringField(request.body, 'code'),
          redirectUri: stringField(request.body, 'redirect_uri'),
          codeVerifier: stringField(request.body, 'code_verifier'),
        },
        request.receivedAt,
      );
      if (!exchange.ok) return xOAuthErrors.refused(exchange.problem);
      const account = sandbox.accounts.get(NETWORK, exchange.grant.accountId);
      const scopes = exchange.grant.scopes;
      const tokens = sandbox.issueTokens(account, request.receivedAt, {
        scopes,
        refresh: scopes.includes('offline.access'),
      });
      return {
        status: 200,
        body: {
          token_type: 'bearer',
          expires_in: tokens.expiresIn,
          access_token: tokens.accessToken,
          scope: scopes.join(' '),
          ...(tokens.refreshToken ? { refresh_token: tokens.refreshToken } : {}),
        },
      };
    };

  return { authorize: authorization.show, consent: authorization.decide, token };
}

/** X's answers to a refused code exchange. */
export const xOAuthErrors = {
  unauthorizedClient: (): NetworkResponse => ({
    status: 401,
    body: { error: 'unauthorized_client', error_description: 'Missing valid authorization header' },
  }),
  refused: (problem: ExchangeProblem): NetworkResponse => {
    switch (problem) {
      case 'invalid_client':
        return xOAuthErrors.unauthorizedClient();
      case 'missing_parameter':
        return invalidRequest('Missing required parameter [code].');
      case 'verifier_missing':
        return invalidRequest('Missing required parameter [code_verifier].');
      case 'client_mismatch':
      case 'expired_code':
      case 'redirect_mismatch':
      case 'unknown_code':
      case 'used_code':
      case 'verifier_mismatch':
        return invalidRequest('Value passed for the authorization code was invalid.');
    }
  },
};

function invalidRequest(description: string): NetworkResponse {
  return { status: 400, body: { error: 'invalid_request', error_description: description } };
}
