import { Injectable } from '@nestjs/common';
import {
  ListMediaPayload,
  MediaIdPayload,
  MediaView,
  Page,
  PostStatus,
  UpdateMediaPayload,
} from '@relais/contracts';
import {
  Actor,
  decodeCursor,
  encodeCursor,
  pageOf,
  pageSize,
  TenantTransactions,
} from '@relais/server-database';
import { badInput, conflict, notFound } from '@relais/server-errors';
import { EntityManager } from 'typeorm';
import { BrandsClient } from '../brands/brands.client';
import { authorize } from '../core/actor';
import { ContentPermission } from '../core/content-permissions';
import { MediaEntity } from './media.entity';
import { MediaUrlSigner } from './media-url-signer';
import { toMediaView } from './media.view';
import {
  agencyMediaByIds,
  countLibraryMedia,
  countPostsUsingMedia,
  findMedia,
  listLibraryMedia,
  updateMedia,
} from './media.repository';

/**
 * Posts that may still go out keep their media: a file they use cannot be deleted. Published posts
 * (history) and archived ones do not hold their media back; the file itself is kept (soft delete).
 */
const POSTS_HOLDING_MEDIA: PostStatus[] = [
  PostStatus.Draft,
  PostStatus.InReview,
  PostStatus.ChangesRequested,
  PostStatus.Approved,
  PostStatus.Scheduled,
  PostStatus.Failed,
];

/** Reading, describing and deleting the files of a brand's library. */
@Injectable()
export class MediaLibraryService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly brands: BrandsClient,
    private readonly signer: MediaUrlSigner,
  ) {}

  async get(actor: Actor, payload: MediaIdPayload): Promise<MediaView> {
    authorize(actor, ContentPermission.Read);
    const media = await this.transactions.run(actor.scope, (manager) =>
      this.find(manager, actor, payload.id),
    );
    return toMediaView(media, this.signer);
  }

  async list(actor: Actor, payload: ListMediaPayload): Promise<Page<MediaView>> {
    authorize(actor, ContentPermission.Read);
    if (payload.ids) return this.byIds(actor, payload.ids);
    if (!payload.brandId) {
      throw badInput(
        [{ field: 'brandId', message: 'brandId or ids is required', constraint: 'required' }],
        'Say which brand’s media to list',
      );
    }
    await this.brands.brand(actor, payload.brandId);
    const first = pageSize(payload);
    const [afterAt, afterId] = payload.after ? decodeCursor(payload.after, 2) : [null, null];
    const filter = { agencyId: actor.agencyId, brandId: payload.brandId, kind: payload.kind ?? null };
    return this.transactions.run(actor.scope, async (manager) => {
      const rows = await listLibraryMedia(manager, filter, afterAt, afterId, first + 1);
      const count = await countLibraryMedia(manager, filter);
      const page = pageOf(rows, first, (row) => encodeCursor([row.cursorAt, row.id]), count);
      const now = new Date();
      return { ...page, items: page.items.map((row) => toMediaView(row, this.signer, now)) };
    });
  }

  async update(actor: Actor, payload: UpdateMediaPayload): Promise<MediaView> {
    authorize(actor, ContentPermission.Read);
    const media = await this.transactions.run(actor.scope, async (manager) => {
      const found = await this.find(manager, actor, payload.id, true);
      authorize(actor, ContentPermission.Write);
      found.altText = payload.altText.trim();
      await updateMedia(manager, found.id, { altText: found.altText });
      return found;
    });
    return toMediaView(media, this.signer);
  }

  /** Soft delete: the file leaves the library but stays stored for the posts that went out with it. */
  async delete(actor: Actor, payload: MediaIdPayload): Promise<string> {
    authorize(actor, ContentPermission.Read);
    return this.transactions.run(actor.scope, async (manager) => {
      const media = await this.find(manager, actor, payload.id, true);
      authorize(actor, ContentPermission.Write);
      const count = await countPostsUsingMedia(
        manager,
        actor.agencyId,
        media.brandId,
        POSTS_HOLDING_MEDIA,
        media.id,
      );
      if (count > 0) {
        throw conflict(
          `This file is used by ${count} post${count > 1 ? 's' : ''} that may still go out: remove it from ${count > 1 ? 'them' : 'it'} or archive ${count > 1 ? 'them' : 'it'} first`,
        );
      }
      await updateMedia(manager, media.id, { deletedAt: new Date() });
      return media.id;
    });
  }

  /** Media by id (any visible brand, deleted ones included since posts refer to them), in the order asked. */
  private async byIds(actor: Actor, ids: string[]): Promise<Page<MediaView>> {
    const rows = await this.transactions.run(actor.scope, (manager) =>
      agencyMediaByIds(manager, actor.agencyId, ids),
    );
    const byId = new Map(rows.map((row) => [row.id, row]));
    const now = new Date();
    const items = ids.flatMap((id) => {
      const row = byId.get(id);
      return row ? [toMediaView(row, this.signer, now)] : [];
    });
    return { items, cursors: items.map((item) => item.id), hasNextPage: false, totalCount: items.length };
  }

  private async find(manager: EntityManager, actor: Actor, id: string, lock = false): Promise<MediaEntity> {
    const media = await findMedia(manager, actor.agencyId, id, lock);
    if (!media || media.deletedAt) throw notFound('media');
    return media;
  }
}
