import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { Inject, Injectable } from '@nestjs/common';
import { ContentSubjects, ErrorCode, MediaSourceView, Network, systemEnvelope } from '@relais/contracts';
import { RemoteError } from '@relais/server-errors';
import { NatsRequester } from '@relais/server-nats';
import { PUBLISHING_CONFIG, PublishingConfig } from '../config';
import { MediaFile, MediaUnavailable } from '../networks/network-adapter';
import { TransferGate } from '../networks/media/transfer-gate';

/** Answers meaning the files will not come however often they are asked for. */
const PERMANENT = new Set<string>([ErrorCode.NotFound, ErrorCode.Forbidden, ErrorCode.BadUserInput]);

/**
 * The content service's renditions of a publication's files for one network
 * (`content.media.sources`, as the system for the publication's agency), asked at send time (the
 * signed URLs are short-lived), within `MEDIA_SOURCES_TIMEOUT_MS`. Each file streams from its URL, at
 * most `MEDIA_TRANSFER_CONCURRENCY` at once in this process (a place is held until the stream closes),
 * so a burst of posts with media reads files at a pace the memory and the content service hold.
 */
@Injectable()
export class MediaSourcesClient {
  private readonly transfers: TransferGate;

  constructor(
    private readonly nats: NatsRequester,
    @Inject(PUBLISHING_CONFIG) private readonly config: PublishingConfig,
  ) {
    this.transfers = new TransferGate(config.MEDIA_TRANSFER_CONCURRENCY);
  }

  /** The files, in the order asked. Throws `MediaUnavailable` (retryable when content did not answer). */
  async sources(agencyId: string, network: Network, mediaIds: string[]): Promise<MediaFile[]> {
    if (mediaIds.length === 0) return [];
    let views: MediaSourceView[];
    try {
      views = await this.nats.request<MediaSourceView[]>(
        ContentSubjects.media.sources,
        systemEnvelope(randomUUID(), agencyId),
        { mediaIds, network },
        { timeoutMs: this.config.MEDIA_SOURCES_TIMEOUT_MS },
      );
    } catch (error) {
      if (error instanceof RemoteError && PERMANENT.has(error.code)) {
        throw new MediaUnavailable(`The post's media cannot be sent: ${error.message}`, false);
      }
      throw new MediaUnavailable(
        `The media library could not be reached (${error instanceof Error ? error.message : String(error)}); nothing was posted.`,
        true,
      );
    }
    const byId = new Map(views.map((view) => [view.mediaId, view]));
    return mediaIds.map((id) => {
      const view = byId.get(id);
      if (!view) throw new MediaUnavailable(`Media ${id} is no longer in the library.`, false);
      return this.fileOf(view);
    });
  }

  private fileOf(view: MediaSourceView): MediaFile {
    const timeoutMs = this.config.MEDIA_UPLOAD_TIMEOUT_MS;
    return {
      mediaId: view.mediaId,
      kind: view.kind,
      contentType: view.contentType,
      sizeBytes: view.sizeBytes,
      width: view.width,
      height: view.height,
      durationMs: view.durationMs,
      sha256: view.sha256,
      altText: view.altText,
      open: (signal) => this.open(view, AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)])),
    };
  }

  /** The rendition's stream once a transfer place is free; the place is given back when it closes. */
  private async open(view: MediaSourceView, signal: AbortSignal): Promise<Readable> {
    let release: () => void;
    try {
      release = await this.transfers.enter(signal);
    } catch (error) {
      throw new MediaUnavailable(
        `Media ${view.mediaId} waited too long for its turn to be read (${String(error)}); nothing was posted.`,
        true,
      );
    }
    try {
      const stream = await openSource(view, signal);
      stream.once('close', release);
      return stream;
    } catch (error) {
      release();
      throw error;
    }
  }
}

/** Streams a rendition from its signed URL (the body is read as it is consumed, never whole). */
export async function openSource(view: MediaSourceView, signal: AbortSignal): Promise<Readable> {
  let response: Response;
  try {
    response = await fetch(view.url, { signal });
  } catch (error) {
    throw new MediaUnavailable(
      `Media ${view.mediaId} could not be downloaded from the library (${String(error)}); nothing was posted.`,
      true,
    );
  }
  if (!response.ok || !response.body) {
    await response.body?.cancel();
    throw new MediaUnavailable(
      `Media ${view.mediaId} could not be downloaded from the library (HTTP ${response.status}); nothing was posted.`,
      response.status >= 500 || response.status === 403 || response.status === 429,
    );
  }
  return Readable.fromWeb(response.body as WebReadableStream<Uint8Array>);
}
