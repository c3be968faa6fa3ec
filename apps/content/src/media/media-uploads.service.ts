import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  CreateMediaUploadPayload,
  MEDIA_CONTENT_TYPES,
  MediaIdPayload,
  MediaStatus,
  MediaUploadView,
  MediaView,
} from '@relais/contracts';
import { Actor, TenantTransactions } from '@relais/server-database';
import { DomainException, notFound } from '@relais/server-errors';
import { BrandsClient } from '../brands/brands.client';
import { CONTENT_CONFIG, ContentConfig } from '../config';
import { authorize } from '../core/actor';
import { ContentPermission } from '../core/content-permissions';
import { MediaEntity } from './media.entity';
import {
  emptyFile,
  extensionMismatch,
  notUploaded,
  tooLarge,
  typeMismatch,
  unreadable,
  unsupportedCodec,
} from './media-errors';
import {
  inspectStoredFile,
  InspectedFile,
  UnreadableMediaError,
  UnsupportedCodecError,
} from './media-inspector';
import { extensionContradicts } from './processing/content-types';
import { MediaTokens } from './media-tokens';
import { MediaUrlSigner } from './media-url-signer';
import { toMediaView } from './media.view';
import { deletePendingMedia, findMedia, getMedia, insertMedia, updatePendingMedia } from './media.repository';
import {
  cleanStorageKey,
  MEDIA_STORAGE,
  MediaStorage,
  mediaStorageKey,
  uploadStorageKey,
} from './storage/media-storage';

/**
 * The two steps of an upload: `createUpload` registers a pending file and answers a signed URL the
 * browser sends it to; `completeUpload` checks what arrived (real type, size, dimensions, duration,
 * SHA-256) and makes it usable, or discards it and says why.
 */
@Injectable()
export class MediaUploadsService {
  private readonly tokens: MediaTokens;

  constructor(
    private readonly transactions: TenantTransactions,
    private readonly brands: BrandsClient,
    private readonly signer: MediaUrlSigner,
    @Inject(MEDIA_STORAGE) private readonly storage: MediaStorage,
    @Inject(CONTENT_CONFIG) private readonly config: ContentConfig,
  ) {
    this.tokens = new MediaTokens(config.SIGNING_SECRET);
  }

