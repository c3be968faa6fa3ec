import { MigrationInterface, QueryRunner } from 'typeorm';

const DEFINER = 'SECURITY DEFINER SET search_path = pg_catalog, pg_temp';
const SIGNATURE = 'publishing.start_sending(p_worker text, p_ids uuid[], p_lease_seconds integer)';

/**
 * `start_sending` locks its rows in the order of their ids (as every statement changing several
 * publications does: concurrent ones wait for each other, never deadlock), and can be asked again
 * after its answer was lost (a connection cut, the database restarting): rows this worker already
 * moved to `sending` come back with their attempt instead of being left to the lease's expiry.
 */
const RESUMABLE = `RETURNS TABLE (id uuid, attempt integer) LANGUAGE sql VOLATILE ${DEFINER} AS $$
  WITH locked AS (
    SELECT p.id, p.status FROM publishing.publications p
     WHERE p.id = ANY(p_ids) AND p.lease_owner = p_worker AND p.status IN ('claimed', 'sending', 'unknown')
     ORDER BY p.id
     FOR UPDATE
  ), moved AS (
    UPDATE publishing.publications p
       SET status = 'sending', attempts = p.attempts + 1, sending_at = now(),
           lease_until = now() + make_interval(secs => p_lease_seconds), updated_at = now()
      FROM locked l
     WHERE p.id = l.id AND l.status IN ('claimed', 'unknown')
    RETURNING p.id, p.agency_id, p.brand_id, p.attempts
  ), recorded AS (
    INSERT INTO publishing.publish_attempts
           (agency_id, brand_id, publication_id, number, worker, state, started_at, sending_at)
    SELECT m.agency_id, m.brand_id, m.id, m.attempts, p_worker, 'sending', now(), now() FROM moved m
    ON CONFLICT (publication_id, number) DO NOTHING
  )
  SELECT m.id, m.attempts FROM moved m
  UNION ALL
  SELECT p.id, p.attempts FROM publishing.publications p JOIN locked l ON l.id = p.id WHERE l.status = 'sending'
$$`;

const ORIGINAL = `RETURNS TABLE (id uuid, attempt integer) LANGUAGE sql VOLATILE ${DEFINER} AS $$
  WITH moved AS (
    UPDATE publishing.publications p
       SET status = 'sending', attempts = p.attempts + 1, sending_at = now(),
           lease_until = now() + make_interval(secs => p_lease_seconds), updated_at = now()
     WHERE p.id = ANY(p_ids) AND p.status IN ('claimed', 'unknown') AND p.lease_owner = p_worker
    RETURNING p.id, p.agency_id, p.brand_id, p.attempts
  ), recorded AS (
    INSERT INTO publishing.publish_attempts
           (agency_id, brand_id, publication_id, number, worker, state, started_at, sending_at)
    SELECT m.agency_id, m.brand_id, m.id, m.attempts, p_worker, 'sending', now(), now() FROM moved m
    ON CONFLICT (publication_id, number) DO NOTHING
  )
  SELECT m.id, m.attempts FROM moved m
$$`;

export class ResumeStartSending1795600000003 implements MigrationInterface {
  name = 'ResumeStartSending1795600000003';

  async up(qr: QueryRunner): Promise<void> {
    await qr.query(`CREATE OR REPLACE FUNCTION ${SIGNATURE} ${RESUMABLE}`);
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query(`CREATE OR REPLACE FUNCTION ${SIGNATURE} ${ORIGINAL}`);
  }
}
