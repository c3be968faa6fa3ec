import { PublishFailureCode } from '@relais/contracts';
import { HttpResult, httpCall, trimBase } from '../http-call';
import { fileNameOf } from '../media/media-body';
import { ProcessingState, waitForProcessing } from '../media/processing-wait';
import { uploadCall } from '../media/upload-call';
import { unreadableAnswer, uploadStepFailure, withMediaBody } from '../media/upload-steps';
import { MediaFile, MediaUploads } from '../network-adapter';
import { FailedOutcome, failedOutcome } from '../publish-outcomes';
import { mapBlueskyFailure } from './bluesky-errors';

const NAME = 'Bluesky';
/** A PDS deletes a blob no record refers to after a while; the video service keeps its jobs as long. */
const KEPT_MS = 45 * 60_000;
/** How long the service tokens asked for stay valid (an upload of a large video takes a while). */
const TOKEN_SECONDS = 30 * 60;
const UPLOAD_BLOB = 'com.atproto.repo.uploadBlob';
const UPLOAD_LIMITS = 'app.bsky.video.getUploadLimits';

/** A blob as `uploadBlob` and the video service answer it, and records refer to it. */
export interface BlobRef {
  $type: 'blob';
  ref: { $link: string };
  mimeType: string;
  size: number;
}

export function isBlobRef(value: unknown): value is BlobRef {
  const blob = value as Partial<BlobRef> | undefined;
  return (
    blob?.$type === 'blob' &&
    typeof blob.ref?.$link === 'string' &&
    typeof blob.mimeType === 'string' &&
    typeof blob.size === 'number'
  );
}

/** What is recorded of a video upload: its job at once, its blob once processed. */
interface VideoUpload {
  jobId: string;
  blob?: BlobRef;
}

export interface BlueskyVideoOptions {
  pds: string;
  accessJwt: string;
  /** The account's DID. */
  did: string;
  /** `https://video.bsky.app`. */
  videoServiceUrl: string;
  httpTimeoutMs: number;
  uploadTimeoutMs: number;
  processingTimeoutMs: number;
}

/** `did:web` of a service's host (a port's colon percent-encoded). */
export function didWebOf(baseUrl: string): string {
  return `did:web:${new URL(baseUrl).host.replace(/:/g, '%3A')}`;
}

/**
 * A video's blob the way Bluesky's own app makes it: a service token from the PDS
 * (`getServiceAuth`, audience the PDS's `did:web`, method `uploadBlob`), the raw video to the video
 * service's `uploadVideo?did=&name=`, then `getJobStatus` until `JOB_STATE_COMPLETED` gives the blob
 * the service stored on the PDS. The job is recorded as soon as it exists and the blob once it is
 * there, so a retry (after a processing timeout) waits for the same job instead of uploading again.
 */
export async function blueskyVideoBlob(
  file: MediaFile,
  uploads: MediaUploads,
  options: BlueskyVideoOptions,
  signal: AbortSignal,
): Promise<BlobRef | FailedOutcome> {
  const recorded = uploads.known(file.mediaId, file.sha256)?.data;
  // A blob recorded alone is a video uploaded before jobs were recorded beside it.
  if (isBlobRef(recorded)) return recorded;
  const known = recorded as Partial<VideoUpload> | undefined;
  if (isBlobRef(known?.blob)) return known.blob;
  let jobId = typeof known?.jobId === 'string' ? known.jobId : null;
  if (!jobId) {
    const started = await startJob(file, options, signal);
    if (typeof started !== 'string') return started;
    jobId = started;
    await uploads.record(uploadOf(file, { jobId }));
  }
  const video = options.videoServiceUrl;
  const processed = await waitForProcessing(() => jobState(trimBase(video), jobId, options, signal), {
    timeoutMs: options.processingTimeoutMs,
    signal,
    networkName: NAME,
  });
  if (processed.kind === 'failed') return processed;
  await uploads.record(uploadOf(file, { jobId, blob: processed.value }));
  return processed.value;
}

function uploadOf(file: MediaFile, data: VideoUpload) {
  return {
    mediaId: file.mediaId,
    sha256: file.sha256,
    networkMediaId: data.blob?.ref.$link ?? data.jobId,
    expiresAt: new Date(Date.now() + KEPT_MS),
    data,
  };
}

