import { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls, grantAppAccess } from '@relais/server-database';

const STEP_ROLES = `'owner', 'admin', 'account_manager', 'community_manager', 'brand_approver'`;

/**
 * The approval workflow: each brand's policy (ordered steps, a role each), the review rounds of a post
 * (each keeps the snapshot of the version it was about and the steps it runs with, so that a policy
 * change never alters a review under way) and the decisions taken at each step (append-only).
 */
export class CreateApprovalTables1795500000300 implements MigrationInterface {
  name = 'CreateApprovalTables1795500000300';

  async up(qr: QueryRunner): Promise<void> {
    await qr.query(`
      CREATE TABLE content.approval_policies (
        agency_id uuid NOT NULL,
        brand_id uuid NOT NULL,
        mode text NOT NULL CHECK (mode IN ('none', 'internal', 'internal_then_client')),
        -- [{ "role": "account_manager" }, ...], in order.
        steps jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(steps) = 'array'),
        updated_by uuid NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (agency_id, brand_id),
        CONSTRAINT approval_policies_mode_steps_check CHECK ((mode = 'none') = (jsonb_array_length(steps) = 0))
      )`);
    await enableTenantRls(qr, 'content.approval_policies', { brandColumn: 'brand_id' });
    await grantAppAccess(qr, 'content.approval_policies', ['SELECT', 'INSERT', 'UPDATE']);

    await qr.query(`
      CREATE TABLE content.review_rounds (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL,
        brand_id uuid NOT NULL,
        post_id uuid NOT NULL,
        number integer NOT NULL CHECK (number > 0),
        -- The post version the round is about, and what it held (title, texts, link, media, targets, variants, slot).
        version integer NOT NULL,
        snapshot jsonb NOT NULL,
        -- The policy's steps when the round opened: [{ "position": 1, "role": "...", "audience": "agency" }, ...].
        steps jsonb NOT NULL CHECK (jsonb_typeof(steps) = 'array' AND jsonb_array_length(steps) > 0),
        -- The step waiting for a decision; null once the round is closed.
        current_position integer CHECK (current_position > 0),
        submitted_by uuid NOT NULL,
        submitted_by_name text,
        note text,
        submitted_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        closed_at timestamptz,
        outcome text CHECK (outcome IN ('approved', 'changes_requested', 'withdrawn')),
        CONSTRAINT review_rounds_agency_id_key UNIQUE (agency_id, id),
        CONSTRAINT review_rounds_number_key UNIQUE (post_id, number),
        CONSTRAINT review_rounds_state_check CHECK (
          (closed_at IS NULL AND outcome IS NULL AND current_position IS NOT NULL)
          OR (closed_at IS NOT NULL AND outcome IS NOT NULL AND current_position IS NULL)),
        FOREIGN KEY (agency_id, post_id) REFERENCES content.posts (agency_id, id) ON DELETE CASCADE
      )`);
    // One open round per post at most.
    await qr.query(
      `CREATE UNIQUE INDEX review_rounds_open_key ON content.review_rounds (post_id) WHERE closed_at IS NULL`,
    );
    await qr.query(
      `CREATE INDEX review_rounds_post_idx ON content.review_rounds (agency_id, post_id, number)`,
    );
    await enableTenantRls(qr, 'content.review_rounds', { brandColumn: 'brand_id' });
    await grantAppAccess(qr, 'content.review_rounds', ['SELECT', 'INSERT', 'UPDATE']);

    await qr.query(`
      CREATE TABLE content.review_decisions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL,
        brand_id uuid NOT NULL,
        round_id uuid NOT NULL,
        post_id uuid NOT NULL,
        position integer NOT NULL CHECK (position > 0),
        role text CHECK (role IN (${STEP_ROLES})),
        decision text NOT NULL CHECK (decision IN ('approved', 'changes_requested')),
        -- The member who decided; null for a client through a review link (then review_link_id is set).
        decided_by uuid,
        decided_by_name text,
        via text NOT NULL CHECK (via IN ('console', 'review_link')),
        review_link_id uuid,
        comment text,
        decided_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT review_decisions_step_key UNIQUE (round_id, position),
        CONSTRAINT review_decisions_link_check CHECK ((via = 'review_link') = (review_link_id IS NOT NULL)),
        CONSTRAINT review_decisions_comment_check CHECK (decision <> 'changes_requested' OR comment IS NOT NULL),
        FOREIGN KEY (agency_id, round_id) REFERENCES content.review_rounds (agency_id, id) ON DELETE CASCADE
      )`);
    await qr.query(`CREATE INDEX review_decisions_post_idx ON content.review_decisions (agency_id, post_id)`);
    await enableTenantRls(qr, 'content.review_decisions', { brandColumn: 'brand_id' });
    await grantAppAccess(qr, 'content.review_decisions', ['SELECT', 'INSERT']);
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query(`DROP TABLE content.review_decisions`);
    await qr.query(`DROP TABLE content.review_rounds`);
    await qr.query(`DROP TABLE content.approval_policies`);
  }
}
