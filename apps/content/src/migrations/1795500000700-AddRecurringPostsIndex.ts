import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The calendar and the free posting slots read every scheduled recurring post whose next occurrence
 * comes before a range ends (its later occurrences may fall in the range): a small partial index
 * finds them without reading the brand's past posts.
 */
export class AddRecurringPostsIndex1795500000700 implements MigrationInterface {
  name = 'AddRecurringPostsIndex1795500000700';

  async up(qr: QueryRunner): Promise<void> {
    await qr.query(
      `CREATE INDEX posts_recurring_idx ON content.posts (agency_id, brand_id, scheduled_at)
        WHERE recurrence IS NOT NULL AND status = 'scheduled'`,
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query(`DROP INDEX content.posts_recurring_idx`);
  }
}
