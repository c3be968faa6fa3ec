import { MediaKind, PublishFailureCode } from '@relais/contracts';
import { HttpResult } from '../http-call';
import { ProcessingState, waitForProcessing } from '../media/processing-wait';
import { uploadCall } from '../media/upload-call';
import { unreadableAnswer, uploadStepFailure, withMediaBody } from '../media/upload-steps';
import { MediaFile, MediaUploads } from '../network-adapter';
import { FailedOutcome, failedOutcome } from '../publish-outcomes';
import { mapXUploadFailure } from './x-errors';
const NAME = 'X';
/** APPEND segments: X takes up to 5 MB each; 4 MiB leaves room for the form around it. */
export const X_SEGMENT_BYTES = 4 * 1024 * 1024;
/** A media id expiring sooner than this is uploaded again rather than attached (it could lapse meanwhile). */
export const X_REUSE_MARGIN_MS = 10 * 60_000;
/** `POST /2/media/metadata`: alt text of 1,000 characters at most. */
export const X_ALT_TEXT_MAX = 1000;

/** What the upload needs of the adapter: X's base URL, the user's token, time bounds. */
export interface XMediaContext {
  apiUrl: string;
  accessToken: string;
  /** Upper bound of one upload request (a segment, chunk or part). */
  uploadTimeoutMs: number;
  processingTimeoutMs: number;
  /** JSON and query requests, as the adapter makes them (`httpCall` with the bearer token). */
  call(method: 'GET' | 'POST', path: string, json?: unknown): Promise<HttpResult>;
}

export type XMediaResult = { kind: 'ready'; mediaIds: string[] } | FailedOutcome;

/** `media_category` of an upload: X processes GIFs and videos asynchronously in these categories. */
export function xMediaCategory(kind: MediaKind): 'tweet_image' | 'tweet_gif' | 'tweet_video' {
  if (kind === MediaKind.Video) return 'tweet_video';
  if (kind === MediaKind.Gif) return 'tweet_gif';
  return 'tweet_image';
}

/** What a post may carry on X: up to 4 images, or one GIF, or one video. Null when fine. */
export function xMediaRefusal(media: readonly MediaFile[]): string | null {
  const moving = media.filter((file) => file.kind !== MediaKind.Image);
  if (moving.length > 0 && media.length > 1) {
    return 'An X post carries one GIF or one video on its own, or up to 4 images; split the media across posts.';
  }
  if (media.length > 4) return 'An X post carries at most 4 images; remove some.';
  return null;
}

/**
 * The X media ids of a post's files, uploaded with media upload v2 (initialize, append segments of
 * 4 MiB read from the file, finalize, STATUS until processed for GIFs and videos, alt text with
 * `POST /2/media/metadata`). An id this publication already uploaded and X still keeps is reused;
 * each upload is recorded as soon as X has finalized it. Nothing here posts anything.
 */
export async function uploadXMedia(
  context: XMediaContext,
  media: readonly MediaFile[],
  uploads: MediaUploads,
  signal: AbortSignal,
): Promise<XMediaResult> {
  const refusal = xMediaRefusal(media);
  if (refusal) return { ...failedOutcome(PublishFailureCode.Rejected, refusal, null), step: 'upload' };
  const mediaIds: string[] = [];
  for (const file of media) {
    const known = uploads.known(file.mediaId, file.sha256);
    const reusable =
      known && (known.expiresAt === null || known.expiresAt.getTime() - Date.now() > X_REUSE_MARGIN_MS);
    let id: string;
    if (reusable) {
      id = known.networkMediaId;
    } else {
      const uploaded = await uploadOne(context, file, signal);
      if (uploaded.kind === 'failed') return uploaded;
      id = uploaded.id;
      await uploads.record({
        mediaId: file.mediaId,
        sha256: file.sha256,
        networkMediaId: id,
        expiresAt: uploaded.expiresAt,
      });
    }
    if (file.kind !== MediaKind.Image) {
      const processed = await waitForProcessing(() => processingState(context, id), {
        timeoutMs: context.processingTimeoutMs,
        signal,
        networkName: NAME,
      });
      if (processed.kind === 'failed') return processed;
    }
    const alt = file.altText.trim();
    if (alt !== '' && file.kind !== MediaKind.Video) {
      const described = await describe(context, id, alt.slice(0, X_ALT_TEXT_MAX));
      if (described) return described;
    }
    mediaIds.push(id);
  }
  return { kind: 'ready', mediaIds };
}

