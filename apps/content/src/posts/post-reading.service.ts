import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  CheckPostPayload,
  ListPostsPayload,
  Page,
  PostCheckView,
  PostIdPayload,
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
import { BrandsClient } from '../brands/brands.client';
import { authorize } from '../core/actor';
import { ContentPermission } from '../core/content-permissions';
import { PostEntity } from './post.entity';
import { normalizeLink, normalizeThreadParts, resolveVariants } from './post-draft';
import { refuse } from './post-editing';
import { mediaFields, PostReferences } from './post-references';
import {
  campaignExists,
  countPosts,
  findVisiblePost,
  labelExists,
  listPostKeys,
  loadPostViewRows,
  PostListFilter,
  postsByIds,
} from './post.repository';
import { checkPost } from './post-validation';
import { postViews } from './post.view';

const NO_GUIDELINES: Guidelines = { bannedWords: [], requiredHashtags: [] };

/** Reading posts: one, a filtered page, or a draft checked without saving it. */
@Injectable()
export class PostReadingService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly brands: BrandsClient,
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
    const filter: PostListFilter = {
      agencyId: actor.agencyId,
      brandId: payload.brandId ?? null,
      statuses,
      network: payload.network ?? null,
      campaignId: payload.campaignId ?? null,
      labelId: payload.labelId ?? null,
      authorId: payload.authorId ?? null,
      from: payload.from ?? null,
      to: payload.to ?? null,
      search,
    };

    const { posts, page } = await this.transactions.run(actor.scope, async (manager) => {
      await this.assertFilterTargets(manager, actor, payload);
      const rows = await listPostKeys(manager, filter, [afterAt, afterId], first + 1);
      const count = await countPosts(manager, filter);
      const rowsPage = pageOf(rows, first, (row) => encodeCursor([row.sort_at, row.id]), count);
      const ordered = await postsByIds(
        manager,
        rowsPage.items.map((row) => row.id),
      );
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
      threadParts: normalizeThreadParts(payload.threadParts ?? []),
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
    if (payload.campaignId && !(await campaignExists(manager, actor.agencyId, payload.campaignId))) {
      throw notFound('campaign');
    }
    if (payload.labelId && !(await labelExists(manager, actor.agencyId, payload.labelId))) {
      throw notFound('label');
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
    return this.transactions.run(actor.scope, async (manager) =>
      postViews(
        posts,
        await loadPostViewRows(manager, posts),
        (brandId) => guidelines.get(brandId) ?? NO_GUIDELINES,
      ),
    );
  }
}
