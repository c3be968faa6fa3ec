import { EntityManager } from 'typeorm';
import { notFound } from '@relais/server-errors';
import { PostEntity } from './post.entity';
import { PostLabelEntity } from './post-label.entity';
import { PostTargetEntity } from './post-target.entity';
import { PostVariantEntity } from './post-variant.entity';
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
