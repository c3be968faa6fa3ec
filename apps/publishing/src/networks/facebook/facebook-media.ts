import { MediaKind, PublishFailureCode } from '@relais/contracts';
import { HttpResult } from '../http-call';
import { MediaBody, formFile } from '../media/media-body';
import { ProcessingState, processingTimeout, waitForProcessing } from '../media/processing-wait';
import { uploadCall } from '../media/upload-call';
import { unreadableAnswer, uploadStepFailure, withMediaBody } from '../media/upload-steps';
import { MediaFile, MediaUploads } from '../network-adapter';
import { FailedOutcome, failedOutcome, noAnswerOutcome } from '../publish-outcomes';
import { mapFacebookFailure } from './facebook-errors';
const NAME = 'Facebook';

/** What the uploads need of the adapter: the versioned Graph URL, the page and its token, time bounds. */
export interface FacebookMediaContext {
  /** `https://graph.facebook.com/v23.0`. */
  graphUrl: string;
  pageId: string;
  accessToken: string;
  /** Upper bound of one upload request (a segment, chunk or part). */
  uploadTimeoutMs: number;
  processingTimeoutMs: number;
  /** A form `POST` to a Graph path (the page token added), as the adapter makes them. */
  form(path: string, fields: Record<string, string>): Promise<HttpResult>;
  /** A `GET` of a Graph path with a query (the page token added). */
  get(path: string, query: Record<string, string>): Promise<HttpResult>;
}

/**
 * What is recorded of a video upload: its session once every byte is sent, before `finish` (whose
 * answer may be lost while Facebook makes the post), then `finished` once Facebook accepted it.
 */
interface RecordedVideo {
  sessionId?: string;
  finished?: true;
}

/** What a page post may carry: one video on its own, or photos (GIFs are photos on Facebook). */
export function facebookMediaRefusal(media: readonly MediaFile[]): string | null {
  if (media.some((file) => file.kind === MediaKind.Video) && media.length > 1) {
    return 'A Facebook page post carries one video on its own, or photos; split the media across posts.';
  }
  return null;
}

export function refused(message: string): FailedOutcome {
  return { ...failedOutcome(PublishFailureCode.Rejected, message, null), step: 'upload' };
}

/**
 * One photo published with its message (`POST /{page-id}/photos`, `published=true`): the upload is
 * the post request itself, so its answer is read as a post's (a lost one is reconciled).
 */
export async function publishPhoto(
  context: FacebookMediaContext,
  file: MediaFile,
  message: string,
  signal: AbortSignal,
): Promise<HttpResult | FailedOutcome> {
  return withMediaBody(file, signal, (body) =>
    uploadCall(
      {
        method: 'POST',
        url: `${context.graphUrl}/${encodeURIComponent(context.pageId)}/photos`,
        body: photoForm(context, body, file, { message, published: 'true' }),
      },
      signal,
      context.uploadTimeoutMs,
    ),
  );
}

/**
 * Photos uploaded unpublished (`published=false`), to be attached to one feed post by
 * `attached_media`. A photo this publication already uploaded is reused; each is recorded at once.
 */
export async function uploadUnpublishedPhotos(
  context: FacebookMediaContext,
  media: readonly MediaFile[],
  uploads: MediaUploads,
  signal: AbortSignal,
): Promise<{ kind: 'ready'; photoIds: string[] } | FailedOutcome> {
  const photoIds: string[] = [];
  for (const file of media) {
    const known = uploads.known(file.mediaId, file.sha256);
    if (known) {
      photoIds.push(known.networkMediaId);
      continue;
    }
    const result = await withMediaBody(file, signal, (body) =>
      uploadCall(
        {
          method: 'POST',
          url: `${context.graphUrl}/${encodeURIComponent(context.pageId)}/photos`,
          body: photoForm(context, body, file, { published: 'false' }),
        },
        signal,
        context.uploadTimeoutMs,
      ),
    );
    if (result.kind === 'failed') return result;
    const failure = stepFailure(result, 'upload');
    if (failure) return failure;
    const id = idOf(result);
    if (!id) return unreadable('photo upload');
    await uploads.record({ mediaId: file.mediaId, sha256: file.sha256, networkMediaId: id, expiresAt: null });
    photoIds.push(id);
  }
  return { kind: 'ready', photoIds };
}

/** The outcome of a video post: its video id once processed, or why not. */
export type FacebookVideoResult =
  | { kind: 'ready'; videoId: string; postId: string | null }
  /** The `finish` request got no answer: the post may exist. */
  | { kind: 'unknown'; message: string }
  | FailedOutcome;

