import { MigrationInterface, QueryRunner } from 'typeorm';

const KINDS = `'review_requested', 'changes_requested', 'post_approved', 'post_scheduled', 'mentioned', 'commented'`;

/** Notifications may also say that a post failed to publish (`post_failed`). */
export class AddPostFailedNotifications1795500000600 implements MigrationInterface {
  name = 'AddPostFailedNotifications1795500000600';

  async up(qr: QueryRunner): Promise<void> {
    await qr.query(`
      ALTER TABLE content.notifications
        DROP CONSTRAINT notifications_kind_check,
        ADD CONSTRAINT notifications_kind_check CHECK (kind IN (${KINDS}, 'post_failed'))`);
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query(`DELETE FROM content.notifications WHERE kind = 'post_failed'`);
    await qr.query(`
      ALTER TABLE content.notifications
        DROP CONSTRAINT notifications_kind_check,
        ADD CONSTRAINT notifications_kind_check CHECK (kind IN (${KINDS}))`);
  }
}
