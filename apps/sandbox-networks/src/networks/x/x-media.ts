import { Network } from '@relais/contracts';
import type { Readable } from 'node:stream';
import { snowflake } from '../../core/ids';
import { HttpRouter, NetworkRequest, NetworkResponse } from '../../core/http-router';
import { MediaKind, SandboxMedia } from '../../media/media.repository';
import { discard, readMultipart } from '../../media/multipart-upload';
import { digestStream, RunningDigest } from '../../media/upload-digest';
import { SandboxAccount } from '../../state/account.repository';
import { Sandbox } from '../../state/sandbox';
import { stringField, withHeaders } from '../network-definition';
import { xErrors, xInvalidRequest, xRateHeaders } from './x-errors';

const NETWORK = Network.X;
const EXPIRES_AFTER_SECS = 86_400;
export const X_MAX_ALT_TEXT = 1000;

const CATEGORIES: Record<string, { kind: MediaKind; limit: number; keyPrefix: number }> = {
  tweet_image: { kind: 'image', limit: 5 * 1024 * 1024, keyPrefix: 3 },
  tweet_gif: { kind: 'gif', limit: 15 * 1024 * 1024, keyPrefix: 16 },
  tweet_video: { kind: 'video', limit: 512 * 1024 * 1024, keyPrefix: 7 },
};

/** The category a content type falls in when the client names none (as X infers it). */
function categoryOf(mediaType: string): string | null {
  if (mediaType === 'image/gif') return 'tweet_gif';
  if (mediaType.startsWith('image/')) return 'tweet_image';
  if (mediaType.startsWith('video/')) return 'tweet_video';
  return null;
}

interface Upload {
  running: RunningDigest;
  nextSegment: number;
  totalBytes: number;
  category: string;
}

const uploadOf = (media: SandboxMedia) => media.extra.upload as Upload;
const mediaKey = (media: SandboxMedia) => String(media.extra.mediaKey);

/** The `processing_info` X reports: none for files that need no processing. */
function processingInfo(sandbox: Sandbox, media: SandboxMedia) {
  if (media.extra.processes !== true) return undefined;
  const state = sandbox.media.stateOf(media);
  if (state === 'ready') return { state: 'succeeded', progress_percent: 100 };
  if (state === 'failed') {
    return {
      state: 'failed',
      progress_percent: 100,
      error: {
        code: 1,
        name: 'InvalidMedia',
        message: 'Invalid or Unsupported media, Reason: UnsupportedMedia.',
      },
    };
  }
  const progress = sandbox.media.progressOf(media);
  return {
    state: progress === 0 ? 'pending' : 'in_progress',
    check_after_secs: sandbox.media.secondsLeft(media),
    progress_percent: progress,
  };
}

/** What `POST /2/tweets` checks of `media.media_ids`: ≤ 4 images, or one GIF, or one video; owned and processed. */
export function tweetMedia(
  sandbox: Sandbox,
  account: SandboxAccount,
  media: unknown,
): { ok: true; media: SandboxMedia[] } | { ok: false; response: NetworkResponse } {
  const ids = (media as { media_ids?: unknown } | undefined)?.media_ids;
  if (ids === undefined) return { ok: true, media: [] };
  const refuse = (message: string) => ({
    ok: false as const,
    response: xInvalidRequest('media.media_ids', message),
  });
  if (
    !Array.isArray(ids) ||
    ids.length === 0 ||
    ids.some((id) => typeof id !== 'string' || !/^\d{1,19}$/.test(id))
  )
    return refuse('The `media.media_ids` field must be a list of 1 to 4 numeric media ids as strings.');
  if (ids.length > 4) return refuse('The `media.media_ids` field must hold at most 4 media ids.');
  const files: SandboxMedia[] = [];
  for (const id of ids as string[]) {
    const file = sandbox.media.owned(NETWORK, account.externalId, id);
    if (!file || sandbox.media.stateOf(file) === 'uploading')
      return refuse(`Your media IDs are invalid: ${id}.`);
    const state = sandbox.media.stateOf(file);
    if (state === 'processing')
      return refuse(`The media ${id} is still being processed. Try again once it has succeeded.`);
    if (state === 'failed') return refuse(`The media ${id} failed to process.`);
    files.push(file);
  }
  if (files.length > 1 && files.some((file) => file.kind !== 'image'))
    return refuse('A post may hold up to 4 images, or one GIF, or one video.');
  return { ok: true, media: files };
}

/**
 * X media upload v2: `initialize` (JSON) → `append` (multipart `media`, `segment_index`) → `finalize`
 * (videos and GIFs then process: `processing_info`), `GET /2/media/upload?command=STATUS`, the one-shot
 * `POST /2/media/upload` (multipart, images), and `POST /2/media/metadata` (alt text).
 */