/**
 * A video post: the resumable upload (`upload_phase=start`, `transfer` of the chunks Facebook asks
 * for, read from the file, then `finish` with the post's text as `description`), and the wait until
 * `status.video_status` is `ready`. `finish` is the post request: the session is recorded before it,
 * so a retry after a lost answer asks Facebook about the video rather than posting it twice
 * (`resumeVideo`); once Facebook accepted it, the upload is recorded as finished, so a retry (after a
 * processing timeout) only waits again.
 */
export async function publishVideo(
  context: FacebookMediaContext,
  file: MediaFile,
  description: string,
  uploads: MediaUploads,
  signal: AbortSignal,
): Promise<FacebookVideoResult> {
  const known = uploads.known(file.mediaId, file.sha256);
  const recorded = known?.data as RecordedVideo | undefined;
  const record = (videoId: string, data: RecordedVideo) =>
    uploads.record({
      mediaId: file.mediaId,
      sha256: file.sha256,
      networkMediaId: videoId,
      expiresAt: null,
      data,
    });
  let videoId: string;
  if (known && recorded?.finished === true) {
    videoId = known.networkMediaId;
  } else {
    const resumed =
      known && typeof recorded?.sessionId === 'string'
        ? await resumeVideo(context, known.networkMediaId, recorded.sessionId, description)
        : null;
    let finished: FinishOutcome;
    if (resumed && resumed.kind !== 'gone') finished = resumed;
    else {
      const sent = await uploadVideoFile(context, file, signal);
      if (sent.kind !== 'sent') return sent;
      // Recorded before `finish`: if its answer is lost, a retry asks Facebook about this video.
      await record(sent.videoId, { sessionId: sent.sessionId });
      finished = await finishVideo(context, sent.videoId, sent.sessionId, description);
    }
    if (finished.kind !== 'finished') return finished;
    videoId = finished.videoId;
    await record(videoId, { finished: true });
  }
  const processed = await waitForProcessing(() => videoState(context, videoId), {
    timeoutMs: context.processingTimeoutMs,
    signal,
    networkName: NAME,
  });
  if (processed.kind === 'failed') {
    if (processed.message !== processingTimeout(NAME, context.processingTimeoutMs).message) return processed;
    return {
      ...processed,
      message: `${NAME} did not finish processing the video within ${Math.round(context.processingTimeoutMs / 1000)} s; it appears on the page once processed, and a retry only checks it again.`,
    };
  }
  return { kind: 'ready', videoId, postId: processed.value };
}

type FinishOutcome =
  { kind: 'finished'; videoId: string } | { kind: 'unknown'; message: string } | FailedOutcome;

/**
 * A recorded upload whose `finish` got no answer: `GET /{video-id}?fields=status,...` tells whether
 * Facebook made the post (the video is processing, ready or published: it is the post). A video still
 * waiting for its `finish` gets it again on the same session; one Facebook no longer has (`gone`) is
 * uploaded anew.
 */
async function resumeVideo(
  context: FacebookMediaContext,
  videoId: string,
  sessionId: string,
  description: string,
): Promise<FinishOutcome | { kind: 'gone' }> {
  const result = await context.get(encodeURIComponent(videoId), { fields: VIDEO_FIELDS });
  if (result.kind === 'answer' && (result.status === 404 || isMissingObject(result.body)))
    return { kind: 'gone' };
  const failure = stepFailure(result, 'processing');
  if (failure) return failure;
  const status = statusOf(result);
  if (
    status.uploading_phase?.status === 'complete' ||
    ['processing', 'ready', 'error'].includes(String(status.video_status))
  ) {
    return { kind: 'finished', videoId };
  }
  return finishVideo(context, videoId, sessionId, description);
}

/** The resumable upload up to its last chunk: `start`, then each `transfer` Facebook asks for. */
async function uploadVideoFile(
  context: FacebookMediaContext,
  file: MediaFile,
  signal: AbortSignal,
): Promise<{ kind: 'sent'; videoId: string; sessionId: string } | FailedOutcome> {
  const videos = `${encodeURIComponent(context.pageId)}/videos`;
  const start = await context.form(videos, { upload_phase: 'start', file_size: String(file.sizeBytes) });
  const startFailure = stepFailure(start, 'upload');
  if (startFailure) return startFailure;
  const session = start.kind === 'answer' ? (start.body as Record<string, unknown> | undefined) : undefined;
  const videoId = stringOf(session?.video_id);
  const sessionId = stringOf(session?.upload_session_id);
  let offsets = offsetsOf(session);
  if (!videoId || !sessionId || !offsets) return unreadable('video upload start');

  const transferred = await withMediaBody(file, signal, async (body) => {
    while (offsets && offsets.start < offsets.end) {
      const form = new FormData();
      form.append('access_token', context.accessToken);
      form.append('upload_phase', 'transfer');
      form.append('upload_session_id', sessionId);
      form.append('start_offset', String(offsets.start));
      form.append('video_file_chunk', body.blob.slice(offsets.start, offsets.end), `chunk-${offsets.start}`);
      const transfer = await uploadCall(
        { method: 'POST', url: `${context.graphUrl}/${videos}`, body: form },
        signal,
        context.uploadTimeoutMs,
      );
      const failure = stepFailure(transfer, 'upload');
      if (failure) return failure;
      const next = offsetsOf(transfer.kind === 'answer' ? transfer.body : undefined);
      if (!next || next.start <= offsets.start) return unreadable('video chunk transfer');
      offsets = next;
    }
    return null;
  });
  return transferred ?? { kind: 'sent', videoId, sessionId };
}

