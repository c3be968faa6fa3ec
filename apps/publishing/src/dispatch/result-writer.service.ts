import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { PublicationStatus } from '@relais/contracts';
import { TenantTransactions } from '@relais/server-database';
import { EntityManager } from 'typeorm';
import { PublicationRow } from '../publications/publication';
import {
  AttemptUpdate,
  deferPendingOfBlockedAccounts,
  finishAttempts,
  lockHeldPublications,
  OutcomeUpdate,
  writeOutcomes,
} from '../publications/publication.repository';
import { Settlement } from '../publications/settlement.service';
import { lockSchedules } from '../schedules/schedule.repository';
import { AccountLimit, recordAccountLimits } from './account-limit.repository';
import { DispatchMetrics } from './dispatch-metrics';
import { DispatchResult } from './dispatch-result';

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

function rowUpdate(result: DispatchResult): OutcomeUpdate {
  const failure =
    result.kind === 'failed' || result.kind === 'retry'
      ? {
          failure_code: result.code,
          failure_message: result.message,
          network_message: result.networkMessage,
          failed_step: result.step ?? null,
        }
      : result.kind === 'published'
        ? { failure_code: null, failure_message: null, network_message: null, failed_step: null }
        : {
            failure_code: result.row.failure_code,
            failure_message: result.row.failure_message,
            network_message: result.row.network_message,
            failed_step: result.row.failed_step,
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

function attemptUpdate(result: DispatchResult): AttemptUpdate {
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
    const schedules = await lockSchedules(
      manager,
      results.filter((r) => r.kind === 'published' || r.kind === 'failed').map((r) => r.row.post_id),
    );
    await lockHeldPublications(
      manager,
      results.map((r) => r.row.id),
      worker,
    );
    const updated = await writeOutcomes(manager, worker, results.map(rowUpdate));
    await finishAttempts(manager, results.filter((r) => r.attempt !== null).map(attemptUpdate));
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
    const limits = new Map<string, AccountLimit>();
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
    await recordAccountLimits(manager, values);
    const blocked = values.filter((limit) => limit.blocked_until);
    if (blocked.length > 0) await deferPendingOfBlockedAccounts(manager, blocked);
  }
}
