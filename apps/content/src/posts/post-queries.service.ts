import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import {
  CheckPostPayload,
  ListPostsPayload,
  Page,
  PostCheckView,
  PostIdPayload,
  PostStatus,
  PostView,
} from '@relais/contracts';
import { Guidelines } from '@relais/network-rules';
import { notFound } from '@relais/server-errors';
import {
  Actor,
  containsPattern,
  decodeCursor,
  encodeCursor,
  pageOf,
  pageSize,
  TenantTransactions,
} from '@relais/server-database';
import { BrandDirectory } from '../brands/brand-directory';
import { authorize } from '../core/actor';
import { ContentPermission } from '../core/content-permissions';
import { PostEntity } from './post.entity';
import { normalizeLink, resolveVariants } from './post-draft';
import { refuse } from './post-editing';
import { mediaFields, PostReferences } from './post-references';
import { findVisiblePost } from './post-store';
import { checkPost } from './post-validation';
import { postViews } from './post-view';

type PostRow = { id: string; sort_at: string };

const NO_GUIDELINES: Guidelines = { bannedWords: [], requiredHashtags: [] };

/** Reading posts: one, a filtered page, or a draft checked without saving it. */
@Injectable()
export class PostQueriesService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly brands: BrandDirectory,
    private readonly references: PostReferences,
  ) {}

  async get(actor: Actor, payload: PostIdPayload): Promise<PostView> {
    authorize(actor, ContentPermission.Read);
    const post = await this.transactions.run(actor.scope, (manager) =>
      findVisiblePost(manager, actor.agencyId, payload.id),
    );
    const [view] = await this.views(actor, [post]);
    return view;
  }

  /**
   * Posts in scope, most recently changed first. Without a status filter, archived posts are left out.
   * A brand, campaign or label filter the caller cannot see answers NOT_FOUND like a missing one.
   */
  async list(actor: Actor, payload: ListPostsPayload): Promise<Page<PostView>> {
    authorize(actor, ContentPermission.Read);
    if (payload.brandId) await this.brands.brand(actor, payload.brandId);
    const first = pageSize(payload);
    const [afterAt, afterId] = payload.after ? decodeCursor(payload.after, 2) : [null, null];
    const search = payload.search?.trim() ? containsPattern(payload.search.trim()) : null;
    const statuses = payload.status?.length ? payload.status : null;
    const filters = [
      actor.agencyId,
      payload.brandId ?? null,
      statuses,
      payload.network ?? null,
      payload.campaignId ?? null,
      payload.labelId ?? null,
      payload.authorId ?? null,
      payload.from ?? null,
      payload.to ?? null,
      search,
    ];
    const where = `p.agency_id = $1
      AND ($2::uuid IS NULL OR p.brand_id = $2)
      AND (CASE WHEN $3::text[] IS NULL THEN p.status <> '${PostStatus.Archived}' ELSE p.status = ANY($3::text[]) END)
      AND ($4::text IS NULL OR EXISTS (SELECT 1 FROM content.post_targets t WHERE t.post_id = p.id AND t.network = $4))
      AND ($5::uuid IS NULL OR p.campaign_id = $5)
      AND ($6::uuid IS NULL OR EXISTS (SELECT 1 FROM content.post_labels l WHERE l.post_id = p.id AND l.label_id = $6))
      AND ($7::uuid IS NULL OR p.author_id = $7)
      AND ($8::timestamptz IS NULL OR p.scheduled_at >= $8)
      AND ($9::timestamptz IS NULL OR p.scheduled_at < $9)
      AND ($10::text IS NULL OR p.title ILIKE $10 OR p.base_text ILIKE $10
           OR EXISTS (SELECT 1 FROM content.post_variants v WHERE v.post_id = p.id AND v.text ILIKE $10))`;

    const { posts, page } = await this.transactions.run(actor.scope, async (manager) => {
      await this.assertFilterTargets(manager, actor, payload);
      const rows = await manager.query<PostRow[]>(
        `SELECT p.id, p.updated_at::text AS sort_at
           FROM content.posts p
          WHERE ${where}
            AND ($11::timestamptz IS NULL OR (p.updated_at, p.id) < ($11::timestamptz, $12::uuid))
          ORDER BY p.updated_at DESC, p.id DESC
          LIMIT $13`,
        [...filters, afterAt, afterId, first + 1],
      );
      const [{ count }] = await manager.query<[{ count: number }]>(
        `SELECT count(*)::int AS count FROM content.posts p WHERE ${where}`,
        filters,
      );
      const rowsPage = pageOf(rows, first, (row) => encodeCursor([row.sort_at, row.id]), count);
      const ids = rowsPage.items.map((row) => row.id);
      const entities = ids.length > 0 ? await manager.findBy(PostEntity, { id: In(ids) }) : [];
      const ordered = ids.flatMap((id) => entities.filter((post) => post.id === id));
      return { posts: ordered, page: rowsPage };
    });
    return { ...page, items: await this.views(actor, posts) };
  }

  /** What the networks and the brand's guidelines say about a post, without saving anything. */
  async check(actor: Actor, payload: CheckPostPayload): Promise<PostCheckView> {
    authorize(actor, ContentPermission.Read);
    const brand = await this.brands.brand(actor, payload.brandId);
    const targets = await this.references.targets(actor, brand.id, payload.accountIds);
    const base = {
      baseText: payload.baseText,
      linkUrl: normalizeLink(payload.linkUrl),
      mediaIds: payload.mediaIds ?? [],
    };
    const networks = [...new Set(targets.map((target) => target.network))];
    const { variants, errors } = resolveVariants(base, networks, [], payload.variants);
    if (errors.length > 0) refuse(errors);
    const media = await this.transactions.run(actor.scope, (manager) =>
      this.references.media(manager, actor.agencyId, brand.id, mediaFields(base.mediaIds, variants)),
    );
    return checkPost({ base, variants, media, guidelines: brand.guidelines });
  }

  private async assertFilterTargets(
    manager: EntityManager,
    actor: Actor,
    payload: ListPostsPayload,
  ): Promise<void> {
    if (payload.campaignId) {
      const found = await manager.query<unknown[]>(
        `SELECT 1 FROM content.campaigns WHERE agency_id = $1 AND id = $2`,
        [actor.agencyId, payload.campaignId],
      );
      if (found.length === 0) throw notFound('campaign');
    }
    if (payload.labelId) {
      const found = await manager.query<unknown[]>(
        `SELECT 1 FROM content.labels WHERE agency_id = $1 AND id = $2`,
        [actor.agencyId, payload.labelId],
      );
      if (found.length === 0) throw notFound('label');
    }
  }

  /** Views with each brand's guidelines (asked once per brand of the page). */
  private async views(actor: Actor, posts: PostEntity[]): Promise<PostView[]> {
    const brandIds = [...new Set(posts.map((post) => post.brandId))];
    const guidelines = new Map<string, Guidelines>();
    await Promise.all(
      brandIds.map(async (brandId) => {
        const brand = await this.brands.brand(actor, brandId);
        guidelines.set(brandId, brand.guidelines);
      }),
    );
    return this.transactions.run(actor.scope, (manager) =>
      postViews(manager, posts, (brandId) => guidelines.get(brandId) ?? NO_GUIDELINES),
    );
  }
}
