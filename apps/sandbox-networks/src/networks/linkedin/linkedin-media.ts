import { Network } from '@relais/contracts';
import { randomBytes } from 'node:crypto';
import type { Readable } from 'node:stream';
import { HttpRouter, NetworkRequest, NetworkResponse, RouteHandler } from '../../core/http-router';
import { mediaKindOf, SandboxMedia } from '../../media/media.repository';
import { discard } from '../../media/multipart-upload';
import { digestStream, RunningDigest } from '../../media/upload-digest';
import { SandboxAccount } from '../../state/account.repository';
import { Sandbox } from '../../state/sandbox';
import { linkedinError, linkedinErrors } from './linkedin-errors';

const NETWORK = Network.LinkedIn;
/** Videos are cut in parts of 4 MiB (the last one shorter). */
export const LINKEDIN_VIDEO_PART = 4 * 1024 * 1024;
/** Videos up to 500 MB through the API. */
export const LINKEDIN_VIDEO_LIMIT = 500 * 1024 * 1024;
/** `content.multiImage` holds 2 to 20 images. */
export const LINKEDIN_MULTI_IMAGE = { min: 2, max: 20 };
export const LINKEDIN_MAX_ALT_TEXT = 4086;
/** Upload URLs are valid for a day. */
const UPLOAD_URL_TTL_MS = 86_400_000;

type Authed = (
  account: SandboxAccount,
  request: NetworkRequest,
  params: Record<string, string>,
) => NetworkResponse;

interface Upload {
  /** The secret the upload URLs carry (`ut`). */
  secret: string;
  /** Video parts: `[firstByte, lastByte]`, the ETags of those received. */
  parts: { firstByte: number; lastByte: number; etag: string | null }[];
  running: RunningDigest;
  nextPart: number;
  uploadToken: string;
  finalized: boolean;
}

const uploadOf = (media: SandboxMedia) => media.extra.upload as Upload;
const urnOf = (media: SandboxMedia) => `urn:li:${media.kind === 'video' ? 'video' : 'image'}:${media.id}`;

const invalid = linkedinErrors.invalid;

/** The LinkedIn status of a file: waiting for its bytes, processing, available or failed. */
function statusOf(sandbox: Sandbox, media: SandboxMedia): string {
  const upload = uploadOf(media);
  if (media.kind === 'video' && !upload.finalized) return 'WAITING_UPLOAD';
  const state = sandbox.media.stateOf(media);
  if (state === 'uploading') return 'WAITING_UPLOAD';
  if (state === 'processing') return 'PROCESSING';
  return state === 'failed' ? 'PROCESSING_FAILED' : 'AVAILABLE';
}

/** The file an image or video URN names, when the account owns it. */
function mediaOfUrn(sandbox: Sandbox, account: SandboxAccount, urn: string): SandboxMedia | undefined {
  const match = /^urn:li:(image|video):([A-Za-z0-9_-]+)$/.exec(urn);
  if (!match) return undefined;
  const media = sandbox.media.owned(NETWORK, account.externalId, match[2]);
  if (!media) return undefined;
  return (match[1] === 'video') === (media.kind === 'video') ? media : undefined;
}

/**
 * What `POST /rest/posts` checks of `content`: `media {id, altText?, title?}` (an image or video),
 * `multiImage {images: [{id, altText?}]}` (2 to 20 images), `article {source, title, description?,
 * thumbnail?}`; every URN owned by the author and `AVAILABLE`, each used by one post.
 */