/** `upload_phase=finish` with the post's text: the post request itself. */
async function finishVideo(
  context: FacebookMediaContext,
  videoId: string,
  sessionId: string,
  description: string,
): Promise<FinishOutcome> {
  const finish = await context.form(`${encodeURIComponent(context.pageId)}/videos`, {
    upload_phase: 'finish',
    upload_session_id: sessionId,
    description,
  });
  if (finish.kind !== 'answer') {
    const outcome = noAnswerOutcome(NAME, finish);
    return outcome.kind === 'failed' ? { ...outcome, step: 'post' } : outcome;
  }
  if (finish.status < 200 || finish.status >= 300) return mapFacebookFailure(finish, new Date());
  return { kind: 'finished', videoId };
}

/** What the Video node is asked for: its status (each phase), where it is, and its post. */
const VIDEO_FIELDS = 'status,permalink_url,published,post_id';

interface VideoStatus {
  video_status?: unknown;
  uploading_phase?: { status?: unknown };
}

function statusOf(result: HttpResult): VideoStatus {
  const body = result.kind === 'answer' ? (result.body as { status?: VideoStatus } | undefined) : undefined;
  return body?.status ?? {};
}

/** Graph's answer for an id it does not know (code 100, subcode 33). */
function isMissingObject(body: unknown): boolean {
  const error = (body as { error?: { code?: unknown; error_subcode?: unknown } } | undefined)?.error;
  return error?.code === 100 && error.error_subcode === 33;
}

/** `GET /{video-id}`: `ready` (with its post id when Graph gives it), or not yet. */
async function videoState(
  context: FacebookMediaContext,
  videoId: string,
): Promise<ProcessingState<string | null>> {
  const result = await context.get(encodeURIComponent(videoId), { fields: VIDEO_FIELDS });
  const failure = stepFailure(result, 'processing');
  if (failure) return { state: 'failed', outcome: failure };
  const body = result.kind === 'answer' ? (result.body as Record<string, unknown> | undefined) : undefined;
  const status = statusOf(result);
  if (status.video_status === 'ready') return { state: 'ready', value: stringOf(body?.post_id) };
  if (status.video_status === 'error') {
    return {
      state: 'failed',
      outcome: {
        ...failedOutcome(
          PublishFailureCode.Rejected,
          'Facebook could not process the video; it was not posted. Check the file (format, length, size) and retry.',
          null,
        ),
        step: 'processing',
      },
    };
  }
  return { state: 'pending' };
}

function photoForm(
  context: FacebookMediaContext,
  body: MediaBody,
  file: MediaFile,
  fields: Record<string, string>,
): FormData {
  const form = new FormData();
  form.append('access_token', context.accessToken);
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  const alt = file.altText.trim();
  if (alt !== '') form.append('alt_text_custom', alt);
  form.append('source', formFile(body, file));
  return form;
}

function offsetsOf(body: unknown): { start: number; end: number } | null {
  const fields = body as { start_offset?: unknown; end_offset?: unknown } | undefined;
  const start = Number(fields?.start_offset);
  const end = Number(fields?.end_offset);
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end >= start
    ? { start, end }
    : null;
}

function idOf(result: HttpResult): string | null {
  return result.kind === 'answer' ? stringOf((result.body as { id?: unknown } | undefined)?.id) : null;
}

function stringOf(value: unknown): string | null {
  if (typeof value === 'string' && value !== '') return value;
  return typeof value === 'number' ? String(value) : null;
}

function stepFailure(result: HttpResult, step: 'upload' | 'processing'): FailedOutcome | null {
  return uploadStepFailure(NAME, result, step, mapFacebookFailure);
}

function unreadable(what: string): FailedOutcome {
  return unreadableAnswer(NAME, what);
}
