import { EntityManager } from 'typeorm';

/** What a network said about one account's budget (ISO instants). */
export interface AccountLimit {
  account_id: string;
  brand_id: string;
  network: string;
  rate_limit: number | null;
  remaining: number | null;
  reset_at: string | null;
  blocked_until: string | null;
}

/**
 * `publishing.account_limits`: each account's budget at its network, in the caller's tenant
 * transaction. Rows are locked in the order of the accounts, by every writer: concurrent batches
 * wait, never deadlock.
 */
export async function recordAccountLimits(manager: EntityManager, values: AccountLimit[]): Promise<void> {
  await manager.query(
    `INSERT INTO publishing.account_limits
            (account_id, agency_id, brand_id, network, rate_limit, remaining, reset_at, blocked_until)
     SELECT r.account_id, current_setting('app.agency_id')::uuid, r.brand_id, r.network, r.rate_limit,
            r.remaining, r.reset_at, r.blocked_until
       FROM jsonb_to_recordset($1::jsonb) AS r(account_id uuid, brand_id uuid, network text,
            rate_limit integer, remaining integer, reset_at timestamptz, blocked_until timestamptz)
      ORDER BY r.account_id
     ON CONFLICT (account_id) DO UPDATE SET
            rate_limit = coalesce(EXCLUDED.rate_limit, account_limits.rate_limit),
            remaining = coalesce(EXCLUDED.remaining, account_limits.remaining),
            reset_at = coalesce(EXCLUDED.reset_at, account_limits.reset_at),
            blocked_until = greatest(EXCLUDED.blocked_until, account_limits.blocked_until),
            updated_at = now()`,
    [JSON.stringify(values)],
  );
}