export function postContent(
  sandbox: Sandbox,
  account: SandboxAccount,
  content: unknown,
): { ok: true; media: SandboxMedia[]; alts: (string | null)[] } | { ok: false; response: NetworkResponse } {
  const refuse = (field: string, message: string) => ({
    ok: false as const,
    response: invalid(field, message),
  });
  if (content === undefined || content === null) return { ok: true, media: [], alts: [] };
  if (typeof content !== 'object' || Array.isArray(content))
    return refuse('/content', 'content must be an object');
  const fields = content as Record<string, unknown>;
  const kinds = ['media', 'multiImage', 'article', 'poll', 'reference'].filter((name) => name in fields);
  if (kinds.length !== 1)
    return refuse('/content', 'content must hold exactly one of media, multiImage, article, poll, reference');

  const file = (field: string, urn: unknown, allowVideo: boolean) => {
    if (typeof urn !== 'string')
      return refuse(field, 'field is required but not found and has no default value');
    const media = mediaOfUrn(sandbox, account, urn);
    if (!media || (!allowVideo && media.kind === 'video'))
      return refuse(
        field,
        `${urn} is not an ${allowVideo ? 'image or video' : 'image'} of ${account.externalId}`,
      );
    const status = statusOf(sandbox, media);
    if (status !== 'AVAILABLE')
      return refuse(field, `${urn} cannot be used: its status is ${status}, not AVAILABLE`);
    if (media.postId !== null) return refuse(field, `${urn} is already used by ${media.postId}`);
    return { ok: true as const, media };
  };
  const altOf = (field: string, value: unknown) => {
    if (value === undefined) return { ok: true as const, alt: null };
    if (typeof value !== 'string') return refuse(field, 'altText must be a string');
    if ([...value].length > LINKEDIN_MAX_ALT_TEXT)
      return refuse(field, `altText is longer than ${LINKEDIN_MAX_ALT_TEXT} characters`);
    return { ok: true as const, alt: value };
  };

  if (kinds[0] === 'media') {
    const media = fields.media as Record<string, unknown> | undefined;
    const found = file('/content/media/id', media?.id, true);
    if (!found.ok) return found;
    const alt = altOf('/content/media/altText', media?.altText);
    if (!alt.ok) return alt;
    return { ok: true, media: [found.media], alts: [alt.alt] };
  }
  if (kinds[0] === 'multiImage') {
    const images = (fields.multiImage as { images?: unknown } | undefined)?.images;
    if (
      !Array.isArray(images) ||
      images.length < LINKEDIN_MULTI_IMAGE.min ||
      images.length > LINKEDIN_MULTI_IMAGE.max
    ) {
      return refuse(
        '/content/multiImage/images',
        `images must hold ${LINKEDIN_MULTI_IMAGE.min} to ${LINKEDIN_MULTI_IMAGE.max} images`,
      );
    }
    const media: SandboxMedia[] = [];
    const alts: (string | null)[] = [];
    for (const [index, image] of images.entries()) {
      const entry = image as Record<string, unknown> | null;
      const found = file(`/content/multiImage/images/${index}/id`, entry?.id, false);
      if (!found.ok) return found;
      if (media.includes(found.media))
        return refuse(`/content/multiImage/images/${index}/id`, `${String(entry?.id)} is listed twice`);
      const alt = altOf(`/content/multiImage/images/${index}/altText`, entry?.altText);
      if (!alt.ok) return alt;
      media.push(found.media);
      alts.push(alt.alt);
    }
    return { ok: true, media, alts };
  }
  if (kinds[0] === 'article') {
    const article = fields.article as Record<string, unknown> | undefined;
    const source = article?.source;
    if (typeof source !== 'string' || !/^https?:\/\/\S+$/.test(source))
      return refuse('/content/article/source', 'source must be an http(s) URL');
    if (typeof article?.title !== 'string' || article.title.trim() === '')
      return refuse('/content/article/title', 'field is required but not found and has no default value');
    const thumbnail = article.thumbnail;
    if (thumbnail !== undefined) {
      // A thumbnail may serve several articles: it is checked, not taken.
      const media = typeof thumbnail === 'string' ? mediaOfUrn(sandbox, account, thumbnail) : undefined;
      if (!media || media.kind === 'video' || statusOf(sandbox, media) !== 'AVAILABLE')
        return refuse(
          '/content/article/thumbnail',
          `${JSON.stringify(thumbnail)} is not an AVAILABLE image of ${account.externalId}`,
        );
    }
  }
  return { ok: true, media: [], alts: [] };
}

/**
 * LinkedIn's Images and Videos APIs: `POST /rest/images?action=initializeUpload` (an upload URL and
 * the image URN; the bytes `PUT` there, 201), `POST /rest/videos?action=initializeUpload` (parts of
 * 4 MiB, each `PUT` to its URL answering an `ETag`), `?action=finalizeUpload` with the ETags in order
 * (then the video processes), and `GET /rest/images/{urn}`, `/rest/videos/{urn}` (`WAITING_UPLOAD`,
 * `PROCESSING`, `AVAILABLE`, `PROCESSING_FAILED`). Images are available once their bytes are in.
 */