export function addXMediaRoutes(router: HttpRouter, sandbox: Sandbox): void {
  const authenticate = (request: NetworkRequest) =>
    sandbox.authenticate(NETWORK, sandbox.bearerOf(request.headers), request.receivedAt);
  const headersOf = (account: SandboxAccount, request: NetworkRequest) =>
    xRateHeaders(sandbox.rateOf(NETWORK, account.externalId, request.receivedAt));

  const created = (media: SandboxMedia) => ({
    id: media.id,
    media_key: mediaKey(media),
    size: media.size,
    expires_after_secs: EXPIRES_AFTER_SECS,
  });

  const newMedia = (
    account: SandboxAccount,
    request: NetworkRequest,
    category: string,
    mediaType: string,
    size: number,
  ) => {
    const { kind, keyPrefix } = CATEGORIES[category];
    const id = snowflake(request.receivedAt);
    return sandbox.media.add({
      id,
      network: NETWORK,
      accountId: account.externalId,
      kind,
      mimeType: mediaType,
      size,
      sha256: null,
      alt: null,
      createdAt: request.receivedAt,
      extra: { mediaKey: `${keyPrefix}_${id}`, category, processes: kind !== 'image' },
    });
  };

  /** `media_category` and `media_type` checked; the category (inferred when absent) or a refusal. */
  const categoryFor = (
    mediaType: string | null,
    given: string | null,
    size: number,
  ): string | NetworkResponse => {
    if (!mediaType) return xInvalidRequest('media_type', 'The `media_type` field is required.');
    const category = given ?? categoryOf(mediaType);
    if (!category || !CATEGORIES[category])
      return xInvalidRequest(
        'media_category',
        'The `media_category` must be one of tweet_image, tweet_gif, tweet_video.',
      );
    if (!Number.isSafeInteger(size) || size <= 0)
      return xInvalidRequest('total_bytes', 'The `total_bytes` field must be a positive whole number.');
    if (size > CATEGORIES[category].limit)
      return xInvalidRequest(
        'total_bytes',
        `The file is larger than ${CATEGORIES[category].limit} bytes, the limit of ${category}.`,
      );
    return category;
  };

  const initialize = (request: NetworkRequest): NetworkResponse => {
    const auth = authenticate(request);
    if (!auth.ok) return xErrors.unauthorized();
    const headers = headersOf(auth.account, request);
    const mediaType = stringField(request.body, 'media_type');
    const totalBytes = Number(request.body.total_bytes);
    const category = categoryFor(mediaType, stringField(request.body, 'media_category'), totalBytes);
    if (typeof category !== 'string') return withHeaders(category, headers);
    const media = newMedia(auth.account, request, category, mediaType ?? '', totalBytes);
    media.extra.upload = {
      running: new RunningDigest(),
      nextSegment: 0,
      totalBytes,
      category,
    } satisfies Upload;
    return {
      status: 200,
      headers,
      body: { data: { id: media.id, media_key: mediaKey(media), expires_after_secs: EXPIRES_AFTER_SECS } },
    };
  };

  const append = async (
    request: NetworkRequest,
    { id }: Record<string, string>,
    body: Readable,
  ): Promise<NetworkResponse> => {
    const auth = authenticate(request);
    if (!auth.ok) {
      discard(body);
      return xErrors.unauthorized();
    }
    const headers = headersOf(auth.account, request);
    const media = sandbox.media.owned(NETWORK, auth.account.externalId, id ?? '');
    if (!media || sandbox.media.stateOf(media) !== 'uploading') {
      discard(body);
      return withHeaders(
        xInvalidRequest('id', `The media id ${id ?? ''} is not an upload in progress.`),
        headers,
      );
    }
    const upload = uploadOf(media);
    const form = await readMultipart(request.headers, body, (stream, fields) =>
      Number(fields.segment_index) === upload.nextSegment
        ? upload.running.stream(stream)
        : digestStream(stream),
    );
    if (!form.ok) return withHeaders(xInvalidRequest('media', form.problem), headers);
    const segment = Number(form.fields.segment_index);
    if (!Number.isSafeInteger(segment) || segment < 0 || segment > 999)
      return withHeaders(
        xInvalidRequest('segment_index', 'The `segment_index` must be a whole number from 0 to 999.'),
        headers,
      );
    const part = form.files.find((file) => file.field === 'media');
    if (!part) return withHeaders(xInvalidRequest('media', 'The `media` field is required.'), headers);
    upload.running.add(part, segment === upload.nextSegment);
    upload.nextSegment = Math.max(upload.nextSegment, segment + 1);
    if (upload.running.size > upload.totalBytes)
      return withHeaders(xInvalidRequest('media', 'The segments are larger than `total_bytes`.'), headers);
    return {
      status: 200,
      headers,
      body: { data: { expires_at: Math.floor(media.createdAt / 1000) + EXPIRES_AFTER_SECS } },
    };
  };

  const finalize = (request: NetworkRequest, { id }: Record<string, string>): NetworkResponse => {
    const auth = authenticate(request);
    if (!auth.ok) return xErrors.unauthorized();
    const headers = headersOf(auth.account, request);
    const media = sandbox.media.owned(NETWORK, auth.account.externalId, id ?? '');
    if (!media) return withHeaders(xInvalidRequest('id', `The media id ${id ?? ''} was not found.`), headers);
    if (sandbox.media.stateOf(media) === 'uploading') {
      const upload = uploadOf(media);
      if (upload.running.size !== upload.totalBytes)
        return withHeaders(
          xInvalidRequest('id', 'Segments do not add up to provided total file size.'),
          headers,
        );
      sandbox.media.complete(
        media,
        { size: upload.running.size, head: upload.running.head, sha256: upload.running.finish() },
        media.extra.processes === true,
        request.receivedAt,
      );
    }
    const info = processingInfo(sandbox, media);
    return {
      status: 200,
      headers,
      body: {
        data: { ...created(media), ...(info && info.state !== 'succeeded' ? { processing_info: info } : {}) },
      },
    };
  };

  const status = (request: NetworkRequest): NetworkResponse => {
    const auth = authenticate(request);
    if (!auth.ok) return xErrors.unauthorized();
    const headers = headersOf(auth.account, request);
    if (request.query.get('command') !== 'STATUS')
      return withHeaders(xInvalidRequest('command', 'The `command` parameter must be STATUS.'), headers);
    const id = request.query.get('media_id') ?? '';
    const media = sandbox.media.owned(NETWORK, auth.account.externalId, id);
    if (!media || sandbox.media.stateOf(media) === 'uploading')
      return withHeaders(xInvalidRequest('media_id', `The media id ${id} was not found.`), headers);
    const info = processingInfo(sandbox, media);
    return {
      status: 200,
      headers,
      body: {
        data: { id: media.id, media_key: mediaKey(media), ...(info ? { processing_info: info } : {}) },
      },
    };
  };

  const oneShot = async (
    request: NetworkRequest,
    _params: Record<string, string>,
    body: Readable,
  ): Promise<NetworkResponse> => {
    const auth = authenticate(request);
    if (!auth.ok) {
      discard(body);
      return xErrors.unauthorized();
    }
    const headers = headersOf(auth.account, request);
    const form = await readMultipart(request.headers, body);
    if (!form.ok) return withHeaders(xInvalidRequest('media', form.problem), headers);
    const part = form.files.find((file) => file.field === 'media');
    if (!part) return withHeaders(xInvalidRequest('media', 'The `media` field is required.'), headers);
    const mediaType =
      form.fields.media_type ?? (part.mimeType !== 'application/octet-stream' ? part.mimeType : null);
    const category = categoryFor(mediaType, form.fields.media_category ?? null, part.size);
    if (typeof category !== 'string') return withHeaders(category, headers);
    if (category !== 'tweet_image')
      return withHeaders(
        xInvalidRequest(
          'media_category',
          'Videos and GIFs are uploaded with initialize, append and finalize.',
        ),
        headers,
      );
    const media = newMedia(auth.account, request, category, mediaType ?? '', part.size);
    sandbox.media.complete(
      media,
      { size: part.size, head: part.head, sha256: part.sha256.toString('hex') },
      false,
      request.receivedAt,
    );
    return { status: 200, headers, body: { data: created(media) } };
  };

  const metadata = (request: NetworkRequest): NetworkResponse => {
    const auth = authenticate(request);
    if (!auth.ok) return xErrors.unauthorized();
    const headers = headersOf(auth.account, request);
    const id = stringField(request.body, 'id') ?? '';
    const text = (request.body.metadata as { alt_text?: { text?: unknown } } | undefined)?.alt_text?.text;
    if (typeof text !== 'string')
      return withHeaders(
        xInvalidRequest('metadata.alt_text.text', 'The `metadata.alt_text.text` field is required.'),
        headers,
      );
    if ([...text].length > X_MAX_ALT_TEXT)
      return withHeaders(
        xInvalidRequest(
          'metadata.alt_text.text',
          `The alt text must be at most ${X_MAX_ALT_TEXT} characters.`,
        ),
        headers,
      );
    const media = sandbox.media.owned(NETWORK, auth.account.externalId, id);
    if (!media) return withHeaders(xInvalidRequest('id', `The media id ${id} was not found.`), headers);
    media.alt = text;
    return {
      status: 200,
      headers,
      body: { data: { id: media.id, associated_metadata: { alt_text: { text } } } },
    };
  };

  router
    .add('POST', '/2/media/upload/initialize', initialize)
    .addStream('POST', '/2/media/upload/:id/append', append)
    .add('POST', '/2/media/upload/:id/finalize', finalize)
    .add('GET', '/2/media/upload', status)
    .addStream('POST', '/2/media/upload', oneShot)
    .add('POST', '/2/media/metadata', metadata);
}
