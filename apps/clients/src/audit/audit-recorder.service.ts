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

/** Writes audit entries inside the caller's transaction, so an entry exists exactly when its change does. */
@Injectable()
export class AuditRecorder {
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
}
