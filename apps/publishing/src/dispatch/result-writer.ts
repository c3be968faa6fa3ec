import { updateReturning } from '../publications/update-returning';
import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { PublicationStatus } from '@relais/contracts';
import { TenantTransactions } from '@relais/server-database';
import { EntityManager } from 'typeorm';
import { PublicationRow } from '../publications/publication-row';
import { DispatchMetrics } from './dispatch-metrics';
import { DispatchResult } from './dispatch-result';
import { lockOpenPublications } from './row-locks';
import { Settlement } from './settlement';

const STATUS: Record<DispatchResult['kind'], PublicationStatus> = {
  published: PublicationStatus.Published,
  failed: PublicationStatus.Failed,
  retry: PublicationStatus.Pending,
  unknown: PublicationStatus.Unknown,
  release: PublicationStatus.Pending,
};

const ATTEMPT_STATE: Record<DispatchResult['kind'], string> = {
  published: 'sent',
  failed: 'failed',
  retry: 'failed',
  unknown: 'unknown',
  release: 'failed',
};

function rowUpdate(result: DispatchResult) {
  const failure =
    result.kind === 'failed' || result.kind === 'retry'
      ? { failure_code: result.code, failure_message: result.message, network_message: result.networkMessage }
      : result.kind === 'published'
        ? { failure_code: null, failure_message: null, network_message: null }
        : {
            failure_code: result.row.failure_code,
            failure_message: result.row.failure_message,
            network_message: result.row.network_message,
          };
  return {
    id: result.row.id,
    status: STATUS[result.kind],
    external_id: result.kind === 'published' ? result.externalId : null,
    external_url: result.kind === 'published' ? result.url : null,
    next_attempt_at:
      result.kind === 'retry' || result.kind === 'release' ? result.nextAttemptAt.toISOString() : null,
    ...failure,
  };
}

function attemptUpdate(result: DispatchResult) {
  return {
    publication_id: result.row.id,
    number: result.attempt,
    state: ATTEMPT_STATE[result.kind],
    failure_code: result.kind === 'failed' || result.kind === 'retry' ? result.code : null,
    sent_at: result.sentAt === undefined ? null : new Date(result.sentAt).toISOString(),
    detail:
      result.kind === 'published'
        ? result.detail
        : result.kind === 'failed' || result.kind === 'retry' || result.kind === 'unknown'
          ? result.message
          : null,
  };
}

/**
 * Writes what the dispatcher learnt, one transaction per agency per batch: the publications' new
 * state (only rows this worker still holds), their attempts, the accounts' budgets, then the
 * settlement (tally, next occurrence, outbox events).
 */
@Injectable()
export class ResultWriter {
  private readonly logger = new Logger(ResultWriter.name);

  constructor(
    private readonly transactions: TenantTransactions,
    private readonly settlement: Settlement,
    private readonly metrics: DispatchMetrics,
  ) {}

  async write(worker: string, results: DispatchResult[]): Promise<void> {
    const byAgency = new Map<string, DispatchResult[]>();
    for (const result of results) {
      const list = byAgency.get(result.row.agency_id) ?? [];
      list.push(result);
      byAgency.set(result.row.agency_id, list);
    }
    await Promise.all(
      [...byAgency].map(async ([agencyId, list]) => {
        const scope = { agencyId, userId: null, brandIds: null };
        const settled = await this.transactions.run(scope, (manager) =>
          this.writeAgency(manager, worker, list),
        );
        for (const row of settled) {
          if (row.status === PublicationStatus.Published)
            this.metrics.published.inc({ network: row.network });
          else this.metrics.failed.inc({ network: row.network, code: row.failure_code ?? 'unknown' });
        }
        await this.transactions.run(scope, (manager) => this.recordLimits(manager, list));
      }),
    );
  }

