import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ContentEvent, PostEventPayload } from '@relais/contracts';
import { Outbox } from '@relais/server-events';
import { Actor } from '@relais/server-database';
import { PostEntity } from './post.entity';

/** A post event's data: the shared payload, and for `postUpdated` which fields changed. */
export type PostEventData = PostEventPayload & { changes?: string[] };

export function postEventData(post: PostEntity, extra: Partial<PostEventData> = {}): PostEventData {
  return {
    postId: post.id,
    brandId: post.brandId,
    title: post.title,
    status: post.status,
    version: post.version,
    authorId: post.authorId,
    scheduledAt: post.scheduledAt ? post.scheduledAt.toISOString() : null,
    ...extra,
  };
}

/** Writes post events into the outbox, in the caller's transaction. */
@Injectable()
export class PostEvents {
  constructor(private readonly outbox: Outbox) {}

  async emit(
    manager: EntityManager,
    actor: Actor,
    subject: ContentEvent,
    post: PostEntity,
    extra: Partial<PostEventData> = {},
  ): Promise<void> {
    await this.outbox.add(manager, { subject, envelope: actor.envelope, data: postEventData(post, extra) });
  }

  /** An event whose data is already complete (`postScheduled` with its targets). */
  async emitData(
    manager: EntityManager,
    actor: Actor,
    subject: ContentEvent,
    data: PostEventPayload,
  ): Promise<void> {
    await this.outbox.add(manager, { subject, envelope: actor.envelope, data });
  }
}
