import { EntityManager } from 'typeorm';
import { NetworkAccountKey } from './network-account';

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
