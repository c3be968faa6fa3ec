import { Network } from '@relais/contracts';
import { NetworkRequest, NetworkResponse, RouteHandler } from '../../core/http-router';
import { ExchangeProblem } from '../../oauth/authorization';
import { Localized } from '../../oauth/consent-messages';
import { exchangeForPerson, ownerAuthorization } from '../../oauth/owner-consent';
import { SandboxAccount } from '../../state/account.repository';
import { Sandbox } from '../../state/sandbox';
import { facebookErrors, graphError } from './facebook-errors';

const NETWORK = Network.FacebookPage;
/** A user token from the code exchange lasts about 60 days. */
const USER_TOKEN_TTL_SECONDS = 60 * 86_400;
/** What a page's administrator may do there (all of it, in the sandbox). */
const PAGE_TASKS = ['ADVERTISE', 'ANALYZE', 'CREATE_CONTENT', 'MESSAGING', 'MODERATE', 'MANAGE'];
const DEFAULT_ACCOUNT_FIELDS = ['access_token', 'category', 'name', 'id', 'tasks'];

/** Facebook Login permissions the sandbox knows. */
export const FACEBOOK_SCOPES: Readonly<Record<string, Localized>> = {
  public_profile: { en: 'Your name and profile picture.', fr: 'Votre nom et votre photo de profil.' },
  email: { en: 'Your email address.', fr: 'Votre adresse e-mail.' },
  pages_show_list: {
    en: 'Show a list of the Pages you manage.',
    fr: 'Afficher la liste des Pages que vous gérez.',
  },
  pages_manage_posts: {
    en: 'Create, edit and delete your Page posts.',
    fr: 'Créer, modifier et supprimer les publications de vos Pages.',
  },
  pages_read_engagement: {
    en: 'Read content posted on the Page and its engagement.',
    fr: 'Lire le contenu publié sur la Page et ses interactions.',
  },
  pages_manage_engagement: {
    en: 'Create, edit and delete comments posted on the Page.',
    fr: 'Créer, modifier et supprimer les commentaires publiés sur la Page.',
  },
  pages_read_user_content: {
    en: 'Read user-generated content on the Page.',
    fr: 'Lire le contenu publié par les utilisateurs sur la Page.',
  },
  pages_manage_metadata: {
    en: 'Manage accounts, settings and webhooks for a Page.',
    fr: 'Gérer les comptes, paramètres et webhooks d’une Page.',
  },
  business_management: {
    en: 'Manage your business assets.',
    fr: 'Gérer les ressources de votre entreprise.',
  },
};

/**
 * Facebook Login for Pages: the consent page at `/{ver}/dialog/oauth` (who signs in is a person, the
 * `owner` of page accounts; PKCE checked when a challenge was sent), the code exchange
 * `GET /{ver}/oauth/access_token` (a user token), `GET /{ver}/me/accounts` (the person's pages, each
 * with its page token: the token publishing uses, which never expires) and `GET /{ver}/me`.
 */
