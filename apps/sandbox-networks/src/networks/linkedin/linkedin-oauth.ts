import { Network } from '@relais/contracts';
import { NetworkRequest, NetworkResponse, RouteHandler } from '../../core/http-router';
import { basicCredentials, ExchangeProblem } from '../../oauth/authorization';
import { Localized } from '../../oauth/consent-messages';
import { exchangeForPerson, ownerAuthorization } from '../../oauth/owner-consent';
import { SandboxAccount } from '../../state/account.repository';
import { Sandbox } from '../../state/sandbox';
import { stringField } from '../network-definition';
import { linkedinError, linkedinErrors, oauthError } from './linkedin-errors';

const NETWORK = Network.LinkedIn;
const ORGANIZATION_URN = /^urn:li:organization:(\d+)$/;

/** LinkedIn's OAuth scopes the sandbox knows. */
export const LINKEDIN_SCOPES: Readonly<Record<string, Localized>> = {
  openid: {
    en: 'Use your name and photo to sign you in.',
    fr: 'Utiliser votre nom et votre photo pour vous connecter.',
  },
  profile: { en: 'Use your name and photo.', fr: 'Utiliser votre nom et votre photo.' },
  email: {
    en: 'Use the primary email address of your account.',
    fr: 'Utiliser l’adresse e-mail principale de votre compte.',
  },
  w_member_social: {
    en: 'Create, modify and delete posts, comments and reactions on your behalf.',
    fr: 'Créer, modifier et supprimer des posts, commentaires et réactions en votre nom.',
  },
  r_organization_social: {
    en: 'Retrieve your organizations’ posts, comments, reactions and engagement data.',
    fr: 'Récupérer les posts, commentaires, réactions et statistiques de vos organisations.',
  },
  w_organization_social: {
    en: 'Create, modify and delete posts, comments and reactions on behalf of an organization you administer.',
    fr: 'Créer, modifier et supprimer des posts, commentaires et réactions au nom d’une organisation que vous administrez.',
  },
  r_organization_admin: {
    en: 'Retrieve your organizations’ pages and their reporting data.',
    fr: 'Récupérer les pages de vos organisations et leurs statistiques.',
  },
  rw_organization_admin: {
    en: 'Manage your organizations’ pages and retrieve reporting data.',
    fr: 'Gérer les pages de vos organisations et récupérer leurs statistiques.',
  },
};

/**
 * LinkedIn's 3-legged OAuth: the consent page at `/oauth/v2/authorization` (who signs in is a member, the
 * `owner` of organization accounts; PKCE checked when a challenge was sent), the `authorization_code`
 * grant of `POST /oauth/v2/accessToken` (other grants go on to the refresh route), `GET /v2/userinfo`,
 * `GET /rest/organizationAcls?q=roleAssignee` and `GET /rest/organizations/{id}`. A member's token acts for
 * the organizations the member administers (`author`, `actor`, a post of theirs).
 */
