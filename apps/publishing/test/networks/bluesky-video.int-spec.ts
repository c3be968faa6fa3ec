import { MediaKind, Network, PublishFailureCode } from '@relais/contracts';
import { mediaFileOf, pngOf, videoFile } from './media-files';
import { memoryUploads, publishRequest, useNetworkBench } from './sandbox-adapters';

interface VideoRecord {
  embed?: { $type: string; alt?: string; aspectRatio?: unknown; video?: { ref: { $link: string } } };
}

/** Videos on Bluesky go through its video service, as the Bluesky app sends them. */
describe('Bluesky adapter: video', () => {
  const kit = useNetworkBench(Network.Bluesky);
  const { adapter, account, postsOf } = kit;
  const longSignal = () => AbortSignal.timeout(30_000);

  beforeEach(() => kit.bench.sandbox.client.setMediaProcessing(600, 'bluesky'));

  it('uploads the video to the video service, waits for its job, and embeds the blob it gives', async () => {
    const { credentials, access } = await account();
    const video = { ...videoFile(200 * 1024), altText: 'Le pétrin en marche' };
    const uploads = memoryUploads();
    const outcome = await adapter().publish(
      access,
      publishRequest({ text: 'Au fournil', media: [video], uploads }),
      longSignal(),
    );
    const [post] = await postsOf(credentials.externalId);
    expect(outcome).toMatchObject({ kind: 'published', externalId: post.id });
    const embed = (post.details.record as VideoRecord).embed;
    expect(embed).toMatchObject({
      $type: 'app.bsky.embed.video',
      alt: 'Le pétrin en marche',
      aspectRatio: { width: 2, height: 2 },
    });
    expect(post.media).toEqual([expect.objectContaining({ type: 'video', size: video.sizeBytes })]);
    expect(uploads.recorded).toEqual([
      expect.objectContaining({
        networkMediaId: embed?.video?.ref.$link,
        data: expect.objectContaining({ jobId: expect.any(String), blob: expect.anything() }),
      }),
    ]);
  }, 40_000);

  it('a video still processing at the deadline fails at step processing; the retry waits for the same job', async () => {
    const { credentials, access } = await account();
    await kit.bench.sandbox.client.setMediaProcessing(2500, 'bluesky');
    const video = videoFile();
    const uploads = memoryUploads();
    const request = publishRequest({ media: [video], uploads });
    const impatient = await kit.bench.registryWith({ mediaProcessingTimeoutMs: 400 });
    expect(await impatient.get(Network.Bluesky).publish(access, request, longSignal())).toMatchObject({
      kind: 'failed',
      code: PublishFailureCode.NetworkUnavailable,
      step: 'processing',
      retryable: true,
    });
    expect(await postsOf(credentials.externalId)).toHaveLength(0);
    const jobId = (uploads.recorded[0]?.data as { jobId?: string } | undefined)?.jobId;
    expect(jobId).toEqual(expect.any(String));

    expect(await adapter().publish(access, request, longSignal())).toMatchObject({ kind: 'published' });
    expect(video.opened).toBe(1);
    expect(uploads.recorded[0]?.data).toMatchObject({ jobId });
    expect(await postsOf(credentials.externalId)).toHaveLength(1);
  }, 40_000);

  it('a file the video service cannot read fails at step processing, not to be retried, and nothing is posted', async () => {
    const { credentials, access } = await account();
    const notVideo = mediaFileOf(pngOf(40, 30), { kind: MediaKind.Video, contentType: 'video/mp4' });
    const outcome = await adapter().publish(access, publishRequest({ media: [notVideo] }), longSignal());
    expect(outcome).toMatchObject({
      kind: 'failed',
      code: PublishFailureCode.Rejected,
      step: 'processing',
      retryable: false,
      networkMessage: expect.stringContaining('Unsupported video format'),
    });
    expect(await postsOf(credentials.externalId)).toHaveLength(0);
  }, 40_000);
});