  async createUpload(actor: Actor, payload: CreateMediaUploadPayload): Promise<MediaUploadView> {
    authorize(actor, ContentPermission.Read);
    // A brand out of reach answers NOT_FOUND before anything says what the role may do with it.
    await this.brands.activeBrand(actor, payload.brandId);
    authorize(actor, ContentPermission.Write);
    if (payload.sizeBytes > this.config.MEDIA_MAX_BYTES) {
      throw tooLarge(payload.sizeBytes, this.config.MEDIA_MAX_BYTES);
    }
    const id = randomUUID();
    const storageKey = mediaStorageKey(actor.agencyId, payload.brandId, id);
    const media = await this.transactions.run(actor.scope, (manager) =>
      insertMedia(manager, {
        id,
        agencyId: actor.agencyId,
        brandId: payload.brandId,
        uploadedBy: actor.userId,
        status: MediaStatus.Pending,
        fileName: payload.fileName.trim() || 'file',
        contentType: payload.contentType,
        kind: MEDIA_CONTENT_TYPES[payload.contentType] ?? null,
        sizeBytes: payload.sizeBytes,
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
    const ttl = this.config.MEDIA_URL_TTL_SECONDS;
    const expiresAt = Math.floor(Date.now() / 1000) + ttl;
    const upload = await this.uploadRequest(media, expiresAt);
    return {
      media: toMediaView(media, this.signer),
      method: 'PUT',
      uploadUrl: upload.url,
      headers: upload.headers,
      expiresAt: new Date(expiresAt * 1000).toISOString(),
    };
  }

  async completeUpload(actor: Actor, payload: MediaIdPayload): Promise<MediaView> {
    authorize(actor, ContentPermission.Read);
    const media = await this.find(actor, payload.id);
    authorize(actor, ContentPermission.Write);
    if (media.status === MediaStatus.Ready) return toMediaView(media, this.signer);

    const sizeBytes = await this.takeUpload(media);
    let inspected: InspectedFile;
    try {
      if (sizeBytes === 0) throw emptyFile();
      if (sizeBytes > Math.min(this.config.MEDIA_MAX_BYTES, media.sizeBytes ?? 0)) {
        throw tooLarge(sizeBytes, Math.min(this.config.MEDIA_MAX_BYTES, media.sizeBytes ?? 0));
      }
      inspected = await this.inspect(media, sizeBytes);
    } catch (error) {
      if (error instanceof DomainException) await this.discard(actor, media);
      throw error;
    }

    const ready = await this.transactions.run(actor.scope, async (manager) => {
      await updatePendingMedia(manager, media.id, {
        status: MediaStatus.Ready,
        kind: inspected.kind,
        sizeBytes: inspected.sizeBytes,
        width: inspected.width,
        height: inspected.height,
        durationMs: inspected.durationMs,
        sha256: inspected.sha256,
        readyAt: new Date(),
      });
      return getMedia(manager, media.id);
    });
    return toMediaView(ready, this.signer);
  }

  private async uploadRequest(media: MediaEntity, expiresAt: number) {
    const uploadKey = uploadStorageKey(media.storageKey);
    const sizeBytes = media.sizeBytes ?? 0;
    if (this.storage.presigner) {
      return this.storage.presigner.presignUpload(uploadKey, {
        contentType: media.contentType,
        sizeBytes,
        expiresInSeconds: this.config.MEDIA_URL_TTL_SECONDS,
      });
    }
    const token = this.tokens.signUpload({
      mediaId: media.id,
      agencyId: media.agencyId,
      brandId: media.brandId,
      storageKey: uploadKey,
      contentType: media.contentType,
      maxBytes: Math.min(sizeBytes, this.config.MEDIA_MAX_BYTES),
      expiresAt,
    });
    return {
      url: `${this.config.PUBLIC_URL}/media/uploads/${token}`,
      headers: { 'Content-Type': media.contentType },
    };
  }

  /** Moves the uploaded file to the media's own key (done once; a retry finds it there) and answers its size. */
  private async takeUpload(media: MediaEntity): Promise<number> {
    const kept = await this.storage.stat(media.storageKey);
    if (kept) return kept.sizeBytes;
    const uploadKey = uploadStorageKey(media.storageKey);
    if (!(await this.storage.stat(uploadKey))) throw notUploaded();
    await this.storage.move(uploadKey, media.storageKey);
    const moved = await this.storage.stat(media.storageKey);
    if (!moved) throw notUploaded();
    return moved.sizeBytes;
  }

  private async inspect(media: MediaEntity, sizeBytes: number): Promise<InspectedFile> {
    let inspected: InspectedFile;
    try {
      inspected = await inspectStoredFile(this.storage, media.storageKey, sizeBytes, {
        deadlineMs: this.config.MEDIA_TOOL_TIMEOUT_MS,
      });
    } catch (error) {
      if (error instanceof UnreadableMediaError) throw unreadable(media.contentType, error.message);
      if (error instanceof UnsupportedCodecError) throw unsupportedCodec(error.track, error.codec);
      throw error;
    }
    if (inspected.contentType !== media.contentType || !inspected.kind) {
      throw typeMismatch(media.contentType, inspected.contentType, inspected.extension);
    }
    if (extensionContradicts(media.fileName, inspected.contentType)) {
      throw extensionMismatch(media.fileName, inspected.contentType);
    }
    return inspected;
  }

  /** A refused file is deleted with its pending row: nothing of it stays. */
  private async discard(actor: Actor, media: MediaEntity): Promise<void> {
    await this.storage.delete(media.storageKey);
    await this.storage.delete(cleanStorageKey(media.storageKey));
    await this.storage.delete(uploadStorageKey(media.storageKey));
    await this.transactions.run(actor.scope, (manager) => deletePendingMedia(manager, media.id));
  }

  private async find(actor: Actor, id: string): Promise<MediaEntity> {
    const media = await this.transactions.run(actor.scope, (manager) =>
      findMedia(manager, actor.agencyId, id),
    );
    if (!media || media.deletedAt) throw notFound('media');
    return media;
  }
}
