import { Network } from '@relais/contracts';
import { EntityManager } from 'typeorm';

export type SourceStatus = 'active' | 'needs_reconnection' | 'disconnected';

/**
 * What is polled for an account, each surface with its own cursor: what the account is told
 * (notifications, mentions) and its direct messages, where a listener reads them. Facebook pages are
 * heard through their webhooks; LinkedIn is not read yet: neither has a surface to poll, so no poll
 * fails for want of a reader.
 */
export const SURFACES: Record<Network, readonly string[]> = {
  [Network.Mastodon]: ['notifications', 'conversations'],
  [Network.Bluesky]: ['notifications'],
  [Network.FacebookPage]: [],
  [Network.LinkedIn]: [],
  [Network.X]: ['mentions', 'messages'],
};

/**
 * Records the account's state from a clients event, unless a later event was applied already, and
 * makes sure each of its network's surfaces has a cursor row. Resolves with whether it applied.
 */
export async function applySource(
  manager: EntityManager,
  source: {
    accountId: string;
    brandId: string;
    network: Network;
    externalId: string | null;
    status: SourceStatus;
    occurredAt: Date;
  },
): Promise<boolean> {
  const rows = await manager.query<{ account_id: string }[]>(
    `INSERT INTO listening.sources (account_id, agency_id, brand_id, network, status, applied_event_at, external_id)
     VALUES ($1, current_setting('app.agency_id')::uuid, $2, $3, $4, $5, $6)
     ON CONFLICT (account_id) DO UPDATE SET
            brand_id = EXCLUDED.brand_id, network = EXCLUDED.network, status = EXCLUDED.status,
            applied_event_at = EXCLUDED.applied_event_at, updated_at = now(),
            external_id = coalesce(EXCLUDED.external_id, listening.sources.external_id)
      WHERE listening.sources.applied_event_at <= EXCLUDED.applied_event_at
     RETURNING account_id`,
    [source.accountId, source.brandId, source.network, source.status, source.occurredAt, source.externalId],
  );
  if (rows.length === 0) return false;
  await manager.query(
    `INSERT INTO listening.source_cursors (account_id, surface, agency_id, brand_id)
     SELECT $1, surface, current_setting('app.agency_id')::uuid, $2 FROM unnest($3::text[]) AS surface
     ON CONFLICT (account_id, surface) DO NOTHING`,
    [source.accountId, source.brandId, [...SURFACES[source.network]]],
  );
  return true;
}
