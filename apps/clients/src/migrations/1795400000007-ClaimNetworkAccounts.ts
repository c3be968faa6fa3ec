import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, enableTenantRls, grantAppAccess } from '@relais/server-database';

/** The server part of a network account's identity: its instance on Mastodon, nothing elsewhere. */
const SERVER_OF = `CASE WHEN s.network = 'mastodon' THEN lower(coalesce(s.instance_url, '')) ELSE '' END`;
const CREDENTIAL_COLUMNS = 'credentials_ciphertext, credentials_iv, credentials_tag, credentials_key_id';

/**
 * A network account belongs to one agency at a time, and within it to one brand unless shared on purpose.
 *
 * - `account_claims`: which agency holds each network account (network, server, id on the network).
 *   No tenant row-level security and no privileges for the app role: it is reached only through
 *   `claim_network_account` and `release_network_account` (SECURITY DEFINER), which act for the
 *   transaction's tenant only. The primary key refuses a second agency even though that agency can
 *   never see the row, and the claim row's lock serialises concurrent connects of one account.
 * - `account_connections`: the agency's grant on a network account, with its one set of encrypted
 *   credentials (bound to the connection's id). Each brand using it has its `social_accounts` row
 *   pointing at it; a shared account is two such rows on one connection.
 *
 * Existing live accounts become connections of their own id (so their ciphertexts still decrypt);
 * brands of one agency that had the same account become a shared account. The migration stops when
 * two agencies had the same account: an operator must disconnect one of them first.
 */
export class ClaimNetworkAccounts1795400000007 implements MigrationInterface {
  name = 'ClaimNetworkAccounts1795400000007';

  async up(qr: QueryRunner): Promise<void> {
    // The owner is subject to row-level security too (FORCE): lifted while rows are moved.
    await qr.query(`ALTER TABLE clients.social_accounts NO FORCE ROW LEVEL SECURITY`);
    const [{ contested }] = (await qr.query(`
      SELECT count(*)::int AS contested FROM (
        SELECT 1 FROM clients.social_accounts s WHERE s.disconnected_at IS NULL
         GROUP BY s.network, ${SERVER_OF}, s.external_id HAVING count(DISTINCT s.agency_id) > 1) c`)) as [
      { contested: number },
    ];
    if (contested > 0) {
      throw new Error(
        `${contested} network account(s) are connected by more than one agency; disconnect all but one ` +
          'connection of each (clients.social_accounts) before running this migration',
      );
    }

    await qr.query(`
      CREATE TABLE clients.account_claims (
        network text NOT NULL,
        server text NOT NULL,
        external_id text NOT NULL,
        agency_id uuid NOT NULL REFERENCES clients.agencies (id) ON DELETE CASCADE,
        claimed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (network, server, external_id)
      )`);
    // Not forced: only its owner (the functions below) reads and writes it; nobody else has a policy.
    await qr.query(`ALTER TABLE clients.account_claims ENABLE ROW LEVEL SECURITY`);
    await qr.query(`REVOKE ALL ON clients.account_claims FROM ${APP_ROLE}`);

    await qr.query(`
      CREATE TABLE clients.account_connections (
        id uuid PRIMARY KEY,
        agency_id uuid NOT NULL REFERENCES clients.agencies (id) ON DELETE CASCADE,
        network text NOT NULL,
        server text NOT NULL,
        external_id text NOT NULL,
        credentials_ciphertext bytea NOT NULL,
        credentials_iv bytea NOT NULL,
        credentials_tag bytea NOT NULL,
        credentials_key_id text NOT NULL,
        token_expires_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT account_connections_agency_id_key UNIQUE (agency_id, id),
        CONSTRAINT account_connections_account_key UNIQUE (agency_id, network, server, external_id)
      )`);
    await qr.query(`
      INSERT INTO clients.account_connections
             (id, agency_id, network, server, external_id, ${CREDENTIAL_COLUMNS}, token_expires_at, created_at, updated_at)
      SELECT DISTINCT ON (s.agency_id, s.network, ${SERVER_OF}, s.external_id)
             s.id, s.agency_id, s.network, ${SERVER_OF}, s.external_id, ${CREDENTIAL_COLUMNS.split(', ')
               .map((column) => `s.${column}`)
               .join(', ')}, s.token_expires_at, s.connected_at, s.updated_at
        FROM clients.social_accounts s
       WHERE s.disconnected_at IS NULL
       ORDER BY s.agency_id, s.network, ${SERVER_OF}, s.external_id, s.updated_at DESC, s.id`);

    await qr.query(`
      ALTER TABLE clients.social_accounts
        ADD COLUMN connection_id uuid,
        ADD COLUMN shared boolean NOT NULL DEFAULT false`);
    await qr.query(`
      UPDATE clients.social_accounts s SET connection_id = c.id
        FROM clients.account_connections c
       WHERE s.disconnected_at IS NULL AND c.agency_id = s.agency_id AND c.network = s.network
         AND c.server = ${SERVER_OF} AND c.external_id = s.external_id`);
    await qr.query(`
      UPDATE clients.social_accounts SET shared = true
       WHERE connection_id IN (SELECT connection_id FROM clients.social_accounts
                                WHERE connection_id IS NOT NULL GROUP BY connection_id HAVING count(*) > 1)`);
    await qr.query(`
      INSERT INTO clients.account_claims (network, server, external_id, agency_id)
      SELECT network, server, external_id, agency_id FROM clients.account_connections`);

    await qr.query(`ALTER TABLE clients.social_accounts DROP CONSTRAINT social_accounts_credentials_check`);
    await qr.query(`DROP INDEX clients.social_accounts_live_key`);
    await qr.query(`
      ALTER TABLE clients.social_accounts
        DROP COLUMN credentials_ciphertext, DROP COLUMN credentials_iv, DROP COLUMN credentials_tag,
        DROP COLUMN credentials_key_id, DROP COLUMN token_expires_at,
        ADD CONSTRAINT social_accounts_connection_fkey FOREIGN KEY (agency_id, connection_id)
          REFERENCES clients.account_connections (agency_id, id),
        ADD CONSTRAINT social_accounts_connection_check CHECK ((disconnected_at IS NULL) = (connection_id IS NOT NULL))`);
    await qr.query(`
      CREATE UNIQUE INDEX social_accounts_live_key ON clients.social_accounts (brand_id, connection_id)
        WHERE connection_id IS NOT NULL`);
    await qr.query(`
      CREATE INDEX social_accounts_connection_idx ON clients.social_accounts (agency_id, connection_id)
        WHERE connection_id IS NOT NULL`);
    await qr.query(`ALTER TABLE clients.social_accounts FORCE ROW LEVEL SECURITY`);
    // The agency's, whatever the caller's brand scope: a shared connection serves several brands.
    await enableTenantRls(qr, 'clients.account_connections');
    await grantAppAccess(qr, 'clients.account_connections');

    await qr.query(`
      CREATE FUNCTION clients.claim_network_account(p_network text, p_server text, p_external_id text)
        RETURNS boolean
        LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
      AS $$
      DECLARE
        v_agency uuid := nullif(current_setting('app.agency_id', true), '')::uuid;
        v_holder uuid;
      BEGIN
        IF v_agency IS NULL THEN
          RAISE EXCEPTION 'claim_network_account needs a tenant (app.agency_id)';
        END IF;
        -- Inserts the claim, or locks the existing one until the transaction ends (one connect at a time).
        INSERT INTO clients.account_claims AS c (network, server, external_id, agency_id)
        VALUES (p_network, p_server, p_external_id, v_agency)
        ON CONFLICT (network, server, external_id) DO UPDATE SET agency_id = c.agency_id
        RETURNING c.agency_id INTO v_holder;
        RETURN v_holder = v_agency;
      END $$`);
    await qr.query(`
      CREATE FUNCTION clients.release_network_account(p_network text, p_server text, p_external_id text)
        RETURNS void
        LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
      AS $$
        DELETE FROM clients.account_claims
         WHERE network = p_network AND server = p_server AND external_id = p_external_id
           AND agency_id = nullif(current_setting('app.agency_id', true), '')::uuid
      $$`);
    for (const signature of [
      'claim_network_account(text, text, text)',
      'release_network_account(text, text, text)',
    ]) {
      await qr.query(`REVOKE ALL ON FUNCTION clients.${signature} FROM PUBLIC`);
      await qr.query(`GRANT EXECUTE ON FUNCTION clients.${signature} TO ${APP_ROLE}`);
    }
  }

