import { Network } from '@relais/contracts';
import { snowflake } from '../../core/ids';
import { HttpRouter, NetworkRequest, NetworkResponse } from '../../core/http-router';
import { SandboxAccount } from '../../state/account.repository';
import { AuthResult } from '../../state/sandbox';
import { SandboxPost } from '../../state/post.repository';
import {
  DEFAULT_FAIL_STATUS,
  NetworkContext,
  NetworkDefinition,
  stringField,
  withHeaders,
} from '../network-definition';
import { mastodonError, mastodonErrors, mastodonRateHeaders } from './mastodon-errors';
import { mastodonOAuth } from './mastodon-oauth';
import { accountStatusPage } from './mastodon-timeline';
import {
  addMastodonMediaRoutes,
  attachmentView,
  MASTODON_IMAGE_LIMIT,
  MASTODON_MAX_DESCRIPTION,
  MASTODON_VIDEO_LIMIT,
  statusMedia,
} from './mastodon-media';
import { mastodonListening } from './mastodon-listening';
import { accountView, mastodonLength, statusView } from './mastodon-views';

const NETWORK = Network.Mastodon;
export const MASTODON_MAX_CHARACTERS = 500;

/**
 * Mastodon's REST API: `POST /api/v1/statuses` (Idempotency-Key kept one hour per account: the same
 * key answers the same status; replies to received or listened statuses), the status and account
 * read-backs (an account's statuses paged by `max_id`/`since_id`/`min_id` with a `Link` header),
 * `GET /api/v2/instance`, and what listening reads (see `mastodon-listening.ts`). `X-RateLimit-*`
 * headers on every authenticated answer.
 */
