import { AuditEntryView } from '@relais/contracts';
import { AuditRow } from './audit.repository';

export function toAuditEntryView(row: AuditRow): AuditEntryView {
  return {
    id: row.id,
    action: row.action,
    actorUserId: row.actor_user_id,
    actorName: row.actor_name,
    targetType: row.target_type,
    targetId: row.target_id,
    details: row.details,
    ip: row.ip,
    createdAt: row.created_at.toISOString(),
  };
}
