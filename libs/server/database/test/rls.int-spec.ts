import { randomBytes, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { DataSource, MigrationInterface, QueryRunner } from 'typeorm';
import {
  APP_ROLE,
  bootstrapDatabase,
  createDataSource,
  createServiceSchema,
  enableTenantRls,
  grantAppAccess,
  OWNER_ROLE,
  revertLastMigration,
  runMigrations,
  TenantScope,
  TenantTransactions,
  withDatabase,
} from '../src';

const SUPERUSER_URL = process.env.DATABASE_SUPERUSER_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

class CreateNotes1700000000000 implements MigrationInterface {
  name = 'CreateNotes1700000000000';

  async up(qr: QueryRunner): Promise<void> {
    await createServiceSchema(qr, 'fixture');
    await qr.query(`CREATE TABLE fixture.notes (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      agency_id uuid NOT NULL,
      brand_id uuid NOT NULL,
      body text NOT NULL)`);
    await enableTenantRls(qr, 'fixture.notes', { brandColumn: 'brand_id' });
    await grantAppAccess(qr, 'fixture.notes');
    await qr.query(`CREATE TABLE fixture.memberships (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      agency_id uuid NOT NULL,
      user_id uuid NOT NULL)`);
    await enableTenantRls(qr, 'fixture.memberships', { userColumn: 'user_id' });
    await grantAppAccess(qr, 'fixture.memberships', ['SELECT', 'INSERT']);
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query('DROP TABLE fixture.memberships');
    await qr.query('DROP TABLE fixture.notes');
  }
}

class AddNoteTitle1700000000001 implements MigrationInterface {
  name = 'AddNoteTitle1700000000001';

  async up(qr: QueryRunner): Promise<void> {
    await qr.query(`ALTER TABLE fixture.notes ADD COLUMN title text`);
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query(`ALTER TABLE fixture.notes DROP COLUMN title`);
  }
}

const migrations = [CreateNotes1700000000000, AddNoteTitle1700000000001];
// Named like every test database (`relais_t_<base36 ms>_<hex>`) so a killed run's leftovers get cleaned up.
const dbName = `relais_t_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
const ownerUrl = withDatabase(SUPERUSER_URL, dbName).replace('postgres@', `${OWNER_ROLE}@`);
const appUrl = withDatabase(SUPERUSER_URL, dbName).replace('postgres@', `${APP_ROLE}@`);

const agencyA = randomUUID();
const agencyB = randomUUID();
const brandA1 = randomUUID();
const brandA2 = randomUUID();
const userAna = randomUUID();
const userBo = randomUUID();
const scopeA: TenantScope = { agencyId: agencyA, userId: userAna, brandIds: null };
const scopeB: TenantScope = { agencyId: agencyB, userId: userBo, brandIds: null };

async function dropDatabase(): Promise<void> {
  const admin = new Client({ connectionString: SUPERUSER_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
  await admin.end();
}

describe('row-level security through TenantTransactions', () => {
  let dataSource: DataSource;
  let tx: TenantTransactions;

  beforeAll(async () => {
    await bootstrapDatabase(SUPERUSER_URL, dbName);
    expect(await runMigrations({ url: ownerUrl, schema: 'fixture', migrations })).toEqual([
      'CreateNotes1700000000000',
      'AddNoteTitle1700000000001',
    ]);
    dataSource = createDataSource({
      url: appUrl,
      schema: 'fixture',
      entities: [],
      migrations: [],
      poolSize: 1,
      applicationName: 'rls-test',
    });
    await dataSource.initialize();
    tx = new TenantTransactions(dataSource);
    await tx.run(scopeA, async (m) => {
      await m.query(
        `INSERT INTO fixture.notes (agency_id, brand_id, body) VALUES ($1, $2, 'a1'), ($1, $3, 'a2')`,
        [agencyA, brandA1, brandA2],
      );
      await m.query(`INSERT INTO fixture.memberships (agency_id, user_id) VALUES ($1, $2)`, [
        agencyA,
        userAna,
      ]);
    });
    await tx.run(scopeB, async (m) => {
      await m.query(`INSERT INTO fixture.notes (agency_id, brand_id, body) VALUES ($1, $2, 'b1')`, [
        agencyB,
        randomUUID(),
      ]);
      await m.query(`INSERT INTO fixture.memberships (agency_id, user_id) VALUES ($1, $2), ($1, $3)`, [
        agencyB,
        userAna,
        userBo,
      ]);
    });
  });

  afterAll(async () => {
    if (dataSource?.isInitialized) await dataSource.destroy();
    await dropDatabase();
  });

  const bodies = (scope: TenantScope) =>
    tx.run(scope, async (m) =>
      (await m.query<{ body: string }[]>(`SELECT body FROM fixture.notes ORDER BY body`)).map((r) => r.body),
    );

  it('shows a tenant only its own rows', async () => {
    await expect(bodies(scopeA)).resolves.toEqual(['a1', 'a2']);
    await expect(bodies(scopeB)).resolves.toEqual(['b1']);
  });

  it('refuses to write a row for another agency', async () => {
    await expect(
      tx.run(scopeB, (m) =>
        m.query(`INSERT INTO fixture.notes (agency_id, brand_id, body) VALUES ($1, $2, 'sneaky')`, [
          agencyA,
          brandA1,
        ]),
      ),
    ).rejects.toThrow(/row-level security/);
    const updated = await tx.run(scopeB, (m) =>
      m.query(`UPDATE fixture.notes SET body = 'x' WHERE agency_id = $1`, [agencyA]),
    );
    expect(updated).toEqual([[], 0]);
    await expect(bodies(scopeA)).resolves.toEqual(['a1', 'a2']);
  });

  it('filters brand-owned rows by the brand scope', async () => {
    await expect(bodies({ ...scopeA, brandIds: [brandA1] })).resolves.toEqual(['a1']);
    await expect(bodies({ ...scopeA, brandIds: [brandA1, brandA2] })).resolves.toEqual(['a1', 'a2']);
    await expect(bodies({ ...scopeA, brandIds: [] })).resolves.toEqual([]);
    await expect(
      tx.run({ ...scopeA, brandIds: [brandA1] }, (m) =>
        m.query(`INSERT INTO fixture.notes (agency_id, brand_id, body) VALUES ($1, $2, 'other brand')`, [
          agencyA,
          brandA2,
        ]),
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it('lets a user see their own rows across agencies, and nothing else without an agency', async () => {
    const agencies = await tx.runForUser(userAna, async (m) =>
      (await m.query<{ agency_id: string }[]>(`SELECT agency_id FROM fixture.memberships`)).map(
        (r) => r.agency_id,
      ),
    );
    expect(agencies.sort()).toEqual([agencyA, agencyB].sort());
    await expect(tx.runForUser(userAna, (m) => m.query(`SELECT body FROM fixture.notes`))).resolves.toEqual(
      [],
    );
  });

  it('sees no tenant rows outside a tenant transaction, even on the same connection', async () => {
    await bodies(scopeA);
    await expect(tx.runSystem((m) => m.query(`SELECT body FROM fixture.notes`))).resolves.toEqual([]);
    await expect(
      dataSource.query(`SELECT current_setting('app.agency_id', true) AS agency`),
    ).resolves.toEqual([{ agency: '' }]);
  });

  it('gives the app role no way around the policies', async () => {
    const [role] = await dataSource.query<{ rolsuper: boolean; rolbypassrls: boolean }[]>(
      `SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user`,
    );
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false });
    await expect(dataSource.query(`ALTER TABLE fixture.notes DISABLE ROW LEVEL SECURITY`)).rejects.toThrow(
      /must be owner/,
    );
    await expect(
      tx.run(scopeA, async (m) => {
        await m.query(`SET LOCAL row_security = off`);
        return m.query(`SELECT body FROM fixture.notes`);
      }),
    ).rejects.toThrow(/row-level security/);
    await expect(dataSource.query(`DELETE FROM fixture.memberships`)).rejects.toThrow(/permission denied/);
    await expect(dataSource.query(`CREATE TABLE fixture.intruder (id int)`)).rejects.toThrow(
      /permission denied/,
    );
  });

  it('reverts the last migration and runs it again', async () => {
    await expect(revertLastMigration({ url: ownerUrl, schema: 'fixture', migrations })).resolves.toBe(
      'AddNoteTitle1700000000001',
    );
    await expect(runMigrations({ url: ownerUrl, schema: 'fixture', migrations })).resolves.toEqual([
      'AddNoteTitle1700000000001',
    ]);
    await expect(runMigrations({ url: ownerUrl, schema: 'fixture', migrations })).resolves.toEqual([]);
  });

  it('bootstraps again without harm', async () => {
    await expect(
      Promise.all([bootstrapDatabase(SUPERUSER_URL, dbName), bootstrapDatabase(SUPERUSER_URL, dbName)]),
    ).resolves.toEqual([{ createdDatabase: false }, { createdDatabase: false }]);
  });
});
