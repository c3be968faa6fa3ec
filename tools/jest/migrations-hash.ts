import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every non-test TypeScript file under `dir`, sorted. */
function sourceFiles(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir).sort();
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !/\.(spec|int-spec|e2e-spec)\.ts$/.test(path) ? [path] : [];
  });
}

/**
 * A short hash of everything that shapes the migrated schema: the services' migration files and the
 * libraries whose helpers they call. Any change yields a new template database.
 */
export function migrationsHash(root: string, migrationDirs: string[]): string {
  const dirs = [...migrationDirs, 'libs/server/database/src', 'libs/server/events/src'];
  const hash = createHash('sha256');
  for (const file of dirs.flatMap((dir) => sourceFiles(join(root, dir)))) {
    hash.update(relative(root, file));
    hash.update('\0');
    hash.update(readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}
