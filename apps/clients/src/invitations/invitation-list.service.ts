import { Injectable } from '@nestjs/common';
import { InvitationStatus, InvitationView, ListInvitationsPayload, Page } from '@relais/contracts';
import {
  Actor,
  decodeCursor,
  encodeCursor,
  pageOf,
  pageSize,
  TenantTransactions,
} from '@relais/server-database';
import { Permission } from '../memberships/role-rules';
import { authorize } from '../core/actor';
import { InvitationEntity } from './invitation.entity';
import { INVITATION_COLUMNS, toInvitationView } from './invitation.view';

type InvitationRow = InvitationEntity & { invitedByName: string | null; createdKey: string };

const STATUS_FILTERS: Record<InvitationStatus, string> = {
  [InvitationStatus.Pending]: `i.status = 'pending' AND i.expires_at > now()`,
  [InvitationStatus.Expired]: `(i.status = 'expired' OR (i.status = 'pending' AND i.expires_at <= now()))`,
  [InvitationStatus.Accepted]: `i.status = 'accepted'`,
  [InvitationStatus.Revoked]: `i.status = 'revoked'`,
};

/** The agency's invitations, newest first. */
@Injectable()
export class InvitationListService {
  constructor(private readonly transactions: TenantTransactions) {}

  async list(actor: Actor, payload: ListInvitationsPayload): Promise<Page<InvitationView>> {
    authorize(actor, Permission.ReadTeam);
    const first = pageSize(payload);
    const [afterKey, afterId] = payload.after ? decodeCursor(payload.after, 2) : [null, null];
    const where = `i.agency_id = $1${payload.status ? ` AND ${STATUS_FILTERS[payload.status]}` : ''}`;

    return this.transactions.run(actor.scope, async (manager) => {
      const rows = await manager.query<InvitationRow[]>(
        `SELECT ${INVITATION_COLUMNS}, u.name AS "invitedByName", i.created_at::text AS "createdKey"
           FROM clients.invitations i
           LEFT JOIN clients.users u ON u.id = i.invited_by
          WHERE ${where}
            AND ($2::timestamptz IS NULL OR (i.created_at, i.id) < ($2::timestamptz, $3::uuid))
          ORDER BY i.created_at DESC, i.id DESC
          LIMIT $4`,
        [actor.agencyId, afterKey, afterId, first + 1],
      );
      const [{ count }] = await manager.query<[{ count: number }]>(
        `SELECT count(*)::int AS count FROM clients.invitations i WHERE ${where}`,
        [actor.agencyId],
      );
      const page = pageOf(rows, first, (row) => encodeCursor([row.createdKey, row.id]), count);
      return { ...page, items: page.items.map((row) => toInvitationView(row, row.invitedByName)) };
    });
  }
}
