import { SocialAccountView } from '@relais/contracts';
import { isoOrNull } from '@relais/server-database';
import { SocialAccountEntity } from './social-account.entity';

/** An account with its connection's token expiry (null once disconnected). */
export type AccountRecord = SocialAccountEntity & { tokenExpiresAt: Date | null };

/** The account as callers see it: never its credentials. */
export function toSocialAccountView(account: AccountRecord): SocialAccountView {
  return {
    id: account.id,
    brandId: account.brandId,
    network: account.network,
    handle: account.handle,
    externalId: account.externalId,
    displayName: account.displayName,
    instanceUrl: account.instanceUrl,
    status: account.status,
    statusReason: account.statusReason,
    tokenExpiresAt: isoOrNull(account.tokenExpiresAt),
    shared: account.shared,
    connectedAt: account.connectedAt.toISOString(),
    updatedAt: account.updatedAt.toISOString(),
  };
}

/**
 * Account columns under the entity's property names, with the connection's token expiry, never the
 * credentials: `FROM clients.social_accounts s LEFT JOIN clients.account_connections c ON c.id = s.connection_id`.
 */
export const ACCOUNT_COLUMNS = `s.id, s.agency_id AS "agencyId", s.brand_id AS "brandId", s.network, s.handle,
  s.external_id AS "externalId", s.display_name AS "displayName", s.instance_url AS "instanceUrl",
  c.token_expires_at AS "tokenExpiresAt", s.status, s.status_reason AS "statusReason",
  s.connected_at AS "connectedAt", s.updated_at AS "updatedAt", s.disconnected_at AS "disconnectedAt",
  s.connection_id AS "connectionId", s.shared`;

export const ACCOUNT_FROM = `clients.social_accounts s LEFT JOIN clients.account_connections c ON c.id = s.connection_id`;
