import { MediaKind, PublishFailureCode } from '@relais/contracts';
import { HttpResult } from '../http-call';
import { ProcessingState, waitForProcessing } from '../media/processing-wait';
import { uploadCall } from '../media/upload-call';
import { unreadableAnswer, uploadStepFailure, withMediaBody } from '../media/upload-steps';
import { LinkCard, MediaFile, MediaUploads } from '../network-adapter';
import { FailedOutcome, failedOutcome } from '../publish-outcomes';
import { mapLinkedInUploadFailure } from './linkedin-errors';
const NAME = 'LinkedIn';
/** `content.multiImage` holds 2 to 20 images. */
export const LINKEDIN_MAX_IMAGES = 20;

/** What the uploads need of the adapter: its versioned JSON calls, the token for the upload URLs, time bounds. */
export interface LinkedInMediaContext {
  accessToken: string;
  /** The author URN, owner of every upload. */
  owner: string;
  /** Upper bound of one upload request (a segment, chunk or part). */
  uploadTimeoutMs: number;
  processingTimeoutMs: number;
  call(method: 'GET' | 'POST', path: string, json?: unknown): Promise<HttpResult>;
}

/** The `content` of a post (`media`, `multiImage` or `article`), or why it could not be made. */
export type LinkedInContentResult = { kind: 'ready'; content: Record<string, unknown> } | FailedOutcome;

/** What a LinkedIn post may carry: one video on its own, or 1 to 20 images. Null when fine. */
export function linkedInMediaRefusal(media: readonly MediaFile[]): string | null {
  if (media.some((file) => file.kind === MediaKind.Video) && media.length > 1) {
    return 'A LinkedIn post carries one video on its own, or images; split the media across posts.';
  }
  if (media.length > LINKEDIN_MAX_IMAGES) {
    return `A LinkedIn post carries at most ${LINKEDIN_MAX_IMAGES} images; remove some.`;
  }
  return null;
}

/**
 * The post's `content` for its media: one file as `content.media` (an image with its `altText`), 2 to
 * 20 images as `content.multiImage`. Images go through the Images API, a video through the Videos API;
 * each is recorded once uploaded and reused by a retry, and the post waits until LinkedIn says
 * `AVAILABLE` (it refuses media still processing).
 */
export async function linkedInMediaContent(
  context: LinkedInMediaContext,
  media: readonly MediaFile[],
  uploads: MediaUploads,
  signal: AbortSignal,
): Promise<LinkedInContentResult> {
  const refusal = linkedInMediaRefusal(media);
  if (refusal) return { ...failedOutcome(PublishFailureCode.Rejected, refusal, null), step: 'upload' };
  const urns: string[] = [];
  for (const file of media) {
    const urn = await uploadMedia(context, file, uploads, signal);
    if (typeof urn !== 'string') return urn;
    urns.push(urn);
  }
  if (media.length === 1) {
    const [file] = media;
    const alt = file.altText.trim();
    return {
      kind: 'ready',
      content: {
        media: { id: urns[0], ...(alt !== '' && file.kind !== MediaKind.Video ? { altText: alt } : {}) },
      },
    };
  }
  return {
    kind: 'ready',
    content: {
      multiImage: {
        images: media.map((file, index) => {
          const alt = file.altText.trim();
          return { id: urns[index], ...(alt !== '' ? { altText: alt } : {}) };
        }),
      },
    },
  };
}

/**
 * A link card as `content.article`: the page's title and description, and its picture uploaded
 * through the Images API as the `thumbnail`.
 */
export async function linkedInArticleContent(
  context: LinkedInMediaContext,
  card: LinkCard,
  uploads: MediaUploads,
  signal: AbortSignal,
): Promise<LinkedInContentResult> {
  let thumbnail: string | null = null;
  if (card.thumbnail) {
    const urn = await uploadMedia(context, card.thumbnail, uploads, signal);
    if (typeof urn !== 'string') return urn;
    thumbnail = urn;
  }
  return {
    kind: 'ready',
    content: {
      article: {
        source: card.url,
        title: card.title,
        ...(card.description !== '' ? { description: card.description } : {}),
        ...(thumbnail ? { thumbnail } : {}),
      },
    },
  };
}

/** The URN of one file on LinkedIn, uploaded now or before, once `AVAILABLE`. */
async function uploadMedia(
  context: LinkedInMediaContext,
  file: MediaFile,
  uploads: MediaUploads,
  signal: AbortSignal,
): Promise<string | FailedOutcome> {
  const video = file.kind === MediaKind.Video;
  let urn = uploads.known(file.mediaId, file.sha256)?.networkMediaId ?? null;
  if (!urn) {
    const uploaded = video
      ? await uploadVideo(context, file, signal)
      : await uploadImage(context, file, signal);
    if (typeof uploaded !== 'string') return uploaded;
    urn = uploaded;
    await uploads.record({
      mediaId: file.mediaId,
      sha256: file.sha256,
      networkMediaId: urn,
      expiresAt: null,
    });
  }
  const available = urn;
  const processed = await waitForProcessing(
    () => mediaState(context, video ? 'videos' : 'images', available),
    { timeoutMs: context.processingTimeoutMs, signal, networkName: NAME },
  );
  return processed.kind === 'failed' ? processed : available;
}

