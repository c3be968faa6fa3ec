import { EntityManager } from 'typeorm';
import { AccountCredentialsPayload, AccountStatus } from '@relais/contracts';
import { notFound } from '@relais/server-errors';
import { AccountConnectionEntity } from './account-connection.entity';
import { CredentialsCipher } from './credentials-cipher';
import { NetworkAccountKey } from './network-account';
import { sealCredentials } from './sealed-credentials';
import { SocialAccountEntity } from './social-account.entity';
import { AccountRecord } from './social-account.view';

/**
 * Account columns under the entity's property names, with the connection's token expiry, never the
 * credentials: `FROM clients.social_accounts s LEFT JOIN clients.account_connections c ON c.id = s.connection_id`.
 */
const ACCOUNT_COLUMNS = `s.id, s.agency_id AS "agencyId", s.brand_id AS "brandId", s.network, s.handle,
  s.external_id AS "externalId", s.display_name AS "displayName", s.instance_url AS "instanceUrl",
  c.token_expires_at AS "tokenExpiresAt", s.status, s.status_reason AS "statusReason",
  s.connected_at AS "connectedAt", s.updated_at AS "updatedAt", s.disconnected_at AS "disconnectedAt",
  s.connection_id AS "connectionId", s.shared`;

const ACCOUNT_FROM = `clients.social_accounts s LEFT JOIN clients.account_connections c ON c.id = s.connection_id`;

const LIST_WHERE = `s.agency_id = $1 AND s.disconnected_at IS NULL AND ($2::uuid IS NULL OR s.brand_id = $2)
  AND ($3::uuid[] IS NULL OR s.brand_id = ANY($3::uuid[]))`;

export type AccountRow = AccountRecord & { sortHandle: string };

export interface AccountFilter {
  brandId: string | null;
  brandIds: readonly string[] | null;
}

/** An account visible to the transaction's scope (agency and brand scope), or NOT_FOUND. */
export async function findVisibleAccount(
  manager: EntityManager,
  agencyId: string,
  id: string,
): Promise<AccountRecord> {
  const [account] = await manager.query<AccountRecord[]>(
    `SELECT ${ACCOUNT_COLUMNS} FROM ${ACCOUNT_FROM} WHERE s.id = $1 AND s.agency_id = $2`,
    [id, agencyId],
  );
  if (!account) throw notFound('social account');
  return account;
}

/**
 * Lifts the brand scope for the rest of the transaction. The rules of one network account span the
 * agency's brands (the brand that already has it, the brands sharing it), whoever acts: call it only
 * once the caller's own brand or account was found in their scope.
 */
export async function widenToAgency(manager: EntityManager): Promise<void> {
  await manager.query(`SELECT set_config('app.brand_ids', '*', true)`);
}

/** The connection, locked until the transaction ends (one change of its credentials at a time). */
export async function lockConnection(manager: EntityManager, id: string): Promise<AccountConnectionEntity> {
  return manager.findOneOrFail(AccountConnectionEntity, {
    where: { id },
    lock: { mode: 'pessimistic_write' },
  });
}

/** Every brand's live account on the connection, the earliest connected first (after `widenToAgency`). */
export function liveAccountsOf(manager: EntityManager, connectionId: string): Promise<AccountRecord[]> {
  return manager.query<AccountRecord[]>(
    `SELECT ${ACCOUNT_COLUMNS} FROM ${ACCOUNT_FROM}
      WHERE s.connection_id = $1 ORDER BY s.connected_at, s.id`,
    [connectionId],
  );
}

/** Replaces the connection's credentials: every brand sharing it uses them at once. */
export async function storeConnectionCredentials(
  manager: EntityManager,
  cipher: CredentialsCipher,
  connectionId: string,
  credentials: AccountCredentialsPayload,
): Promise<void> {
  await manager.update(
    AccountConnectionEntity,
    { id: connectionId },
    { ...sealCredentials(cipher, connectionId, credentials), updatedAt: new Date() },
  );
}

/** The status of every brand's account on the connection (the network accepts or refuses its tokens for all). */
export async function setConnectionStatus(
  manager: EntityManager,
  connectionId: string,
  status: AccountStatus.Connected | AccountStatus.NeedsReconnection,
  reason: string | null,
): Promise<void> {
  await manager.query(
    `UPDATE clients.social_accounts SET status = $2, status_reason = $3, updated_at = now()
      WHERE connection_id = $1`,
    [connectionId, status, reason],
  );
}

/** The live (not disconnected) accounts of the filter, by network then handle (then id), after the cursor. */
export function findLiveAccounts(
  manager: EntityManager,
  agencyId: string,
  filter: AccountFilter,
  after: (string | number)[] | null,
  limit: number,
): Promise<AccountRow[]> {
  const [afterNetwork, afterHandle, afterId] = after ?? [null, null, null];
  return manager.query<AccountRow[]>(
    `SELECT ${ACCOUNT_COLUMNS}, lower(s.handle) AS "sortHandle"
       FROM ${ACCOUNT_FROM}
      WHERE ${LIST_WHERE}
        AND ($4::text IS NULL OR (s.network, lower(s.handle), s.id) > ($4::text, $5::text, $6::uuid))
      ORDER BY s.network, lower(s.handle), s.id
      LIMIT $7`,
    [agencyId, filter.brandId, filter.brandIds, afterNetwork, afterHandle, afterId, limit],
  );
}

