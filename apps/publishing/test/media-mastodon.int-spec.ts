import { Network, PublicationStatus, PublicationView, PublishingSubjects } from '@relais/contracts';
import { as } from '@relais/server-testing';
import {
  Agency,
  connectAccount,
  createAgency,
  longMastodonWindow,
  schedulePost,
  sentTo,
  settled,
} from './support/fixtures';
import { libraryMedia, recordedUploads, tinyMp4, tinyPng } from './support/media-fixtures';
import { PublishingHarness, startPublishing } from './support/publishing-harness';

/**
 * Media on Mastodon, end to end: the content service's library answers the renditions, publishing
 * uploads them to the emulated instance (`POST /api/v2/media`, polled while processing) and posts the
 * status with `media_ids[]`.
 */
describe('publishing media to Mastodon', () => {
  let h: PublishingHarness;
  let agency: Agency;

  beforeAll(async () => {
    h = await startPublishing({
      content: true,
      env: { MAX_ATTEMPTS: '1', MEDIA_PROCESSING_TIMEOUT_MS: '4000', LEASE_SECONDS: '5' },
    });
    agency = await createAgency(h);
    await longMastodonWindow(h);
  }, 180_000);

  afterAll(() => h?.close());

  const connect = () => connectAccount(h, agency.owner, agency.brand.id, Network.Mastodon);
  const image = (alt: string, width = 48) => libraryMedia(h, agency, tinyPng(width, 32), 'image/png', alt);
  const soon = () => new Date(Date.now() + 1500);
  const retry = (publication: PublicationView) =>
    h.call(PublishingSubjects.publication.retry, as(agency.owner), { id: publication.id });

  it('posts one image with its alt text', async () => {
    const account = await connect();
    const photo = await image('Un pain de campagne sur une planche');
    const { postId } = await schedulePost(h, agency, [account], { dueAt: soon(), mediaIds: [photo.id] });
    const [publication] = await settled(h, agency, postId, 1);
    expect(publication).toMatchObject({ status: PublicationStatus.Published, failedStep: null });
    const [post] = await sentTo(h, account);
    expect(post.media).toEqual([
      expect.objectContaining({ type: 'image', alt: 'Un pain de campagne sur une planche' }),
    ]);
    const uploads = await recordedUploads(h, publication.id);
    expect(uploads.map((u) => u.network_media_id)).toEqual([post.media[0].id]);
  });

  it('posts four images in the post’s order', async () => {
    const account = await connect();
    const photos = [];
    for (const n of [1, 2, 3, 4]) photos.push(await image(`Photo ${n}`, 40 + n));
    const { postId } = await schedulePost(h, agency, [account], {
      dueAt: soon(),
      mediaIds: photos.map((p) => p.id),
    });
    const [publication] = await settled(h, agency, postId, 1);
    expect(publication.status).toBe(PublicationStatus.Published);
    const [post] = await sentTo(h, account);
    expect(post.media.map((m) => m.alt)).toEqual(['Photo 1', 'Photo 2', 'Photo 3', 'Photo 4']);
  });

  it('waits for a video to finish processing, then posts it', async () => {
    await h.sandbox.client.setMediaProcessing(2500, 'mastodon');
    const account = await connect();
    const video = await libraryMedia(
      h,
      agency,
      tinyMp4({ width: 320, height: 240, durationMs: 3000 }),
      'video/mp4',
      'Le four à bois',
    );
    const dueAt = soon();
    const { postId } = await schedulePost(h, agency, [account], { dueAt, mediaIds: [video.id] });
    const [publication] = await settled(h, agency, postId, 1, 30_000);
    expect(publication.status).toBe(PublicationStatus.Published);
    const [post] = await sentTo(h, account);
    expect(post.media).toEqual([expect.objectContaining({ type: 'video', alt: 'Le four à bois' })]);
    // The status waited for the processing (2.5 s), it was not refused for it.
    expect(post.receivedAtMs - dueAt.getTime()).toBeGreaterThanOrEqual(2000);
  });

  it('posts once when the answer to a post with media is lost', async () => {
    const account = await connect();
    const photo = await image('Réponse perdue');
    await h.sandbox.client.addFault({
      network: 'mastodon',
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
    expect(await recordedUploads(h, publication.id)).toHaveLength(1);
  });

  it('fails at step processing when the instance cannot process a file, and a retry posts it once', async () => {
    await h.sandbox.client.setMediaProcessing(500, 'mastodon');
    const account = await connect();
    const video = await libraryMedia(
      h,
      agency,
      tinyMp4({ width: 320, height: 240, durationMs: 1000 }),
      'video/mp4',
      'Raté',
    );
    await h.sandbox.client.addFault({
      network: 'mastodon',
      accountId: account.sandbox.externalId,
      kind: 'media_fail',
      count: 1,
    });
    const { postId } = await schedulePost(h, agency, [account], { dueAt: soon(), mediaIds: [video.id] });
    const [failed] = await settled(h, agency, postId, 1);
    expect(failed).toMatchObject({
      status: PublicationStatus.Failed,
      failedStep: 'processing',
      canRetry: true,
    });
    expect(await sentTo(h, account)).toHaveLength(0);

    await retry(failed);
    const [published] = await settled(h, agency, postId, 1, 30_000);
    expect(published.status).toBe(PublicationStatus.Published);
    const posts = await sentTo(h, account);
    expect(posts).toHaveLength(1);
    // The file the instance failed on was uploaded anew, not reused.
    const uploads = await recordedUploads(h, failed.id);
    expect(uploads.map((u) => u.network_media_id)).toEqual([posts[0].media[0].id]);
  });

  it('fails at step processing after the deadline, and a retry reuses the upload', async () => {
    await h.sandbox.client.setMediaProcessing(9000, 'mastodon');
    const account = await connect();
    const video = await libraryMedia(
      h,
      agency,
      tinyMp4({ width: 320, height: 240, durationMs: 1000 }),
      'video/mp4',
      'Lent',
    );
    const { postId } = await schedulePost(h, agency, [account], { dueAt: soon(), mediaIds: [video.id] });
    const [failed] = await settled(h, agency, postId, 1, 30_000);
    expect(failed).toMatchObject({
      status: PublicationStatus.Failed,
      failedStep: 'processing',
      canRetry: true,
    });
    expect(failed.failure?.message).toContain('did not finish processing the media');
    const [first] = await recordedUploads(h, failed.id);
    expect(await sentTo(h, account)).toHaveLength(0);

    await h.sandbox.client.setMediaProcessing(500, 'mastodon');
    await retry(failed);
    const [published] = await settled(h, agency, postId, 1, 30_000);
    expect(published.status).toBe(PublicationStatus.Published);
    const posts = await sentTo(h, account);
    expect(posts).toHaveLength(1);
    // Uploaded once: the retry attached the file it had uploaded the first time.
    expect(posts[0].media.map((m) => m.id)).toEqual([first.network_media_id]);
    expect(await recordedUploads(h, failed.id)).toHaveLength(1);
  });
});
