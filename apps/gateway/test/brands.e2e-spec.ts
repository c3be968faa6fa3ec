import { E2ePlatform, startE2ePlatform } from './support/e2e-platform';
import { addMember, BRAND_FIELDS, createBrand, Session, signUp } from './support/seed';

const CREATE = `mutation Create($input: CreateBrandInput!) { createBrand(input: $input) { ${BRAND_FIELDS} } }`;
const UPDATE = `mutation Update($input: UpdateBrandInput!) { updateBrand(input: $input) { ${BRAND_FIELDS} } }`;
const PAGE = `query Page($first: Int, $after: String, $search: String, $includeArchived: Boolean) {
  brands(first: $first, after: $after, search: $search, includeArchived: $includeArchived) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name archived } } } }`;

const validInput = {
  name: 'Maison Soleil',
  timezone: 'America/Montreal',
  defaultLanguage: 'EN',
  targetMarkets: ['CA', 'FR'],
  guidelines: {
    toneNotes: 'Sunny, never pushy.',
    requiredHashtags: ['MaisonSoleil'],
    bannedWords: ['cheap'],
  },
};

let e2e: E2ePlatform;
let owner: Session;

interface BrandPage {
  brands: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: { id: string; name: string; archived: boolean } }[];
  };
}

async function brandNames(session: Session, variables: Record<string, unknown> = {}): Promise<string[]> {
  const { brands } = await session.api.data<BrandPage>(PAGE, { first: 100, ...variables });
  return brands.edges.map((edge) => edge.node.name);
}

beforeAll(async () => {
  e2e = await startE2ePlatform();
  owner = await signUp(e2e.api, { agencyName: 'Brand Works' });
});

afterAll(async () => {
  await e2e?.stop();
});

describe('brands', () => {
  it('creates a brand with everything it was given', async () => {
    const { createBrand } = await owner.api.data(CREATE, { input: validInput });
    expect(createBrand).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      name: 'Maison Soleil',
      slug: 'maison-soleil',
      timezone: 'America/Montreal',
      defaultLanguage: 'EN',
      targetMarkets: ['CA', 'FR'],
      archived: false,
      guidelines: {
        toneNotes: 'Sunny, never pushy.',
        requiredHashtags: ['MaisonSoleil'],
        bannedWords: ['cheap'],
      },
      createdAt: expect.stringMatching(/Z$/),
      updatedAt: expect.stringMatching(/Z$/),
    });
    const { brand } = await owner.api.data(`query One($id: ID!) { brand(id: $id) { ${BRAND_FIELDS} } }`, {
      id: createBrand.id,
    });
    expect(brand).toEqual(createBrand);
  });

  it('updates only what is given', async () => {
    const created = await createBrand(owner, 'Before Update');
    const { updateBrand } = await owner.api.data(UPDATE, {
      input: {
        id: created.id,
        name: 'After Update',
        timezone: 'Asia/Tokyo',
        guidelines: { ...validInput.guidelines, requireAltText: true },
      },
    });
    expect(updateBrand).toMatchObject({
      id: created.id,
      name: 'After Update',
      slug: created.slug,
      timezone: 'Asia/Tokyo',
      defaultLanguage: 'FR',
      guidelines: validInput.guidelines,
    });
    expect(Date.parse(updateBrand.updatedAt)).toBeGreaterThan(Date.parse(updateBrand.createdAt));
    const ALT = `query B($id: ID!) { brand(id: $id) { guidelines { requireAltText } } }`;
    const { brand } = await owner.api.data(ALT, { id: created.id });
    expect(brand.guidelines.requireAltText).toBe(true);
  });

  it('archives and restores, archived brands leaving the default list', async () => {
    const created = await createBrand(owner, 'Seasonal Pop-up');
    const archive = await owner.api.data('mutation A($id: ID!) { archiveBrand(id: $id) { id archived } }', {
      id: created.id,
    });
    expect(archive.archiveBrand).toEqual({ id: created.id, archived: true });
    expect(await brandNames(owner)).not.toContain('Seasonal Pop-up');
    expect(await brandNames(owner, { includeArchived: true })).toContain('Seasonal Pop-up');
    const restore = await owner.api.data('mutation R($id: ID!) { restoreBrand(id: $id) { archived } }', {
      id: created.id,
    });
    expect(restore.restoreBrand.archived).toBe(false);
    expect(await brandNames(owner)).toContain('Seasonal Pop-up');
  });

  it('returns the first brand when a create is repeated with its idempotency key', async () => {
    const input = { ...validInput, name: 'Idempotent Brand', idempotencyKey: 'create-idem-0001' };
    const first = await owner.api.data(CREATE, { input });
    const again = await owner.api.data(CREATE, { input });
    expect(again.createBrand.id).toBe(first.createBrand.id);
    expect((await brandNames(owner)).filter((name) => name === 'Idempotent Brand')).toHaveLength(1);
  });

  it('lets an analyst read brands but not create them', async () => {
    const analyst = await addMember(e2e.api, owner, { label: 'analyst', role: 'ANALYST' });
    expect((await brandNames(analyst)).length).toBeGreaterThan(0);
    const error = await analyst.api.error(CREATE, { input: { ...validInput, name: 'Not Allowed' } });
    expect(error.extensions.code).toBe('FORBIDDEN');
    expect(await brandNames(owner)).not.toContain('Not Allowed');
  });
});

