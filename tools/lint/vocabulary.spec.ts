import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * The services' vocabulary (docs/architecture.md, "Vocabulary"): data access only in
 * `*.repository.ts`, and none of the retired names for it.
 */
const root = join(__dirname, '..', '..');
const SERVICES = ['clients', 'content', 'publishing', 'listening'];

/** Files that reach the database outside a repository, each for a reason the design states. */
const ALLOWED_OUTSIDE_REPOSITORIES = new Map([
  // Postgres LISTEN on a connection of its own: a subscription, not data access.
  ['apps/publishing/src/dispatch/due-listener.ts', 'LISTEN publishing_due'],
]);

const DATA_ACCESS =
  /\.query\(|createQueryBuilder|getRepository\(|InjectRepository|\bRepository<|\bmanager\.(find|findOne|findBy|findOneBy|save|insert|update|delete|upsert|create|exists|count)\w*\(/;
const RETIRED_NAMES = /(-store|-queries|-queries\.service|-list\.service|\.reader|-directory|-rows?)\.ts$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'migrations' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

const files = SERVICES.flatMap((service) => sourceFiles(join(root, 'apps', service, 'src'))).map((path) =>
  relative(root, path),
);

describe('the services vocabulary', () => {
  it('finds the services sources', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files.some((file) => file.endsWith('.repository.ts'))).toBe(true);
  });

  it('runs SQL and entity calls only in repositories', () => {
    const offenders = files.filter(
      (file) =>
        !file.endsWith('.repository.ts') &&
        !ALLOWED_OUTSIDE_REPOSITORIES.has(file) &&
        DATA_ACCESS.test(readFileSync(join(root, file), 'utf8')),
    );
    expect(offenders).toEqual([]);
  });

  it('names no file with a retired data-access word', () => {
    expect(files.filter((file) => RETIRED_NAMES.test(file))).toEqual([]);
  });

  it('recognises data access when it sees it', () => {
    expect(DATA_ACCESS.test('await manager.query(`SELECT 1`)')).toBe(true);
    expect(DATA_ACCESS.test('return manager.findOneBy(PostEntity, { id })')).toBe(true);
    expect(DATA_ACCESS.test('constructor(@InjectRepository(PostEntity) posts: Repository<PostEntity>)')).toBe(
      true,
    );
    expect(DATA_ACCESS.test('await this.outbox.add(manager, event)')).toBe(false);
    expect(RETIRED_NAMES.test('apps/content/src/posts/post-store.ts')).toBe(true);
    expect(RETIRED_NAMES.test('apps/content/src/posts/post.repository.ts')).toBe(false);
  });
});