  private async writeAgency(
    manager: EntityManager,
    worker: string,
    results: DispatchResult[],
  ): Promise<PublicationRow[]> {
    const schedules = await Settlement.lockSchedules(
      manager,
      results.filter((r) => r.kind === 'published' || r.kind === 'failed').map((r) => r.row.post_id),
    );
    await lockOpenPublications(
      manager,
      results.map((r) => r.row.id),
      worker,
    );
    const updated = await updateReturning<PublicationRow>(
      manager,
      `UPDATE publishing.publications p
          SET status = r.status,
              external_id = coalesce(r.external_id, p.external_id),
              external_url = coalesce(r.external_url, p.external_url),
              published_at = CASE WHEN r.status = 'published' THEN now() ELSE p.published_at END,
              failure_code = r.failure_code, failure_message = r.failure_message,
              network_message = r.network_message,
              next_attempt_at = coalesce(r.next_attempt_at, p.next_attempt_at),
              lease_owner = CASE WHEN r.status = 'unknown' THEN p.lease_owner END,
              lease_until = CASE WHEN r.status = 'unknown' THEN p.lease_until END,
              updated_at = now()
         FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, status text, external_id text, external_url text,
              next_attempt_at timestamptz, failure_code text, failure_message text, network_message text)
        WHERE p.id = r.id AND p.lease_owner = $2 AND p.status IN ('claimed', 'sending', 'unknown')
        RETURNING p.*`,
      [JSON.stringify(results.map(rowUpdate)), worker],
    );
    const attempts = results.filter((r) => r.attempt !== null).map(attemptUpdate);
    if (attempts.length > 0) {
      await manager.query(
        `UPDATE publishing.publish_attempts a
            SET state = r.state, finished_at = clock_timestamp(), failure_code = r.failure_code, detail = left(r.detail, 1000),
                sending_at = coalesce(r.sent_at, a.sending_at)
           FROM jsonb_to_recordset($1::jsonb) AS r(publication_id uuid, number integer, state text,
                failure_code text, detail text, sent_at timestamptz)
          WHERE a.publication_id = r.publication_id AND a.number = r.number`,
        [JSON.stringify(attempts)],
      );
    }
    if (updated.length < results.length) {
      this.logger.warn(
        `${results.length - updated.length} outcome(s) were not written: the publication was no longer open under this worker's lease`,
      );
    }
    const settled = updated.filter(
      (row) => row.status === PublicationStatus.Published || row.status === PublicationStatus.Failed,
    );
    await this.settlement.settle(manager, settled, schedules, randomUUID());
    return settled;
  }

  /**
   * What the networks said about each account's budget; a block pushes its pending posts back. Its
   * own transaction, after the outcomes: the accounts' rows are shared by every batch, and outcomes
   * must not wait for them.
   */
  private async recordLimits(manager: EntityManager, results: DispatchResult[]): Promise<void> {
    const limits = new Map<string, Record<string, unknown>>();
    for (const result of results) {
      if (!result.rateLimit && !result.blockedUntil) continue;
      limits.set(result.row.account_id, {
        account_id: result.row.account_id,
        brand_id: result.row.brand_id,
        network: result.row.network,
        rate_limit: result.rateLimit?.limit ?? null,
        remaining: result.rateLimit?.remaining ?? null,
        reset_at: result.rateLimit?.resetAt?.toISOString() ?? null,
        blocked_until: result.blockedUntil?.toISOString() ?? null,
      });
    }
    if (limits.size === 0) return;
    const values = [...limits.values()];
    // Rows are locked in the order of the accounts, by every writer: concurrent batches wait, never deadlock.
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
    const blocked = values.filter((limit) => limit.blocked_until);
    if (blocked.length > 0) {
      await manager.query(
        `UPDATE publishing.publications p SET next_attempt_at = r.blocked_until, updated_at = now()
           FROM jsonb_to_recordset($1::jsonb) AS r(account_id uuid, blocked_until timestamptz)
          WHERE p.id IN (SELECT q.id FROM publishing.publications q
                          JOIN jsonb_to_recordset($1::jsonb) AS b(account_id uuid, blocked_until timestamptz)
                            ON q.account_id = b.account_id
                         WHERE q.status = 'pending' AND q.next_attempt_at < b.blocked_until
                         ORDER BY q.id FOR UPDATE OF q)
            AND p.account_id = r.account_id AND p.status = 'pending' AND p.next_attempt_at < r.blocked_until`,
        [JSON.stringify(blocked)],
      );
    }
  }
}
