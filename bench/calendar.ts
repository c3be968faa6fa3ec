import { createTestDatabase, testSubjectPrefix } from '@relais/server-testing';
import prepareTemplateDatabase from '../tools/jest/global-setup';
import { startPlatform } from '../tools/platform';
import { Bench } from './lib/bench';
import { graphql } from './lib/graphql-client';
import { failures, LoadRun, medianRun, runLoad } from './lib/load-test';
import { seedCalendar } from './calendar-seed';

/**
 * The console's calendar through the gateway: a month of one brand with 300 posts, each on three
 * networks, under 50 concurrent connections. Each request crosses the gateway, NATS, the content
 * service (one query for the posts, one for their variants, row-level security on) and the clients
 * service (the brand's name and the caller's right to see it).
 */

const POST_COUNT = 300;
const CONNECTIONS = 50;
const DURATION_SECONDS = 20;
const WARM_UP_SECONDS = 5;
const RUNS = 3;

const CALENDAR = `query Calendar($brandId: ID, $from: DateTime!, $to: DateTime!) {
  calendarPosts(brandId: $brandId, from: $from, to: $to) {
    id brandId brandName title status scheduledAt excerpt networks
    variants { network text }
    campaign { id name color }
    color
  }
}`;

const PREFIX = '{"data":{"calendarPosts":[';

/** How many posts an answer holds (every post has exactly one excerpt). */
function postsIn(body: string): number {
  let count = 0;
  for (let at = body.indexOf('"excerpt":'); at !== -1; at = body.indexOf('"excerpt":', at + 10)) count += 1;
  return count;
}

export const calendarBench: Bench = {
  name: 'gateway calendarPosts(month)',
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
        log(`creating a brand with ${POST_COUNT} posts in one month, 3 networks each`);
        const world = await seedCalendar(graphqlUrl, database.ownerUrl, POST_COUNT);
        const variables = { brandId: world.brandId, from: world.from, to: world.to };
        const check = await graphql<{ calendarPosts: { networks: string[] }[] }>(
          graphqlUrl,
          CALENDAR,
          variables,
          world.accessToken,
        );
        if (
          check.calendarPosts.length !== POST_COUNT ||
          check.calendarPosts.some((p) => p.networks.length !== 3)
        ) {
          throw new Error(`expected ${POST_COUNT} posts on 3 networks, got ${check.calendarPosts.length}`);
        }

        const load = {
          url: graphqlUrl,
          headers: { 'content-type': 'application/json', authorization: `Bearer ${world.accessToken}` },
          body: JSON.stringify({ query: CALENDAR, variables }),
          connections: CONNECTIONS,
          verifyBody: (body: string) => body.startsWith(PREFIX) && postsIn(body) === POST_COUNT,
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
          setup: `1 brand, ${POST_COUNT} posts in the month with 3 variants each, ${CONNECTIONS} connections, ${RUNS} × ${DURATION_SECONDS}s after ${WARM_UP_SECONDS}s warm-up, NODE_ENV=production`,
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
