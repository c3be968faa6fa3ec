import { Injectable } from '@nestjs/common';
import { Network } from '@relais/contracts';
import { DataSource } from 'typeorm';

export interface ClaimedDelivery {
  id: string;
  network: Network;
  payload: unknown;
  attempts: number;
}

export interface SourceOnNetwork {
  account_id: string;
  agency_id: string;
  brand_id: string;
  external_id: string;
}

/**
 * `listening.webhook_deliveries`: deliveries kept as received, then read. The service's own table
 * (no agency yet); the accounts of a page are found across agencies through `sources_on_network`.
 */
@Injectable()
export class WebhookDeliveryRepository {
  constructor(private readonly dataSource: DataSource) {}

  async add(network: Network, payload: unknown): Promise<string> {
    const rows = await this.dataSource.query<{ id: string }[]>(
      `INSERT INTO listening.webhook_deliveries (network, payload) VALUES ($1, $2) RETURNING id`,
      [network, JSON.stringify(payload)],
    );
    return String(rows[0]?.id);
  }

  /** Pending deliveries due now, oldest first, each taken by one replica (claimed for `leaseSeconds`). */
  claim(limit: number, leaseSeconds: number): Promise<ClaimedDelivery[]> {
    return this.dataSource.query<ClaimedDelivery[]>(
      // A CTE, so that the driver answers the rows (an UPDATE alone answers [rows, count]).
      `WITH claimed AS (
         UPDATE listening.webhook_deliveries d
            SET attempts = attempts + 1, next_attempt_at = now() + make_interval(secs => $2)
          WHERE d.id IN (
            SELECT id FROM listening.webhook_deliveries
             WHERE status = 'pending' AND next_attempt_at <= now()
             ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED)
          RETURNING d.id::text AS id, d.network, d.payload, d.attempts)
       SELECT * FROM claimed ORDER BY id::bigint`,
      [limit, leaseSeconds],
    );
  }

  async done(id: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE listening.webhook_deliveries SET status = 'done', processed_at = now(), last_error = NULL WHERE id = $1`,
      [id],
    );
  }

  /** Tried again in `retryInMs`, or kept as failed (for a person to look at) when `final`. */
  async failed(id: string, error: string, retryInMs: number, final: boolean): Promise<void> {
    await this.dataSource.query(
      `UPDATE listening.webhook_deliveries
          SET status = CASE WHEN $4 THEN 'failed' ELSE 'pending' END, last_error = $2,
              next_attempt_at = now() + make_interval(secs => $3)
        WHERE id = $1`,
      [id, error.slice(0, 1000), retryInMs / 1000, final],
    );
  }

  sourcesOnNetwork(network: Network, externalIds: string[]): Promise<SourceOnNetwork[]> {
    return this.dataSource.query<SourceOnNetwork[]>(
      `SELECT * FROM listening.sources_on_network($1, $2::text[])`,
      [network, externalIds],
    );
  }
}
