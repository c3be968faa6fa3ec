import { Network, PublishFailureCode } from '@relais/contracts';
import { imageFile, videoFile } from './media-files';
import { until } from './sandbox-media';
import { memoryUploads, publishRequest, signal, useNetworkBench } from './sandbox-adapters';

describe('X adapter: media', () => {
  const kit = useNetworkBench(Network.X);
  const { adapter, account, postsOf } = kit;
  const longSignal = () => AbortSignal.timeout(30_000);

  it('uploads an image with its alt text and attaches it to the post', async () => {
    const { credentials, access } = await account();
    const image = imageFile('Un étal de fruits au marché');
    const uploads = memoryUploads();
    const outcome = await adapter().publish(
      access,
      publishRequest({ media: [image], mediaIds: [image.mediaId], uploads }),
      signal(),
    );
    expect(outcome).toMatchObject({ kind: 'published' });
    const [post] = await postsOf(credentials.externalId);
    expect(post.media).toEqual([
      expect.objectContaining({ type: 'image', sha256: image.sha256, alt: 'Un étal de fruits au marché' }),
    ]);
    expect(uploads.recorded).toEqual([
      {
        mediaId: image.mediaId,
        sha256: image.sha256,
        networkMediaId: post.media[0].id,
        expiresAt: expect.any(Date),
      },
    ]);
  });

  it('four images, in order; a fifth is refused before anything is uploaded', async () => {
    const { credentials, access } = await account();
    const images = [1, 2, 3, 4].map((n) => imageFile(`Photo ${n}`));
    const uploads = memoryUploads();
    expect(
      await adapter().publish(access, publishRequest({ media: images, uploads }), signal()),
    ).toMatchObject({ kind: 'published' });
    const [post] = await postsOf(credentials.externalId);
    expect(post.media.map((file) => [file.sha256, file.alt])).toEqual(
      images.map((image) => [image.sha256, image.altText]),
    );

    const five = [...images, imageFile()];
    expect(await adapter().publish(access, publishRequest({ media: five }), signal())).toMatchObject({
      kind: 'failed',
      code: PublishFailureCode.Rejected,
      step: 'upload',
      retryable: false,
    });
    expect(five.map((file) => file.opened)).toEqual([1, 1, 1, 1, 0]);
  });

  it('a video in segments, posted once X has processed it (STATUS polled)', async () => {
    const { credentials, access } = await account();
    await kit.bench.sandbox.client.setMediaProcessing(2500, 'x');
    const video = videoFile(9 * 1024 * 1024);
    const started = Date.now();
    const outcome = await adapter().publish(access, publishRequest({ media: [video] }), longSignal());
    expect(outcome).toMatchObject({ kind: 'published' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(2500);
    const [post] = await postsOf(credentials.externalId);
    expect(post.media).toEqual([
      expect.objectContaining({ type: 'video', size: video.sizeBytes, sha256: video.sha256 }),
    ]);
  }, 40_000);

  it('processing past the deadline: failed at step processing, retryable, nothing posted', async () => {
    const { credentials, access } = await account();
    await kit.bench.sandbox.client.setMediaProcessing(5000, 'x');
    const registry = await kit.bench.registryWith({ mediaProcessingTimeoutMs: 800 });
    const outcome = await registry
      .get(Network.X)
      .publish(access, publishRequest({ media: [videoFile()] }), signal());
    expect(outcome).toMatchObject({
      kind: 'failed',
      code: PublishFailureCode.NetworkUnavailable,
      step: 'processing',
      retryable: true,
    });
    expect(await postsOf(credentials.externalId)).toHaveLength(0);
  });

  it('processing that fails at X: failed at step processing, nothing posted', async () => {
    const { credentials, access } = await account();
    await kit.bench.sandbox.client.setMediaProcessing(300, 'x');
    await kit.bench.sandbox.client.addFault({
      network: 'x',
      accountId: credentials.externalId,
      kind: 'media_fail',
    });
    expect(await adapter().publish(access, publishRequest({ media: [videoFile()] }), signal())).toMatchObject(
      {
        kind: 'failed',
        code: PublishFailureCode.Rejected,
        step: 'processing',
      },
    );
    expect(await postsOf(credentials.externalId)).toHaveLength(0);
  });

  it('a token expiring while the video processes: authExpired; after the refresh the upload is reused', async () => {
    const { credentials, access } = await account();
    await kit.bench.sandbox.client.setMediaProcessing(2000, 'x');
    const video = videoFile();
    const uploads = memoryUploads();
    const request = publishRequest({ media: [video], uploads });
    const first = adapter().publish(access, request, longSignal());
    await until(() => uploads.recorded.length);
    await kit.bench.sandbox.client.addFault({
      network: 'x',
      accountId: credentials.externalId,
      kind: 'expire_token',
    });
    expect(await first).toMatchObject({
      kind: 'failed',
      authExpired: true,
      retryable: true,
      step: 'processing',
    });

    const renewed = await adapter().refresh(access, signal());
    const second = await adapter().publish({ ...access, ...renewed }, request, longSignal());
    expect(second).toMatchObject({ kind: 'published' });
    expect(video.opened).toBe(1);
    expect(uploads.recorded).toHaveLength(1);
    const posts = await postsOf(credentials.externalId);
    expect(posts).toHaveLength(1);
    expect(posts[0].media.map((file) => file.id)).toEqual([uploads.recorded[0].networkMediaId]);
  }, 40_000);

  it('an upload past its expiry is made again; one still kept is reused', async () => {
    const { credentials, access } = await account();
    const image = imageFile('Reprise');
    const uploads = memoryUploads();
    expect(
      await adapter().publish(access, publishRequest({ media: [image], uploads }), signal()),
    ).toMatchObject({ kind: 'published' });
    expect(
      await adapter().publish(access, publishRequest({ media: [image], uploads }), signal()),
    ).toMatchObject({ kind: 'published' });
    expect(image.opened).toBe(1);
    uploads.recorded[0].expiresAt = new Date(Date.now() + 60_000);
    expect(
      await adapter().publish(access, publishRequest({ media: [image], uploads }), signal()),
    ).toMatchObject({ kind: 'published' });
    expect(image.opened).toBe(2);
    const ids = (await postsOf(credentials.externalId)).map((post) => post.media[0].id);
    expect(new Set(ids).size).toBe(2);
  });

  it('a media post whose answer was lost is found by reading back', async () => {
    const { credentials, access } = await account();
    const request = publishRequest({ media: [imageFile('Perdue')], text: `Avec photo ${Date.now()}` });
    await kit.bench.sandbox.client.addFault({
      network: 'x',
      accountId: credentials.externalId,
      kind: 'drop_after_commit',
    });
    expect(await adapter().publish(access, request, signal())).toMatchObject({ kind: 'unknown' });
    const [post] = await postsOf(credentials.externalId);
    expect(await adapter().findPublished(access, request, request.createdAt, signal())).toMatchObject({
      externalId: post.id,
    });
  });
});
