import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildClientSchema,
  getIntrospectionQuery,
  IntrospectionQuery,
  lexicographicSortSchema,
  printSchema,
} from 'graphql';
import { Client } from 'pg';
import request from 'supertest';
import { E2ePlatform, startE2ePlatform } from './support/e2e-platform';
import { createBrand, Session, signUp } from './support/seed';

const SCHEMA_FILE = join(__dirname, '..', 'schema.graphql');
const BRAND_NAMES = '{ brands(first: 10) { edges { node { name } } } }';

async function renameBrandsTable(databaseUrl: string, from: string, to: string): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`ALTER TABLE clients.${from} RENAME TO ${to}`);
  } finally {
    await client.end();
  }
}

describe('a gateway in development', () => {
  let e2e: E2ePlatform;
  let owner: Session;

  beforeAll(async () => {
    e2e = await startE2ePlatform({ serviceEnv: { gateway: { GRAPHQL_MAX_DEPTH: '4' } } });
    owner = await signUp(e2e.api, { agencyName: 'Limits Agency' });
    await createBrand(owner, 'Only Brand');
  });

  afterAll(async () => {
    await e2e?.stop();
  });

  it('serves the committed schema', async () => {
    const { data } = await e2e.api.request<IntrospectionQuery>(getIntrospectionQuery());
    if (!data) throw new Error('introspection failed');
    const served = printSchema(lexicographicSortSchema(buildClientSchema(data)));
    const committed = readFileSync(SCHEMA_FILE, 'utf8').replace(/^#.*\n\n/, '');
    expect(`${served}\n`).toBe(committed);
  });

  it('refuses operations nested deeper than the limit', async () => {
    expect((await owner.api.request('{ brands { edges { node { name } } } }')).errors).toEqual([]);
    const response = await owner.api.request('{ brands { edges { node { socialAccounts { id } } } } }');
    expect(response.status).toBe(400);
    expect(response.errors.map((error) => error.extensions.code)).toEqual(['QUERY_TOO_DEEP']);
    expect(response.errors[0].message).toBe('Operation nests fields 5 levels deep; the limit is 4.');
  });

  it('refuses introspection nested deeper than the standard introspection query', async () => {
    const ofTypes = (depth: number): string =>
      depth === 0 ? 'name' : `name ofType { ${ofTypes(depth - 1)} }`;
    const response = await e2e.api.request(`{ __type(name: "Brand") { ${ofTypes(50)} } }`);
    expect(response.status).toBe(400);
    expect(response.errors).toEqual([
      {
        message: 'Operation nests introspection fields 52 levels deep; the limit is 15.',
        extensions: { code: 'QUERY_TOO_DEEP' },
      },
    ]);
  });

  it('refuses 1,000 repeated directives in a 19 kB unauthenticated request at once', async () => {
    const query = `{ __typename ${'@include(if: true) '.repeat(1000)}}`;
    expect(query.length).toBeGreaterThan(19_000);
    const started = performance.now();
    const response = await e2e.api.request(query);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(response.status).toBe(400);
    expect(response.errors).toEqual([
      {
        message: 'Document has more than 2000 tokens; the limit is 2000.',
        extensions: { code: 'TOO_MANY_TOKENS' },
      },
    ]);
    const directives = await e2e.api.request(`{ __typename ${'@skip(if: false) '.repeat(200)}}`);
    expect(directives.status).toBe(400);
    expect(directives.errors).toEqual([
      {
        message: 'Document uses 200 directives; the limit is 25.',
        extensions: { code: 'TOO_MANY_DIRECTIVES' },
      },
    ]);
  });

  it('still answers a console query with directives and variables', async () => {
    const { data } = await owner.api.request(
      `query Brands($withRole: Boolean!, $first: Int) {
        me @include(if: $withRole) { role }
        brands(first: $first) @skip(if: false) { edges { node { name } } }
      }`,
      { withRole: true, first: 5 },
    );
    expect(data).toEqual({
      me: { role: 'OWNER' },
      brands: { edges: [{ node: { name: 'Only Brand' } }] },
    });
  });

  it('refuses more than 15 aliases', async () => {
    const aliases = (count: number) =>
      `{ ${Array.from({ length: count }, (_, index) => `a${index}: me { role }`).join(' ')} }`;
    expect((await owner.api.request(aliases(15))).errors).toEqual([]);
    const response = await owner.api.request(aliases(16));
    expect(response.errors.map((error) => error.extensions.code)).toEqual(['TOO_MANY_ALIASES']);
    expect(response.errors[0].message).toBe('Operation uses 16 aliases; the limit is 15.');
  });

  it('refuses an operation costing more than 1000 before asking any service', async () => {
    const fields = 'id name slug timezone archived createdAt updatedAt targetMarkets defaultLanguage';
    const response = await owner.api.request(`{ brands(first: 100) { edges { node { ${fields} } } } }`);
    expect(response.data ?? null).toBeNull();
    expect(response.errors.map((error) => error.extensions.code)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(response.errors[0].message).toContain('Operation costs 1001; the limit is 1000');
    expect(
      (await owner.api.request(`{ brands(first: 50) { edges { node { ${fields} } } } }`)).errors,
    ).toEqual([]);
  });

  it('refuses a request body over 100 kB with 413', async () => {
    const padding = ' '.repeat(101 * 1024);
    const response = await request(e2e.platform.gatewayUrl)
      .post('/graphql')
      .set('content-type', 'application/json')
      .send(JSON.stringify({ query: `{ __typename ${padding}}` }));
    expect(response.status).toBe(413);
    expect(response.body).toEqual({
      errors: [
        {
          message: 'The request body is larger than the 100 kB limit.',
          extensions: { code: 'PAYLOAD_TOO_LARGE' },
        },
      ],
    });
  });

  it('blocks requests a browser could send cross-site without a preflight', async () => {
    const simplePost = await request(e2e.platform.gatewayUrl)
      .post('/graphql')
      .set('content-type', 'text/plain')
      .send(JSON.stringify({ query: '{ __typename }' }));
    expect(simplePost.status).toBe(400);
    const simpleGet = await request(e2e.platform.gatewayUrl)
      .get('/graphql')
      .query({ query: '{ __typename }' });
    expect(simpleGet.status).toBe(400);
    expect(simpleGet.text).toContain('Cross-Site Request Forgery');
  });

  it('serves the GraphiQL page to browsers', async () => {
    const landing = await request(e2e.platform.gatewayUrl).get('/graphql').set('accept', 'text/html');
    expect(landing.status).toBe(200);
    expect(landing.text).toMatch(/<html/i);
  });

  it('hides unexpected errors outside production too, naming their correlation id', async () => {
    await renameBrandsTable(e2e.database.superuserUrl, 'brands', 'brands_moved');
    try {
      const response = await owner.api.request(BRAND_NAMES);
      expect(response.errors).toEqual([
        {
          message: 'Internal server error',
          locations: [{ line: 1, column: 3 }],
          path: ['brands'],
          extensions: { code: 'INTERNAL_SERVER_ERROR', correlationId: response.headers['x-correlation-id'] },
        },
      ]);
      expect(response.text).not.toMatch(/brands_moved|does not exist|stacktrace|\.ts:/);
    } finally {
      await renameBrandsTable(e2e.database.superuserUrl, 'brands_moved', 'brands');
    }
    expect((await owner.api.data(BRAND_NAMES)).brands.edges).toHaveLength(1);
  });
});

describe('a gateway in production', () => {
  let e2e: E2ePlatform;
  let owner: Session;

  beforeAll(async () => {
    e2e = await startE2ePlatform({ env: { NODE_ENV: 'production' } });
    owner = await signUp(e2e.api, { agencyName: 'Production Agency' });
    await createBrand(owner, 'Live Brand');
  });

  afterAll(async () => {
    await e2e?.stop();
  });

  it('hides the message of unexpected errors and never sends a stack trace', async () => {
    await renameBrandsTable(e2e.database.superuserUrl, 'brands', 'brands_moved');
    try {
      const response = await e2e.api.request(BRAND_NAMES, undefined, {
        token: owner.api.token,
        headers: { 'x-correlation-id': 'support-ticket-1234' },
      });
      expect(response.errors).toEqual([
        {
          message: 'Internal server error',
          locations: [{ line: 1, column: 3 }],
          path: ['brands'],
          extensions: { code: 'INTERNAL_SERVER_ERROR', correlationId: 'support-ticket-1234' },
        },
      ]);
      expect(response.text).not.toMatch(/brands_moved|does not exist|stacktrace|\.ts:/);
    } finally {
      await renameBrandsTable(e2e.database.superuserUrl, 'brands_moved', 'brands');
    }
    const notFound = await owner.api.request('{ brand(id: "00000000-0000-4000-8000-000000000000") { id } }');
    expect(notFound.errors.map((error) => error.extensions)).toEqual([{ code: 'NOT_FOUND' }]);
  });

  it('answers no introspection and serves no landing page', async () => {
    const introspection = await owner.api.request('{ __schema { queryType { name } } }');
    expect(introspection.data ?? null).toBeNull();
    expect(introspection.errors[0].message).toContain('introspection');
    const landing = await request(e2e.platform.gatewayUrl).get('/graphql').set('accept', 'text/html');
    expect(landing.text).not.toMatch(/<html/i);
  });

  it('suggests no field names for a misspelt field', async () => {
    const error = await owner.api.error('{ brands { edges { node { nme } } } }');
    expect(error).toMatchObject({
      message: 'Cannot query field "nme" on type "Brand".',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});
