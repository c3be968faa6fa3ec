import { Injectable } from '@nestjs/common';
import { AccountIdPayload, ListAccountsPayload, Page, SocialAccountView } from '@relais/contracts';
import {
  Actor,
  decodeCursor,
  encodeCursor,
  pageOf,
  pageSize,
  TenantTransactions,
} from '@relais/server-database';
import { findVisibleBrand } from '../brands/brands.service';
import { Permission } from '../memberships/role-rules';
import { authorize } from '../core/actor';
import { findVisibleAccount } from './account-records';
import { ACCOUNT_COLUMNS, ACCOUNT_FROM, AccountRecord, toSocialAccountView } from './social-account.view';

type AccountRow = AccountRecord & { sortHandle: string };

@Injectable()
export class AccountQueriesService {
  constructor(private readonly transactions: TenantTransactions) {}

  async get(actor: Actor, payload: AccountIdPayload): Promise<SocialAccountView> {
    authorize(actor, Permission.ReadAccounts);
    return this.transactions.run(actor.scope, async (manager) =>
      toSocialAccountView(await findVisibleAccount(manager, actor.agencyId, payload.id)),
    );
  }

  /**
   * The live (not disconnected) accounts in scope, by network then handle. A `brandId` the caller
   * cannot see (missing, another agency's, outside their brand scope) answers NOT_FOUND; `brandIds`
   * keeps the accounts of those brands, and a brand the caller cannot see simply adds none.
   */
  async list(actor: Actor, payload: ListAccountsPayload): Promise<Page<SocialAccountView>> {
    authorize(actor, Permission.ReadAccounts);
    const first = pageSize(payload);
    const [afterNetwork, afterHandle, afterId] = payload.after
      ? decodeCursor(payload.after, 3)
      : [null, null, null];
    const filters = [actor.agencyId, payload.brandId ?? null, payload.brandIds ?? null];
    const where = `s.agency_id = $1 AND s.disconnected_at IS NULL AND ($2::uuid IS NULL OR s.brand_id = $2)
      AND ($3::uuid[] IS NULL OR s.brand_id = ANY($3::uuid[]))`;

    return this.transactions.run(actor.scope, async (manager) => {
      if (payload.brandId) await findVisibleBrand(manager, actor.agencyId, payload.brandId);
      const rows = await manager.query<AccountRow[]>(
        `SELECT ${ACCOUNT_COLUMNS}, lower(s.handle) AS "sortHandle"
           FROM ${ACCOUNT_FROM}
          WHERE ${where}
            AND ($4::text IS NULL OR (s.network, lower(s.handle), s.id) > ($4::text, $5::text, $6::uuid))
          ORDER BY s.network, lower(s.handle), s.id
          LIMIT $7`,
        [...filters, afterNetwork, afterHandle, afterId, first + 1],
      );
      const [{ count }] = await manager.query<[{ count: number }]>(
        `SELECT count(*)::int AS count FROM clients.social_accounts s WHERE ${where}`,
        filters,
      );
      const page = pageOf(rows, first, (row) => encodeCursor([row.network, row.sortHandle, row.id]), count);
      return { ...page, items: page.items.map(toSocialAccountView) };
    });
  }
}
