import { SandboxAccountCredentials, SandboxNetworks, startSandboxNetworks } from '@relais/server-testing';
import { mp4Bytes, pngBytes, sha256 } from './support/media-files';

interface InitImage {
  value: { uploadUrlExpiresAt: number; uploadUrl: string; image: string };
}

interface InitVideo {
  value: {
    video: string;
    uploadToken: string;
    uploadInstructions: { uploadUrl: string; firstByte: number; lastByte: number }[];
  };
}

interface InputErrors {
  status: number;
  errorDetails: { inputErrors: { description: string; input: { inputPath: { fieldPath: string } } }[] };
}

describe('sandbox LinkedIn media', () => {
  let sandbox: SandboxNetworks;
  let organization: SandboxAccountCredentials;

  beforeAll(async () => {
    sandbox = await startSandboxNetworks();
  });

  afterAll(async () => {
    await sandbox?.stop();
  });

  beforeEach(async () => {
    await sandbox.client.reset();
    await sandbox.client.setMediaProcessing(400, 'linkedin');
    organization = await sandbox.client.provisionAccount({ network: 'linkedin', handle: 'Acme' });
  });

  const headers = () => ({
    authorization: `Bearer ${organization.accessToken}`,
    'content-type': 'application/json',
    'LinkedIn-Version': '202510',
    'X-Restli-Protocol-Version': '2.0.0',
  });
  const rest = async <T>(method: string, path: string, body?: unknown) => {
    const response = await fetch(`${sandbox.endpoints.linkedin}${path}`, {
      method,
      headers: headers(),
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: (text ? JSON.parse(text) : {}) as T };
  };
  const put = (url: string, bytes: Buffer, type: string) =>
    fetch(url, {
      method: 'PUT',
      headers: { authorization: `Bearer ${organization.accessToken}`, 'content-type': type },
      body: new Uint8Array(bytes),
    });
  const uploadImage = async (bytes: Buffer) => {
    const init = await rest<InitImage>('POST', '/rest/images?action=initializeUpload', {
      initializeUploadRequest: { owner: organization.externalId },
    });
    expect((await put(init.body.value.uploadUrl, bytes, 'image/png')).status).toBe(201);
    return init.body.value.image;
  };
  const post = (content: unknown, commentary = 'With media') =>
    rest<InputErrors>('POST', '/rest/posts', {
      author: organization.externalId,
      commentary,
      visibility: 'PUBLIC',
      distribution: { feedDistribution: 'MAIN_FEED', targetEntities: [], thirdPartyDistributionChannels: [] },
      lifecycleState: 'PUBLISHED',
      content,
    });
  const settle = () => new Promise((resolve) => setTimeout(resolve, 500));

  it('an image: initializeUpload, PUT to the upload URL, AVAILABLE, posted as content.media with its alt text', async () => {
    const init = await rest<InitImage>('POST', '/rest/images?action=initializeUpload', {
      initializeUploadRequest: { owner: organization.externalId },
    });
    expect(init.status).toBe(200);
    expect(init.body.value.image).toMatch(/^urn:li:image:/);
    expect(init.body.value.uploadUrlExpiresAt).toBeGreaterThan(Date.now());
    const urn = encodeURIComponent(init.body.value.image);
    expect((await rest<{ status: string }>('GET', `/rest/images/${urn}`)).body.status).toBe('WAITING_UPLOAD');

    const bytes = pngBytes(4000, 640, 480);
    expect((await put(init.body.value.uploadUrl, bytes, 'image/png')).status).toBe(201);
    expect((await rest<{ status: string }>('GET', `/rest/images/${urn}`)).body).toMatchObject({
      status: 'AVAILABLE',
      owner: organization.externalId,
      id: init.body.value.image,
    });

    const created = await post({ media: { id: init.body.value.image, altText: 'The shop front' } });
    expect(created.status).toBe(201);
    const { posts } = await sandbox.client.posts({ network: 'linkedin' });
    expect(posts[0].media).toEqual([
      expect.objectContaining({ type: 'image', size: 4000, sha256: sha256(bytes), alt: 'The shop front' }),
    ]);
    const reused = await post({ media: { id: init.body.value.image } }, 'Again');
    expect(reused.status).toBe(422);
  });

  it('multiImage holds 2 to 20 available images of the author', async () => {
    const images = [await uploadImage(pngBytes(2000)), await uploadImage(pngBytes(2100))];
    const one = await post({ multiImage: { images: [{ id: images[0] }] } });
    expect(one.status).toBe(422);
    expect(one.body.errorDetails.inputErrors[0].input.inputPath.fieldPath).toBe('/content/multiImage/images');
    const unknown = await post({ multiImage: { images: [{ id: images[0] }, { id: 'urn:li:image:nope' }] } });
    expect(unknown.body.errorDetails.inputErrors[0].input.inputPath.fieldPath).toBe(
      '/content/multiImage/images/1/id',
    );
    const created = await post({
      multiImage: {
        images: [
          { id: images[1], altText: 'Two' },
          { id: images[0], altText: 'One' },
        ],
      },
    });
    expect(created.status).toBe(201);
    const { posts } = await sandbox.client.posts({ network: 'linkedin' });
    expect(posts[0].media.map((file) => [file.id, file.alt])).toEqual([
      [images[1].split(':').pop(), 'Two'],
      [images[0].split(':').pop(), 'One'],
    ]);
  });

  it('a video in 4 MiB parts with their ETags, finalized in order, refused while PROCESSING, posted once AVAILABLE', async () => {
    const bytes = mp4Bytes(9 * 1024 * 1024);
    const init = await rest<InitVideo>('POST', '/rest/videos?action=initializeUpload', {
      initializeUploadRequest: {
        owner: organization.externalId,
        fileSizeBytes: bytes.length,
        uploadCaptions: false,
        uploadThumbnail: false,
      },
    });
    const { video, uploadToken, uploadInstructions } = init.body.value;
    expect(uploadInstructions.map((part) => [part.firstByte, part.lastByte])).toEqual([
      [0, 4 * 1024 * 1024 - 1],
      [4 * 1024 * 1024, 8 * 1024 * 1024 - 1],
      [8 * 1024 * 1024, bytes.length - 1],
    ]);
    const etags: string[] = [];
    for (const part of uploadInstructions) {
      const response = await put(
        part.uploadUrl,
        bytes.subarray(part.firstByte, part.lastByte + 1),
        'application/octet-stream',
      );
      expect(response.status).toBe(200);
      etags.push(response.headers.get('etag') ?? '');
    }
    const finalize = (uploadedPartIds: string[]) =>
      rest('POST', '/rest/videos?action=finalizeUpload', {
        finalizeUploadRequest: { video, uploadToken, uploadedPartIds },
      });
    expect((await finalize([...etags].reverse())).status).toBe(422);
    expect((await finalize(etags)).status).toBe(200);

    const urn = encodeURIComponent(video);
    expect((await rest<{ status: string }>('GET', `/rest/videos/${urn}`)).body.status).toBe('PROCESSING');
    const early = await post({ media: { id: video, title: 'Dawn' } });
    expect(early.status).toBe(422);
    expect(early.body.errorDetails.inputErrors[0].description).toContain('PROCESSING');

    await settle();
    expect((await rest<{ status: string }>('GET', `/rest/videos/${urn}`)).body.status).toBe('AVAILABLE');
    expect((await post({ media: { id: video, title: 'Dawn' } })).status).toBe(201);
    const { posts } = await sandbox.client.posts({ network: 'linkedin' });
    expect(posts[0].media).toEqual([
      expect.objectContaining({ type: 'video', size: bytes.length, sha256: sha256(bytes) }),
    ]);
  });

  it('refuses another owner, a part of the wrong size, a bad upload URL, and a failed video', async () => {
    const other = await rest('POST', '/rest/images?action=initializeUpload', {
      initializeUploadRequest: { owner: 'urn:li:organization:1' },
    });
    expect(other.status).toBe(403);

    await sandbox.client.addFault({
      network: 'linkedin',
      accountId: organization.externalId,
      kind: 'media_fail',
    });
    const bytes = mp4Bytes(5000);
    const init = await rest<InitVideo>('POST', '/rest/videos?action=initializeUpload', {
      initializeUploadRequest: { owner: organization.externalId, fileSizeBytes: bytes.length },
    });
    const [part] = init.body.value.uploadInstructions;
    expect((await put(part.uploadUrl, bytes.subarray(0, 100), 'application/octet-stream')).status).toBe(400);
    expect(
      (await put(part.uploadUrl.replace(/ut=[^&]+/, 'ut=forged'), bytes, 'application/octet-stream')).status,
    ).toBe(403);
    const etag = (await put(part.uploadUrl, bytes, 'application/octet-stream')).headers.get('etag') ?? '';
    await rest('POST', '/rest/videos?action=finalizeUpload', {
      finalizeUploadRequest: {
        video: init.body.value.video,
        uploadToken: init.body.value.uploadToken,
        uploadedPartIds: [etag],
      },
    });
    await settle();
    const status = await rest<{ status: string }>(
      'GET',
      `/rest/videos/${encodeURIComponent(init.body.value.video)}`,
    );
    expect(status.body.status).toBe('PROCESSING_FAILED');
    expect((await post({ media: { id: init.body.value.video } })).status).toBe(422);
  });

  it('an article with an uploaded thumbnail; an unknown thumbnail is refused', async () => {
    const thumbnail = await uploadImage(pngBytes());
    const article = (thumb: string) => ({
      article: { source: 'https://example.com/menu', title: 'Menu', description: 'Spring', thumbnail: thumb },
    });
    expect((await post(article('urn:li:image:missing'))).status).toBe(422);
    expect((await post(article(thumbnail))).status).toBe(201);
    const { posts } = await sandbox.client.posts({ network: 'linkedin' });
    expect(posts[0].details).toMatchObject({ content: article(thumbnail) });
  });
});
