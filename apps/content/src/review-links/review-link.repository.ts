import { DeepPartial, EntityManager, In } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { ReviewLinkDecision } from '@relais/contracts';
import { ReviewRoundEntity } from '../approval/review-round.entity';
import { findComments } from '../comments/comment.repository';
import { PostCommentEntity } from '../comments/post-comment.entity';
import { PostEntity } from '../posts/post.entity';
import { PostVariantEntity } from '../posts/post-variant.entity';
import { ReviewLinkPostEntity } from './review-link-post.entity';
import { ReviewLinkEntity } from './review-link.entity';

/** Inserts a link and its posts. */
export async function insertReviewLink(
  manager: EntityManager,
  fields: DeepPartial<ReviewLinkEntity>,
): Promise<ReviewLinkEntity> {
  const row: ReviewLinkEntity = manager.create(ReviewLinkEntity, fields);
  await manager.insert(ReviewLinkEntity, row);
  await manager.insert(
    ReviewLinkPostEntity,
    row.postIds.map((postId) => ({
      linkId: row.id,
      postId,
      agencyId: row.agencyId,
      brandId: row.brandId,
    })),
  );
  return row;
}

/** The brand's latest links, newest first. */
export function brandReviewLinks(
  manager: EntityManager,
  agencyId: string,
  brandId: string,
): Promise<ReviewLinkEntity[]> {
  return manager.find(ReviewLinkEntity, {
    where: { agencyId, brandId },
    order: { createdAt: 'DESC', id: 'DESC' },
    take: 200,
  });
}

/** The agency's link, locked until the transaction ends, or null. */
export function lockReviewLink(
  manager: EntityManager,
  agencyId: string,
  id: string,
): Promise<ReviewLinkEntity | null> {
  return manager.findOne(ReviewLinkEntity, {
    where: { id, agencyId },
    lock: { mode: 'pessimistic_write' },
  });
}

/** A link by id (in the link's own scope), locked with `lock`, or null. */
export function findReviewLink(
  manager: EntityManager,
  id: string,
  lock: boolean,
): Promise<ReviewLinkEntity | null> {
  return manager.findOne(ReviewLinkEntity, {
    where: { id },
    ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
  });
}

export async function updateReviewLink(
  manager: EntityManager,
  id: string,
  changes: QueryDeepPartialEntity<ReviewLinkEntity>,
): Promise<void> {
  await manager.update(ReviewLinkEntity, { id }, changes);
}

/**
 * The link of a token's hash, through a narrow SECURITY DEFINER function (the caller has no tenant yet):
 * its id, agency and brand, or nothing.
 */
export function findReviewLinkByHash(
  manager: EntityManager,
  hash: Buffer,
): Promise<{ id: string; agency_id: string; brand_id: string }[]> {
  return manager.query<{ id: string; agency_id: string; brand_id: string }[]>(
    'SELECT id, agency_id, brand_id FROM content.find_review_link($1)',
    [hash],
  );
}

/** The link's entry for a post, locked until the transaction ends, or null. */
export function lockReviewLinkPost(
  manager: EntityManager,
  linkId: string,
  postId: string,
): Promise<ReviewLinkPostEntity | null> {
  return manager.findOne(ReviewLinkPostEntity, {
    where: { linkId, postId },
    lock: { mode: 'pessimistic_write' },
  });
}

/** Records the link's decision on a post; answers how many of the link's posts are still undecided. */
export async function saveLinkDecision(
  manager: EntityManager,
  entry: ReviewLinkPostEntity,
  decision: ReviewLinkDecision.Approve | ReviewLinkDecision.RequestChanges,
): Promise<number> {
  await manager.update(
    ReviewLinkPostEntity,
    { linkId: entry.linkId, postId: entry.postId },
    { decision, decidedAt: new Date() },
  );
  const undecided = await manager.query<{ count: string }[]>(
    `SELECT count(*) AS count FROM content.review_link_posts WHERE link_id = $1 AND decision IS NULL`,
    [entry.linkId],
  );
  return Number(undecided[0].count);
}

/** The agency's posts among `postIds`, with their review rounds. */
export async function postsWithRounds(
  manager: EntityManager,
  agencyId: string,
  postIds: string[],
): Promise<{ posts: PostEntity[]; rounds: ReviewRoundEntity[] }> {
  const posts = await manager.find(PostEntity, { where: { id: In(postIds), agencyId } });
  const rounds = await manager.find(ReviewRoundEntity, { where: { postId: In(postIds) } });
  return { posts, rounds };
}

/** What a client reads of the link's posts: the posts of its brand, their variants, decisions and shared comments. */
export interface ReviewPostRows {
  posts: PostEntity[];
  variants: PostVariantEntity[];
  decisions: ReviewLinkPostEntity[];
  comments: PostCommentEntity[];
}

export async function reviewPostRows(
  manager: EntityManager,
  link: ReviewLinkEntity,
  ids: string[],
): Promise<ReviewPostRows> {
  const posts = await manager.find(PostEntity, { where: { id: In(ids), brandId: link.brandId } });
  const variants = await manager.find(PostVariantEntity, { where: { postId: In(ids) } });
  const decisions = await manager.find(ReviewLinkPostEntity, { where: { linkId: link.id, postId: In(ids) } });
  const comments = await findComments(manager, ids, false);
  return { posts, variants, decisions, comments };
}
