import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * Once per integration or end-to-end run: makes sure the roles and a migrated template database
 * exist, and hands its name to the test workers (`RELAIS_TEST_TEMPLATE_DB`), which clone it per file.
 * The work runs in its own process through the repository's TypeScript register.
 */
export default function globalSetup(): void {
  const root = join(__dirname, '..', '..');
  let output: string;
  try {
    output = execFileSync(process.execPath, ['-r', './tools/register.js', 'tools/jest/prepare-template.ts'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      timeout: 180_000,
    });
  } catch (error) {
    throw new Error(
      'Could not prepare the template database (is Postgres running on DATABASE_SUPERUSER_URL?)',
      {
        cause: error,
      },
    );
  }
  const name = output.trim().split('\n').pop() ?? '';
  if (!/^relais_tpl_[0-9a-f]+$/.test(name)) throw new Error(`Unexpected template database name: ${name}`);
  process.env.RELAIS_TEST_TEMPLATE_DB = name;
}