/** Checks the account may upload today, then uploads the video: the job's id, or why not. */
async function startJob(
  file: MediaFile,
  options: BlueskyVideoOptions,
  signal: AbortSignal,
): Promise<string | FailedOutcome> {
  const video = trimBase(options.videoServiceUrl);
  const limitsToken = await serviceToken(didWebOf(video), UPLOAD_LIMITS, options, signal);
  if (typeof limitsToken !== 'string') return limitsToken;
  const limits = await httpCall(
    {
      method: 'GET',
      url: `${video}/xrpc/${UPLOAD_LIMITS}`,
      headers: { Authorization: `Bearer ${limitsToken}` },
    },
    signal,
    options.httpTimeoutMs,
  );
  const limitsFailure = stepFailure(limits, 'upload');
  if (limitsFailure) return limitsFailure;
  const allowance = answerOf(limits) as { canUpload?: unknown; message?: unknown } | undefined;
  if (allowance?.canUpload === false) {
    const words = typeof allowance.message === 'string' ? allowance.message : null;
    return {
      ...failedOutcome(
        PublishFailureCode.Rejected,
        `${NAME} does not take more videos from this account today (daily upload limit); post it later.`,
        words,
      ),
      step: 'upload',
    };
  }
  const token = await serviceToken(didWebOf(options.pds), UPLOAD_BLOB, options, signal);
  if (typeof token !== 'string') return token;
  const query = new URLSearchParams({ did: options.did, name: fileNameOf(file) });
  const result = await withMediaBody(file, signal, (body) =>
    uploadCall(
      {
        method: 'POST',
        url: `${video}/xrpc/app.bsky.video.uploadVideo?${query.toString()}`,
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': file.contentType },
        body: body.blob,
      },
      signal,
      options.uploadTimeoutMs,
    ),
  );
  if (result.kind === 'failed') return result;
  const answer = answerOf(result) as
    { jobStatus?: { jobId?: unknown }; jobId?: unknown; error?: unknown } | undefined;
  // The same video sent before (an answer that was lost): the service names the job it already has.
  if (result.kind === 'answer' && result.status === 409 && answer?.error === 'already_exists') {
    return typeof answer.jobId === 'string' ? answer.jobId : unreadableAnswer(NAME, 'video upload');
  }
  const failure = stepFailure(result, 'upload');
  if (failure) {
    return failure.code === PublishFailureCode.Rejected
      ? {
          ...failure,
          message: `${NAME} refused the video (type, size or length); check it against Bluesky's limits.`,
        }
      : failure;
  }
  // The service answers the job status itself, or inside `jobStatus` as the lexicon has it.
  const jobId = answer?.jobStatus?.jobId ?? answer?.jobId;
  return typeof jobId === 'string' ? jobId : unreadableAnswer(NAME, 'video upload');
}

/** `getJobStatus`: the blob once completed, the service's refusal once failed, else pending. */
async function jobState(
  video: string,
  jobId: string,
  options: BlueskyVideoOptions,
  signal: AbortSignal,
): Promise<ProcessingState<BlobRef>> {
  const result = await httpCall(
    {
      method: 'GET',
      url: `${video}/xrpc/app.bsky.video.getJobStatus?${new URLSearchParams({ jobId }).toString()}`,
    },
    signal,
    options.httpTimeoutMs,
  );
  const failure = stepFailure(result, 'processing');
  if (failure) return { state: 'failed', outcome: failure };
  const answer = answerOf(result) as Record<string, unknown> | undefined;
  const status = (answer?.jobStatus ?? answer) as Record<string, unknown> | undefined;
  if (status?.state === 'JOB_STATE_COMPLETED' && isBlobRef(status.blob)) {
    return { state: 'ready', value: status.blob };
  }
  if (status?.state === 'JOB_STATE_FAILED') {
    const words = [status.error, status.message].filter((part) => typeof part === 'string').join(': ');
    return {
      state: 'failed',
      outcome: {
        ...failedOutcome(
          PublishFailureCode.Rejected,
          `${NAME} could not process the video; it was not posted. Check the file (format, length, size) and retry.`,
          words || null,
        ),
        step: 'processing',
      },
    };
  }
  return { state: 'pending' };
}

/** A service token for `aud`'s method `lxm`, from the account's PDS. */
async function serviceToken(
  aud: string,
  lxm: string,
  options: BlueskyVideoOptions,
  signal: AbortSignal,
): Promise<string | FailedOutcome> {
  const query = new URLSearchParams({
    aud,
    lxm,
    exp: String(Math.floor(Date.now() / 1000) + TOKEN_SECONDS),
  });
  const result = await httpCall(
    {
      method: 'GET',
      url: `${trimBase(options.pds)}/xrpc/com.atproto.server.getServiceAuth?${query.toString()}`,
      headers: { Authorization: `Bearer ${options.accessJwt}` },
    },
    signal,
    options.httpTimeoutMs,
  );
  const failure = stepFailure(result, 'upload');
  if (failure) return failure;
  const token = (answerOf(result) as { token?: unknown } | undefined)?.token;
  return typeof token === 'string' ? token : unreadableAnswer(NAME, 'service token request');
}

function answerOf(result: HttpResult): unknown {
  return result.kind === 'answer' ? result.body : undefined;
}

function stepFailure(result: HttpResult, step: 'upload' | 'processing'): FailedOutcome | null {
  return uploadStepFailure(NAME, result, step, mapBlueskyFailure);
}
