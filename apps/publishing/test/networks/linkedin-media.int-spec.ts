import { Network, PublishFailureCode } from '@relais/contracts';
import { imageFile, videoFile } from './media-files';
import { until } from './sandbox-media';
import { memoryUploads, publishRequest, signal, useNetworkBench } from './sandbox-adapters';

describe('LinkedIn adapter: media', () => {
  const kit = useNetworkBench(Network.LinkedIn);
  const { adapter, account, postsOf } = kit;
  const longSignal = () => AbortSignal.timeout(30_000);

  it('one image through the Images API, as content.media with its alt text', async () => {
    const { credentials, access } = await account();
    const image = imageFile('Le comptoir du marché');
    const uploads = memoryUploads();
    const outcome = await adapter().publish(access, publishRequest({ media: [image], uploads }), signal());
    const [post] = await postsOf(credentials.externalId);
    expect(outcome).toMatchObject({ kind: 'published', externalId: post.id });
    expect(post.details).toMatchObject({
      content: { media: { id: uploads.recorded[0].networkMediaId, altText: 'Le comptoir du marché' } },
    });
    expect(post.media).toEqual([expect.objectContaining({ sha256: image.sha256 })]);
  });

  it('four images as content.multiImage, in order', async () => {
    const { credentials, access } = await account();
    const images = [1, 2, 3, 4].map((n) => imageFile(`Vue ${n}`));
    const uploads = memoryUploads();
    expect(
      await adapter().publish(access, publishRequest({ media: images, uploads }), signal()),
    ).toMatchObject({ kind: 'published' });
    const [post] = await postsOf(credentials.externalId);
    expect(post.details).toMatchObject({
      content: {
        multiImage: {
          images: uploads.recorded.map((upload, index) => ({
            id: upload.networkMediaId,
            altText: images[index].altText,
          })),
        },
      },
    });
    expect(post.media.map((file) => file.sha256)).toEqual(images.map((image) => image.sha256));
  });

  it('a video in the parts LinkedIn asks for, finalized with their ETags, posted once AVAILABLE', async () => {
    const { credentials, access } = await account();
    await kit.bench.sandbox.client.setMediaProcessing(2000, 'linkedin');
    const video = videoFile(9 * 1024 * 1024);
    const uploads = memoryUploads();
    const outcome = await adapter().publish(
      access,
      publishRequest({ media: [video], uploads }),
      longSignal(),
    );
    const [post] = await postsOf(credentials.externalId);
    expect(outcome).toMatchObject({ kind: 'published', externalId: post.id });
    expect(post.details).toMatchObject({ content: { media: { id: uploads.recorded[0].networkMediaId } } });
    expect(post.media).toEqual([
      expect.objectContaining({ type: 'video', size: video.sizeBytes, sha256: video.sha256 }),
    ]);
  }, 40_000);

  it('a link card as content.article with its picture uploaded as the thumbnail', async () => {
    const { credentials, access } = await account();
    const thumbnail = imageFile();
    const uploads = memoryUploads();
    const outcome = await adapter().publish(
      access,
      publishRequest({
        text: 'Le programme',
        linkUrl: 'https://relais.fr/programme',
        linkCard: {
          url: 'https://relais.fr/programme',
          title: 'Le programme de la saison',
          description: 'Concerts, marchés et ateliers',
          thumbnail,
        },
        uploads,
      }),
      signal(),
    );
    expect(outcome).toMatchObject({ kind: 'published' });
    const [post] = await postsOf(credentials.externalId);
    expect(post.details).toMatchObject({
      content: {
        article: {
          source: 'https://relais.fr/programme',
          title: 'Le programme de la saison',
          description: 'Concerts, marchés et ateliers',
          thumbnail: uploads.recorded[0].networkMediaId,
        },
      },
    });
  });

  it('processing past the deadline: failed at step processing, nothing posted', async () => {
    const { credentials, access } = await account();
    await kit.bench.sandbox.client.setMediaProcessing(5000, 'linkedin');
    const registry = await kit.bench.registryWith({ mediaProcessingTimeoutMs: 800 });
    expect(
      await registry
        .get(Network.LinkedIn)
        .publish(access, publishRequest({ media: [videoFile()] }), signal()),
    ).toMatchObject({
      kind: 'failed',
      code: PublishFailureCode.NetworkUnavailable,
      step: 'processing',
      retryable: true,
    });
    expect(await postsOf(credentials.externalId)).toHaveLength(0);
  });

  it('a token expiring while the video processes: authExpired; after the refresh the upload is reused', async () => {
    const { credentials, access } = await account();
    await kit.bench.sandbox.client.setMediaProcessing(2000, 'linkedin');
    const video = videoFile();
    const uploads = memoryUploads();
    const request = publishRequest({ media: [video], uploads });
    const first = adapter().publish(access, request, longSignal());
    await until(() => uploads.recorded.length);
    await kit.bench.sandbox.client.addFault({
      network: 'linkedin',
      accountId: credentials.externalId,
      kind: 'expire_token',
    });
    expect(await first).toMatchObject({ kind: 'failed', authExpired: true, step: 'processing' });
    const renewed = await adapter().refresh(access, signal());
    expect(await adapter().publish({ ...access, ...renewed }, request, longSignal())).toMatchObject({
      kind: 'published',
    });
    expect(video.opened).toBe(1);
    expect(uploads.recorded).toHaveLength(1);
    expect(await postsOf(credentials.externalId)).toHaveLength(1);
  }, 40_000);

  it('a media post whose answer was lost is found by reading back', async () => {
    const { credentials, access } = await account();
    const request = publishRequest({ media: [imageFile('Perdue')], text: `Image perdue ${Date.now()}` });
    await kit.bench.sandbox.client.addFault({
      network: 'linkedin',
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
