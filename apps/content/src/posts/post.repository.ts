import { DeepPartial, EntityManager, In, IsNull } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { MediaKind, PostStatus } from '@relais/contracts';
import { notFound } from '@relais/server-errors';
import { PostEntity } from './post.entity';
import { PostLabelEntity } from './post-label.entity';
import { PostTargetEntity } from './post-target.entity';
import { PostVariantEntity } from './post-variant.entity';
import { CampaignEntity } from '../campaigns/campaign.entity';
import { LabelEntity } from '../campaigns/label.entity';
import { MediaEntity } from '../media';
import { findLinkCardsOfBrands, LinkCardEntity } from '../link-cards';
import { byNetworkOrder, VariantState } from './post-draft';
import { ResolvedTarget } from './post-references';

/** Everything a post is made of, as saved. */
export interface StoredPost {
  post: PostEntity;
  targets: ResolvedTarget[];
  variants: VariantState[];
  labelIds: string[];
}

/**
 * A post the transaction's scope may see (its agency and, through row-level security, its brands), or
 * NOT_FOUND "Post not found". With `lock`, the row is locked until the transaction ends: every change of
 * a post takes this lock first, so two changes never interleave.
 */
export async function findVisiblePost(
  manager: EntityManager,
  agencyId: string,
  id: string,
  lock = false,
): Promise<PostEntity> {
  const post = await manager.findOne(PostEntity, {
    where: { id, agencyId },
    ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
  });
  if (!post) throw notFound('post');
  return post;
}

export function toVariantState(row: PostVariantEntity): VariantState {
  return {
    network: row.network,
    customized: row.customized,
    text: row.text,
    linkUrl: row.linkUrl,
    mediaIds: [...row.mediaIds],
    threadParts: [...row.threadParts],
    firstComment: row.firstComment,
  };
}

/** The targets, variants and labels of a post. */
export async function loadStoredPost(manager: EntityManager, post: PostEntity): Promise<StoredPost> {
  // One connection per transaction: queries run one after the other.
  const targets = await manager.find(PostTargetEntity, { where: { postId: post.id } });
  const variants = await manager.find(PostVariantEntity, { where: { postId: post.id } });
  const labels = await manager.find(PostLabelEntity, { where: { postId: post.id } });
  return {
    post,
    targets: byNetworkOrder(targets.map(({ accountId, network }) => ({ accountId, network }))),
    variants: byNetworkOrder(variants.map(toVariantState)),
    labelIds: labels.map((label) => label.labelId),
  };
}

type Owner = Pick<PostEntity, 'id' | 'agencyId' | 'brandId'>;

function ownedBy(post: Owner) {
  return { postId: post.id, agencyId: post.agencyId, brandId: post.brandId };
}

export async function saveTargets(
  manager: EntityManager,
  post: Owner,
  targets: ResolvedTarget[],
): Promise<void> {
  await manager.delete(PostTargetEntity, { postId: post.id });
  if (targets.length === 0) return;
  // One insert, so the targets keep the order they were given in (created_at is the statement's time).
  await manager.insert(
    PostTargetEntity,
    targets.map((target) => ({ ...ownedBy(post), accountId: target.accountId, network: target.network })),
  );
}

export async function saveVariants(
  manager: EntityManager,
  post: Owner,
  variants: VariantState[],
): Promise<void> {
  await manager.delete(PostVariantEntity, { postId: post.id });
  if (variants.length === 0) return;
  await manager.insert(
    PostVariantEntity,
    variants.map((variant) => ({ ...ownedBy(post), ...variant })),
  );
}

export async function saveLabels(manager: EntityManager, post: Owner, labelIds: string[]): Promise<void> {
  await manager.delete(PostLabelEntity, { postId: post.id });
  if (labelIds.length === 0) return;
  await manager.insert(
    PostLabelEntity,
    labelIds.map((labelId) => ({ ...ownedBy(post), labelId })),
  );
}

/** What a list of posts is filtered by (null: no filter). */
export interface PostListFilter {
  agencyId: string;
  brandId: string | null;
  /** Without statuses, every post but the archived ones. */
  statuses: string[] | null;
  network: string | null;
  campaignId: string | null;
  labelId: string | null;
  authorId: string | null;
  from: string | null;
  to: string | null;
  /** An ILIKE pattern matched against the title, the base text and the variants' texts. */
  search: string | null;
}

export interface PostKey {
  id: string;
  sort_at: string;
}

