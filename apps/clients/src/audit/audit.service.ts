import { Injectable } from '@nestjs/common';
import { AuditEntryView, ListAuditPayload, Page } from '@relais/contracts';
import {
  Actor,
  decodeCursor,
  encodeCursor,
  pageOf,
  pageSize,
  TenantTransactions,
} from '@relais/server-database';
import { authorize } from '../core/actor';
import { Permission } from '../memberships/role-rules';

interface AuditRow {
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

function toView(row: AuditRow): AuditEntryView {
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

/** The audit log, newest first. */
@Injectable()
export class AuditService {
  constructor(private readonly transactions: TenantTransactions) {}

  async list(actor: Actor, payload: ListAuditPayload): Promise<Page<AuditEntryView>> {
    authorize(actor, Permission.ReadAudit);
    const first = pageSize(payload);
    const [afterKey, afterId] = payload.after ? decodeCursor(payload.after, 2) : [null, null];
    return this.transactions.run(actor.scope, async (manager) => {
      const rows = await manager.query<AuditRow[]>(
        `SELECT a.id, a.action, a.actor_user_id, a.actor_name, a.target_type, a.target_id, a.details,
                host(a.ip) AS ip, a.created_at, a.created_at::text AS created_key
           FROM clients.audit_log a
          WHERE a.agency_id = $1
            AND ($2::text IS NULL OR a.action = $2)
            AND ($3::timestamptz IS NULL OR (a.created_at, a.id) < ($3::timestamptz, $4::uuid))
          ORDER BY a.created_at DESC, a.id DESC
          LIMIT $5`,
        [actor.agencyId, payload.action ?? null, afterKey, afterId, first + 1],
      );
      const [{ count }] = await manager.query<[{ count: number }]>(
        `SELECT count(*)::int AS count FROM clients.audit_log a
          WHERE a.agency_id = $1 AND ($2::text IS NULL OR a.action = $2)`,
        [actor.agencyId, payload.action ?? null],
      );
      const page = pageOf(rows, first, (row) => encodeCursor([row.created_key, row.id]), count);
      return { ...page, items: page.items.map(toView) };
    });
  }
}
