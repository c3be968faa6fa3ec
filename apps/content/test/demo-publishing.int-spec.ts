import { Client } from 'pg';
import {
  createTestDatabase,
  SandboxClient,
  SandboxPost,
  TestDatabase,
  testSubjectPrefix,
  waitFor,
} from '@relais/server-testing';
import { Platform, seedDemo, startPlatform } from '@relais/dev-platform';

/**
 * The demo as a newcomer gets it: the whole platform (network emulators and every service), the demo
 * seed, and its soon-due posts going out on the emulated networks at their time, once each, while
 * nothing whose slot had passed goes out at all.
 */

const SOON_DUE_MS = 6000;
const VERDURE = 'Les semis de la saison pointent le bout de leurs feuilles';
const ROASTERS = 'A fresh batch of our Guji just came out of the roaster';

interface SoonPost {
  id: string;
  title: string;
  status: string;
  scheduled_at: Date;
}

interface PublicationRow {
  network: string;
  status: string;
  external_url: string | null;
}

describe('the demo seed on a running platform', () => {
  let database: TestDatabase;
  let platform: Platform;
  let sandbox: SandboxClient;
  let db: Client;
  let seededAt: number;

  beforeAll(async () => {
    database = await createTestDatabase();
    platform = await startPlatform({
      databaseUrl: database.appUrl,
      subjectPrefix: testSubjectPrefix(),
      env: { LOG_LEVEL: 'warn' },
    });
    sandbox = new SandboxClient(platform.sandbox.control);
    db = new Client({ connectionString: database.superuserUrl });
    await db.connect();
    seededAt = Date.now();
    await seedDemo(
      { ...process.env, ...platform.env, DATABASE_URL: database.appUrl },
      { soonDueInMs: SOON_DUE_MS },
    );
  }, 240_000);

  afterAll(async () => {
    await db?.end();
    await platform?.stop();
    await database?.drop();
  });

  const soonPosts = async () =>
    (
      await db.query<SoonPost>(
        `SELECT id, title, status, scheduled_at FROM content.posts
          WHERE scheduled_at >= $1 AND scheduled_at < $2 ORDER BY title`,
        [new Date(seededAt), new Date(Date.now() + 60_000)],
      )
    ).rows;
  const received = async (): Promise<SandboxPost[]> => (await sandbox.posts()).posts;

  it('sends each brand’s soon-due post once, at its time, and publishes it with its links', async () => {
    const scheduled = await soonPosts();
    expect(scheduled.map((post) => [post.title, post.status])).toEqual([
      ['Fresh out of the roaster', 'scheduled'],
      ['Les semis sortent de terre', 'scheduled'],
    ]);

    await waitFor(async () => (await received()).length >= 3, {
      timeoutMs: SOON_DUE_MS + 20_000,
      description: 'the soon-due demo posts on the emulated networks',
    });
    await waitFor(async () => (await soonPosts()).every((post) => post.status === 'published'), {
      timeoutMs: 15_000,
      description: 'the soon-due demo posts published',
    });
    // Late redeliveries or a second send would show up meanwhile.
    await new Promise((resolve) => setTimeout(resolve, 2000));

    const posts = await received();
    const brandOf = (text: string) =>
      text.startsWith(VERDURE) ? 'Maison Verdure' : text.startsWith(ROASTERS) ? 'Brooklyn Roasters' : text;
    expect(posts.map((post) => [post.network, brandOf(post.text)]).sort()).toEqual([
      ['bluesky', 'Maison Verdure'],
      ['mastodon', 'Brooklyn Roasters'],
      ['mastodon', 'Maison Verdure'],
    ]);
    // Nothing else: the posts whose slot had passed were written published, and the rest are due later.
    expect(posts).toHaveLength(3);
    const dueAt = Math.min(...scheduled.map((post) => post.scheduled_at.getTime()));
    for (const post of posts) expect(post.receivedAtMs).toBeGreaterThanOrEqual(dueAt - 50);

    for (const post of await soonPosts()) {
      const publications = await db.query<PublicationRow>(
        `SELECT network, status, external_url FROM publishing.publications WHERE post_id = $1 ORDER BY network`,
        [post.id],
      );
      expect(publications.rows.length).toBeGreaterThan(0);
      for (const publication of publications.rows) {
        expect(publication.status).toBe('published');
        expect(publication.external_url).toMatch(/^https?:\/\//);
      }
    }
  });

  it('hands nothing to publishing again when it runs a second time', async () => {
    const count = async () =>
      Number(
        (
          await db.query<{ count: string }>(
            `SELECT count(*) FROM content.outbox WHERE subject = 'evt.content.post.scheduled.v1'`,
          )
        ).rows[0].count,
      );
    const before = await count();
    await seedDemo({ ...process.env, ...platform.env, DATABASE_URL: database.appUrl }, { soonDueInMs: 1000 });
    expect(await count()).toBe(before);
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(await received()).toHaveLength(3);
  });
});
