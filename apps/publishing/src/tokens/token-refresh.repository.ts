import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/** A token refresh a worker claimed. */
export interface RefreshRow {
  account_id: string;
  agency_id: string;
  network: string;
  attempts: number;
}

export interface RefreshOutcome {
  status: 'done' | 'failed' | 'scheduled';
  error: string | null;
  retryInMs?: number;
}

/**
 * `publishing.token_refreshes`: each account's next token refresh, as scheduled work. Claiming runs
 * across tenants through `claim_token_refreshes` (`SECURITY DEFINER`); the rest in the caller's
 * tenant transaction.
 */
@Injectable()
export class TokenRefreshRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The refreshes due now, claimed by `worker` under a lease. */
  claimDue(worker: string, leaseSeconds: number, limit: number): Promise<RefreshRow[]> {
    return this.dataSource.query<RefreshRow[]>(`SELECT * FROM publishing.claim_token_refreshes($1, $2, $3)`, [
      worker,
      leaseSeconds,
      limit,
    ]);
  }

  /** The claimed refresh is done, failed for good, or due again later (`retryInMs`). */
  async finish(manager: EntityManager, accountId: string, outcome: RefreshOutcome): Promise<void> {
    await manager.query(
      `UPDATE publishing.token_refreshes
          SET status = $2, last_error = $3, attempts = CASE WHEN $2 = 'done' THEN 0 ELSE attempts + 1 END,
              due_at = CASE WHEN $2 = 'scheduled' THEN now() + make_interval(secs => $4) ELSE due_at END,
              lease_owner = NULL, lease_until = NULL, updated_at = now()
        WHERE account_id = $1 AND status = 'running'`,
      [accountId, outcome.status, outcome.error, (outcome.retryInMs ?? 0) / 1000],
    );
  }

  /** The account's tokens are refreshed at `dueAt`, ahead of `expiresAt` (replacing what was planned). */
  async schedule(
    manager: EntityManager,
    refresh: { accountId: string; brandId: string; network: string; expiresAt: Date; dueAt: Date },
  ): Promise<void> {
    await manager.query(
      `INSERT INTO publishing.token_refreshes (account_id, agency_id, brand_id, network, expires_at, due_at, status)
       VALUES ($1, current_setting('app.agency_id')::uuid, $2, $3, $4, $5, 'scheduled')
       ON CONFLICT (account_id) DO UPDATE SET
              expires_at = EXCLUDED.expires_at, due_at = EXCLUDED.due_at, status = 'scheduled', attempts = 0,
              last_error = NULL, lease_owner = NULL, lease_until = NULL, updated_at = now()`,
      [refresh.accountId, refresh.brandId, refresh.network, refresh.expiresAt, refresh.dueAt],
    );
  }

  /** Nothing more to refresh for the account. */
  async remove(manager: EntityManager, accountId: string): Promise<void> {
    await manager.query(`DELETE FROM publishing.token_refreshes WHERE account_id = $1`, [accountId]);
  }
}
