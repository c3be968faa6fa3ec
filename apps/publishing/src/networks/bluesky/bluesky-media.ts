import { PublishFailureCode } from '@relais/contracts';
import { trimBase } from '../http-call';
import { mediaBody } from '../media/media-body';
import { uploadCall } from '../media/upload-call';
import { AccountAccess, LinkCard, MediaFile, MediaUploads } from '../network-adapter';
import { beforePost, FailedOutcome, failedOutcome, noAnswerOutcome } from '../publish-outcomes';
import { mapBlueskyFailure } from './bluesky-errors';
import { BlobRef, BlueskyVideoOptions, blueskyVideoBlob, isBlobRef } from './bluesky-video';

const NAME = 'Bluesky';
/** A PDS deletes a blob no record refers to after a while: an older upload is made again. */
const UNREFERENCED_KEPT_MS = 45 * 60_000;
/** `app.bsky.embed.images`: four images at most. */
export const BLUESKY_MAX_IMAGES = 4;
/** `app.bsky.embed.images#image.alt` and `app.bsky.embed.video.alt` (graphemes; the app's limit). */
const MAX_ALT = 2000;

export type BlueskyMediaOptions = BlueskyVideoOptions;

const isVideo = (file: MediaFile) => file.contentType.startsWith('video/');

const aspectRatioOf = (file: MediaFile) =>
  file.width && file.height ? { aspectRatio: { width: file.width, height: file.height } } : {};

/**
 * The post's embed: its images (`app.bsky.embed.images`, alt text and aspect ratio each) or its video
 * (`app.bsky.embed.video`), else its link card (`app.bsky.embed.external`, the thumbnail uploaded as
 * a blob). Images go up with `com.atproto.repo.uploadBlob`, a video through the video service
 * (`bluesky-video.ts`), each recorded at once so a retry reuses it. Null: the post has neither (the record may still get a card of its bare link).
 */
export async function blueskyMediaEmbed(
  access: AccountAccess,
  files: MediaFile[],
  linkCard: LinkCard | null,
  uploads: MediaUploads,
  options: BlueskyMediaOptions,
  signal: AbortSignal,
): Promise<{ kind: 'embed'; embed: Record<string, unknown> | null } | FailedOutcome> {
  if (files.length > 0) {
    const videos = files.filter(isVideo);
    if (videos.length > 1 || (videos.length === 1 && files.length > 1) || files.length > BLUESKY_MAX_IMAGES) {
      return {
        ...failedOutcome(
          PublishFailureCode.Rejected,
          `${NAME} takes up to ${BLUESKY_MAX_IMAGES} images or one video per post; change the post's media.`,
          null,
        ),
        step: 'upload',
      };
    }
    const blobs: BlobRef[] = [];
    for (const file of files) {
      const blob = await blobOf(file, uploads, options, signal);
      if (!isBlobRef(blob)) return blob;
      blobs.push(blob);
    }
    if (videos.length === 1) {
      const video = files[0];
      return embedOf({
        $type: 'app.bsky.embed.video',
        video: blobs[0],
        ...(video.altText ? { alt: video.altText.slice(0, MAX_ALT) } : {}),
        ...aspectRatioOf(video),
      });
    }
    return embedOf({
      $type: 'app.bsky.embed.images',
      images: files.map((file, index) => ({
        image: blobs[index],
        alt: file.altText.slice(0, MAX_ALT),
        ...aspectRatioOf(file),
      })),
    });
  }
  if (!linkCard) return embedOf(null);
  let thumb: BlobRef | null = null;
  if (linkCard.thumbnail) {
    const blob = await blobOf(linkCard.thumbnail, uploads, options, signal);
    if (!isBlobRef(blob)) return blob;
    thumb = blob;
  }
  return embedOf({
    $type: 'app.bsky.embed.external',
    external: {
      uri: linkCard.url,
      title: linkCard.title,
      description: linkCard.description,
      ...(thumb ? { thumb } : {}),
    },
  });
}

const embedOf = (embed: Record<string, unknown> | null) => ({ kind: 'embed' as const, embed });

/** The file's blob: the one recorded for this publication while the PDS keeps it, else uploaded now. */
async function blobOf(
  file: MediaFile,
  uploads: MediaUploads,
  options: BlueskyMediaOptions,
  signal: AbortSignal,
): Promise<BlobRef | FailedOutcome> {
  if (isVideo(file)) return blueskyVideoBlob(file, uploads, options, signal);
  const known = uploads.known(file.mediaId, file.sha256);
  if (known && isBlobRef(known.data)) return known.data;
  const body = await mediaBody(file, signal);
  let result;
  try {
    result = await uploadCall(
      {
        method: 'POST',
        url: `${trimBase(options.pds)}/xrpc/com.atproto.repo.uploadBlob`,
        headers: { Authorization: `Bearer ${options.accessJwt}`, 'Content-Type': file.contentType },
        body: body.blob,
      },
      signal,
      options.uploadTimeoutMs,
    );
  } finally {
    await body.dispose();
  }
  if (result.kind !== 'answer') return beforePost(noAnswerOutcome(NAME, result), 'upload');
  const blob = (result.body as { blob?: unknown } | undefined)?.blob;
  if (result.status !== 200 || !isBlobRef(blob)) {
    if (result.status === 200) {
      return beforePost(
        failedOutcome(
          PublishFailureCode.NetworkUnavailable,
          `${NAME} answered an upload without its blob.`,
          null,
        ),
        'upload',
      );
    }
    const failure = mapBlueskyFailure(result, new Date());
    return failure.code === PublishFailureCode.Rejected
      ? {
          ...failure,
          message: `${NAME} refused a media file (type or size); check it against Bluesky's limits.`,
          step: 'upload',
        }
      : beforePost(failure, 'upload');
  }
  await uploads.record({
    mediaId: file.mediaId,
    sha256: file.sha256,
    networkMediaId: blob.ref.$link,
    expiresAt: new Date(Date.now() + UNREFERENCED_KEPT_MS),
    data: blob,
  });
  return blob;
}
