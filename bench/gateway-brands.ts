import { createTestDatabase, testSubjectPrefix } from '@relais/server-testing';
import prepareTemplateDatabase from '../tools/jest/global-setup';
import { startPlatform } from '../tools/platform';
import { Bench } from './lib/bench';
import { graphql, inParallel } from './lib/graphql-client';
import { LoadRun, failures, medianRun, runLoad } from './lib/load-test';

/**
 * The console's brand list through the gateway: `brands(first: 20)` with the fields the console asks
 * for (guidelines and connected accounts included), for an agency with 200 brands, under 50
 * concurrent connections. Each request crosses the gateway, NATS, the clients service and Postgres
 * (row-level security on).
 */

const BRAND_COUNT = 200;
const PAGE_SIZE = 20;
const CONNECTIONS = 50;
const DURATION_SECONDS = 20;
const WARM_UP_SECONDS = 5;
const RUNS = 3;
const OWNER = { email: 'bench-owner@relais.test', password: 'bench-password-0123456789' };

const SIGN_UP = `mutation SignUp($input: SignUpInput!) { signUp(input: $input) { accessToken } }`;
const SIGN_IN = `mutation SignIn($input: SignInInput!) { signIn(input: $input) { accessToken } }`;
const CREATE_BRAND = `mutation CreateBrand($input: CreateBrandInput!) { createBrand(input: $input) { id } }`;
const BRANDS = `query Brands($first: Int!) {
  brands(first: $first) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      cursor
      node {
        id name slug timezone defaultLanguage targetMarkets archived createdAt updatedAt
        guidelines { toneNotes requiredHashtags bannedWords }
        socialAccounts { id status }
      }
    }
  }
}`;

interface BrandsPage {
  brands: { totalCount: number; edges: unknown[] };
}

async function seedBrands(graphqlUrl: string): Promise<void> {
  const { signUp } = await graphql<{ signUp: { accessToken: string } }>(graphqlUrl, SIGN_UP, {
    input: { agencyName: 'Bench Agency', name: 'Bench Owner', locale: 'FR', ...OWNER },
  });
  await inParallel(BRAND_COUNT, 8, async (index) => {
    await graphql(
      graphqlUrl,
      CREATE_BRAND,
      {
        input: {
          name: `Bench Brand ${String(index + 1).padStart(3, '0')}`,
          timezone: 'Europe/Paris',
          defaultLanguage: 'FR',
          targetMarkets: ['FR', 'BE'],
          guidelines: {
            toneNotes: 'Warm, short sentences.',
            requiredHashtags: ['bench'],
            bannedWords: ['cheap'],
          },
        },
      },
      signUp.accessToken,
    );
  });
}

export const gatewayBrandsBench: Bench = {
  name: 'gateway brands(first: 20)',
  async run(log) {
    log('preparing a fresh database');
    prepareTemplateDatabase();
    const database = await createTestDatabase();
    try {
      log('starting the platform');
      const platform = await startPlatform({
        databaseUrl: database.appUrl,
        subjectPrefix: testSubjectPrefix(),
        env: { NODE_ENV: 'production', LOG_LEVEL: 'warn' },
      });
      try {
        const graphqlUrl = `${platform.gatewayUrl}/graphql`;
        log(`creating an agency with ${BRAND_COUNT} brands through the gateway`);
        await seedBrands(graphqlUrl);
        const { signIn } = await graphql<{ signIn: { accessToken: string } }>(graphqlUrl, SIGN_IN, {
          input: OWNER,
        });
        const check = await graphql<BrandsPage>(graphqlUrl, BRANDS, { first: PAGE_SIZE }, signIn.accessToken);
        if (check.brands.totalCount !== BRAND_COUNT || check.brands.edges.length !== PAGE_SIZE) {
          throw new Error(
            `expected ${PAGE_SIZE} of ${BRAND_COUNT} brands, got ${JSON.stringify(check.brands)}`,
          );
        }

        const load = {
          url: graphqlUrl,
          headers: { 'content-type': 'application/json', authorization: `Bearer ${signIn.accessToken}` },
          body: JSON.stringify({ query: BRANDS, variables: { first: PAGE_SIZE } }),
          connections: CONNECTIONS,
          // Apollo answers `errors` before `data`: a page of brands starts like this, an error does not.
          verifyBody: (body: string) => body.startsWith(`{"data":{"brands":{"totalCount":${BRAND_COUNT},`),
        };
        log(`warming up for ${WARM_UP_SECONDS}s`);
        await runLoad({ ...load, durationSeconds: WARM_UP_SECONDS });
        const runs: LoadRun[] = [];
        for (let run = 1; run <= RUNS; run += 1) {
          log(`run ${run}/${RUNS}: ${CONNECTIONS} connections for ${DURATION_SECONDS}s`);
          const measured = await runLoad({ ...load, durationSeconds: DURATION_SECONDS });
          if (failures(measured) > 0) {
            log(
              `run ${run}: ${measured.errors} connection errors or timeouts, ${measured.non2xx} non-2xx, ${measured.mismatches} wrong bodies${measured.firstWrongBody ? `; first: ${measured.firstWrongBody}` : ''}`,
            );
          }
          runs.push(measured);
        }
        return {
          name: this.name,
          setup: `${BRAND_COUNT} brands, page of ${PAGE_SIZE} with guidelines and accounts, ${CONNECTIONS} connections, ${RUNS} × ${DURATION_SECONDS}s after ${WARM_UP_SECONDS}s warm-up, NODE_ENV=production`,
          runs,
          median: medianRun(runs),
        };
      } finally {
        await platform.stop();
      }
    } finally {
      await database.drop();
    }
  },
};