export function addLinkedInMediaRoutes(
  router: HttpRouter,
  sandbox: Sandbox,
  baseUrl: () => string,
  rest: (route: Authed) => RouteHandler,
): void {
  const uploadUrl = (media: SandboxMedia, part: number | null) =>
    `${baseUrl()}/dms-uploads/sp/v2/${media.id}/${part === null ? 'uploaded-image/0' : `uploadedVideo/${part}`}?ut=${uploadOf(media).secret}`;

  const ownerOk = (account: SandboxAccount, request: NetworkRequest): NetworkResponse | null => {
    const owner = (request.body.initializeUploadRequest as { owner?: unknown } | undefined)?.owner;
    if (typeof owner !== 'string')
      return invalid(
        '/initializeUploadRequest/owner',
        'field is required but not found and has no default value',
      );
    return owner === account.externalId ? null : linkedinErrors.notAllowed('CREATE');
  };

  const newMedia = (
    account: SandboxAccount,
    request: NetworkRequest,
    kind: 'image' | 'video',
    size: number,
  ) =>
    sandbox.media.add({
      id: `D4${kind === 'video' ? '05' : '10'}AQ${randomBytes(9).toString('base64url')}`,
      network: NETWORK,
      accountId: account.externalId,
      kind,
      mimeType: kind === 'video' ? 'video/mp4' : 'image/jpeg',
      size,
      sha256: null,
      alt: null,
      createdAt: request.receivedAt,
      extra: {
        upload: {
          secret: randomBytes(12).toString('base64url'),
          parts: [],
          running: new RunningDigest(),
          nextPart: 0,
          uploadToken: kind === 'video' ? randomBytes(16).toString('hex') : '',
          finalized: false,
        } satisfies Upload,
      },
    });

  const images: Authed = (account, request) => {
    if (request.query.get('action') !== 'initializeUpload')
      return linkedinErrors.badQuery('Query parameter action must be initializeUpload');
    const refused = ownerOk(account, request);
    if (refused) return refused;
    const media = newMedia(account, request, 'image', 0);
    return {
      status: 200,
      body: {
        value: {
          uploadUrlExpiresAt: request.receivedAt + UPLOAD_URL_TTL_MS,
          uploadUrl: uploadUrl(media, null),
          image: urnOf(media),
        },
      },
    };
  };

  const videos: Authed = (account, request) => {
    const action = request.query.get('action');
    if (action === 'finalizeUpload') return finalize(account, request);
    if (action !== 'initializeUpload')
      return linkedinErrors.badQuery('Query parameter action must be initializeUpload or finalizeUpload');
    const refused = ownerOk(account, request);
    if (refused) return refused;
    const init = request.body.initializeUploadRequest as Record<string, unknown>;
    const size = init.fileSizeBytes;
    if (typeof size !== 'number' || !Number.isSafeInteger(size) || size <= 0)
      return invalid(
        '/initializeUploadRequest/fileSizeBytes',
        'fileSizeBytes must be a positive whole number',
      );
    if (size > LINKEDIN_VIDEO_LIMIT)
      return invalid(
        '/initializeUploadRequest/fileSizeBytes',
        `fileSizeBytes is larger than ${LINKEDIN_VIDEO_LIMIT} bytes, the limit of a video`,
      );
    const media = newMedia(account, request, 'video', size);
    const upload = uploadOf(media);
    for (let first = 0; first < size; first += LINKEDIN_VIDEO_PART)
      upload.parts.push({
        firstByte: first,
        lastByte: Math.min(first + LINKEDIN_VIDEO_PART, size) - 1,
        etag: null,
      });
    return {
      status: 200,
      body: {
        value: {
          uploadUrlsExpireAt: request.receivedAt + UPLOAD_URL_TTL_MS,
          video: urnOf(media),
          uploadInstructions: upload.parts.map((part, index) => ({
            uploadUrl: uploadUrl(media, index),
            firstByte: part.firstByte,
            lastByte: part.lastByte,
          })),
          uploadToken: upload.uploadToken,
        },
      },
    };
  };

  const finalize = (account: SandboxAccount, request: NetworkRequest): NetworkResponse => {
    const finalizeRequest = request.body.finalizeUploadRequest as Record<string, unknown> | undefined;
    const urn = finalizeRequest?.video;
    const media = typeof urn === 'string' ? mediaOfUrn(sandbox, account, urn) : undefined;
    if (!media || media.kind !== 'video')
      return invalid(
        '/finalizeUploadRequest/video',
        `${String(urn)} is not a video upload of ${account.externalId}`,
      );
    const upload = uploadOf(media);
    if (upload.finalized) return { status: 200 };
    if ((finalizeRequest?.uploadToken ?? '') !== upload.uploadToken)
      return invalid('/finalizeUploadRequest/uploadToken', 'uploadToken does not match the upload');
    const missing = upload.parts.findIndex((part) => part.etag === null);
    if (missing >= 0)
      return invalid(
        '/finalizeUploadRequest/uploadedPartIds',
        `part ${missing} of the video was not uploaded`,
      );
    const ids = finalizeRequest?.uploadedPartIds;
    const etags = upload.parts.map((part) => part.etag);
    if (!Array.isArray(ids) || ids.length !== etags.length || ids.some((id, index) => id !== etags[index]))
      return invalid(
        '/finalizeUploadRequest/uploadedPartIds',
        'uploadedPartIds must list the ETag of every part, in the order of uploadInstructions',
      );
    upload.finalized = true;
    const sha256 = upload.nextPart === upload.parts.length ? upload.running.finish() : null;
    sandbox.media.complete(
      media,
      { size: media.size, head: upload.running.head, sha256 },
      true,
      request.receivedAt,
    );
    return { status: 200 };
  };

  const show =
    (kind: 'image' | 'video'): Authed =>
    (account, _request, { urn }) => {
      const media = mediaOfUrn(sandbox, account, decodeURIComponent(urn ?? ''));
      if (!media || (media.kind === 'video') !== (kind === 'video')) return linkedinErrors.notFound();
      const status = statusOf(sandbox, media);
      const available = status === 'AVAILABLE';
      const download = available
        ? {
            downloadUrl: `${baseUrl()}/dms/${media.id}`,
            downloadUrlExpiresAt: Date.now() + UPLOAD_URL_TTL_MS,
          }
        : {};
      const body =
        kind === 'image'
          ? { owner: account.externalId, status, id: urnOf(media), ...download }
          : {
              owner: account.externalId,
              status,
              id: urnOf(media),
              ...(status === 'PROCESSING_FAILED'
                ? { processingFailureReason: 'The video could not be processed' }
                : {}),
              ...download,
            };
      return { status: 200, body };
    };

  /** `PUT` of an image or of a video part to its upload URL (the URL's `ut` is its credential). */
  const put = async (request: NetworkRequest, { id, part }: Record<string, string>, body: Readable) => {
    const media = sandbox.media.get(NETWORK, id ?? '');
    const upload = media ? uploadOf(media) : undefined;
    if (!media || !upload || request.query.get('ut') !== upload.secret) {
      discard(body);
      return linkedinError(403, 'The upload URL is not valid', 'ACCESS_DENIED');
    }
    if (request.receivedAt - media.createdAt > UPLOAD_URL_TTL_MS) {
      discard(body);
      return linkedinError(403, 'The upload URL has expired', 'ACCESS_DENIED');
    }
    if (media.kind !== 'video') {
      // Images are sent with the member's token as well.
      const auth = sandbox.authenticate(NETWORK, sandbox.bearerOf(request.headers), request.receivedAt);
      if (!auth.ok) {
        discard(body);
        if (auth.reason === 'missing') return linkedinErrors.missingToken();
        return auth.reason === 'expired' ? linkedinErrors.expiredToken() : linkedinErrors.invalidToken();
      }
      if (sandbox.media.stateOf(media) !== 'uploading') {
        discard(body);
        return linkedinError(409, 'The image was already uploaded', 'CONFLICT');
      }
      const digest = await digestStream(body);
      if (digest.size === 0) return linkedinError(400, 'The upload is empty', 'ILLEGAL_ARGUMENT');
      const type = String(request.headers['content-type'] ?? '');
      const kind = mediaKindOf(type);
      if (kind === 'image' || kind === 'gif') {
        media.kind = kind;
        media.mimeType = type.split(';')[0]?.trim() ?? media.mimeType;
      }
      sandbox.media.complete(
        media,
        { size: digest.size, head: digest.head, sha256: digest.sha256.toString('hex') },
        false,
        request.receivedAt,
      );
      return { status: 201 };
    }
    const index = Number(part);
    const slot = upload.parts[index];
    if (!slot || upload.finalized) {
      discard(body);
      return linkedinError(400, `Part ${part ?? ''} is not a part of this upload`, 'ILLEGAL_ARGUMENT');
    }
    const inOrder = index === upload.nextPart;
    const digest = await (inOrder ? upload.running.stream(body) : digestStream(body));
    const expected = slot.lastByte - slot.firstByte + 1;
    if (digest.size !== expected) {
      // The bytes already went into the whole's digest: it can no longer be trusted.
      upload.running.add(digest, false);
      return linkedinError(
        400,
        `Part ${index} must be ${expected} bytes, not ${digest.size}`,
        'ILLEGAL_ARGUMENT',
      );
    }
    upload.running.add(digest, inOrder);
    if (inOrder) upload.nextPart++;
    slot.etag = `/ambry-video/signedId/${media.id}/${index}/${digest.sha256.toString('hex').slice(0, 16)}`;
    return { status: 200, headers: { etag: slot.etag } };
  };

  router
    .add('POST', '/rest/images', rest(images))
    .add('GET', '/rest/images/:urn', rest(show('image')))
    .add('POST', '/rest/videos', rest(videos))
    .add('GET', '/rest/videos/:urn', rest(show('video')))
    .addStream('PUT', '/dms-uploads/sp/v2/:id/uploaded-image/0', put)
    .addStream('PUT', '/dms-uploads/sp/v2/:id/uploadedVideo/:part', put);
}
