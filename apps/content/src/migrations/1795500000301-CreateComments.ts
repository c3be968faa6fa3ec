import { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls, grantAppAccess } from '@relais/server-database';

/**
 * Comments on posts: threaded (a reply names its parent, of the same post), internal (agency staff only)
 * or shared with the client, with explicit mentions. Deleting keeps the row (the thread stays whole) and
 * empties the body.
 */
export class CreateComments1795500000301 implements MigrationInterface {
  name = 'CreateComments1795500000301';

  async up(qr: QueryRunner): Promise<void> {
    await qr.query(`
      CREATE TABLE content.post_comments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL,
        brand_id uuid NOT NULL,
        post_id uuid NOT NULL,
        parent_id uuid,
        body text NOT NULL CHECK (char_length(body) <= 4000),
        visibility text NOT NULL CHECK (visibility IN ('internal', 'shared')),
        -- The member who wrote it; null for a client through a review link (then review_link_id is set).
        author_id uuid,
        author_name text,
        author_role text,
        review_link_id uuid,
        mentions uuid[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        edited_at timestamptz,
        deleted_at timestamptz,
        CONSTRAINT post_comments_agency_id_key UNIQUE (agency_id, id),
        CONSTRAINT post_comments_author_check CHECK ((author_id IS NULL) = (review_link_id IS NOT NULL)),
        CONSTRAINT post_comments_link_shared_check CHECK (review_link_id IS NULL OR visibility = 'shared'),
        CONSTRAINT post_comments_deleted_check CHECK (deleted_at IS NULL OR body = ''),
        FOREIGN KEY (agency_id, post_id) REFERENCES content.posts (agency_id, id) ON DELETE CASCADE,
        FOREIGN KEY (agency_id, parent_id) REFERENCES content.post_comments (agency_id, id) ON DELETE CASCADE
      )`);
    await qr.query(
      `CREATE INDEX post_comments_post_idx ON content.post_comments (agency_id, post_id, created_at, id)`,
    );
    await enableTenantRls(qr, 'content.post_comments', { brandColumn: 'brand_id' });
    await grantAppAccess(qr, 'content.post_comments', ['SELECT', 'INSERT', 'UPDATE']);
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query(`DROP TABLE content.post_comments`);
  }
}