export function linkedinOAuth(sandbox: Sandbox) {
  const authorization = ownerAuthorization({
    network: NETWORK,
    networkName: 'LinkedIn',
    accent: '#0a66c2',
    sandbox,
    scopes: LINKEDIN_SCOPES,
    scopeSeparator: ' ',
    defaultScopes: null,
    pkce: 'optional',
    stateRequired: false,
    owned: 'organizations',
  });

  const token =
    (otherGrants: RouteHandler): RouteHandler =>
    (request, params) => {
      if (stringField(request.body, 'grant_type') !== 'authorization_code')
        return otherGrants(request, params);
      for (const name of ['code', 'redirect_uri'] as const) {
        if (!stringField(request.body, name)) {
          return oauthError('invalid_request', `A required parameter "${name}" is missing`);
        }
      }
      const basic = basicCredentials(request.headers);
      const exchange = exchangeForPerson(
        sandbox,
        NETWORK,
        {
          clientId: basic?.clientId ?? stringField(request.body, 'client_id'),
          clientSecret: basic?.clientSecret ?? stringField(request.body, 'client_secret'),
          code: stringField(request.body, 'code'),
          redirectUri: stringField(request.body, 'redirect_uri'),
          codeVerifier: stringField(request.body, 'code_verifier'),
        },
        request.receivedAt,
      );
      if (!exchange.ok) return refused(exchange.problem);
      const tokens = sandbox.issueTokens(exchange.person, request.receivedAt, { scopes: exchange.scopes });
      const refresh = tokens.refreshToken
        ? sandbox.tokens.verify(tokens.refreshToken, NETWORK, 'refresh', request.receivedAt)
        : null;
      return {
        status: 200,
        body: {
          access_token: tokens.accessToken,
          expires_in: tokens.expiresIn,
          ...(refresh?.ok
            ? {
                refresh_token: tokens.refreshToken,
                refresh_token_expires_in: Math.floor((refresh.claims.expiresAt - request.receivedAt) / 1000),
              }
            : {}),
          scope: exchange.scopes.join(','),
        },
      };
    };

  /** `GET /v2/userinfo` (OpenID Connect): the member behind a token. */
  const userinfo: RouteHandler = (request) => {
    const auth = sandbox.authenticate(NETWORK, sandbox.bearerOf(request.headers), request.receivedAt);
    if (!auth.ok) {
      if (auth.reason === 'missing') return linkedinErrors.missingToken();
      return auth.reason === 'expired' ? linkedinErrors.expiredToken() : linkedinErrors.invalidToken();
    }
    const scopes = auth.claims.scopes;
    if (scopes && !scopes.includes('openid')) {
      return linkedinError(
        403,
        'Not enough permissions to access: userinfo.GET.NO_VERSION',
        'ACCESS_DENIED',
        100,
      );
    }
    const account = auth.account;
    const name = account.displayName;
    const [given, ...family] = name.split(/\s+/);
    return {
      status: 200,
      body: {
        sub: account.externalId.replace(/^urn:li:(person|organization):/, ''),
        name,
        given_name: given ?? name,
        family_name: family.join(' '),
        locale: { country: 'US', language: 'en' },
        email_verified: true,
        ...(scopes?.includes('email') ? { email: `${account.handle}@sandbox.test` } : {}),
      },
    };
  };

  /** `GET /rest/organizationAcls?q=roleAssignee`: the organizations the member administers. */
  const organizationAcls = (member: SandboxAccount, request: NetworkRequest): NetworkResponse => {
    const query = request.query;
    if (query.get('q') !== 'roleAssignee')
      return linkedinErrors.badQuery('Query parameter q must be roleAssignee');
    const role = query.get('role') ?? 'ADMINISTRATOR';
    const state = query.get('state') ?? 'APPROVED';
    const organizations =
      member.person && role === 'ADMINISTRATOR' && state === 'APPROVED'
        ? sandbox.accounts.ownedBy(NETWORK, member.owner)
        : [];
    const start = Math.max(0, Math.trunc(Number(query.get('start') ?? 0)) || 0);
    const count = Math.min(100, Math.max(1, Math.trunc(Number(query.get('count') ?? 10)) || 10));
    return {
      status: 200,
      body: {
        paging: { start, count, total: organizations.length, links: [] },
        elements: organizations.slice(start, start + count).map((organization) => ({
          organization: organization.externalId,
          role: 'ADMINISTRATOR',
          state: 'APPROVED',
          roleAssignee: member.externalId,
          lastModified: { actor: member.externalId, time: organization.createdAt },
          created: { actor: member.externalId, time: organization.createdAt },
        })),
      },
    };
  };

  /** `GET /rest/organizations/{id}`: an organization's names. */
  const organization = (
    _member: SandboxAccount,
    _request: NetworkRequest,
    params: Record<string, string>,
  ): NetworkResponse => {
    const id = params.id ?? '';
    const account = /^\d+$/.test(id)
      ? sandbox.accounts.find(NETWORK, `urn:li:organization:${id}`)
      : undefined;
    if (!account) return linkedinErrors.notFound();
    return {
      status: 200,
      body: {
        id: Number(id),
        localizedName: account.displayName,
        vanityName: account.handle,
        name: {
          localized: { en_US: account.displayName },
          preferredLocale: { country: 'US', language: 'en' },
        },
        primaryOrganizationType: 'NONE',
        $URN: account.externalId,
      },
    };
  };

  /**
   * Who a REST call acts as: a member's token acts for an organization the member administers when the
   * call names it (`author`, `actor`, or a post of it); any other token acts as itself.
   */
  const actingAccount = (
    account: SandboxAccount,
    request: NetworkRequest,
    params: Record<string, string>,
  ): SandboxAccount => {
    if (!account.person) return account;
    const post = params.urn ? sandbox.posts.get(NETWORK, decodeURIComponent(params.urn)) : undefined;
    const named =
      stringField(request.body, 'author') ??
      stringField(request.body, 'actor') ??
      request.query.get('author') ??
      post?.accountId ??
      null;
    if (!named || !ORGANIZATION_URN.test(named)) return account;
    const target = sandbox.accounts.find(NETWORK, named);
    return target && !target.person && target.owner === account.owner ? target : account;
  };

  return {
    authorize: authorization.show,
    consent: authorization.decide,
    token,
    userinfo,
    organizationAcls,
    organization,
    actingAccount,
  };
}

/** LinkedIn's answers to a refused code exchange. */
function refused(problem: ExchangeProblem): NetworkResponse {
  switch (problem) {
    case 'invalid_client':
      return oauthError('invalid_client', 'Client authentication failed', 401);
    case 'missing_parameter':
      return oauthError('invalid_request', 'A required parameter "code" is missing');
    case 'verifier_missing':
      return oauthError('invalid_request', 'A required parameter "code_verifier" is missing');
    case 'unknown_code':
    case 'used_code':
      return oauthError('invalid_request', 'Unable to retrieve access token: authorization code not found');
    case 'client_mismatch':
    case 'expired_code':
    case 'redirect_mismatch':
    case 'verifier_mismatch':
      return oauthError(
        'invalid_request',
        'Unable to retrieve access token: appid/redirect uri/code verifier does not match authorization code. Or authorization code expired. Or external member binding exists',
      );
  }
}
