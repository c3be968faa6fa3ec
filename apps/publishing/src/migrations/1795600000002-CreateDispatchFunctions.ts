import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '@relais/server-database';

const DEFINER = 'SECURITY DEFINER SET search_path = pg_catalog, pg_temp';

/**
 * The dispatcher's narrow cross-agency entry points (every other read and write runs in a tenant
 * transaction): claim due publications under a lease (first moving those of accounts a network
 * asked to wait to the reset), move claimed ones to sending (a cancel that
 * landed meanwhile wins), take over expired leases, say when work is due next, claim token refreshes.
 * Each is the owner's, with a fixed search_path, executable by the app role only.
 */
const FUNCTIONS: { signature: string; body: string }[] = [
  {
    signature:
      'publishing.claim_due(p_worker text, p_horizon_ms integer, p_lease_seconds integer, p_limit integer)',
    body: `RETURNS SETOF publishing.publications LANGUAGE plpgsql VOLATILE ${DEFINER} AS $$
      BEGIN
        -- An account a network asked to wait (a 429 or a spent budget, seen by whichever replica):
        -- its work due meanwhile moves to the reset instead of being sent into another refusal.
        UPDATE publishing.publications p
           SET next_attempt_at = l.blocked_until, updated_at = now()
          FROM publishing.account_limits l
         WHERE p.id IN (
           SELECT q.id FROM publishing.publications q
             JOIN publishing.account_limits b ON b.account_id = q.account_id
            WHERE b.blocked_until > now()
              AND q.status = 'pending'
              AND q.next_attempt_at < b.blocked_until
              AND q.next_attempt_at <= now() + make_interval(secs => p_horizon_ms / 1000.0)
            FOR UPDATE OF q SKIP LOCKED)
           AND l.account_id = p.account_id
           AND p.status = 'pending';
        RETURN QUERY
        UPDATE publishing.publications p
           SET status = 'claimed', lease_owner = p_worker,
               lease_until = greatest(now(), p.next_attempt_at) + make_interval(secs => p_lease_seconds),
               updated_at = now()
         WHERE p.id IN (
           SELECT q.id FROM publishing.publications q
            WHERE q.status = 'pending'
              AND q.next_attempt_at <= now() + make_interval(secs => p_horizon_ms / 1000.0)
            ORDER BY q.next_attempt_at
            LIMIT p_limit
            FOR UPDATE SKIP LOCKED)
           AND p.status = 'pending'
        RETURNING p.*;
      END
    $$`,
  },
  {
    signature: 'publishing.start_sending(p_worker text, p_ids uuid[], p_lease_seconds integer)',
    body: `RETURNS TABLE (id uuid, attempt integer) LANGUAGE sql VOLATILE ${DEFINER} AS $$
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
    $$`,
  },
  {
    signature: 'publishing.take_expired(p_worker text, p_lease_seconds integer, p_limit integer)',
    body: `RETURNS SETOF publishing.publications LANGUAGE plpgsql VOLATILE ${DEFINER} AS $$
      BEGIN
        -- Claimed but never sent: simply due again.
        UPDATE publishing.publications p
           SET status = 'pending', lease_owner = NULL, lease_until = NULL, updated_at = now()
         WHERE p.id IN (SELECT q.id FROM publishing.publications q
                         WHERE q.status = 'claimed' AND q.lease_until < now()
                         LIMIT p_limit FOR UPDATE SKIP LOCKED);
        -- Possibly sent: this worker reconciles them.
        RETURN QUERY
        UPDATE publishing.publications p
           SET status = 'unknown', lease_owner = p_worker,
               lease_until = now() + make_interval(secs => p_lease_seconds), updated_at = now()
         WHERE p.id IN (SELECT q.id FROM publishing.publications q
                         WHERE q.status IN ('sending', 'unknown') AND q.lease_until < now()
                         LIMIT p_limit FOR UPDATE SKIP LOCKED)
        RETURNING p.*;
      END
    $$`,
  },
  {
    signature: 'publishing.next_due_at()',
    body: `RETURNS timestamptz LANGUAGE sql STABLE ${DEFINER} AS $$
      SELECT least(
        (SELECT min(next_attempt_at) FROM publishing.publications WHERE status = 'pending'),
        (SELECT min(lease_until) FROM publishing.publications WHERE status IN ('claimed', 'sending', 'unknown')),
        (SELECT min(due_at) FROM publishing.token_refreshes WHERE status = 'scheduled'),
        (SELECT min(lease_until) FROM publishing.token_refreshes WHERE status = 'running'))
    $$`,
  },
  {
    signature: 'publishing.accounts_due_within(p_horizon_ms integer, p_limit integer)',
    body: `RETURNS TABLE (agency_id uuid, account_id uuid) LANGUAGE sql STABLE ${DEFINER} AS $$
      SELECT DISTINCT p.agency_id, p.account_id FROM publishing.publications p
       WHERE p.status = 'pending'
         AND p.next_attempt_at <= now() + make_interval(secs => p_horizon_ms / 1000.0)
       LIMIT p_limit
    $$`,
  },
  {
    signature: 'publishing.claim_token_refreshes(p_worker text, p_lease_seconds integer, p_limit integer)',
    body: `RETURNS SETOF publishing.token_refreshes LANGUAGE sql VOLATILE ${DEFINER} AS $$
      UPDATE publishing.token_refreshes t
         SET status = 'running', lease_owner = p_worker,
             lease_until = now() + make_interval(secs => p_lease_seconds), updated_at = now()
       WHERE t.account_id IN (
         SELECT r.account_id FROM publishing.token_refreshes r
          WHERE (r.status = 'scheduled' AND r.due_at <= now())
             OR (r.status = 'running' AND r.lease_until < now())
          LIMIT p_limit FOR UPDATE SKIP LOCKED)
      RETURNING t.*
    $$`,
  },
];

export class CreateDispatchFunctions1795600000002 implements MigrationInterface {
  name = 'CreateDispatchFunctions1795600000002';

  async up(qr: QueryRunner): Promise<void> {
    for (const fn of FUNCTIONS) {
      await qr.query(`CREATE FUNCTION ${fn.signature} ${fn.body}`);
      const ref = refOf(fn.signature);
      await qr.query(`REVOKE ALL ON FUNCTION ${ref} FROM PUBLIC`);
      await qr.query(`GRANT EXECUTE ON FUNCTION ${ref} TO ${APP_ROLE}`);
    }
  }

  async down(qr: QueryRunner): Promise<void> {
    for (const fn of [...FUNCTIONS].reverse()) await qr.query(`DROP FUNCTION ${refOf(fn.signature)}`);
  }
}

/** `name(p_a text, p_b integer)` → `name(text, integer)`. */
function refOf(signature: string): string {
  const [name, args] = signature.split('(');
  const types = args
    .replace(')', '')
    .split(',')
    .map((arg) => arg.trim().split(/\s+/)[1])
    .filter(Boolean);
  return `${name}(${types.join(', ')})`;
}
