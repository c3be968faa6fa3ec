import { Network } from '@relais/contracts';
import type { Readable } from 'node:stream';
import { snowflake } from '../../core/ids';
import { HttpRouter, NetworkRequest, NetworkResponse } from '../../core/http-router';
import { mediaKindOf, MediaState, SandboxMedia } from '../../media/media.repository';
import { discard, readMultipart } from '../../media/multipart-upload';
import { SandboxAccount } from '../../state/account.repository';
import { AuthResult, Sandbox } from '../../state/sandbox';
import { stringField, withHeaders } from '../network-definition';
import { mastodonError, mastodonErrors, mastodonRateHeaders } from './mastodon-errors';

const NETWORK = Network.Mastodon;
export const MASTODON_IMAGE_LIMIT = 16 * 1024 * 1024;
export const MASTODON_VIDEO_LIMIT = 99 * 1024 * 1024;
export const MASTODON_MAX_DESCRIPTION = 1500;
export const MASTODON_MAX_MEDIA = 4;
/** `throttle_media`: 30 uploads per 30 minutes per account. */
const MEDIA_POLICY = { limit: 30, windowSeconds: 1800 };

const validation = (message: string) => mastodonError(422, `Validation failed: ${message}`);

/** `focus` as Mastodon takes it: `"x,y"`, each between -1.0 and 1.0. */
function parseFocus(focus: string | null): { x: number; y: number } | null | 'invalid' {
  if (focus === null || focus === '') return null;
  const parts = focus.split(',').map((part) => Number(part.trim()));
  if (parts.length !== 2 || parts.some((value) => !Number.isFinite(value) || value < -1 || value > 1))
    return 'invalid';
  return { x: parts[0], y: parts[1] };
}

const EXTENSIONS: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/gif': 'gif',
  'video/mp4': 'mp4',
  'video/quicktime': 'mov',
};

/** A MediaAttachment as the REST API shows it; `url` stays null while the file is processed. */
export function attachmentView(media: SandboxMedia, state: MediaState, baseUrl: string) {
  const done = state === 'ready';
  const files = `${baseUrl}/system/media_attachments/files/${media.id}`;
  // GIFs become looping videos (gifv), as Mastodon converts them.
  const extension = media.kind === 'gif' ? 'mp4' : (EXTENSIONS[media.mimeType] ?? 'bin');
  const focus = media.extra.focus as { x: number; y: number } | undefined;
  const original =
    media.width && media.height
      ? {
          width: media.width,
          height: media.height,
          size: `${media.width}x${media.height}`,
          aspect: media.width / media.height,
        }
      : undefined;
  return {
    id: media.id,
    type: media.kind === 'gif' ? 'gifv' : media.kind,
    url: done ? `${files}/original/${media.id}.${extension}` : null,
    preview_url: done || media.kind === 'image' ? `${files}/small/${media.id}.jpg` : null,
    remote_url: null,
    preview_remote_url: null,
    text_url: null,
    meta: { ...(original ? { original } : {}), ...(focus ? { focus } : {}) },
    description: media.alt,
    blurhash: null,
  };
}

/** What `POST /api/v1/statuses` checks of `media_ids`, in Mastodon's order and words. */
export function statusMedia(
  sandbox: Sandbox,
  account: SandboxAccount,
  mediaIds: unknown,
): { ok: true; media: SandboxMedia[] } | { ok: false; response: NetworkResponse } {
  if (mediaIds === undefined || mediaIds === null || mediaIds === '') return { ok: true, media: [] };
  const ids = (Array.isArray(mediaIds) ? mediaIds : [mediaIds]).map(String);
  const refuse = (message: string) => ({ ok: false as const, response: mastodonError(422, message) });
  if (ids.length > MASTODON_MAX_MEDIA) return refuse('Cannot attach more than 4 files');
  const found = ids
    .map((id) => sandbox.media.owned(NETWORK, account.externalId, id))
    .filter((media): media is SandboxMedia => media !== undefined && media.postId === null);
  const missing = ids.filter((id) => !found.some((media) => media.id === id));
  if (missing.length > 0)
    return refuse(`Media ${missing.join(', ')} not found or already attached to another post`);
  if (found.length > 1 && found.some((media) => media.kind !== 'image'))
    return refuse('Cannot attach a video to a post that already contains images');
  if (found.some((media) => sandbox.media.stateOf(media) !== 'ready'))
    return refuse('Cannot attach files that have not finished processing. Try again in a moment!');
  return { ok: true, media: found };
}

/**
 * Mastodon's media API: `POST /api/v2/media` (multipart `file`, `description`, `focus`; images are
 * processed at once and answer 200, videos and GIFs 202 with `url: null`), `GET /api/v1/media/:id`
 * (206 while processing, 200 once done, 422 when processing failed) and `PUT /api/v1/media/:id`.
 */
