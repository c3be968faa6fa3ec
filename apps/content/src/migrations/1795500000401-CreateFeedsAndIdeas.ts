import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, enableTenantRls, grantAppAccess, OWNER_ROLE } from '@relais/server-database';

/**
 * RSS/Atom feeds a brand follows and the ideas their items become (each item once per feed).
 * Brand-owned, with the usual tenant policies. The poller finds due feeds across agencies through one
 * narrow SECURITY DEFINER function (ids only) and then reads and writes each feed in a transaction of
 * its own tenant.
 */
export class CreateFeedsAndIdeas1795500000401 implements MigrationInterface {
  name = 'CreateFeedsAndIdeas1795500000401';

  async up(qr: QueryRunner): Promise<void> {
    await qr.query(`
      CREATE TABLE content.feeds (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL,
        brand_id uuid NOT NULL,
        url text NOT NULL CHECK (char_length(url) BETWEEN 1 AND 2000 AND url ~* '^https?://'),
        title text CHECK (char_length(title) <= 300),
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        -- The last read, whether it worked or not; last_error is null when it worked.
        last_fetched_at timestamptz,
        last_error text CHECK (char_length(last_error) <= 500),
        last_error_at timestamptz,
        -- Set while one replica reads the feed, so that no other reads it at the same time.
        fetching_until timestamptz,
        CONSTRAINT feeds_agency_id_key UNIQUE (agency_id, id),
        CONSTRAINT feeds_brand_url_key UNIQUE (agency_id, brand_id, url)
      )`);
    await qr.query(`CREATE INDEX feeds_due_idx ON content.feeds (last_fetched_at NULLS FIRST)`);
    await enableTenantRls(qr, 'content.feeds', { brandColumn: 'brand_id' });
    await qr.query(
      `CREATE POLICY feeds_definer_lookup ON content.feeds FOR SELECT TO ${OWNER_ROLE} USING (true)`,
    );
    await grantAppAccess(qr, 'content.feeds');

    await qr.query(`
      CREATE TABLE content.ideas (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL,
        brand_id uuid NOT NULL,
        feed_id uuid NOT NULL,
        -- The item's guid, else its link, else its title: what makes it the same item next time.
        item_key text NOT NULL CHECK (char_length(item_key) BETWEEN 1 AND 2000),
        title text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 300),
        link text CHECK (char_length(link) <= 2000),
        summary text NOT NULL DEFAULT '' CHECK (char_length(summary) <= 1000),
        published_at timestamptz,
        status text NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'dismissed', 'drafted')),
        post_id uuid,
        -- The order of the list: when published, else when found.
        sort_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ideas_feed_item_key UNIQUE (feed_id, item_key),
        CONSTRAINT ideas_feed_fkey FOREIGN KEY (agency_id, feed_id)
          REFERENCES content.feeds (agency_id, id) ON DELETE CASCADE,
        CONSTRAINT ideas_post_fkey FOREIGN KEY (agency_id, post_id)
          REFERENCES content.posts (agency_id, id) ON DELETE SET NULL (post_id)
      )`);
    await qr.query(
      `CREATE INDEX ideas_list_idx ON content.ideas (agency_id, brand_id, status, sort_at DESC, id DESC)`,
    );
    await qr.query(
      `CREATE INDEX ideas_brand_idx ON content.ideas (agency_id, brand_id, sort_at DESC, id DESC)`,
    );
    await enableTenantRls(qr, 'content.ideas', { brandColumn: 'brand_id' });
    await grantAppAccess(qr, 'content.ideas');

    await qr.query(`
      CREATE FUNCTION content.due_feeds(p_interval_seconds integer, p_limit integer)
        RETURNS TABLE (agency_id uuid, brand_id uuid, feed_id uuid)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
      AS $$
        SELECT f.agency_id, f.brand_id, f.id FROM content.feeds f
         WHERE (f.fetching_until IS NULL OR f.fetching_until < now())
           AND (f.last_fetched_at IS NULL OR f.last_fetched_at <= now() - make_interval(secs => p_interval_seconds))
         ORDER BY f.last_fetched_at NULLS FIRST
         LIMIT p_limit
      $$`);
    await qr.query(`REVOKE ALL ON FUNCTION content.due_feeds(integer, integer) FROM PUBLIC`);
    await qr.query(`GRANT EXECUTE ON FUNCTION content.due_feeds(integer, integer) TO ${APP_ROLE}`);
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query(`DROP FUNCTION content.due_feeds(integer, integer)`);
    await qr.query(`DROP TABLE content.ideas`);
    await qr.query(`DROP TABLE content.feeds`);
  }
}
