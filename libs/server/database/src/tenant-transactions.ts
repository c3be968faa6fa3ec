import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { brandIdsSetting, TenantScope } from './tenant-scope';

/** Sets the row-level security variables for the current transaction only (`is_local` = true). */
export const SET_TENANT_SQL =
  "select set_config('app.agency_id', $1, true), set_config('app.user_id', $2, true), " +
  "set_config('app.brand_ids', $3, true)";

/**
 * Transactions with the tenant set for row-level security. Every query on tenant tables goes
 * through `run`; the database then refuses rows of other agencies (and of brands out of scope).
 */
@Injectable()
export class TenantTransactions {
  constructor(private readonly dataSource: DataSource) {}

  run<T>(scope: TenantScope, fn: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.withSettings([scope.agencyId, scope.userId ?? '', brandIdsSetting(scope.brandIds)], fn);
  }

  /** Only the acting user is known (their own memberships across agencies, before choosing one). */
  runForUser<T>(userId: string, fn: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.withSettings(['', userId, ''], fn);
  }

  /** No tenant at all: for system tables and SECURITY DEFINER functions only. */
  runSystem<T>(fn: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(fn);
  }

  private withSettings<T>(settings: string[], fn: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(SET_TENANT_SQL, settings);
      return fn(manager);
    });
  }
}
