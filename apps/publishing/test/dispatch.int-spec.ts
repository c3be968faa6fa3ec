import {
  ContentEvents,
  Network,
  PublicationSettledEvent,
  PublicationStatus,
  PublishingEvents,
} from '@relais/contracts';
import { waitFor } from '@relais/server-testing';
import {
  Agency,
  cancelPost,
  connectAccount,
  ConnectedAccount,
  createAgency,
  publicationsOf,
  schedulePost,
  settled,
} from './support/fixtures';
import { PublishingHarness, startPublishing } from './support/publishing-harness';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('publishing a scheduled post', () => {
  let h: PublishingHarness;
  let agency: Agency;
  let mastodon: ConnectedAccount;

  beforeAll(async () => {
    h = await startPublishing();
    agency = await createAgency(h);
    mastodon = await connectAccount(h, agency.owner, agency.brand.id, Network.Mastodon);
  }, 120_000);

  afterAll(() => h?.close());

  async function postsOn(account: ConnectedAccount) {
    return (
      await h.sandbox.client.posts({
        network: account.network as never,
        accountId: account.sandbox.externalId,
      })
    ).posts;
  }

  it('sends exactly one post at the due instant', async () => {
    const dueAt = new Date(Date.now() + 3000);
    const { postId } = await schedulePost(h, agency, [mastodon], { dueAt, text: 'Croissants chauds à 7 h' });
    const [publication] = await settled(h, agency, postId, 1);
    expect(publication.status).toBe(PublicationStatus.Published);
    expect(publication.externalId).toBeTruthy();
    const posts = (await postsOn(mastodon)).filter((post) => post.text.includes('Croissants chauds'));
    expect(posts).toHaveLength(1);
    const [event] = await h.sql<{ payload: { data: PublicationSettledEvent } }>(
      `SELECT payload FROM publishing.outbox WHERE subject = $1 AND payload->'data'->>'postId' = $2`,
      [PublishingEvents.publicationPublished, postId],
    );
    expect(event.payload.data).toMatchObject({
      publicationId: publication.id,
      externalId: publication.externalId,
      occurrence: { total: 1, published: 1, failed: 0, pending: 0 },
      nextOccurrenceAt: null,
    });
    // The relay publishes it to JetStream (content reads it there).
    await waitFor(async () => {
      const [row] = await h.sql<{ published_at: Date | null }>(
        `SELECT published_at FROM publishing.outbox WHERE payload->'data'->>'postId' = $1`,
        [postId],
      );
      return row?.published_at;
    });
    const lateness = posts[0].receivedAtMs - dueAt.getTime();
    expect(lateness).toBeGreaterThanOrEqual(0);
    expect(lateness).toBeLessThan(1000);
  });

  it('sends nothing for a post cancelled, deleted or archived before its instant', async () => {
    const dueAt = new Date(Date.now() + 2500);
    const posts = await Promise.all(
      [ContentEvents.postCancelled, ContentEvents.postDeleted, ContentEvents.postArchived].map(
        async (subject, i) => {
          const post = await schedulePost(h, agency, [mastodon], {
            dueAt,
            text: `Annulé ${i} ${Date.now()}`,
          });
          await sleep(300);
          await cancelPost(h, agency, post.postId, post.version, subject);
          return post;
        },
      ),
    );
    await sleep(4000);
    for (const post of posts) {
      const list = await publicationsOf(h, agency, post.postId);
      expect(list).toHaveLength(0);
    }
    const sent = (await postsOn(mastodon)).filter((post) => post.text.startsWith('Annulé'));
    expect(sent).toHaveLength(0);
  });

  it('sends nothing for a post cancelled once claimed, just before its instant', async () => {
    // Claimed up to DISPATCH_LOOKAHEAD_MS (2 s) ahead: the cancel lands between the claim and the instant.
    const dueAt = new Date(Date.now() + 3000);
    const post = await schedulePost(h, agency, [mastodon], {
      dueAt,
      text: `Réclamé puis annulé ${Date.now()}`,
    });
    await waitFor(
      async () => {
        const [row] = await h.sql<{ status: string }>(
          `SELECT status FROM publishing.publications WHERE post_id = $1`,
          [post.postId],
        );
        return row?.status === 'claimed';
      },
      { intervalMs: 20 },
    );
    await cancelPost(h, agency, post.postId, post.version);
    await sleep(Math.max(0, dueAt.getTime() - Date.now()) + 1500);
    const [row] = await h.sql<{ status: string }>(
      `SELECT status FROM publishing.publications WHERE post_id = $1`,
      [post.postId],
    );
    expect(row.status).toBe('cancelled');
    const sent = (await postsOn(mastodon)).filter((p) => p.text.startsWith('Réclamé puis annulé'));
    expect(sent).toHaveLength(0);
  });

  it('sends only the edited version, and ignores the older event arriving late', async () => {
    const dueAt = new Date(Date.now() + 3000);
    const first = await schedulePost(h, agency, [mastodon], {
      dueAt,
      text: 'Version une',
      occurredAt: new Date(Date.now() - 1000),
    });
    await sleep(300);
    await schedulePost(h, agency, [mastodon], {
      postId: first.postId,
      version: 3,
      dueAt,
      text: 'Version trois',
    });
    await sleep(300);
    // Redelivered late: older version, changes nothing.
    await schedulePost(h, agency, [mastodon], {
      postId: first.postId,
      version: 2,
      dueAt,
      text: 'Version deux',
    });
    const list = await settled(h, agency, first.postId, 1);
    expect(list.map((p) => p.status)).toEqual([PublicationStatus.Published]);
    const sent = (await postsOn(mastodon)).filter((post) => post.text.startsWith('Version'));
    expect(sent.map((post) => post.text)).toEqual(['Version trois (mastodon)']);
  });
});
