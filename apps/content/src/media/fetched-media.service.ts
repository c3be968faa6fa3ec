import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import { MEDIA_CONTENT_TYPES, MediaKind, MediaStatus } from '@relais/contracts';
import { Actor, TenantTransactions } from '@relais/server-database';
import { CONTENT_CONFIG, ContentConfig } from '../config';
import { MediaEntity } from './media.entity';
import { emptyFile, notAPicture, tooLarge, typeMismatch, unreadable } from './media-errors';
import { inspectStoredFile, InspectedFile, UnreadableMediaError } from './media-inspector';
import { deletePendingMedia, getMedia, insertMedia, updatePendingMedia } from './media.repository';
import { detectType } from './processing/detect-type';
import { cleanStorageKey, MEDIA_STORAGE, MediaStorage, mediaStorageKey } from './storage/media-storage';

/** A picture the service read itself (a link card's image), to keep as a file of the brand. */
export interface FetchedPicture {
  bytes: Buffer;
  /** The name the file gets in the library (its extension is set from the real type). */
  fileName: string;
}

/**
 * Files the service fetched itself rather than received from a browser: they pass the same checks as an
 * upload (real type by `file-type`, size cap, decoded whole by sharp, clean master without metadata)
 * and become ready files of the brand, or are discarded with the same field errors.
 */
@Injectable()
export class FetchedMediaService {
  constructor(
    private readonly transactions: TenantTransactions,
    @Inject(MEDIA_STORAGE) private readonly storage: MediaStorage,
    @Inject(CONTENT_CONFIG) private readonly config: ContentConfig,
  ) {}

  /**
   * Stores a picture as a ready file of the brand and answers it. The caller has already checked that
   * the actor may write the brand's posts. Throws a `BAD_USER_INPUT` (nothing kept) for an empty, too
   * large, unreadable file or one that is not a picture.
   */
  async storePicture(actor: Actor, brandId: string, picture: FetchedPicture): Promise<MediaEntity> {
    const sizeBytes = picture.bytes.length;
    if (sizeBytes === 0) throw emptyFile();
    if (sizeBytes > this.config.MEDIA_MAX_BYTES) throw tooLarge(sizeBytes, this.config.MEDIA_MAX_BYTES);
    const detected = await detectType(picture.bytes);
    const kind = detected ? MEDIA_CONTENT_TYPES[detected.mime] : undefined;
    if (!detected || (kind !== MediaKind.Image && kind !== MediaKind.Gif)) {
      throw notAPicture(detected?.mime ?? null, detected?.extension ?? null);
    }

    const id = randomUUID();
    const storageKey = mediaStorageKey(actor.agencyId, brandId, id);
    const media = await this.transactions.run(actor.scope, (manager) =>
      insertMedia(manager, {
        id,
        agencyId: actor.agencyId,
        brandId,
        uploadedBy: actor.userId,
        status: MediaStatus.Pending,
        fileName: withExtension(picture.fileName, detected.extension),
        contentType: detected.mime,
        kind,
        sizeBytes,
        width: null,
        height: null,
        durationMs: null,
        sha256: null,
        altText: '',
        storageKey,
        readyAt: null,
        deletedAt: null,
      }),
    );
    let inspected: InspectedFile;
    try {
      await this.storage.put(storageKey, Readable.from(picture.bytes), {
        contentType: detected.mime,
        maxBytes: this.config.MEDIA_MAX_BYTES,
      });
      inspected = await this.inspect(media, sizeBytes);
    } catch (error) {
      await this.discard(actor, media);
      throw error;
    }
    return this.transactions.run(actor.scope, async (manager) => {
      await updatePendingMedia(manager, media.id, {
        status: MediaStatus.Ready,
        kind: inspected.kind,
        sizeBytes: inspected.sizeBytes,
        width: inspected.width,
        height: inspected.height,
        durationMs: null,
        sha256: inspected.sha256,
        readyAt: new Date(),
      });
      return getMedia(manager, media.id);
    });
  }

  private async inspect(media: MediaEntity, sizeBytes: number): Promise<InspectedFile> {
    let inspected: InspectedFile;
    try {
      inspected = await inspectStoredFile(this.storage, media.storageKey, sizeBytes, {
        deadlineMs: this.config.MEDIA_TOOL_TIMEOUT_MS,
      });
    } catch (error) {
      if (error instanceof UnreadableMediaError) throw unreadable(media.contentType, error.message);
      throw error;
    }
    if (inspected.contentType !== media.contentType || !inspected.kind) {
      throw typeMismatch(media.contentType, inspected.contentType, inspected.extension);
    }
    return inspected;
  }

  /** A refused file is deleted with its pending row: nothing of it stays. */
  private async discard(actor: Actor, media: MediaEntity): Promise<void> {
    await this.storage.delete(media.storageKey);
    await this.storage.delete(cleanStorageKey(media.storageKey));
    await this.transactions.run(actor.scope, (manager) => deletePendingMedia(manager, media.id));
  }
}

/** `name` ending with the extension of its real type (`card` + `png` → `card.png`). */
function withExtension(name: string, extension: string): string {
  const base = name.trim().replace(/\.[a-z0-9]{1,5}$/i, '') || 'picture';
  return `${base}.${extension}`;
}