export function facebookOAuth(sandbox: Sandbox) {
  const authorization = ownerAuthorization({
    network: NETWORK,
    networkName: 'Facebook',
    accent: '#1877f2',
    sandbox,
    scopes: FACEBOOK_SCOPES,
    scopeSeparator: ',',
    defaultScopes: ['public_profile'],
    pkce: 'optional',
    stateRequired: false,
    owned: 'pages',
    denyParameters: { error_code: '200', error_reason: 'user_denied' },
  });

  const accessToken: RouteHandler = (request) => {
    const query = request.query;
    if (!query.get('redirect_uri')) {
      return graphError(400, { message: 'Missing redirect_uri parameter.', code: 191 }, request.requestId);
    }
    const exchange = exchangeForPerson(
      sandbox,
      NETWORK,
      {
        clientId: query.get('client_id'),
        clientSecret: query.get('client_secret'),
        code: query.get('code'),
        redirectUri: query.get('redirect_uri'),
        codeVerifier: query.get('code_verifier'),
      },
      request.receivedAt,
    );
    if (!exchange.ok) return refused(exchange.problem, request, query.get('client_id'));
    const tokens = sandbox.issueTokens(exchange.person, request.receivedAt, {
      scopes: exchange.scopes,
      refresh: false,
      accessTtlSeconds: USER_TOKEN_TTL_SECONDS,
    });
    return {
      status: 200,
      body: { access_token: tokens.accessToken, token_type: 'bearer', expires_in: tokens.expiresIn },
    };
  };

  /** The user or page a token stands for, or Graph's refusal. */
  const tokenOwner = (request: NetworkRequest): SandboxAccount | NetworkResponse => {
    const token = request.query.get('access_token') ?? sandbox.bearerOf(request.headers);
    const auth = sandbox.authenticate(NETWORK, token, request.receivedAt);
    if (auth.ok) return auth.account;
    if (auth.reason === 'missing') return facebookErrors.missingToken(request.requestId);
    if (auth.reason === 'expired') return facebookErrors.expiredToken(request.requestId, request.receivedAt);
    return facebookErrors.invalidToken(request.requestId);
  };

  const me: RouteHandler = (request, { version }) => {
    if (version !== undefined && !/^v\d+\.\d+$/.test(version))
      return facebookErrors.unknownPath(request.requestId);
    const account = tokenOwner(request);
    if (!('externalId' in account)) return account;
    const all: Record<string, unknown> = { id: account.externalId, name: account.displayName };
    return { status: 200, body: pick(all, fieldsOf(request, ['name', 'id'])) };
  };

  const pages: RouteHandler = (request, { version }) => {
    if (version !== undefined && !/^v\d+\.\d+$/.test(version))
      return facebookErrors.unknownPath(request.requestId);
    const account = tokenOwner(request);
    if (!('externalId' in account)) return account;
    if (!account.person) {
      return graphError(
        400,
        { message: '(#100) Tried accessing nonexisting field (accounts) on node type (Page)', code: 100 },
        request.requestId,
      );
    }
    const fields = fieldsOf(request, DEFAULT_ACCOUNT_FIELDS);
    const data = sandbox.accounts.ownedBy(NETWORK, account.owner).map((page) =>
      pick(
        {
          access_token: sandbox.issueTokens(page, request.receivedAt).accessToken,
          category: 'Brand',
          name: page.displayName,
          id: page.externalId,
          tasks: PAGE_TASKS,
        },
        fields,
      ),
    );
    const first = data[0]?.id;
    const last = data[data.length - 1]?.id;
    return {
      status: 200,
      body: {
        data,
        ...(data.length > 0
          ? { paging: { cursors: { before: cursor(String(first)), after: cursor(String(last)) } } }
          : {}),
      },
    };
  };

  return { dialog: authorization.show, consent: authorization.decide, accessToken, me, pages };
}

/** Graph's words for a refused code exchange (all with HTTP 400, `OAuthException`). */
function refused(
  problem: ExchangeProblem,
  request: NetworkRequest,
  clientId: string | null,
): NetworkResponse {
  const trace = request.requestId;
  switch (problem) {
    case 'invalid_client':
      return clientId && request.query.get('client_secret') !== null
        ? graphError(400, { message: 'Error validating client secret.', code: 1 }, trace)
        : graphError(
            400,
            { message: 'Error validating application. Invalid application ID.', code: 101 },
            trace,
          );
    case 'missing_parameter':
      return graphError(400, { message: '(#100) The parameter code is required', code: 100 }, trace);
    case 'used_code':
      return graphError(
        400,
        { message: 'This authorization code has been used.', code: 100, error_subcode: 36009 },
        trace,
      );
    case 'expired_code':
      return graphError(
        400,
        { message: 'This authorization code has expired.', code: 100, error_subcode: 36007 },
        trace,
      );
    case 'redirect_mismatch':
      return graphError(
        400,
        {
          message:
            'Error validating verification code. Please make sure your redirect_uri is identical to the one you used in the OAuth dialog request',
          code: 100,
          error_subcode: 36008,
        },
        trace,
      );
    case 'verifier_missing':
    case 'verifier_mismatch':
      return graphError(400, { message: 'Invalid code verifier.', code: 100 }, trace);
    case 'unknown_code':
    case 'client_mismatch':
      return graphError(400, { message: 'Invalid verification code format.', code: 100 }, trace);
  }
}

function fieldsOf(request: NetworkRequest, fallback: string[]): string[] {
  const fields = request.query.get('fields');
  if (!fields) return fallback;
  return fields
    .split(',')
    .map((field) => field.trim())
    .filter(Boolean);
}

/** The requested fields the object has, `id` always. */
function pick(all: Record<string, unknown>, fields: string[]): Record<string, unknown> {
  const view: Record<string, unknown> = {};
  for (const field of fields) if (all[field] !== undefined) view[field] = all[field];
  view.id = all.id;
  return view;
}

/** Graph's opaque cursors. */
function cursor(id: string): string {
  return Buffer.from(id).toString('base64url');
}
