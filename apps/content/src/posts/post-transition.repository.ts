import { EntityManager } from 'typeorm';
import { Actor } from '@relais/server-database';
import { PostStatus } from './post.entity';
import { PostTransitionEntity, TransitionVia } from './post-transition.entity';

export interface TransitionRecord {
  post: { id: string; agencyId: string; brandId: string; version: number };
  action: string;
  from: PostStatus | null;
  to: PostStatus;
  /** The acting user, or null for the system and review links. */
  actor: Actor | null;
  /** For review links: the recipient's name. */
  actorName?: string | null;
  via?: TransitionVia;
  note?: string | null;
  changes?: Record<string, unknown>;
}

/** Appends one transition to a post's history, inside the caller's transaction. */
export async function recordTransition(manager: EntityManager, record: TransitionRecord): Promise<void> {
  const row = manager.create(PostTransitionEntity, {
    agencyId: record.post.agencyId,
    brandId: record.post.brandId,
    postId: record.post.id,
    action: record.action,
    fromStatus: record.from,
    toStatus: record.to,
    actorId: record.actor?.userId ?? null,
    actorRole: record.actor?.role ?? null,
    actorName: record.actorName ?? null,
    via: record.via ?? (record.actor ? 'console' : 'system'),
    version: record.post.version,
    note: record.note ?? null,
    changes: record.changes ?? {},
  });
  await manager.save(PostTransitionEntity, row);
}
