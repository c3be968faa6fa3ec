import { HttpAnswer, httpCall, trimBase } from '../http-call';
import { mediaBody, formFile } from '../media/media-body';
import { ProcessingState, retryAfterMs, waitForProcessing } from '../media/processing-wait';
import { uploadCall } from '../media/upload-call';
import { AccountAccess, MediaFile, MediaUploads } from '../network-adapter';
import { beforePost, FailedOutcome, failedOutcome, noAnswerOutcome } from '../publish-outcomes';
import { PublishFailureCode } from '@relais/contracts';
import { mapMastodonFailure, mastodonErrorText } from './mastodon-errors';

const NAME = 'Mastodon';
/** Mastodon removes media never attached to a status after a day: an older upload is made again. */
const UNATTACHED_KEPT_MS = 23 * 3600_000;
/** Mastodon's longest description (alt text). */
export const MASTODON_MAX_DESCRIPTION = 1500;

export interface MastodonMediaOptions {
  uploadTimeoutMs: number;
  processingTimeoutMs: number;
  httpTimeoutMs: number;
}

interface MastodonAttachment {
  id?: unknown;
  url?: unknown;
}

/**
 * What the adapter records of an upload: whether it was seen processed (no need to ask again), or
 * failed to process (uploaded anew next time).
 */
interface MastodonUploadData {
  processed: boolean;
  failed?: boolean;
}

const dataOf = (data: unknown) => (data ?? {}) as Partial<MastodonUploadData>;

/**
 * Mastodon's media: each file `POST /api/v2/media` (multipart `file`, `description` = alt text);
 * images answer 200 processed, videos and GIFs 202 and are polled (`GET /api/v1/media/:id`, 206
 * while processing) until ready. Each upload is recorded at once, and again once processed, so a
 * retry reuses it. Answers the ids for `media_ids[]`, in the post's order, or the step's failure.
 */
export async function uploadMastodonMedia(
  access: AccountAccess,
  files: MediaFile[],
  uploads: MediaUploads,
  options: MastodonMediaOptions,
  signal: AbortSignal,
): Promise<string[] | FailedOutcome> {
  const ids: string[] = [];
  for (const file of files) {
    const recorded = uploads.known(file.mediaId, file.sha256);
    const known = recorded && dataOf(recorded.data).failed !== true ? recorded : null;
    let id = known?.networkMediaId ?? null;
    let processed = known ? dataOf(known.data).processed === true : false;
    if (!id) {
      const uploaded = await upload(access, file, options, signal);
      if (!('id' in uploaded)) return uploaded;
      id = uploaded.id;
      processed = uploaded.processed;
      await uploads.record({
        mediaId: file.mediaId,
        sha256: file.sha256,
        networkMediaId: id,
        expiresAt: new Date(Date.now() + UNATTACHED_KEPT_MS),
        data: { processed } satisfies MastodonUploadData,
      });
    }
    if (!processed) {
      const mediaId = id;
      const ready = await waitForProcessing<true>(() => status(access, mediaId, options, signal), {
        timeoutMs: options.processingTimeoutMs,
        signal,
        networkName: NAME,
      });
      if (ready.kind !== 'ready') {
        // The network gave up on this file: a retry uploads it again rather than meet the same failure.
        if (ready.code === PublishFailureCode.Rejected) {
          await uploads.record({
            mediaId: file.mediaId,
            sha256: file.sha256,
            networkMediaId: id,
            expiresAt: new Date(Date.now() + UNATTACHED_KEPT_MS),
            data: { processed: false, failed: true } satisfies MastodonUploadData,
          });
        }
        return ready;
      }
      await uploads.record({
        mediaId: file.mediaId,
        sha256: file.sha256,
        networkMediaId: id,
        expiresAt: new Date(Date.now() + UNATTACHED_KEPT_MS),
        data: { processed: true } satisfies MastodonUploadData,
      });
    }
    ids.push(id);
  }
  return ids;
}

async function upload(
  access: AccountAccess,
  file: MediaFile,
  options: MastodonMediaOptions,
  signal: AbortSignal,
): Promise<{ id: string; processed: boolean } | FailedOutcome> {
  const body = await mediaBody(file, signal);
  try {
    const form = new FormData();
    form.append('file', formFile(body, file));
    if (file.altText) form.append('description', file.altText.slice(0, MASTODON_MAX_DESCRIPTION));
    const result = await uploadCall(
      {
        method: 'POST',
        url: `${trimBase(access.instanceUrl ?? '')}/api/v2/media`,
        headers: { Authorization: `Bearer ${access.accessToken}` },
        body: form,
      },
      signal,
      options.uploadTimeoutMs,
    );
    if (result.kind !== 'answer') return beforePost(noAnswerOutcome(NAME, result), 'upload');
    if (result.status !== 200 && result.status !== 202) return uploadFailure(result);
    const attachment = result.body as MastodonAttachment | undefined;
    if (!attachment || typeof attachment.id !== 'string') {
      return beforePost(
        failedOutcome(
          PublishFailureCode.NetworkUnavailable,
          `${NAME} answered an upload without its id.`,
          null,
        ),
        'upload',
      );
    }
    return { id: attachment.id, processed: result.status === 200 && typeof attachment.url === 'string' };
  } finally {
    await body.dispose();
  }
}

function uploadFailure(answer: HttpAnswer): FailedOutcome {
  const failure = mapMastodonFailure(answer, new Date());
  if (answer.status === 422) {
    return {
      ...failure,
      message: `${NAME} refused a media file (type, size or description); check it against the server’s limits.`,
      step: 'upload',
    };
  }
  return beforePost(failure, 'upload');
}

/** One look at an upload's processing: 206 still processing, 200 ready, 422 failed. */
async function status(
  access: AccountAccess,
  id: string,
  options: MastodonMediaOptions,
  signal: AbortSignal,
): Promise<ProcessingState<true>> {
  const result = await httpCall(
    {
      method: 'GET',
      url: `${trimBase(access.instanceUrl ?? '')}/api/v1/media/${encodeURIComponent(id)}`,
      headers: { Authorization: `Bearer ${access.accessToken}` },
    },
    signal,
    options.httpTimeoutMs,
  );
  // A look that got no answer is simply made again, until the deadline.
  if (result.kind !== 'answer') return { state: 'pending' };
  if (result.status === 206) return { state: 'pending', checkAfterMs: retryAfterMs(result.headers) };
  if (result.status === 200) {
    const attachment = result.body as MastodonAttachment | undefined;
    return typeof attachment?.url === 'string' ? { state: 'ready', value: true } : { state: 'pending' };
  }
  if (result.status === 422) {
    return {
      state: 'failed',
      outcome: {
        ...failedOutcome(
          PublishFailureCode.Rejected,
          `${NAME} could not process a media file; check the file, then retry (nothing was posted).`,
          mastodonErrorText(result),
        ),
        step: 'processing',
      },
    };
  }
  if (result.status >= 500) return { state: 'pending' };
  return { state: 'failed', outcome: beforePost(mapMastodonFailure(result, new Date()), 'processing') };
}
