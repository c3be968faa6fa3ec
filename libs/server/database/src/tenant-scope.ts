import { Envelope } from '@relais/contracts';
import { unauthenticated } from '@relais/server-errors';

/**
 * The tenant a query runs for. Anything that reads tenant-owned rows takes one (or the manager of
 * `TenantTransactions.run`), never a bare agency id. `brandIds` null = every brand of the agency.
 */
export type TenantScope = {
  readonly agencyId: string;
  readonly userId: string | null;
  readonly brandIds: readonly string[] | null;
};

export function tenantScope(envelope: Envelope): TenantScope {
  if (!envelope.agencyId) throw unauthenticated('Sign in to an agency to continue');
  return Object.freeze({
    agencyId: envelope.agencyId,
    userId: envelope.userId ?? null,
    brandIds: envelope.brandIds ? Object.freeze([...envelope.brandIds]) : null,
  });
}

/** The `app.brand_ids` setting: `*` for every brand, else the ids joined by commas. */
export function brandIdsSetting(brandIds: readonly string[] | null): string {
  return brandIds === null ? '*' : brandIds.join(',');
}
