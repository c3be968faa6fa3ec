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