export function mastodonNetwork({ sandbox, baseUrl }: NetworkContext): NetworkDefinition {
  const oauth = mastodonOAuth(sandbox);
  const authenticate = (request: NetworkRequest): AuthResult =>
    sandbox.authenticate(NETWORK, sandbox.bearerOf(request.headers));

  const refused = (auth: Exclude<AuthResult, { ok: true }>): NetworkResponse =>
    auth.reason === 'expired'
      ? mastodonErrors.expiredToken()
      : auth.reason === 'missing'
        ? mastodonErrors.missingToken()
        : mastodonErrors.invalidToken();

  const count = (account: SandboxAccount) => sandbox.posts.timeline(NETWORK, account.externalId).length;
  const view = (post: SandboxPost) => {
    const author = sandbox.accounts.get(NETWORK, post.accountId);
    const attachments = ((post.extra.mediaIds as string[] | undefined) ?? []).flatMap((id) => {
      const media = sandbox.media.get(NETWORK, id);
      return media ? [attachmentView(media, sandbox.media.stateOf(media), baseUrl())] : [];
    });
    return { ...statusView(post, author, baseUrl(), count(author)), media_attachments: attachments };
  };

  /** Runs a read route for an authenticated account, with its rate-limit headers. */
  const read =
    (
      route: (
        account: SandboxAccount,
        request: NetworkRequest,
        params: Record<string, string>,
      ) => NetworkResponse,
    ) =>
    (request: NetworkRequest, params: Record<string, string>): NetworkResponse => {
      const auth = authenticate(request);
      if (!auth.ok) return refused(auth);
      const rate = sandbox.rateOf(NETWORK, auth.account.externalId);
      return withHeaders(route(auth.account, request, params), mastodonRateHeaders(rate));
    };

  const listening = mastodonListening({ sandbox, baseUrl, postView: view, read });

  const createStatus = (request: NetworkRequest): NetworkResponse => {
    const auth = authenticate(request);
    if (!auth.ok) return refused(auth);
    const account = auth.account;
    const gate = sandbox.gateWrite(NETWORK, account);
    const headers = mastodonRateHeaders(gate.rate);
    if (gate.kind === 'fail') {
      return withHeaders(mastodonErrors.failure(gate.status ?? DEFAULT_FAIL_STATUS), headers);
    }
    if (gate.kind === 'rate_limited') {
      const answer = gate.status
        ? mastodonError(gate.status, 'Too many requests')
        : mastodonErrors.tooManyRequests();
      return withHeaders(answer, headers);
    }
    // Mastodon finds the status replied to before anything else, as the account may see it (a
    // received or a listened one; a deleted one is gone).
    const inReplyToId = stringField(request.body, 'in_reply_to_id');
    const parent = inReplyToId ? listening.find(inReplyToId, account) : null;
    if (inReplyToId && !parent) return withHeaders(mastodonErrors.replyNotFound(), headers);
    const key = request.headers['idempotency-key'];
    const idempotencyKey = typeof key === 'string' && key.length > 0 ? key : null;
    if (idempotencyKey) {
      const existing = sandbox.idempotentResult(NETWORK, account.externalId, idempotencyKey);
      const post = existing ? sandbox.posts.get(NETWORK, existing) : undefined;
      if (post) return { status: 200, headers, body: view(post) };
    }
    const text = stringField(request.body, 'status') ?? '';
    const mediaIds = request.body.media_ids;
    if (text.trim().length === 0 && !(Array.isArray(mediaIds) && mediaIds.length > 0)) {
      return withHeaders(mastodonErrors.blank(), headers);
    }
    if (mastodonLength(text) > MASTODON_MAX_CHARACTERS) {
      return withHeaders(mastodonErrors.tooLong(MASTODON_MAX_CHARACTERS), headers);
    }
    const visibility = stringField(request.body, 'visibility') ?? 'public';
    if (!['public', 'unlisted', 'private', 'direct'].includes(visibility)) {
      return withHeaders(mastodonErrors.unprocessable('Visibility is not included in the list'), headers);
    }
    const attached = statusMedia(sandbox, account, mediaIds);
    if (!attached.ok) return withHeaders(attached.response, headers);
    const id = snowflake(request.receivedAt);
    const post: SandboxPost = {
      id,
      network: NETWORK,
      accountId: account.externalId,
      text,
      receivedAt: request.receivedAt,
      requestId: request.requestId,
      url: `${baseUrl()}/@${account.handle}/${id}`,
      inReplyToId,
      comments: [],
      extra: {
        visibility,
        language: stringField(request.body, 'language'),
        spoilerText: stringField(request.body, 'spoiler_text') ?? '',
        sensitive: request.body.sensitive === true || request.body.sensitive === 'true',
        idempotencyKey,
        mediaIds: attached.media.map((media) => media.id),
      },
      media: sandbox.media.attach(attached.media, id),
    };
    if (parent?.kind === 'post') sandbox.posts.addReply(parent.post, post);
    else sandbox.posts.add(post);
    if (idempotencyKey) sandbox.rememberIdempotent(NETWORK, account.externalId, idempotencyKey, id);
    if (sandbox.dropsAfterCommit(NETWORK, account.externalId)) return { status: 0, drop: true };
    return { status: 200, headers, body: view(post) };
  };

  const router = new HttpRouter()
    .add('POST', '/api/v1/statuses', createStatus)
    .add(
      'GET',
      '/api/v1/statuses/:id',
      read((account, _request, { id }) => {
        const status = listening.find(id ?? '', account);
        return status ? { status: 200, body: listening.view(status, account) } : mastodonErrors.notFound();
      }),
    )
    .add(
      'GET',
      '/api/v1/accounts/verify_credentials',
      read((account) => ({
        status: 200,
        body: { ...accountView(account, baseUrl(), count(account)), source: { privacy: 'public', note: '' } },
      })),
    )
    .add(
      'GET',
      '/api/v1/accounts/:id',
      read((_account, _request, { id }) => {
        const account = sandbox.accounts.find(NETWORK, id ?? '');
        return account
          ? { status: 200, body: accountView(account, baseUrl(), count(account)) }
          : mastodonErrors.notFound();
      }),
    )
    .add(
      'GET',
      '/api/v1/accounts/:id/statuses',
      read((_account, request, { id }) => {
        const account = sandbox.accounts.find(NETWORK, id ?? '');
        if (!account) return mastodonErrors.notFound();
        const page = accountStatusPage(
          sandbox.posts.timeline(NETWORK, account.externalId),
          request,
          `${baseUrl()}/api/v1/accounts/${encodeURIComponent(account.externalId)}/statuses`,
        );
        return {
          status: 200,
          ...(page.link ? { headers: { Link: page.link } } : {}),
          body: page.statuses.map(view),
        };
      }),
    )
    .add('GET', '/api/v2/instance', () => ({ status: 200, body: instanceView(baseUrl()) }))
    .add('POST', '/api/v1/apps', oauth.registerApp)
    .add('GET', '/oauth/authorize', oauth.authorize)
    .add('POST', '/oauth/authorize', oauth.consent)
    .add('POST', '/oauth/token', oauth.token);
  addMastodonMediaRoutes(router, sandbox, baseUrl, refused);
  listening.addRoutes(router);

  return {
    network: NETWORK,
    requestIdHeader: 'X-Request-Id',
    router,
    fallbacks: {
      notFound: () => mastodonError(404, 'Not Found'),
      badBody: (_request, problem) => mastodonError(400, problem),
      internal: () => mastodonErrors.failure(500),
    },
  };
}

function instanceView(baseUrl: string) {
  const domain = new URL(baseUrl).host;
  return {
    domain,
    title: 'Relais sandbox',
    version: '4.3.0',
    source_url: 'https://github.com/mastodon/mastodon',
    description: 'A local Mastodon emulator for publishing tests and demos.',
    usage: { users: { active_month: 0 } },
    thumbnail: { url: `${baseUrl}/thumbnail.png` },
    languages: ['en', 'fr'],
    configuration: {
      urls: { streaming: baseUrl.replace(/^http/, 'ws') },
      accounts: { max_featured_tags: 10 },
      statuses: {
        max_characters: MASTODON_MAX_CHARACTERS,
        max_media_attachments: 4,
        characters_reserved_per_url: 23,
      },
      media_attachments: {
        supported_mime_types: [
          'image/jpeg',
          'image/png',
          'image/webp',
          'image/gif',
          'video/mp4',
          'video/quicktime',
        ],
        image_size_limit: MASTODON_IMAGE_LIMIT,
        video_size_limit: MASTODON_VIDEO_LIMIT,
        description_limit: MASTODON_MAX_DESCRIPTION,
      },
      polls: { max_options: 4, max_characters_per_option: 50, min_expiration: 300, max_expiration: 2629746 },
      translation: { enabled: false },
    },
    registrations: { enabled: false, approval_required: false, message: null },
    contact: { email: '', account: null },
    rules: [],
  };
}
