import { Network, PublishFailureCode } from '@relais/contracts';
import { imageFile, videoFile } from './media-files';
import { memoryUploads, publishRequest, signal, useNetworkBench } from './sandbox-adapters';

describe('Facebook adapter: media', () => {
  const kit = useNetworkBench(Network.FacebookPage);
  const { adapter, account, postsOf } = kit;
  const longSignal = () => AbortSignal.timeout(30_000);

  it('one photo is published with its message and alt text by /photos', async () => {
    const { credentials, access } = await account();
    const image = imageFile('La façade du marché couvert');
    const outcome = await adapter().publish(
      access,
      publishRequest({ text: 'Le marché rouvre', media: [image] }),
      signal(),
    );
    const [post] = await postsOf(credentials.externalId);
    expect(outcome).toMatchObject({ kind: 'published', externalId: post.id });
    expect(post.text).toBe('Le marché rouvre');
    expect(post.media).toEqual([
      expect.objectContaining({ type: 'image', sha256: image.sha256, alt: 'La façade du marché couvert' }),
    ]);
  });

  it('four photos: uploaded unpublished, then attached to one feed post in order', async () => {
    const { credentials, access } = await account();
    const images = [1, 2, 3, 4].map((n) => imageFile(`Stand ${n}`));
    const uploads = memoryUploads();
    const outcome = await adapter().publish(access, publishRequest({ media: images, uploads }), signal());
    const posts = await postsOf(credentials.externalId);
    expect(posts).toHaveLength(1);
    expect(outcome).toMatchObject({ kind: 'published', externalId: posts[0].id });
    expect(posts[0].media.map((file) => [file.sha256, file.alt])).toEqual(
      images.map((image) => [image.sha256, image.altText]),
    );
    expect(uploads.recorded.map((upload) => upload.mediaId)).toEqual(images.map((image) => image.mediaId));
  });

  it('photos already uploaded by an earlier attempt are attached, not uploaded again', async () => {
    const { credentials, access } = await account();
    const images = [imageFile('Un'), imageFile('Deux')];
    const uploads = memoryUploads();
    await kit.bench.sandbox.client.addFault({
      network: 'facebook_page',
      accountId: credentials.externalId,
      kind: 'fail',
      status: 500,
    });
    const request = publishRequest({ media: images, uploads });
    const first = await adapter().publish(access, request, signal());
    expect(first.kind).not.toBe('published');
    const second = await adapter().publish(access, request, signal());
    expect(second).toMatchObject({ kind: 'published' });
    expect(images.map((image) => image.opened)).toEqual([1, 1]);
    const posts = await postsOf(credentials.externalId);
    expect(posts).toHaveLength(1);
    expect(posts[0].media.map((file) => file.id)).toEqual(uploads.recorded.map((u) => u.networkMediaId));
  });

  it('a video through the resumable upload, published once Facebook has processed it', async () => {
    const { credentials, access } = await account();
    await kit.bench.sandbox.client.setMediaProcessing(2000, 'facebook_page');
    const video = videoFile(9 * 1024 * 1024);
    const outcome = await adapter().publish(
      access,
      publishRequest({ text: 'La visite en vidéo', media: [video] }),
      longSignal(),
    );
    const [post] = await postsOf(credentials.externalId);
    expect(outcome).toMatchObject({ kind: 'published', externalId: post.id });
    expect(post.text).toBe('La visite en vidéo');
    expect(post.media).toEqual([
      expect.objectContaining({ type: 'video', size: video.sizeBytes, sha256: video.sha256 }),
    ]);
  }, 40_000);

  it('a video still processing at the deadline: failed at step processing; the retry only waits, posting once', async () => {
    const { credentials, access } = await account();
    await kit.bench.sandbox.client.setMediaProcessing(2500, 'facebook_page');
    const video = videoFile();
    const uploads = memoryUploads();
    const request = publishRequest({ media: [video], uploads });
    const registry = await kit.bench.registryWith({ mediaProcessingTimeoutMs: 500 });
    expect(await registry.get(Network.FacebookPage).publish(access, request, signal())).toMatchObject({
      kind: 'failed',
      step: 'processing',
      retryable: true,
    });
    const retried = await adapter().publish(access, request, longSignal());
    expect(retried).toMatchObject({ kind: 'published' });
    expect(video.opened).toBe(1);
    expect(await postsOf(credentials.externalId)).toHaveLength(1);
  }, 40_000);

  it('a video whose finish answer was lost: the retry asks Facebook about the video and posts once', async () => {
    const { credentials, access } = await account();
    await kit.bench.sandbox.client.setMediaProcessing(800, 'facebook_page');
    const video = videoFile();
    const uploads = memoryUploads();
    const request = publishRequest({ text: `Vidéo sans réponse ${Date.now()}`, media: [video], uploads });
    await kit.bench.sandbox.client.addFault({
      network: 'facebook_page',
      accountId: credentials.externalId,
      kind: 'drop_after_commit',
    });
    expect(await adapter().publish(access, request, longSignal())).toMatchObject({ kind: 'unknown' });
    // Facebook made the post; it stays off the page while the video is processed, so reading the
    // page back cannot find it yet: only the recorded video can tell.
    expect(uploads.recorded).toEqual([expect.objectContaining({ data: { sessionId: expect.any(String) } })]);
    const videoId = uploads.recorded[0]?.networkMediaId;
    const retried = await adapter().publish(access, request, longSignal());
    const posts = await postsOf(credentials.externalId);
    expect(posts).toHaveLength(1);
    expect(retried).toMatchObject({ kind: 'published', externalId: posts[0].id });
    expect(posts[0].details).toMatchObject({ videoId });
    expect(video.opened).toBe(1);
    expect(uploads.recorded[0]?.data).toEqual({ finished: true });
  }, 40_000);

  it('a video whose upload stopped before finish: the retry finishes the recorded session', async () => {
    const { credentials, access } = await account();
    await kit.bench.sandbox.client.setMediaProcessing(300, 'facebook_page');
    const video = videoFile();
    const uploads = memoryUploads();
    const request = publishRequest({ media: [video], uploads });
    await kit.bench.sandbox.client.addFault({
      network: 'facebook_page',
      accountId: credentials.externalId,
      kind: 'fail',
      status: 500,
    });
    expect(await adapter().publish(access, request, longSignal())).toMatchObject({ kind: 'failed' });
    expect(await postsOf(credentials.externalId)).toHaveLength(0);
    expect(await adapter().publish(access, request, longSignal())).toMatchObject({ kind: 'published' });
    expect(await postsOf(credentials.externalId)).toHaveLength(1);
    expect(video.opened).toBe(1);
  }, 40_000);

  it('a link card is left to Facebook: the link goes with the message', async () => {
    const { credentials, access } = await account();
    const outcome = await adapter().publish(
      access,
      publishRequest({
        text: 'Le programme https://relais.fr/programme',
        linkUrl: 'https://relais.fr/programme',
        linkCard: {
          url: 'https://relais.fr/programme',
          title: 'Programme',
          description: 'Tout',
          thumbnail: null,
        },
      }),
      signal(),
    );
    expect(outcome).toMatchObject({ kind: 'published' });
    const [post] = await postsOf(credentials.externalId);
    expect(post.details).toMatchObject({ link: 'https://relais.fr/programme' });
  });

  it('a video with other media is refused before anything is uploaded', async () => {
    const { access } = await account();
    const files = [videoFile(), imageFile()];
    expect(await adapter().publish(access, publishRequest({ media: files }), signal())).toMatchObject({
      kind: 'failed',
      code: PublishFailureCode.Rejected,
      step: 'upload',
    });
    expect(files.map((file) => file.opened)).toEqual([0, 0]);
  });

  it('a photo post whose answer was lost is found by reading back', async () => {
    const { credentials, access } = await account();
    const request = publishRequest({ media: [imageFile('Perdue')], text: `Photo perdue ${Date.now()}` });
    await kit.bench.sandbox.client.addFault({
      network: 'facebook_page',
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