async function uploadOne(
  context: XMediaContext,
  file: MediaFile,
  signal: AbortSignal,
): Promise<{ kind: 'uploaded'; id: string; expiresAt: Date | null } | FailedOutcome> {
  const init = await context.call('POST', '/2/media/upload/initialize', {
    media_type: file.contentType,
    total_bytes: file.sizeBytes,
    media_category: xMediaCategory(file.kind),
  });
  const initFailure = uploadFailure(init);
  if (initFailure) return initFailure;
  const initData = dataOf(init);
  const id = typeof initData?.id === 'string' ? initData.id : null;
  if (!id) return unreadable('initialize');

  const appended = await withMediaBody(file, signal, async (body): Promise<FailedOutcome | null> => {
    const segments = Math.max(1, Math.ceil(body.blob.size / X_SEGMENT_BYTES));
    for (let index = 0; index < segments; index += 1) {
      const form = new FormData();
      form.append('segment_index', String(index));
      form.append(
        'media',
        body.blob.slice(index * X_SEGMENT_BYTES, (index + 1) * X_SEGMENT_BYTES),
        `segment-${index}`,
      );
      const append = await uploadCall(
        {
          method: 'POST',
          url: `${context.apiUrl}/2/media/upload/${encodeURIComponent(id)}/append`,
          headers: { Authorization: `Bearer ${context.accessToken}` },
          body: form,
        },
        signal,
        context.uploadTimeoutMs,
      );
      const appendFailure = uploadFailure(append);
      if (appendFailure) return appendFailure;
    }
    return null;
  });
  if (appended) return appended;

  const finalize = await context.call('POST', `/2/media/upload/${encodeURIComponent(id)}/finalize`);
  const finalizeFailure = uploadFailure(finalize);
  if (finalizeFailure) return finalizeFailure;
  const seconds = dataOf(finalize)?.expires_after_secs ?? initData?.expires_after_secs;
  return {
    kind: 'uploaded',
    id,
    expiresAt: typeof seconds === 'number' ? new Date(Date.now() + seconds * 1000) : null,
  };
}

/** `GET /2/media/upload?command=STATUS`: no `processing_info` or `succeeded` is ready. */
async function processingState(context: XMediaContext, id: string): Promise<ProcessingState<null>> {
  const query = new URLSearchParams({ command: 'STATUS', media_id: id });
  const result = await context.call('GET', `/2/media/upload?${query.toString()}`);
  if (result.kind !== 'answer' || result.status < 200 || result.status >= 300) {
    const failure = stepFailure(result, 'processing');
    if (failure) return { state: 'failed', outcome: failure };
  }
  const info = dataOf(result)?.processing_info as
    { state?: unknown; check_after_secs?: unknown; error?: { message?: unknown } } | undefined;
  if (!info || info.state === 'succeeded') return { state: 'ready', value: null };
  if (info.state === 'failed') {
    const words = typeof info.error?.message === 'string' ? info.error.message : null;
    return {
      state: 'failed',
      outcome: {
        ...failedOutcome(
          PublishFailureCode.Rejected,
          'X could not process the media file; nothing was posted. Check the file (format, length, size) and retry.',
          words,
        ),
        step: 'processing',
      },
    };
  }
  const after = info.check_after_secs;
  return { state: 'pending', ...(typeof after === 'number' ? { checkAfterMs: after * 1000 } : {}) };
}

/** `POST /2/media/metadata` with the alt text. Null when X took it. */
async function describe(context: XMediaContext, id: string, text: string): Promise<FailedOutcome | null> {
  const result = await context.call('POST', '/2/media/metadata', {
    id,
    metadata: { alt_text: { text } },
  });
  return uploadFailure(result);
}

function uploadFailure(result: HttpResult): FailedOutcome | null {
  return stepFailure(result, 'upload');
}

function dataOf(result: HttpResult): Record<string, unknown> | undefined {
  if (result.kind !== 'answer') return undefined;
  const data = (result.body as { data?: unknown } | undefined)?.data;
  return data && typeof data === 'object' ? (data as Record<string, unknown>) : undefined;
}

function stepFailure(result: HttpResult, step: 'upload' | 'processing'): FailedOutcome | null {
  return uploadStepFailure(NAME, result, step, mapXUploadFailure);
}

function unreadable(what: string): FailedOutcome {
  return unreadableAnswer(NAME, `media ${what}`);
}
