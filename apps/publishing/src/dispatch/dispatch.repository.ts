import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PublicationRow } from '../publications/publication';

/**
 * The dispatcher's hot path across tenants: claiming, taking over expired leases and moving batches
 * to `sending` go through the narrow `SECURITY DEFINER` functions of the publishing schema, outside
 * any tenant transaction.
 */
@Injectable()
export class DispatchRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Work whose lease expired, taken over by `worker` (claimed → due again; sending/unknown → reconciled). */
  takeExpired(worker: string, leaseSeconds: number, limit: number): Promise<PublicationRow[]> {
    return this.dataSource.query<PublicationRow[]>(`SELECT * FROM publishing.take_expired($1, $2, $3)`, [
      worker,
      leaseSeconds,
      limit,
    ]);
  }

  /** Publications due within the lookahead, claimed by `worker` under a lease (`FOR UPDATE SKIP LOCKED`). */
  claimDue(
    worker: string,
    lookaheadMs: number,
    leaseSeconds: number,
    limit: number,
  ): Promise<PublicationRow[]> {
    return this.dataSource.query<PublicationRow[]>(`SELECT * FROM publishing.claim_due($1, $2, $3, $4)`, [
      worker,
      lookaheadMs,
      leaseSeconds,
      limit,
    ]);
  }

  /** When work is due next (null: nothing is). */
  async nextDueAt(): Promise<Date | null> {
    const [{ next }] = await this.dataSource.query<{ next: Date | null }[]>(
      `SELECT publishing.next_due_at() AS next`,
    );
    return next;
  }

  /** The accounts with publications due within `withinMs`. */
  accountsDueWithin(withinMs: number, limit: number): Promise<{ agency_id: string; account_id: string }[]> {
    return this.dataSource.query<{ agency_id: string; account_id: string }[]>(
      `SELECT agency_id, account_id FROM publishing.accounts_due_within($1, $2)`,
      [withinMs, limit],
    );
  }

  /**
   * Moves the rows `worker` still holds to `sending`, one attempt each; asked again, returns the rows
   * its lost answer had moved.
   */
  startSending(
    worker: string,
    ids: string[],
    leaseSeconds: number,
  ): Promise<{ id: string; attempt: number }[]> {
    return this.dataSource.query<{ id: string; attempt: number }[]>(
      `SELECT id, attempt FROM publishing.start_sending($1, $2::uuid[], $3)`,
      [worker, ids, leaseSeconds],
    );
  }

  /** Keeps a send under way held by `worker` (false: the publication is no longer its, or not sending). */
  async extendLease(worker: string, id: string, leaseSeconds: number): Promise<boolean> {
    const [row] = await this.dataSource.query<{ extended: boolean | null }[]>(
      `SELECT publishing.extend_lease($1, $2, $3) AS extended`,
      [worker, id, leaseSeconds],
    );
    return row?.extended === true;
  }
}