/** `POST /rest/images?action=initializeUpload`, then the bytes `PUT` to the upload URL. */
async function uploadImage(
  context: LinkedInMediaContext,
  file: MediaFile,
  signal: AbortSignal,
): Promise<string | FailedOutcome> {
  const init = await context.call('POST', '/rest/images?action=initializeUpload', {
    initializeUploadRequest: { owner: context.owner },
  });
  const failure = stepFailure(init, 'upload');
  if (failure) return failure;
  const value = valueOf(init);
  const uploadUrl = typeof value?.uploadUrl === 'string' ? value.uploadUrl : null;
  const image = typeof value?.image === 'string' ? value.image : null;
  if (!uploadUrl || !image) return unreadable('image upload');
  const put = await withMediaBody(file, signal, (body) =>
    putBytes(context, uploadUrl, body.blob, file, signal),
  );
  if (typeof put !== 'string' && put !== null) return put;
  return image;
}

/**
 * `POST /rest/videos?action=initializeUpload` with the size, each part `PUT` as LinkedIn cut it
 * (read from the file), their ETags collected in order, then `finalizeUpload`.
 */
async function uploadVideo(
  context: LinkedInMediaContext,
  file: MediaFile,
  signal: AbortSignal,
): Promise<string | FailedOutcome> {
  const init = await context.call('POST', '/rest/videos?action=initializeUpload', {
    initializeUploadRequest: {
      owner: context.owner,
      fileSizeBytes: file.sizeBytes,
      uploadCaptions: false,
      uploadThumbnail: false,
    },
  });
  const failure = stepFailure(init, 'upload');
  if (failure) return failure;
  const value = valueOf(init);
  const video = typeof value?.video === 'string' ? value.video : null;
  const uploadToken = typeof value?.uploadToken === 'string' ? value.uploadToken : '';
  const instructions = Array.isArray(value?.uploadInstructions)
    ? (value.uploadInstructions as { uploadUrl?: unknown; firstByte?: unknown; lastByte?: unknown }[])
    : [];
  if (!video || instructions.length === 0) return unreadable('video upload');

  const etags = await withMediaBody(file, signal, async (body) => {
    const tags: string[] = [];
    for (const part of instructions) {
      const { uploadUrl, firstByte, lastByte } = part;
      if (typeof uploadUrl !== 'string' || typeof firstByte !== 'number' || typeof lastByte !== 'number') {
        return unreadable('video upload instructions');
      }
      const put = await putBytes(context, uploadUrl, body.blob.slice(firstByte, lastByte + 1), file, signal);
      if (typeof put !== 'string') return put ?? unreadable('video part upload (no ETag)');
      tags.push(put);
    }
    return tags;
  });
  if (!Array.isArray(etags)) return etags;

  const finalize = await context.call('POST', '/rest/videos?action=finalizeUpload', {
    finalizeUploadRequest: { video, uploadToken, uploadedPartIds: etags },
  });
  const finalizeFailure = stepFailure(finalize, 'upload');
  if (finalizeFailure) return finalizeFailure;
  return video;
}

/** `PUT` raw bytes to an upload URL with the member's token: the part's ETag (null if none), or a failure. */
async function putBytes(
  context: LinkedInMediaContext,
  uploadUrl: string,
  bytes: Blob,
  file: MediaFile,
  signal: AbortSignal,
): Promise<string | null | FailedOutcome> {
  const result = await uploadCall(
    {
      method: 'PUT',
      url: uploadUrl,
      headers: {
        Authorization: `Bearer ${context.accessToken}`,
        'Content-Type': file.kind === MediaKind.Video ? 'application/octet-stream' : file.contentType,
      },
      body: bytes,
    },
    signal,
    context.uploadTimeoutMs,
  );
  const failure = stepFailure(result, 'upload');
  if (failure) return failure;
  return result.kind === 'answer' ? result.headers.get('etag') : null;
}

/** `GET /rest/images/{urn}` or `/rest/videos/{urn}`: `AVAILABLE`, still processing, or failed. */
async function mediaState(
  context: LinkedInMediaContext,
  collection: 'images' | 'videos',
  urn: string,
): Promise<ProcessingState<null>> {
  const result = await context.call('GET', `/rest/${collection}/${encodeURIComponent(urn)}`);
  const failure = stepFailure(result, 'processing');
  if (failure) return { state: 'failed', outcome: failure };
  const status = result.kind === 'answer' ? (result.body as { status?: unknown } | undefined)?.status : null;
  if (status === 'AVAILABLE') return { state: 'ready', value: null };
  if (status === 'PROCESSING_FAILED') {
    return {
      state: 'failed',
      outcome: {
        ...failedOutcome(
          PublishFailureCode.Rejected,
          'LinkedIn could not process a media file; nothing was posted. Check the file (format, length, size) and retry.',
          null,
        ),
        step: 'processing',
      },
    };
  }
  return { state: 'pending' };
}

function valueOf(result: HttpResult): Record<string, unknown> | undefined {
  if (result.kind !== 'answer') return undefined;
  const value = (result.body as { value?: unknown } | undefined)?.value;
  return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
}

function stepFailure(result: HttpResult, step: 'upload' | 'processing'): FailedOutcome | null {
  return uploadStepFailure(NAME, result, step, mapLinkedInUploadFailure);
}

function unreadable(what: string): FailedOutcome {
  return unreadableAnswer(NAME, what);
}