  /** Back to credentials on each account: a brand's account that shared another's credentials is disconnected. */
  async down(qr: QueryRunner): Promise<void> {
    await qr.query(`DROP FUNCTION clients.release_network_account(text, text, text)`);
    await qr.query(`DROP FUNCTION clients.claim_network_account(text, text, text)`);
    await qr.query(`ALTER TABLE clients.social_accounts NO FORCE ROW LEVEL SECURITY`);
    await qr.query(`ALTER TABLE clients.account_connections NO FORCE ROW LEVEL SECURITY`);
    await qr.query(`DROP INDEX clients.social_accounts_connection_idx`);
    await qr.query(`DROP INDEX clients.social_accounts_live_key`);
    await qr.query(`
      ALTER TABLE clients.social_accounts
        DROP CONSTRAINT social_accounts_connection_check,
        ADD COLUMN credentials_ciphertext bytea, ADD COLUMN credentials_iv bytea,
        ADD COLUMN credentials_tag bytea, ADD COLUMN credentials_key_id text,
        ADD COLUMN token_expires_at timestamptz`);
    await qr.query(`
      UPDATE clients.social_accounts s
         SET credentials_ciphertext = c.credentials_ciphertext, credentials_iv = c.credentials_iv,
             credentials_tag = c.credentials_tag, credentials_key_id = c.credentials_key_id,
             token_expires_at = c.token_expires_at
        FROM clients.account_connections c WHERE c.id = s.connection_id AND c.id = s.id`);
    await qr.query(`
      UPDATE clients.social_accounts
         SET status = 'disconnected', disconnected_at = now(), updated_at = now()
       WHERE connection_id IS NOT NULL AND connection_id <> id`);
    await qr.query(`
      ALTER TABLE clients.social_accounts
        DROP CONSTRAINT social_accounts_connection_fkey, DROP COLUMN connection_id, DROP COLUMN shared,
        ADD CONSTRAINT social_accounts_credentials_check CHECK (
          status = 'disconnected' OR (credentials_ciphertext IS NOT NULL AND credentials_iv IS NOT NULL
                                     AND credentials_tag IS NOT NULL AND credentials_key_id IS NOT NULL))`);
    await qr.query(`
      CREATE UNIQUE INDEX social_accounts_live_key ON clients.social_accounts (brand_id, network, external_id)
        WHERE disconnected_at IS NULL`);
    await qr.query(`ALTER TABLE clients.social_accounts FORCE ROW LEVEL SECURITY`);
    await qr.query(`DROP TABLE clients.account_connections`);
    await qr.query(`DROP TABLE clients.account_claims`);
  }
}
