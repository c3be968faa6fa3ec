import { Network, PublicationStatus } from '@relais/contracts';
import { waitFor } from '@relais/server-testing';
import { Agency, connectAccount, createAgency, schedulePost, sentTo, settled } from './support/fixtures';
import {
  animatedGif,
  libraryMedia,
  publicationIdOf,
  recordedUploads,
  testVideo,
  tinyPng,
} from './support/media-fixtures';
import { PublishingHarness, startPublishing } from './support/publishing-harness';

interface EmbeddedRecord {
  embed?: {
    $type: string;
    images?: { alt: string; aspectRatio?: { width: number; height: number } }[];
    alt?: string;
    external?: { uri: string; title: string; description: string; thumb?: { mimeType: string } };
  };
}

/**
 * Media on Bluesky, end to end: the content service's library answers the renditions, publishing
 * uploads each as a blob to the emulated PDS and writes the post record with its embed.
 */
describe('publishing media to Bluesky', () => {
  let h: PublishingHarness;
  let agency: Agency;

  beforeAll(async () => {
    h = await startPublishing({ content: true, env: { MAX_ATTEMPTS: '1' } });
    agency = await createAgency(h);
  }, 180_000);

  afterAll(() => h?.close());

  const connect = () => connectAccount(h, agency.owner, agency.brand.id, Network.Bluesky);
  const image = (alt: string, width = 48) => libraryMedia(h, agency, tinyPng(width, 32), 'image/png', alt);
  const soon = () => new Date(Date.now() + 1500);
  const recordOf = (post: { details: Record<string, unknown> }) => post.details.record as EmbeddedRecord;

  it('posts one image with its alt text and aspect ratio', async () => {
    const account = await connect();
    const photo = await image('Une brioche dorée', 60);
    const { postId } = await schedulePost(h, agency, [account], { dueAt: soon(), mediaIds: [photo.id] });
    const [publication] = await settled(h, agency, postId, 1);
    expect(publication).toMatchObject({ status: PublicationStatus.Published, failedStep: null });
    const [post] = await sentTo(h, account);
    expect(post.media).toEqual([expect.objectContaining({ type: 'image', alt: 'Une brioche dorée' })]);
    expect(recordOf(post).embed).toMatchObject({
      $type: 'app.bsky.embed.images',
      images: [{ alt: 'Une brioche dorée', aspectRatio: { width: 60, height: 32 } }],
    });
  });

  it('posts four images in the post’s order', async () => {
    const account = await connect();
    const photos = [];
    for (const n of [1, 2, 3, 4]) photos.push(await image(`Vitrine ${n}`, 40 + n));
    const { postId } = await schedulePost(h, agency, [account], {
      dueAt: soon(),
      mediaIds: photos.map((p) => p.id),
    });
    const [publication] = await settled(h, agency, postId, 1);
    expect(publication.status).toBe(PublicationStatus.Published);
    const [post] = await sentTo(h, account);
    expect(recordOf(post).embed?.images?.map((i) => i.alt)).toEqual([
      'Vitrine 1',
      'Vitrine 2',
      'Vitrine 3',
      'Vitrine 4',
    ]);
  });

  it('posts a video', async () => {
    const account = await connect();
    const video = await libraryMedia(h, agency, await testVideo(3), 'video/mp4', 'Le pétrin');
    const { postId } = await schedulePost(h, agency, [account], { dueAt: soon(), mediaIds: [video.id] });
    const [publication] = await settled(h, agency, postId, 1, 30_000);
    expect(publication.status).toBe(PublicationStatus.Published);
    const [post] = await sentTo(h, account);
    expect(post.media).toEqual([expect.objectContaining({ type: 'video' })]);
    expect(recordOf(post).embed).toMatchObject({ $type: 'app.bsky.embed.video', alt: 'Le pétrin' });
  });

  it('posts an animated GIF as a video, as Bluesky’s app does', async () => {
    const account = await connect();
    const gif = await libraryMedia(h, agency, await animatedGif(61, 40), 'image/gif', 'Le levain qui monte');
    const { postId } = await schedulePost(h, agency, [account], { dueAt: soon(), mediaIds: [gif.id] });
    const [publication] = await settled(h, agency, postId, 1, 30_000);
    expect(publication.status).toBe(PublicationStatus.Published);
    const [post] = await sentTo(h, account);
    expect(post.media).toEqual([expect.objectContaining({ type: 'video', mimeType: 'video/mp4' })]);
    expect(recordOf(post).embed).toMatchObject({
      $type: 'app.bsky.embed.video',
      alt: 'Le levain qui monte',
      aspectRatio: { width: 60, height: 40 },
    });
  });

  it('posts a link card with its thumbnail uploaded as a blob', async () => {
    const account = await connect();
    const thumbnail = await image('');
    const url = 'https://boulangerie-lune.example/galettes';
    const { postId } = await schedulePost(h, agency, [account], {
      dueAt: soon(),
      text: 'Les galettes sont arrivées',
      linkUrl: url,
      linkCard: {
        url,
        title: 'Nos galettes',
        description: 'Frangipane maison',
        thumbnailMediaId: thumbnail.id,
      },
    });
    const [publication] = await settled(h, agency, postId, 1);
    expect(publication.status).toBe(PublicationStatus.Published);
    const [post] = await sentTo(h, account);
    expect(recordOf(post).embed).toMatchObject({
      $type: 'app.bsky.embed.external',
      external: {
        uri: url,
        title: 'Nos galettes',
        description: 'Frangipane maison',
        thumb: { mimeType: expect.stringMatching(/^image\//) },
      },
    });
    expect(await recordedUploads(h, publication.id)).toHaveLength(1);
  });

  it('posts once when the answer to a post with media is lost', async () => {
    const account = await connect();
    const photo = await image('Réponse perdue');
    await h.sandbox.client.addFault({
      network: 'bluesky',
      accountId: account.sandbox.externalId,
      kind: 'drop_after_commit',
      count: 1,
    });
    const { postId } = await schedulePost(h, agency, [account], { dueAt: soon(), mediaIds: [photo.id] });
    const [publication] = await settled(h, agency, postId, 1);
    expect(publication.status).toBe(PublicationStatus.Published);
    const posts = await sentTo(h, account);
    expect(posts).toHaveLength(1);
    expect(posts[0].media).toHaveLength(1);
  });

  it('renews an access token that expires between two uploads, reuses what went up, and posts once', async () => {
    const account = await connect();
    const photos = [];
    for (const n of [1, 2, 3, 4]) photos.push(await image(`Étape ${n}`, 50 + n));
    // Each answer takes a while, so the token can be expired while the files go up.
    await h.sandbox.client.setLatency(700, 'bluesky');
    try {
      const { postId } = await schedulePost(h, agency, [account], {
        dueAt: soon(),
        mediaIds: photos.map((p) => p.id),
      });
      const publicationId = await waitFor(() => publicationIdOf(h, postId), {
        timeoutMs: 10_000,
        description: 'the publication',
      });
      const [first] = await waitFor(
        async () => {
          const rows = await recordedUploads(h, publicationId);
          return rows.length >= 1 ? rows : null;
        },
        { timeoutMs: 15_000, intervalMs: 20, description: 'a first upload recorded' },
      );
      const [before] = await h.sql<{ uploaded_at: Date }>(
        `SELECT uploaded_at FROM publishing.publication_media WHERE publication_id = $1 AND media_id = $2`,
        [publicationId, first.media_id],
      );
      await h.sandbox.client.addFault({
        network: 'bluesky',
        accountId: account.sandbox.externalId,
        kind: 'expire_token',
      });

      const [publication] = await settled(h, agency, postId, 1, 40_000);
      expect(publication.status).toBe(PublicationStatus.Published);
      const posts = await sentTo(h, account);
      expect(posts).toHaveLength(1);
      expect(recordOf(posts[0]).embed?.images).toHaveLength(4);
      // The file that went up before the token expired was not sent again.
      const [after] = await h.sql<{ uploaded_at: Date }>(
        `SELECT uploaded_at FROM publishing.publication_media WHERE publication_id = $1 AND media_id = $2`,
        [publicationId, first.media_id],
      );
      expect(after.uploaded_at).toEqual(before.uploaded_at);
      expect(await recordedUploads(h, publicationId)).toHaveLength(4);
    } finally {
      await h.sandbox.client.setLatency(0, 'bluesky');
    }
  });
});
