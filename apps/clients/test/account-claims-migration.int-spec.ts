import { randomUUID } from 'node:crypto';
import { AuthResult, BrandView, ClientsSubjects, Network, Page, SocialAccountView } from '@relais/contracts';
import { revertLastMigration, runMigrations } from '@relais/server-database';
import { CredentialsCipher } from '../src/accounts/credentials-cipher';
import { migrations, SCHEMA } from '../src/migrations';
import { as, failure } from '@relais/server-testing';
import { ClientsHarness, startClients } from './support/clients-harness';
import { credentialsOf } from './support/accounts';
import { createBrand, signUp } from './support/fixtures';

const CLAIM = 'ClaimNetworkAccounts1795400000007';

interface LegacyAccount {
  brand: BrandView;
  agencyId: string;
  network: Network;
  externalId: string;
  instanceUrl?: string;
  accessToken: string;
  updatedAt: string;
}

describe('clients: accounts connected before a network account had one holder', () => {
  let h: ClientsHarness;
  let ownerA: AuthResult;
  let ownerB: AuthResult;
  let one: BrandView;
  let two: BrandView;
  let rival: BrandView;

  const options = () => ({ url: h.db.ownerUrl, schema: SCHEMA, migrations });

  /** A row as the previous schema stored it: credentials on the account, bound to its id. */
  async function insertLegacy(account: LegacyAccount): Promise<string> {
    const id = randomUUID();
    const cipher = new CredentialsCipher(h.config.CREDENTIALS_KEYS, h.config.CREDENTIALS_ACTIVE_KEY);
    const sealed = cipher.encrypt(
      JSON.stringify({ accessToken: account.accessToken, refreshToken: null }),
      id,
    );
    await h.sql(
      `INSERT INTO clients.social_accounts
         (id, agency_id, brand_id, network, handle, external_id, instance_url, credentials_ciphertext,
          credentials_iv, credentials_tag, credentials_key_id, status, connected_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'connected', $12, $12)`,
      [
        id,
        account.agencyId,
        account.brand.id,
        account.network,
        `@${account.externalId}`,
        account.externalId,
        account.instanceUrl ?? null,
        sealed.ciphertext,
        sealed.iv,
        sealed.tag,
        sealed.keyId,
        account.updatedAt,
      ],
    );
    return id;
  }

  /** Reverts the migrations that came after the claim, then the claim; answers those later ones, oldest first. */
  async function revertThroughClaim(): Promise<string[]> {
    const reverted: string[] = [];
    while (reverted.at(-1) !== CLAIM) {
      const name = await revertLastMigration(options());
      if (!name) throw new Error(`${CLAIM} was not applied`);
      reverted.push(name);
    }
    return reverted.slice(0, -1).reverse();
  }

  beforeAll(async () => {
    h = await startClients();
    ownerA = await signUp(h, { agencyName: 'Legacy Agency' });
    ownerB = await signUp(h, { agencyName: 'Other Agency' });
    one = await createBrand(h, ownerA, 'Brand One');
    two = await createBrand(h, ownerA, 'Brand Two');
    rival = await createBrand(h, ownerB, 'Rival');
  });
  afterAll(() => h.close());

  it('turns brands with the same account into a shared account and claims every account for its agency', async () => {
    const later = await revertThroughClaim();
    const agencyId = ownerA.claims.agencyId;
    const older = await insertLegacy({
      brand: one,
      agencyId,
      network: Network.X,
      externalId: 'legacy-x',
      accessToken: 'older-token',
      updatedAt: '2026-01-01T00:00:00Z',
    });
    const newer = await insertLegacy({
      brand: two,
      agencyId,
      network: Network.X,
      externalId: 'legacy-x',
      accessToken: 'newer-token',
      updatedAt: '2026-02-01T00:00:00Z',
    });
    const mastodon = await insertLegacy({
      brand: one,
      agencyId,
      network: Network.Mastodon,
      externalId: '42',
      instanceUrl: 'https://Mastodon.Example',
      accessToken: 'mastodon-token',
      updatedAt: '2026-01-01T00:00:00Z',
    });
    expect(await runMigrations(options())).toEqual([CLAIM, ...later]);

    // The most recently updated tokens are the shared ones; every ciphertext still decrypts.
    expect((await credentialsOf(h, agencyId, older)).accessToken).toBe('newer-token');
    expect((await credentialsOf(h, agencyId, newer)).accessToken).toBe('newer-token');
    expect((await credentialsOf(h, agencyId, mastodon)).accessToken).toBe('mastodon-token');
    const listed = await h.call<Page<SocialAccountView>>(ClientsSubjects.account.list, as(ownerA), {});
    expect(listed.items.map((a) => [a.id, a.shared])).toEqual(
      expect.arrayContaining([
        [older, true],
        [newer, true],
        [mastodon, false],
      ]),
    );

    for (const taken of [
      { network: Network.X, externalId: 'legacy-x' },
      { network: Network.Mastodon, externalId: '42', instanceUrl: 'https://mastodon.example' },
    ]) {
      const refused = await failure(
        h.call(ClientsSubjects.account.connect, as(ownerB), {
          brandId: rival.id,
          handle: '@taken',
          credentials: { accessToken: 'other' },
          ...taken,
        }),
      );
      expect(refused.fields?.[0]?.constraint).toBe('connectedElsewhere');
    }
  });

  it('stops, naming no tenant, when two agencies had the same account', async () => {
    await revertThroughClaim();
    for (const [owner, brand] of [
      [ownerA, one],
      [ownerB, rival],
    ] as const) {
      await insertLegacy({
        brand,
        agencyId: owner.claims.agencyId,
        network: Network.Bluesky,
        externalId: 'did:plc:contested',
        accessToken: 'contested',
        updatedAt: '2026-01-01T00:00:00Z',
      });
    }
    const error = await runMigrations(options()).then(
      () => null,
      (reason: unknown) => reason as Error,
    );
    expect(error?.message).toMatch(/1 network account\(s\) are connected by more than one agency/);
    expect(error?.message).not.toContain(ownerA.claims.agencyId);
    const [{ pending }] = await h.sql<{ pending: number }>(
      `SELECT count(*)::int AS pending FROM clients.migrations WHERE name = 'ClaimNetworkAccounts1795400000007'`,
    );
    expect(pending).toBe(0);
  });
});
