import { Client } from 'pg';
import { graphql } from './lib/graphql-client';

const SIGN_UP = `mutation SignUp($input: SignUpInput!) {
  signUp(input: $input) { accessToken user { id } agency { id } } }`;
const CREATE_BRAND = `mutation CreateBrand($input: CreateBrandInput!) { createBrand(input: $input) { id } }`;
const CONNECT = `mutation Connect($input: ConnectSocialAccountInput!) {
  connectSocialAccount(input: $input) { id network } }`;

const NETWORKS = [
  { network: 'X', value: 'x', handle: '@roasters' },
  {
    network: 'BLUESKY',
    value: 'bluesky',
    handle: 'roasters.bsky.social',
    instanceUrl: 'https://bsky.social',
  },
  { network: 'LINKEDIN', value: 'linkedin', handle: 'brooklyn-roasters' },
];

const STATUSES = ['draft', 'changes_requested', 'approved', 'scheduled', 'published'];

export interface CalendarWorld {
  accessToken: string;
  brandId: string;
  /** The month the posts fill: [from, to). */
  from: string;
  to: string;
}

/**
 * An agency with one brand (New York time), three connected accounts, and `postCount` posts spread over
 * next month, each with its three targets and variants (customised text on every other one) and a
 * campaign on a third of them. The agency, brand and accounts go through the gateway; the posts are
 * written in SQL as the database owner acting for the agency, in one statement per table.
 */
export async function seedCalendar(
  graphqlUrl: string,
  ownerDatabaseUrl: string,
  postCount: number,
): Promise<CalendarWorld> {
  const { signUp } = await graphql<{
    signUp: { accessToken: string; user: { id: string }; agency: { id: string } };
  }>(graphqlUrl, SIGN_UP, {
    input: {
      agencyName: 'Calendar Bench Agency',
      name: 'Calendar Bench Owner',
      email: 'calendar-bench@relais.test',
      password: 'bench-password-0123456789',
      locale: 'EN',
    },
  });
  const token = signUp.accessToken;
  const { createBrand } = await graphql<{ createBrand: { id: string } }>(
    graphqlUrl,
    CREATE_BRAND,
    {
      input: {
        name: 'Brooklyn Roasters',
        timezone: 'America/New_York',
        defaultLanguage: 'EN',
        targetMarkets: ['US'],
        guidelines: { toneNotes: 'Friendly.', requiredHashtags: [], bannedWords: [] },
      },
    },
    token,
  );
  const accounts: { id: string; network: string }[] = [];
  for (const spec of NETWORKS) {
    const { connectSocialAccount } = await graphql<{ connectSocialAccount: { id: string } }>(
      graphqlUrl,
      CONNECT,
      {
        input: {
          brandId: createBrand.id,
          network: spec.network,
          handle: spec.handle,
          externalId: `${spec.value}-bench`,
          ...(spec.instanceUrl ? { instanceUrl: spec.instanceUrl } : {}),
          credentials: { accessToken: `bench-${spec.value}` },
        },
      },
      token,
    );
    accounts.push({ id: connectSocialAccount.id, network: spec.value });
  }

  const now = new Date();
  const from = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
  const to = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + 1, 1));
  const client = new Client({ connectionString: ownerDatabaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    const ids = { agency: signUp.agency.id, brand: createBrand.id, author: signUp.user.id };
    // Row-level security applies to the owner too (FORCE): write as the agency, like the service does.
    await client.query(
      "SELECT set_config('app.agency_id', $1, true), set_config('app.user_id', $2, true), set_config('app.brand_ids', '*', true)",
      [ids.agency, ids.author],
    );
    const [{ id: campaignId }] = (
      await client.query<{ id: string }>(
        `INSERT INTO content.campaigns (agency_id, brand_id, name, color) VALUES ($1, $2, 'Holiday blends', '#e8590c') RETURNING id`,
        [ids.agency, ids.brand],
      )
    ).rows;
    const spanMs = to.getTime() - from.getTime();
    await client.query(
      `INSERT INTO content.posts (agency_id, brand_id, author_id, title, base_text, status, scheduled_at, campaign_id)
       SELECT $1, $2, $3, 'Post ' || n,
              'Fresh from the roaster: blend number ' || n || ' is out today at every Brooklyn shop. Come taste it with a pastry and tell us what you think. #coffee',
              ($4::text[])[1 + n % array_length($4::text[], 1)],
              $5::timestamptz + ((n - 0.5) * $6::float8 / $7) * interval '1 millisecond',
              CASE WHEN n % 3 = 0 THEN $8::uuid END
         FROM generate_series(1, $7) AS n`,
      [ids.agency, ids.brand, ids.author, STATUSES, from, spanMs, postCount, campaignId],
    );
    const targets = accounts.map((account) => [account.id, account.network]);
    await client.query(
      `INSERT INTO content.post_targets (agency_id, brand_id, post_id, account_id, network)
       SELECT p.agency_id, p.brand_id, p.id, (t->>0)::uuid, t->>1
         FROM content.posts p, jsonb_array_elements($2::jsonb) AS t
        WHERE p.brand_id = $1`,
      [ids.brand, JSON.stringify(targets)],
    );
    await client.query(
      `INSERT INTO content.post_variants (agency_id, brand_id, post_id, network, customized, text)
       SELECT agency_id, brand_id, post_id, network, n % 2 = 0,
              CASE WHEN n % 2 = 0 THEN 'On ' || network || ': ' || base_text ELSE base_text END
         FROM (SELECT p.agency_id, p.brand_id, p.id AS post_id, t.network, p.base_text,
                      row_number() OVER (ORDER BY p.id, t.network) AS n
                 FROM content.posts p JOIN content.post_targets t ON t.post_id = p.id
                WHERE p.brand_id = $1) AS v`,
      [ids.brand],
    );
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    await client.end();
  }
  return { accessToken: token, brandId: createBrand.id, from: from.toISOString(), to: to.toISOString() };
}
