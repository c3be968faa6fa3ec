import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '@relais/server-database';

/**
 * The only ways to reach identity rows before a tenant is known. Each function answers one narrow
 * question, runs as the tables' owner (SECURITY DEFINER, fixed search_path) and is executable by the
 * application role only; the rows it leads to are then read in a normal tenant or user transaction.
 */
export class AddAuthLookupFunctions1795400000005 implements MigrationInterface {
  name = 'AddAuthLookupFunctions1795400000005';

  async up(qr: QueryRunner): Promise<void> {
    await qr.query(`
      CREATE FUNCTION clients.find_user_for_sign_in(p_email text)
        RETURNS TABLE (id uuid, password_hash text)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
      AS $$ SELECT u.id, u.password_hash FROM clients.users u WHERE lower(u.email) = lower(p_email) $$`);

    await qr.query(`
      CREATE FUNCTION clients.find_session_owner(p_session_id uuid)
        RETURNS TABLE (user_id uuid, agency_id uuid)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
      AS $$ SELECT s.user_id, s.agency_id FROM clients.sessions s WHERE s.id = p_session_id $$`);

    await qr.query(`
      CREATE FUNCTION clients.find_invitation_agency(p_token_hash bytea)
        RETURNS uuid
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
      AS $$ SELECT i.agency_id FROM clients.invitations i WHERE i.token_hash = p_token_hash $$`);

    await qr.query(`
      CREATE FUNCTION clients.agency_slugs_like(p_pattern text)
        RETURNS SETOF text
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
      AS $$ SELECT a.slug FROM clients.agencies a WHERE a.slug LIKE p_pattern $$`);

    for (const signature of [
      'find_user_for_sign_in(text)',
      'find_session_owner(uuid)',
      'find_invitation_agency(bytea)',
      'agency_slugs_like(text)',
    ]) {
      await qr.query(`REVOKE ALL ON FUNCTION clients.${signature} FROM PUBLIC`);
      await qr.query(`GRANT EXECUTE ON FUNCTION clients.${signature} TO ${APP_ROLE}`);
    }
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query(`DROP FUNCTION clients.agency_slugs_like(text)`);
    await qr.query(`DROP FUNCTION clients.find_invitation_agency(bytea)`);
    await qr.query(`DROP FUNCTION clients.find_session_owner(uuid)`);
    await qr.query(`DROP FUNCTION clients.find_user_for_sign_in(text)`);
  }
}
