import { randomUUID } from 'node:crypto';
import {
  AuthResult,
  BrandView,
  ClientsEvents,
  ClientsSubjects,
  ErrorCode,
  Page,
  Role,
} from '@relais/contracts';
import { as, failure } from '@relais/server-testing';
import { ClientsHarness, startClients } from './support/clients-harness';
import { brandInput, createBrand, join, signUp } from './support/fixtures';

describe('clients brands', () => {
  let h: ClientsHarness;
  let owner: AuthResult;

  beforeAll(async () => {
    h = await startClients();
    owner = await signUp(h, { agencyName: 'Brand Studio' });
  });
  afterAll(() => h.close());

  const list = (actor: AuthResult, data: Record<string, unknown> = {}) =>
    h.call<Page<BrandView>>(ClientsSubjects.brand.list, as(actor), data);

  it('creates a brand with its guidelines and reads it back', async () => {
    const brand = await createBrand(h, owner, 'Maison Verdure', {
      timezone: 'Europe/Paris',
      targetMarkets: ['FR', 'BE'],
      guidelines: {
        toneNotes: 'Chaleureux.',
        requiredHashtags: ['verdure', 'été_2026'],
        bannedWords: ['cheap'],
      },
    });
    expect(brand).toMatchObject({
      name: 'Maison Verdure',
      slug: 'maison-verdure',
      timezone: 'Europe/Paris',
      defaultLanguage: 'fr',
      targetMarkets: ['FR', 'BE'],
      guidelines: {
        toneNotes: 'Chaleureux.',
        requiredHashtags: ['verdure', 'été_2026'],
        bannedWords: ['cheap'],
      },
      archived: false,
    });
    expect(await h.call(ClientsSubjects.brand.get, as(owner), { id: brand.id })).toEqual(brand);
  });

  it('keeps the alt-text guideline: off at first, on when asked, unchanged when an update leaves it out', async () => {
    const brand = await createBrand(h, owner, 'Alt Guideline');
    expect(brand.guidelines.requireAltText).toBe(false);
    const update = (guidelines: Record<string, unknown>) =>
      h.call<BrandView>(ClientsSubjects.brand.update, as(owner), {
        id: brand.id,
        guidelines: { toneNotes: '', requiredHashtags: [], bannedWords: [], ...guidelines },
      });
    expect((await update({ requireAltText: true })).guidelines.requireAltText).toBe(true);
    expect((await update({ toneNotes: 'Calm.' })).guidelines).toMatchObject({
      toneNotes: 'Calm.',
      requireAltText: true,
    });
    expect((await update({ requireAltText: false })).guidelines.requireAltText).toBe(false);
    const bad = await failure(update({ requireAltText: 'yes' }));
    expect(bad.fields?.[0]).toMatchObject({ field: 'guidelines.requireAltText' });
  });

  it('makes generated slugs unique within the agency and refuses a taken explicit slug', async () => {
    const first = await createBrand(h, owner, 'Café Noir');
    const second = await createBrand(h, owner, 'Cafe noir');
    expect([first.slug, second.slug]).toEqual(['cafe-noir', 'cafe-noir-2']);
    const taken = await failure(createBrand(h, owner, 'Another', { slug: 'cafe-noir' }));
    expect(taken.code).toBe(ErrorCode.Conflict);
    expect(taken.fields?.[0]).toMatchObject({ field: 'slug', constraint: 'taken' });
    const elsewhere = await signUp(h, { agencyName: 'Other Agency' });
    await expect(createBrand(h, elsewhere, 'Café Noir')).resolves.toMatchObject({ slug: 'cafe-noir' });
  });

  it.each([
    ['an unknown time zone', { timezone: 'Europe/Atlantis' }, 'timezone'],
    ['an overlong name', { name: 'n'.repeat(121) }, 'name'],
    ['a bad market', { targetMarkets: ['FR', 'france'] }, 'targetMarkets'],
    ['an unknown language', { defaultLanguage: 'de' }, 'defaultLanguage'],
    [
      'a hashtag with a #',
      { guidelines: { toneNotes: '', requiredHashtags: ['#bad'], bannedWords: [] } },
      'guidelines.requiredHashtags',
    ],
    ['an unexpected field', { colour: 'green' }, 'colour'],
  ])('refuses %s, naming the field', async (_case, change, field) => {
    const error = await failure(
      h.call(ClientsSubjects.brand.create, as(owner), brandInput('Valid Name', change)),
    );
    expect(error.code).toBe(ErrorCode.BadUserInput);
    expect(error.fields?.map((f) => f.field)).toContain(field);
  });

  it('returns the first brand when a create is repeated with the same idempotency key', async () => {
    const key = `key-${randomUUID()}`;
    const first = await createBrand(h, owner, 'Idempotent Co', { idempotencyKey: key });
    const again = await createBrand(h, owner, 'Idempotent Co', { idempotencyKey: key });
    expect(again).toEqual(first);
    const rows = await h.sql(`SELECT id FROM clients.brands WHERE idempotency_key = $1`, [key]);
    expect(rows).toHaveLength(1);
  });

  it('updates fields, archives and restores, with an audit entry and an event for each change', async () => {
    const brand = await createBrand(h, owner, 'Brooklyn Roasters', {
      timezone: 'America/New_York',
      defaultLanguage: 'en',
    });
    const updated = await h.call<BrandView>(ClientsSubjects.brand.update, as(owner), {
      id: brand.id,
      name: 'Brooklyn Roasters Co',
      guidelines: { toneNotes: 'Bold.', requiredHashtags: [], bannedWords: ['decaf'] },
    });
    expect(updated).toMatchObject({
      name: 'Brooklyn Roasters Co',
      slug: brand.slug,
      guidelines: { bannedWords: ['decaf'] },
    });
    expect(new Date(updated.updatedAt).getTime()).toBeGreaterThan(new Date(brand.updatedAt).getTime());

    const archived = await h.call<BrandView>(ClientsSubjects.brand.archive, as(owner), { id: brand.id });
    expect(archived.archived).toBe(true);
    expect(
      (await failure(h.call(ClientsSubjects.brand.update, as(owner), { id: brand.id, name: 'x' }))).code,
    ).toBe(ErrorCode.Conflict);
    expect((await list(owner)).items.map((b) => b.id)).not.toContain(brand.id);
    expect((await list(owner, { includeArchived: true })).items.map((b) => b.id)).toContain(brand.id);
    const restored = await h.call<BrandView>(ClientsSubjects.brand.restore, as(owner), { id: brand.id });
    expect(restored.archived).toBe(false);

    const audit = await h.sql<{ action: string }>(
      `SELECT action FROM clients.audit_log WHERE target_id = $1 ORDER BY created_at`,
      [brand.id],
    );
    expect(audit.map((a) => a.action)).toEqual([
      'brand.created',
      'brand.updated',
      'brand.archived',
      'brand.restored',
    ]);
    const events = await h.sql<{ subject: string; brand_id: string }>(
      `SELECT subject, payload->'data'->>'brandId' AS brand_id FROM clients.outbox
        WHERE payload->'data'->>'brandId' = $1 ORDER BY created_at`,
      [brand.id],
    );
    expect(events.map((e) => e.subject)).toEqual([
      ClientsEvents.brandCreated,
      ClientsEvents.brandUpdated,
      ClientsEvents.brandArchived,
      ClientsEvents.brandRestored,
    ]);
  });

  it('pages through brands by name with cursors, a total and a search', async () => {
    const agency = await signUp(h, { agencyName: 'Many Brands' });
    for (let i = 25; i >= 1; i--) await createBrand(h, agency, `Brand ${String(i).padStart(2, '0')}`);
    const seen: string[] = [];
    let after: string | undefined;
    let pages = 0;
    do {
      const page = await list(agency, { first: 10, ...(after ? { after } : {}) });
      expect(page.totalCount).toBe(25);
      seen.push(...page.items.map((b) => b.name));
      after = page.hasNextPage ? page.cursors[page.cursors.length - 1] : undefined;
      pages++;
    } while (after);
    expect(pages).toBe(3);
    expect(seen).toEqual(Array.from({ length: 25 }, (_, i) => `Brand ${String(i + 1).padStart(2, '0')}`));

    const search = await list(agency, { search: 'brand 1' });
    expect(search.totalCount).toBe(10);
    expect(search.items[0]?.name).toBe('Brand 10');
    expect((await failure(list(agency, { after: 'not a cursor' }))).fields).toEqual([
      { field: 'after', message: 'after is not a valid cursor' },
    ]);
    expect((await failure(list(agency, { first: 101 }))).fields?.[0]?.field).toBe('first');
  });

  it('lets only owners, admins and account managers change brands', async () => {
    const brand = await createBrand(h, owner, 'Guarded');
    const accountManager = await join(h, owner, { role: Role.AccountManager });
    const analyst = await join(h, owner, { role: Role.Analyst });
    await expect(createBrand(h, accountManager, 'By The Account Manager')).resolves.toBeDefined();
    const refused = await failure(createBrand(h, analyst, 'By The Analyst'));
    expect(refused).toEqual({
      code: ErrorCode.Forbidden,
      message: 'Your role cannot create or change brands',
    });
    expect((await failure(h.call(ClientsSubjects.brand.archive, as(analyst), { id: brand.id }))).code).toBe(
      ErrorCode.Forbidden,
    );
    await expect(h.call(ClientsSubjects.brand.get, as(analyst), { id: brand.id })).resolves.toMatchObject({
      id: brand.id,
    });
  });

  it('writes nothing, not even the event, when the transaction fails at commit', async () => {
    // A deferred check that fails at COMMIT, after the brand, its audit entry and its event were written.
    await h.sql(`
      CREATE FUNCTION clients.refuse_doomed_brand() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.name = 'Doomed Brand' THEN RAISE EXCEPTION 'refused at commit'; END IF;
        RETURN NULL;
      END $$`);
    await h.sql(`
      CREATE CONSTRAINT TRIGGER refuse_doomed_brand AFTER INSERT ON clients.brands
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION clients.refuse_doomed_brand()`);
    try {
      const error = await failure(createBrand(h, owner, 'Doomed Brand'));
      expect(error.code).toBe(ErrorCode.Internal);
      expect(await h.sql(`SELECT 1 FROM clients.brands WHERE name = 'Doomed Brand'`)).toHaveLength(0);
      expect(
        await h.sql(`SELECT 1 FROM clients.outbox WHERE payload->'data'->>'name' = 'Doomed Brand'`),
      ).toHaveLength(0);
      expect(
        await h.sql(`SELECT 1 FROM clients.audit_log WHERE details->>'name' = 'Doomed Brand'`),
      ).toHaveLength(0);
    } finally {
      await h.sql(`DROP TRIGGER refuse_doomed_brand ON clients.brands`);
      await h.sql(`DROP FUNCTION clients.refuse_doomed_brand()`);
    }
    await expect(createBrand(h, owner, 'Doomed Brand')).resolves.toMatchObject({ name: 'Doomed Brand' });
    expect(
      await h.sql(`SELECT 1 FROM clients.outbox WHERE payload->'data'->>'name' = 'Doomed Brand'`),
    ).toHaveLength(1);
  });
});
