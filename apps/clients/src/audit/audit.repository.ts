import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditAction, AuditTargetType } from './audit-action';

export interface AuditRecord {
  agencyId: string;
  /** Null for actions of the system or of someone not signed in. */
  actorUserId: string | null;
  action: AuditAction;
  targetType?: AuditTargetType;
  targetId?: string | null;
  details?: Record<string, unknown>;
  ip?: string | null;
}

export interface AuditRow {
  id: string;
  action: string;
  actor_user_id: string | null;
  actor_name: string | null;
  target_type: string | null;
  target_id: string | null;
  details: Record<string, unknown>;
  ip: string | null;
  created_at: Date;
  created_key: string;
}

/** The audit log: entries written inside the caller's transaction, so an entry exists exactly when its change does. */
@Injectable()
export class AuditRepository {
  async record(manager: EntityManager, entry: AuditRecord): Promise<void> {
    await manager.query(
      `INSERT INTO clients.audit_log
         (id, agency_id, actor_user_id, actor_name, action, target_type, target_id, details, ip)
       VALUES ($1, $2, $3, (SELECT u.name FROM clients.users u WHERE u.id = $3), $4, $5, $6, $7, $8)`,
      [
        randomUUID(),
        entry.agencyId,
        entry.actorUserId,
        entry.action,
        entry.targetType ?? null,
        entry.targetId ?? null,
        JSON.stringify(entry.details ?? {}),
        entry.ip ?? null,
      ],
    );
  }

  /** The agency's entries (of one action, when given), newest first, after the cursor. */
  findEntries(
    manager: EntityManager,
    agencyId: string,
    action: string | null,
    after: (string | number)[] | null,
    limit: number,
  ): Promise<AuditRow[]> {
    const [afterKey, afterId] = after ?? [null, null];
    return manager.query<AuditRow[]>(
      `SELECT a.id, a.action, a.actor_user_id, a.actor_name, a.target_type, a.target_id, a.details,
              host(a.ip) AS ip, a.created_at, a.created_at::text AS created_key
         FROM clients.audit_log a
        WHERE a.agency_id = $1
          AND ($2::text IS NULL OR a.action = $2)
          AND ($3::timestamptz IS NULL OR (a.created_at, a.id) < ($3::timestamptz, $4::uuid))
        ORDER BY a.created_at DESC, a.id DESC
        LIMIT $5`,
      [agencyId, action, afterKey, afterId, limit],
    );
  }

  async countEntries(manager: EntityManager, agencyId: string, action: string | null): Promise<number> {
    const [{ count }] = await manager.query<[{ count: number }]>(
      `SELECT count(*)::int AS count FROM clients.audit_log a
        WHERE a.agency_id = $1 AND ($2::text IS NULL OR a.action = $2)`,
      [agencyId, action],
    );
    return count;
  }
}
