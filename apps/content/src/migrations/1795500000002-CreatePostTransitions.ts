import { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls, grantAppAccess } from '@relais/server-database';

const POST_STATUSES = `'draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'failed', 'archived'`;

/**
 * Every change of a post's status, and every edit that matters to its review: who, when, through what
 * (the console, a client review link, the system), from which status to which, and what changed.
 * Append-only for the app role.
 */
export class CreatePostTransitions1795500000002 implements MigrationInterface {
  name = 'CreatePostTransitions1795500000002';

  async up(qr: QueryRunner): Promise<void> {
    await qr.query(`
      CREATE TABLE content.post_transitions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL,
        brand_id uuid NOT NULL,
        post_id uuid NOT NULL,
        action text NOT NULL,
        from_status text CHECK (from_status IN (${POST_STATUSES})),
        to_status text NOT NULL CHECK (to_status IN (${POST_STATUSES})),
        actor_id uuid,
        actor_role text,
        -- A client without an account, through a review link: their name as the link gave it.
        actor_name text,
        via text NOT NULL DEFAULT 'console' CHECK (via IN ('console', 'review_link', 'system')),
        version integer NOT NULL,
        note text,
        changes jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        FOREIGN KEY (agency_id, post_id) REFERENCES content.posts (agency_id, id) ON DELETE CASCADE
      )`);
    await qr.query(
      `CREATE INDEX post_transitions_post_idx ON content.post_transitions (agency_id, post_id, created_at, id)`,
    );
    await enableTenantRls(qr, 'content.post_transitions', { brandColumn: 'brand_id' });
    await grantAppAccess(qr, 'content.post_transitions', ['SELECT', 'INSERT']);
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query(`DROP TABLE content.post_transitions`);
  }
}
