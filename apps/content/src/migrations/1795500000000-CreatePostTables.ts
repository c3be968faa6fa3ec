import { MigrationInterface, QueryRunner } from 'typeorm';
import { createServiceSchema, enableTenantRls, grantAppAccess } from '@relais/server-database';

const NETWORKS = `'mastodon', 'bluesky', 'facebook_page', 'linkedin', 'x'`;
const POST_STATUSES = `'draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'failed', 'archived'`;
const MEDIA_KINDS = `'image', 'gif', 'video'`;

/**
 * Posts and what they are made of: per-network variants, target accounts, campaigns, labels and the
 * brand's media library. Brand-owned rows reference each other through (agency_id, id) pairs, so a row
 * can never point at another agency's row even though foreign keys ignore row-level security.
 */
export class CreatePostTables1795500000000 implements MigrationInterface {
  name = 'CreatePostTables1795500000000';

  async up(qr: QueryRunner): Promise<void> {
    await createServiceSchema(qr, 'content');

    await qr.query(`
      CREATE TABLE content.campaigns (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL,
        brand_id uuid NOT NULL,
        name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 120),
        color text NOT NULL DEFAULT '#228be6' CHECK (color ~ '^#[0-9a-fA-F]{6}$'),
        starts_on date,
        ends_on date,
        archived_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT campaigns_agency_id_key UNIQUE (agency_id, id),
        CONSTRAINT campaigns_dates_check CHECK (starts_on IS NULL OR ends_on IS NULL OR starts_on <= ends_on)
      )`);
    await qr.query(
      `CREATE UNIQUE INDEX campaigns_brand_name_key ON content.campaigns (agency_id, brand_id, lower(name))`,
    );
    await enableTenantRls(qr, 'content.campaigns', { brandColumn: 'brand_id' });
    await grantAppAccess(qr, 'content.campaigns');

    await qr.query(`
      CREATE TABLE content.labels (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL,
        brand_id uuid NOT NULL,
        name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 60),
        color text NOT NULL DEFAULT '#868e96' CHECK (color ~ '^#[0-9a-fA-F]{6}$'),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT labels_agency_id_key UNIQUE (agency_id, id)
      )`);
    await qr.query(
      `CREATE UNIQUE INDEX labels_brand_name_key ON content.labels (agency_id, brand_id, lower(name))`,
    );
    await enableTenantRls(qr, 'content.labels', { brandColumn: 'brand_id' });
    await grantAppAccess(qr, 'content.labels');

    await qr.query(`
      CREATE TABLE content.media (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL,
        brand_id uuid NOT NULL,
        uploaded_by uuid NOT NULL,
        status text NOT NULL CHECK (status IN ('pending', 'ready')),
        file_name text NOT NULL CHECK (char_length(file_name) BETWEEN 1 AND 255),
        content_type text NOT NULL,
        kind text CHECK (kind IN (${MEDIA_KINDS})),
        size_bytes bigint CHECK (size_bytes >= 0),
        width integer CHECK (width > 0),
        height integer CHECK (height > 0),
        duration_ms integer CHECK (duration_ms >= 0),
        sha256 text,
        alt_text text NOT NULL DEFAULT '',
        storage_key text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        ready_at timestamptz,
        deleted_at timestamptz,
        CONSTRAINT media_agency_id_key UNIQUE (agency_id, id),
        CONSTRAINT media_ready_check CHECK (status <> 'ready' OR (kind IS NOT NULL AND size_bytes IS NOT NULL AND ready_at IS NOT NULL))
      )`);
    await qr.query(
      `CREATE INDEX media_brand_idx ON content.media (agency_id, brand_id, created_at DESC, id) WHERE deleted_at IS NULL`,
    );
    await enableTenantRls(qr, 'content.media', { brandColumn: 'brand_id' });
    await grantAppAccess(qr, 'content.media');

    await qr.query(`
      CREATE TABLE content.posts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL,
        brand_id uuid NOT NULL,
        author_id uuid NOT NULL,
        title text NOT NULL DEFAULT '' CHECK (char_length(title) <= 200),
        base_text text NOT NULL DEFAULT '',
        link_url text,
        media_ids uuid[] NOT NULL DEFAULT '{}',
        campaign_id uuid,
        status text NOT NULL DEFAULT 'draft' CHECK (status IN (${POST_STATUSES})),
        -- Where the post sits on the calendar; required once scheduled. Stored as a UTC instant.
        scheduled_at timestamptz,
        -- The status an archived post had, so that restoring it puts it back.
        archived_from text CHECK (archived_from IN (${POST_STATUSES})),
        -- Increments on every change of the content; a review round records the version it was about.
        version integer NOT NULL DEFAULT 1 CHECK (version > 0),
        idempotency_key text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT posts_agency_id_key UNIQUE (agency_id, id),
        CONSTRAINT posts_campaign_fkey FOREIGN KEY (agency_id, campaign_id)
          REFERENCES content.campaigns (agency_id, id) ON DELETE SET NULL (campaign_id),
        CONSTRAINT posts_scheduled_check CHECK (status <> 'scheduled' OR scheduled_at IS NOT NULL),
        CONSTRAINT posts_archived_check CHECK ((status = 'archived') = (archived_from IS NOT NULL))
      )`);
    await qr.query(`
      CREATE UNIQUE INDEX posts_agency_idempotency_key ON content.posts (agency_id, idempotency_key)
        WHERE idempotency_key IS NOT NULL`);
    await qr.query(
      `CREATE INDEX posts_calendar_idx ON content.posts (agency_id, brand_id, scheduled_at, id)`,
    );
    await qr.query(`CREATE INDEX posts_agency_calendar_idx ON content.posts (agency_id, scheduled_at, id)`);
    await qr.query(
      `CREATE INDEX posts_list_idx ON content.posts (agency_id, brand_id, updated_at DESC, id DESC)`,
    );
    await qr.query(
      `CREATE INDEX posts_campaign_idx ON content.posts (agency_id, campaign_id) WHERE campaign_id IS NOT NULL`,
    );
    await enableTenantRls(qr, 'content.posts', { brandColumn: 'brand_id' });
    await grantAppAccess(qr, 'content.posts');

    await qr.query(`
      CREATE TABLE content.post_targets (
        agency_id uuid NOT NULL,
        brand_id uuid NOT NULL,
        post_id uuid NOT NULL,
        account_id uuid NOT NULL,
        network text NOT NULL CHECK (network IN (${NETWORKS})),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (post_id, account_id),
        FOREIGN KEY (agency_id, post_id) REFERENCES content.posts (agency_id, id) ON DELETE CASCADE
      )`);
    await qr.query(`CREATE INDEX post_targets_account_idx ON content.post_targets (agency_id, account_id)`);
    await enableTenantRls(qr, 'content.post_targets', { brandColumn: 'brand_id' });
    await grantAppAccess(qr, 'content.post_targets');

    await qr.query(`
      CREATE TABLE content.post_variants (
        agency_id uuid NOT NULL,
        brand_id uuid NOT NULL,
        post_id uuid NOT NULL,
        network text NOT NULL CHECK (network IN (${NETWORKS})),
        -- false: the variant follows the base text, link and media; true: it was edited on its own.
        customized boolean NOT NULL DEFAULT false,
        text text NOT NULL DEFAULT '',
        link_url text,
        media_ids uuid[] NOT NULL DEFAULT '{}',
        first_comment text,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (post_id, network),
        FOREIGN KEY (agency_id, post_id) REFERENCES content.posts (agency_id, id) ON DELETE CASCADE
      )`);
    await enableTenantRls(qr, 'content.post_variants', { brandColumn: 'brand_id' });
    await grantAppAccess(qr, 'content.post_variants');

    await qr.query(`
      CREATE TABLE content.post_labels (
        agency_id uuid NOT NULL,
        brand_id uuid NOT NULL,
        post_id uuid NOT NULL,
        label_id uuid NOT NULL,
        PRIMARY KEY (post_id, label_id),
        FOREIGN KEY (agency_id, post_id) REFERENCES content.posts (agency_id, id) ON DELETE CASCADE,
        FOREIGN KEY (agency_id, label_id) REFERENCES content.labels (agency_id, id) ON DELETE CASCADE
      )`);
    await qr.query(`CREATE INDEX post_labels_label_idx ON content.post_labels (agency_id, label_id)`);
    await enableTenantRls(qr, 'content.post_labels', { brandColumn: 'brand_id' });
    await grantAppAccess(qr, 'content.post_labels');
  }

  async down(qr: QueryRunner): Promise<void> {
    for (const table of [
      'post_labels',
      'post_variants',
      'post_targets',
      'posts',
      'media',
      'labels',
      'campaigns',
    ]) {
      await qr.query(`DROP TABLE content.${table}`);
    }
  }
}
