import { EntityManager } from 'typeorm';
import { AccountCredentialsPayload, AccountStatus } from '@relais/contracts';
import { notFound } from '@relais/server-errors';
import { AccountConnectionEntity } from './account-connection.entity';
import { CredentialsCipher } from './credentials-cipher';
import { sealCredentials } from './sealed-credentials';
import { ACCOUNT_COLUMNS, ACCOUNT_FROM, AccountRecord } from './social-account.view';

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
