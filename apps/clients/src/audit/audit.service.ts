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
import { Permission } from '../core/role-rules';
import { toAuditEntryView } from './audit-entry.view';
import { AuditRepository } from './audit.repository';

/** The audit log, newest first. */
@Injectable()
export class AuditService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly entries: AuditRepository,
  ) {}

  async list(actor: Actor, payload: ListAuditPayload): Promise<Page<AuditEntryView>> {
    authorize(actor, Permission.ReadAudit);
    const first = pageSize(payload);
    const after = payload.after ? decodeCursor(payload.after, 2) : null;
    const action = payload.action ?? null;
    return this.transactions.run(actor.scope, async (manager) => {
      const rows = await this.entries.findEntries(manager, actor.agencyId, action, after, first + 1);
      const count = await this.entries.countEntries(manager, actor.agencyId, action);
      const page = pageOf(rows, first, (row) => encodeCursor([row.created_key, row.id]), count);
      return { ...page, items: page.items.map(toAuditEntryView) };
    });
  }
}