export function addMastodonMediaRoutes(
  router: HttpRouter,
  sandbox: Sandbox,
  baseUrl: () => string,
  refused: (auth: Exclude<AuthResult, { ok: true }>) => NetworkResponse,
): void {
  const authenticate = (request: NetworkRequest): AuthResult =>
    sandbox.authenticate(NETWORK, sandbox.bearerOf(request.headers));

  const view = (media: SandboxMedia) => attachmentView(media, sandbox.media.stateOf(media), baseUrl());

  const upload = async (
    request: NetworkRequest,
    _params: Record<string, string>,
    body: Readable,
  ): Promise<NetworkResponse> => {
    const auth = authenticate(request);
    if (!auth.ok) {
      discard(body);
      return refused(auth);
    }
    const account = auth.account;
    const rate = sandbox.consumeExtra(NETWORK, account.externalId, 'media', MEDIA_POLICY, request.receivedAt);
    const headers = mastodonRateHeaders(rate);
    if (!rate.allowed) {
      discard(body);
      return withHeaders(mastodonErrors.tooManyRequests(), headers);
    }
    const form = await readMultipart(request.headers, body);
    if (!form.ok) return withHeaders(mastodonError(422, form.problem), headers);
    const file = form.files.find((part) => part.field === 'file');
    if (!file || file.size === 0) return withHeaders(validation("File can't be blank"), headers);
    const kind = mediaKindOf(file.mimeType);
    if (!kind) return withHeaders(validation('File content type is invalid'), headers);
    const limit = kind === 'image' ? MASTODON_IMAGE_LIMIT : MASTODON_VIDEO_LIMIT;
    if (file.size > limit) {
      return withHeaders(validation(`File file size must be less than ${limit / 1024 / 1024} MB`), headers);
    }
    const description = form.fields.description ?? null;
    if (description !== null && description.length > MASTODON_MAX_DESCRIPTION) {
      return withHeaders(
        validation(`Description is too long (maximum is ${MASTODON_MAX_DESCRIPTION} characters)`),
        headers,
      );
    }
    const focus = parseFocus(form.fields.focus ?? null);
    if (focus === 'invalid')
      return withHeaders(validation('Focus must be two numbers between -1.0 and 1.0'), headers);
    const media = sandbox.media.addUploaded(
      {
        id: snowflake(request.receivedAt),
        network: NETWORK,
        accountId: account.externalId,
        kind,
        mimeType: file.mimeType,
        alt: description,
        createdAt: request.receivedAt,
        extra: { fileName: file.fileName, ...(focus ? { focus } : {}) },
      },
      file,
      kind !== 'image',
      request.receivedAt,
    );
    return { status: kind === 'image' ? 200 : 202, headers, body: view(media) };
  };

  const show = (request: NetworkRequest, { id }: Record<string, string>): NetworkResponse => {
    const auth = authenticate(request);
    if (!auth.ok) return refused(auth);
    const headers = mastodonRateHeaders(sandbox.rateOf(NETWORK, auth.account.externalId));
    const media = sandbox.media.owned(NETWORK, auth.account.externalId, id ?? '');
    if (!media) return withHeaders(mastodonErrors.notFound(), headers);
    const state = sandbox.media.stateOf(media);
    if (state === 'failed')
      return withHeaders(mastodonError(422, 'Error processing thumbnail for uploaded media'), headers);
    return { status: state === 'ready' ? 200 : 206, headers, body: view(media) };
  };

  const update = (request: NetworkRequest, { id }: Record<string, string>): NetworkResponse => {
    const auth = authenticate(request);
    if (!auth.ok) return refused(auth);
    const headers = mastodonRateHeaders(sandbox.rateOf(NETWORK, auth.account.externalId));
    const media = sandbox.media.owned(NETWORK, auth.account.externalId, id ?? '');
    // Only files not yet attached to a status can be changed.
    if (!media || media.postId !== null) return withHeaders(mastodonErrors.notFound(), headers);
    const state = sandbox.media.stateOf(media);
    if (state === 'failed')
      return withHeaders(mastodonError(422, 'Error processing thumbnail for uploaded media'), headers);
    const description = stringField(request.body, 'description');
    if (description !== null && description.length > MASTODON_MAX_DESCRIPTION) {
      return withHeaders(
        validation(`Description is too long (maximum is ${MASTODON_MAX_DESCRIPTION} characters)`),
        headers,
      );
    }
    const focus = parseFocus(stringField(request.body, 'focus'));
    if (focus === 'invalid')
      return withHeaders(validation('Focus must be two numbers between -1.0 and 1.0'), headers);
    if (description !== null) media.alt = description;
    if (focus) media.extra.focus = focus;
    return { status: state === 'ready' ? 200 : 206, headers, body: view(media) };
  };

  router
    .addStream('POST', '/api/v2/media', upload)
    .add('GET', '/api/v1/media/:id', show)
    .add('PUT', '/api/v1/media/:id', update);
}