const LIST_WHERE = `p.agency_id = $1
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

function listParameters(filter: PostListFilter): unknown[] {
  return [
    filter.agencyId,
    filter.brandId,
    filter.statuses,
    filter.network,
    filter.campaignId,
    filter.labelId,
    filter.authorId,
    filter.from,
    filter.to,
    filter.search,
  ];
}

/**
 * The ids of the filtered posts, most recently changed first, after the keyset `after` (the
 * `updated_at` and id of the last post seen, or nulls for the first page).
 */
export function listPostKeys(
  manager: EntityManager,
  filter: PostListFilter,
  after: readonly [string | number | null, string | number | null],
  limit: number,
): Promise<PostKey[]> {
  return manager.query<PostKey[]>(
    `SELECT p.id, p.updated_at::text AS sort_at
       FROM content.posts p
      WHERE ${LIST_WHERE}
        AND ($11::timestamptz IS NULL OR (p.updated_at, p.id) < ($11::timestamptz, $12::uuid))
      ORDER BY p.updated_at DESC, p.id DESC
      LIMIT $13`,
    [...listParameters(filter), after[0], after[1], limit],
  );
}

/** How many posts the filter matches. */
export async function countPosts(manager: EntityManager, filter: PostListFilter): Promise<number> {
  const [{ count }] = await manager.query<[{ count: number }]>(
    `SELECT count(*)::int AS count FROM content.posts p WHERE ${LIST_WHERE}`,
    listParameters(filter),
  );
  return count;
}

/** Posts by id, in the order of `ids`. */
export async function postsByIds(manager: EntityManager, ids: readonly string[]): Promise<PostEntity[]> {
  const entities = ids.length > 0 ? await manager.findBy(PostEntity, { id: In([...ids]) }) : [];
  return ids.flatMap((id) => entities.filter((post) => post.id === id));
}

export async function campaignExists(manager: EntityManager, agencyId: string, id: string): Promise<boolean> {
  const found = await manager.query<unknown[]>(
    `SELECT 1 FROM content.campaigns WHERE agency_id = $1 AND id = $2`,
    [agencyId, id],
  );
  return found.length > 0;
}

export async function labelExists(manager: EntityManager, agencyId: string, id: string): Promise<boolean> {
  const found = await manager.query<unknown[]>(
    `SELECT 1 FROM content.labels WHERE agency_id = $1 AND id = $2`,
    [agencyId, id],
  );
  return found.length > 0;
}

/** The rows the views of several posts are made of: their targets, variants, labels and campaigns. */
export interface PostViewRows {
  targets: PostTargetEntity[];
  variants: PostVariantEntity[];
  postLabels: PostLabelEntity[];
  campaigns: CampaignEntity[];
  labels: LabelEntity[];
  /** The brands' kept cards of the variants' links. */
  linkCards: LinkCardEntity[];
}

/** The rows of `postViews`, with six queries at most whatever the number of posts. */
export async function loadPostViewRows(manager: EntityManager, posts: PostEntity[]): Promise<PostViewRows> {
  if (posts.length === 0) {
    return { targets: [], variants: [], postLabels: [], campaigns: [], labels: [], linkCards: [] };
  }
  const ids = posts.map((post) => post.id);
  const campaignIds = [...new Set(posts.flatMap((post) => (post.campaignId ? [post.campaignId] : [])))];
  // One connection per transaction: queries run one after the other.
  const targets = await manager.find(PostTargetEntity, { where: { postId: In(ids) } });
  const variants = await manager.find(PostVariantEntity, { where: { postId: In(ids) } });
  const postLabels = await manager.find(PostLabelEntity, { where: { postId: In(ids) } });
  const campaigns =
    campaignIds.length > 0 ? await manager.find(CampaignEntity, { where: { id: In(campaignIds) } }) : [];
  const labelIds = [...new Set(postLabels.map((row) => row.labelId))];
  const labels = labelIds.length > 0 ? await manager.find(LabelEntity, { where: { id: In(labelIds) } }) : [];
  const linkCards = await findLinkCardsOfBrands(
    manager,
    [...new Set(posts.map((post) => post.brandId))],
    [...new Set(variants.flatMap((variant) => (variant.linkUrl ? [variant.linkUrl] : [])))],
  );
  return { targets, variants, postLabels, campaigns, labels, linkCards };
}

/** Inserts a new post row and answers the entity. */
export async function insertPost(
  manager: EntityManager,
  fields: DeepPartial<PostEntity>,
): Promise<PostEntity> {
  const post = manager.create(PostEntity, fields);
  await manager.insert(PostEntity, post);
  return post;
}

/** Writes `changes` into the post's row. */
export async function updatePost(
  manager: EntityManager,
  id: string,
  changes: QueryDeepPartialEntity<PostEntity>,
): Promise<void> {
  await manager.update(PostEntity, { id }, changes);
}

/** Deletes a post (its variants, targets, labels and history go with it). */
export async function deletePost(manager: EntityManager, agencyId: string, id: string): Promise<void> {
  await manager.delete(PostEntity, { id, agencyId });
}

/** The agency's post created with this idempotency key, if any. */
export function findPostByIdempotencyKey(
  manager: EntityManager,
  agencyId: string,
  key: string,
): Promise<PostEntity | null> {
  return manager.findOneBy(PostEntity, { agencyId, idempotencyKey: key });
}

/** The agency's post, locked until the transaction ends, or null when there is none. */
export function lockPost(manager: EntityManager, agencyId: string, id: string): Promise<PostEntity | null> {
  return manager.findOne(PostEntity, {
    where: { id, agencyId },
    lock: { mode: 'pessimistic_write' },
  });
}

/** The brand's pictures among these files (not deleted), with their names and descriptions. */
export function postImages(
  manager: EntityManager,
  brandId: string,
  ids: readonly string[],
): Promise<Pick<MediaEntity, 'id' | 'fileName' | 'altText'>[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return manager.find(MediaEntity, {
    select: { id: true, fileName: true, altText: true },
    where: { id: In([...ids]), brandId, kind: In([MediaKind.Image, MediaKind.Gif]), deletedAt: IsNull() },
  });
}