describe('brand pages', () => {
  let agency: Session;

  beforeAll(async () => {
    agency = await signUp(e2e.api, { agencyName: 'Paging Agency' });
    for (const name of ['Echo', 'Alpha', 'Delta', 'Bravo', 'Charlie']) await createBrand(agency, name);
  });

  it('walks every brand in name order with cursors', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    const pages: boolean[] = [];
    do {
      const { brands }: BrandPage = await agency.api.data<BrandPage>(PAGE, { first: 2, after });
      expect(brands.totalCount).toBe(5);
      expect(brands.edges.length).toBeLessThanOrEqual(2);
      expect(brands.pageInfo.endCursor).toBe(brands.edges.at(-1)?.cursor ?? null);
      seen.push(...brands.edges.map((edge) => edge.node.name));
      pages.push(brands.pageInfo.hasNextPage);
      after = brands.pageInfo.hasNextPage ? brands.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo']);
    expect(pages).toEqual([true, true, false]);
  });

  it('searches by name', async () => {
    const { brands } = await agency.api.data<BrandPage>(PAGE, { search: 'harl' });
    expect(brands.edges.map((edge) => edge.node.name)).toEqual(['Charlie']);
    expect(brands.totalCount).toBe(1);
  });

  it('refuses pages larger than 100 and a cursor it did not give', async () => {
    const tooLarge = await agency.api.error(PAGE, { first: 101 });
    expect(tooLarge.extensions.code).toBe('BAD_USER_INPUT');
    expect(tooLarge.extensions.fields?.map((field) => field.field)).toEqual(['first']);
    const badCursor = await agency.api.error(PAGE, { first: 2, after: 'not-a-cursor' });
    expect(badCursor.extensions.code).toBe('BAD_USER_INPUT');
    expect(badCursor.extensions.fields?.map((field) => field.field)).toEqual(['after']);
  });
});

describe('bad brand input', () => {
  let agency: Session;

  beforeAll(async () => {
    agency = await signUp(e2e.api, { agencyName: 'Validation Agency' });
  });

  async function expectRefused(input: Record<string, unknown>, field: string, query = CREATE): Promise<void> {
    const response = await agency.api.request(query, { input });
    expect(response.data ?? null).toBeNull();
    expect(response.errors).toHaveLength(1);
    const [error] = response.errors;
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.extensions.fields?.map((entry) => entry.field)).toContain(field);
    expect(await brandNames(agency, { includeArchived: true })).toEqual([]);
  }

  it('refuses an unknown time zone', async () => {
    await expectRefused({ ...validInput, timezone: 'Mars/Olympus_Mons' }, 'timezone');
  });

  it('says which rule failed, so the console can word it in the user language', async () => {
    const zone = await agency.api.request(CREATE, {
      input: { ...validInput, timezone: 'Mars/Olympus_Mons' },
    });
    expect(zone.errors[0].extensions.fields).toEqual([
      expect.objectContaining({ field: 'timezone', constraint: 'isIanaTimezone' }),
    ]);
    const name = await agency.api.request(CREATE, { input: { ...validInput, name: 'x'.repeat(121) } });
    expect(name.errors[0].extensions.fields).toEqual([
      expect.objectContaining({ field: 'name', constraint: 'isLength', params: { min: 1, max: 120 } }),
    ]);
    expect(await brandNames(agency, { includeArchived: true })).toEqual([]);
  });

  it('refuses an empty or overlong name', async () => {
    await expectRefused({ ...validInput, name: '' }, 'name');
    await expectRefused({ ...validInput, name: 'x'.repeat(121) }, 'name');
  });

  it('refuses an unknown language, naming the field', async () => {
    await expectRefused({ ...validInput, defaultLanguage: 'DE' }, 'defaultLanguage');
  });

  it('refuses a literal of the wrong type, naming the nested field', async () => {
    const response = await agency.api.request(
      `mutation { createBrand(input: { name: "Typed", timezone: "Europe/Paris", defaultLanguage: FR,
        targetMarkets: ["FR"], guidelines: { toneNotes: "", requiredHashtags: [], bannedWords: 12 } }) { id } }`,
    );
    expect(response.errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'guidelines.bannedWords' }],
    });
    expect(await brandNames(agency, { includeArchived: true })).toEqual([]);
  });

  it('refuses bad markets and hashtags inside lists', async () => {
    await expectRefused({ ...validInput, targetMarkets: ['France'] }, 'targetMarkets');
    await expectRefused(
      { ...validInput, guidelines: { ...validInput.guidelines, requiredHashtags: ['#with-hash'] } },
      'guidelines.requiredHashtags',
    );
  });

  it('refuses malformed ids', async () => {
    const one = await agency.api.error('{ brand(id: "not-a-uuid") { id } }');
    expect(one.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'id' }] });
    await expectRefused({ id: '42', name: 'Renamed' }, 'id', UPDATE);
  });
});
