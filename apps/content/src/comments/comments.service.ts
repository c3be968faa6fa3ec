import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  AddCommentPayload,
  CommentIdPayload,
  CommentVisibility,
  ContentEvents,
  EditCommentPayload,
  FieldError,
  isBrandRole,
  ListCommentsPayload,
  PostCommentView,
  Role,
} from '@relais/contracts';
import { badInput, conflict, forbidden, notFound } from '@relais/server-errors';
import { Actor, TenantTransactions } from '@relais/server-database';
import { Outbox } from '@relais/server-events';
import { ActorNames } from '../approval/actor-names';
import { authorize } from '../core/actor';
import { ContentPermission } from '../core/content-permissions';
import { findVisiblePost } from '../posts/post.repository';
import {
  findComment,
  findCommentById,
  findComments,
  insertComment,
  updateComment,
} from './comment.repository';
import { commentAddedEvent, toCommentView } from './comment.view';
import { MentionChecker } from './mention-checker';
import { PostCommentEntity } from './post-comment.entity';

/** Replies nest at most this deep: a thread, not a staircase. */
const MAX_DEPTH = 5;
const MODERATORS: readonly Role[] = [Role.Owner, Role.Admin];

function refuse(error: FieldError): never {
  throw badInput([error], error.message.charAt(0).toUpperCase() + error.message.slice(1));
}

/**
 * Comments on posts. Internal comments are the agency's: a brand user never reads them, not even their
 * number, and writes only shared ones. Brand viewers read; everyone else who sees the post may write.
 */
@Injectable()
export class CommentsService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly names: ActorNames,
    private readonly mentions: MentionChecker,
    private readonly outbox: Outbox,
  ) {}

  list(actor: Actor, payload: ListCommentsPayload): Promise<PostCommentView[]> {
    authorize(actor, ContentPermission.Read);
    return this.transactions.run(actor.scope, async (manager) => {
      const post = await findVisiblePost(manager, actor.agencyId, payload.postId);
      const rows = await findComments(manager, [post.id], !isBrandRole(actor.role));
      return rows.map(toCommentView);
    });
  }

  async add(actor: Actor, payload: AddCommentPayload): Promise<PostCommentView> {
    authorize(actor, ContentPermission.Read);
    const brandId = await this.transactions.run(
      actor.scope,
      async (manager) => (await findVisiblePost(manager, actor.agencyId, payload.postId)).brandId,
    );
    if (actor.role === Role.BrandViewer)
      throw forbidden('Brand viewers can read comments but not write them');
    if (isBrandRole(actor.role) && payload.visibility !== CommentVisibility.Shared) {
      refuse({
        field: 'visibility',
        message: 'brand users can only write comments shared with the agency',
        constraint: 'sharedOnly',
      });
    }
    const body = payload.body.trim();
    if (body === '') refuse({ field: 'body', message: 'write something', constraint: 'isNotEmpty' });
    const mentionUserIds = payload.mentionUserIds ?? [];
    const [problems, name] = await Promise.all([
      this.mentions.problems(actor, brandId, payload.visibility, mentionUserIds),
      this.names.of(actor),
    ]);
    if (problems.length > 0) throw badInput(problems, 'Some mentioned people cannot read this comment');

    return this.transactions.run(actor.scope, async (manager) => {
      const post = await findVisiblePost(manager, actor.agencyId, payload.postId);
      const parentId = payload.parentId ?? null;
      if (parentId) await this.checkParent(manager, actor, post.id, parentId, payload.visibility);
      const saved = await insertComment(manager, {
        agencyId: actor.agencyId,
        brandId: post.brandId,
        postId: post.id,
        parentId,
        body,
        visibility: payload.visibility,
        authorId: actor.userId,
        authorName: name,
        authorRole: actor.role,
        reviewLinkId: null,
        mentions: mentionUserIds,
      });
      await this.outbox.add(manager, {
        subject: ContentEvents.commentAdded,
        envelope: actor.envelope,
        data: commentAddedEvent(saved),
      });
      return toCommentView(saved);
    });
  }

  edit(actor: Actor, payload: EditCommentPayload): Promise<PostCommentView> {
    const body = payload.body.trim();
    if (body === '') refuse({ field: 'body', message: 'write something', constraint: 'isNotEmpty' });
    return this.transactions.run(actor.scope, async (manager) => {
      const comment = await this.visibleComment(manager, actor, payload.id);
      if (comment.authorId !== actor.userId) throw forbidden('You can only edit your own comments');
      if (comment.deletedAt) throw conflict('This comment was deleted');
      comment.body = body;
      comment.editedAt = new Date();
      await updateComment(manager, comment.id, { body, editedAt: comment.editedAt });
      return toCommentView(comment);
    });
  }

  delete(actor: Actor, payload: CommentIdPayload): Promise<PostCommentView> {
    return this.transactions.run(actor.scope, async (manager) => {
      const comment = await this.visibleComment(manager, actor, payload.id);
      if (comment.authorId !== actor.userId && !MODERATORS.includes(actor.role)) {
        throw forbidden('You can only delete your own comments');
      }
      if (!comment.deletedAt) {
        comment.deletedAt = new Date();
        comment.body = '';
        await updateComment(manager, comment.id, { body: '', deletedAt: comment.deletedAt });
      }
      return toCommentView(comment);
    });
  }

  /** A comment the caller may read (internal ones are not found for brand users). */
  private async visibleComment(manager: EntityManager, actor: Actor, id: string): Promise<PostCommentEntity> {
    const comment = await findComment(manager, actor.agencyId, id);
    if (!comment || (isBrandRole(actor.role) && comment.visibility !== CommentVisibility.Shared)) {
      throw notFound('comment');
    }
    return comment;
  }

  private async checkParent(
    manager: EntityManager,
    actor: Actor,
    postId: string,
    parentId: string,
    visibility: CommentVisibility,
  ): Promise<void> {
    const parent = await findComment(manager, actor.agencyId, parentId);
    // A comment the caller cannot read is not found, like a missing one.
    if (!parent || (isBrandRole(actor.role) && parent.visibility !== CommentVisibility.Shared)) {
      throw notFound('comment');
    }
    if (parent.postId !== postId) {
      refuse({ field: 'parentId', message: 'is a comment of another post', constraint: 'otherPost' });
    }
    if (parent.visibility === CommentVisibility.Internal && visibility === CommentVisibility.Shared) {
      refuse({
        field: 'visibility',
        message: 'a reply to an internal comment stays internal',
        constraint: 'internalThread',
      });
    }
    let depth = 1;
    let ancestor: PostCommentEntity | null = parent;
    while (ancestor?.parentId && depth <= MAX_DEPTH) {
      ancestor = await findCommentById(manager, ancestor.parentId);
      depth += 1;
    }
    if (depth > MAX_DEPTH) {
      refuse({
        field: 'parentId',
        message: `replies nest at most ${MAX_DEPTH} deep; answer higher up the thread`,
        constraint: 'maxDepth',
        params: { max: MAX_DEPTH },
      });
    }
  }
}
