import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A post may be a thread: the parts after its text, on the post (what variants following it take) and
 * on each variant (a customized variant's own). Empty: a single post, as every existing post is.
 */
export class AddThreadParts1795500000900 implements MigrationInterface {
  name = 'AddThreadParts1795500000900';

  async up(qr: QueryRunner): Promise<void> {
    await qr.query(`ALTER TABLE content.posts ADD COLUMN thread_parts text[] NOT NULL DEFAULT '{}'`);
    await qr.query(`ALTER TABLE content.post_variants ADD COLUMN thread_parts text[] NOT NULL DEFAULT '{}'`);
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query(`ALTER TABLE content.post_variants DROP COLUMN thread_parts`);
    await qr.query(`ALTER TABLE content.posts DROP COLUMN thread_parts`);
  }
}
