import { Injectable } from '@nestjs/common';
import { Network } from '@relais/contracts';
import { DataSource, EntityManager } from 'typeorm';

/** A surface of an account a replica claimed for polling. */
export interface ClaimedCursor {
  account_id: string;
  surface: string;
  agency_id: string;
  brand_id: string;
  network: Network;
  cursor: string | null;
  failures: number;
}

/**
 * `listening.source_cursors`: where each surface's polling stands. Claiming runs across agencies
 * through `claim_due_cursors` (`SECURITY DEFINER`); the outcome is written in the tenant's own
 * transaction, with the items the poll stored.
 */
@Injectable()
export class CursorRepository {
  constructor(private readonly dataSource: DataSource) {}

  claimDue(worker: string, leaseSeconds: number, limit: number): Promise<ClaimedCursor[]> {
    return this.dataSource.query<ClaimedCursor[]>(`SELECT * FROM listening.claim_due_cursors($1, $2, $3)`, [
      worker,
      leaseSeconds,
      limit,
    ]);
  }
}

/** The poll answered: the cursor moves on and the surface is due again in `nextInMs`. */
export async function advanceCursor(
  manager: EntityManager,
  claimed: { accountId: string; surface: string; worker: string },
  cursor: string | null,
  nextInMs: number,
): Promise<void> {
  await manager.query(
    `UPDATE listening.source_cursors
        SET cursor = $4, polled_at = now(), failures = 0, last_error = NULL,
            next_poll_at = now() + make_interval(secs => $5), lease_owner = NULL, lease_until = NULL
      WHERE account_id = $1 AND surface = $2 AND lease_owner = $3`,
    [claimed.accountId, claimed.surface, claimed.worker, cursor, nextInMs / 1000],
  );
}

/** The poll failed: the cursor stays where it was, the surface is tried again in `retryInMs`. */
export async function recordPollFailure(
  manager: EntityManager,
  claimed: { accountId: string; surface: string; worker: string },
  error: string,
  retryInMs: number,
): Promise<void> {
  await manager.query(
    `UPDATE listening.source_cursors
        SET failures = failures + 1, last_error = $4, polled_at = now(),
            next_poll_at = now() + make_interval(secs => $5), lease_owner = NULL, lease_until = NULL
      WHERE account_id = $1 AND surface = $2 AND lease_owner = $3`,
    [claimed.accountId, claimed.surface, claimed.worker, error.slice(0, 1000), retryInMs / 1000],
  );
}