export async function countLiveAccounts(
  manager: EntityManager,
  agencyId: string,
  filter: AccountFilter,
): Promise<number> {
  const [{ count }] = await manager.query<[{ count: number }]>(
    `SELECT count(*)::int AS count FROM clients.social_accounts s WHERE ${LIST_WHERE}`,
    [agencyId, filter.brandId, filter.brandIds],
  );
  return count;
}

/** The agency's account created with this idempotency key, if any. */
export async function findAccountByIdempotencyKey(
  manager: EntityManager,
  agencyId: string,
  idempotencyKey: string,
): Promise<AccountRecord | null> {
  const account = await manager.findOneBy(SocialAccountEntity, { agencyId, idempotencyKey });
  return account ? findVisibleAccount(manager, agencyId, account.id) : null;
}

export async function insertAccount(manager: EntityManager, account: SocialAccountEntity): Promise<void> {
  await manager.insert(SocialAccountEntity, account);
}

export async function updateAccount(
  manager: EntityManager,
  id: string,
  changes: Partial<SocialAccountEntity>,
): Promise<void> {
  await manager.update(SocialAccountEntity, { id }, changes);
}

/** Marks every account on the connection as shared. */
export async function markConnectionShared(manager: EntityManager, connectionId: string): Promise<void> {
  await manager.update(SocialAccountEntity, { connectionId }, { shared: true });
}

export function findConnection(manager: EntityManager, id: string): Promise<AccountConnectionEntity> {
  return manager.findOneByOrFail(AccountConnectionEntity, { id });
}

/** The agency's connection to the network account, locked until the transaction ends, if it has one. */
export function lockConnectionOf(
  manager: EntityManager,
  agencyId: string,
  key: NetworkAccountKey,
): Promise<AccountConnectionEntity | null> {
  return manager.findOne(AccountConnectionEntity, {
    where: { agencyId, network: key.network, server: key.server, externalId: key.externalId },
    lock: { mode: 'pessimistic_write' },
  });
}

/** A new connection with its credentials, encrypted and bound to its id. */
export async function insertConnection(
  manager: EntityManager,
  cipher: CredentialsCipher,
  connection: {
    id: string;
    agencyId: string;
    key: NetworkAccountKey;
    credentials: AccountCredentialsPayload;
  },
): Promise<void> {
  const now = new Date();
  await manager.insert(AccountConnectionEntity, {
    id: connection.id,
    agencyId: connection.agencyId,
    network: connection.key.network,
    server: connection.key.server,
    externalId: connection.key.externalId,
    ...sealCredentials(cipher, connection.id, connection.credentials),
    createdAt: now,
    updatedAt: now,
  });
}

/** Erases the connection and its credentials. */
export async function deleteConnection(manager: EntityManager, id: string): Promise<void> {
  await manager.delete(AccountConnectionEntity, { id });
}

/**
 * Claims the network account for the transaction's agency (`clients.claim_network_account`): true when
 * this agency holds it (now or already), false when another agency does. The claim stays locked until
 * the transaction ends, so concurrent connects of one account run one after the other.
 */
export async function claimNetworkAccount(manager: EntityManager, key: NetworkAccountKey): Promise<boolean> {
  const [row] = await manager.query<[{ held: boolean }]>(
    `SELECT clients.claim_network_account($1, $2, $3) AS held`,
    [key.network, key.server, key.externalId],
  );
  return row.held;
}

/** Lets the network account go (its last brand disconnected it): any agency may connect it again. */
export async function releaseNetworkAccount(manager: EntityManager, key: NetworkAccountKey): Promise<void> {
  await manager.query(`SELECT clients.release_network_account($1, $2, $3)`, [
    key.network,
    key.server,
    key.externalId,
  ]);
}

/** The brands in the transaction's scope whose live account is one of these network accounts. */
export function brandsHoldingAccounts(
  manager: EntityManager,
  agencyId: string,
  network: string,
  externalIds: readonly string[],
): Promise<{ externalId: string; brandId: string; brandName: string }[]> {
  return manager.query(
    `SELECT s.external_id AS "externalId", s.brand_id AS "brandId", b.name AS "brandName"
       FROM clients.social_accounts s JOIN clients.brands b ON b.id = s.brand_id
      WHERE s.agency_id = $1 AND s.network = $2 AND s.external_id = ANY($3::text[])
        AND s.disconnected_at IS NULL
      ORDER BY s.connected_at, s.id`,
    [agencyId, network, externalIds],
  );
}

/** The brand's live accounts (network, handle, status), for what a connect link shows. */
export function liveAccountsOfBrand(
  manager: EntityManager,
  agencyId: string,
  brandId: string,
): Promise<{ network: string; handle: string; status: string }[]> {
  return manager.query(
    `SELECT network, handle, status FROM clients.social_accounts
      WHERE agency_id = $1 AND brand_id = $2 AND disconnected_at IS NULL ORDER BY network, lower(handle), id`,
    [agencyId, brandId],
  );
}
