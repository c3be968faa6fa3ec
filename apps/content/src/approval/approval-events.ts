import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  ContentEvent,
  ContentEvents,
  Envelope,
  PostEventPayload,
  PostScheduledEvent,
} from '@relais/contracts';
import { Outbox } from '@relais/server-events';
import { PostEntity } from '../posts/post.entity';

export type ApprovalEventExtra = Omit<
  PostEventPayload,
  'postId' | 'brandId' | 'title' | 'status' | 'version' | 'authorId' | 'scheduledAt'
>;

/** Writes the approval flow's post events into the outbox, in the caller's transaction. */
@Injectable()
export class ApprovalEvents {
  constructor(private readonly outbox: Outbox) {}

  async emit(
    manager: EntityManager,
    envelope: Envelope,
    subject: ContentEvent,
    post: PostEntity,
    extra: ApprovalEventExtra = {},
  ): Promise<void> {
    const data: PostEventPayload = {
      postId: post.id,
      brandId: post.brandId,
      title: post.title,
      status: post.status,
      version: post.version,
      authorId: post.authorId,
      scheduledAt: post.scheduledAt ? post.scheduledAt.toISOString() : null,
      ...extra,
    };
    await this.outbox.add(manager, { subject, envelope, data });
  }

  /** `postScheduled`, with the post's targets, timezone and recurrence (see `postScheduledEvent`). */
  async emitScheduled(manager: EntityManager, envelope: Envelope, data: PostScheduledEvent): Promise<void> {
    await this.outbox.add(manager, { subject: ContentEvents.postScheduled, envelope, data });
  }
}
