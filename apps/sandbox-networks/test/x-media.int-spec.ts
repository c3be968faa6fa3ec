import { SandboxAccountCredentials, SandboxNetworks, startSandboxNetworks } from '@relais/server-testing';
import { ApiResponseError } from 'twitter-api-v2';
import { localXClient } from './support/local-x-client';
import { formOf, mp4Bytes, pngBytes, sha256 } from './support/media-files';

interface XAnswer {
  data: { id: string; processing_info?: ProcessingInfo } & Record<string, unknown>;
  errors: Array<{ message: string; parameters: Record<string, unknown> }>;
}

interface ProcessingInfo {
  state: string;
  check_after_secs?: number;
  progress_percent?: number;
}

describe('sandbox X media', () => {
  let sandbox: SandboxNetworks;
  let account: SandboxAccountCredentials;

  beforeAll(async () => {
    sandbox = await startSandboxNetworks();
  });

  afterAll(async () => {
    await sandbox?.stop();
  });

  beforeEach(async () => {
    await sandbox.client.reset();
    await sandbox.client.setMediaProcessing(300, 'x');
    account = await sandbox.client.provisionAccount({ network: 'x', handle: 'acme' });
  });

  const x = (token = account.accessToken) => localXClient(sandbox.endpoints.x, token);

  const api = async (path: string, init: RequestInit = {}, token = account.accessToken) => {
    const headers: Record<string, string> = { authorization: `Bearer ${token}` };
    if (typeof init.body === 'string') headers['content-type'] = 'application/json';
    const response = await fetch(`${sandbox.endpoints.x}${path}`, { ...init, headers });
    return { status: response.status, body: (await response.json()) as XAnswer };
  };
  const json = (body: unknown) => ({ method: 'POST', body: JSON.stringify(body) });

  it('uploads an image with twitter-api-v2, describes it and tweets it', async () => {
    const bytes = pngBytes(300_000);
    const mediaId = await x().v2.uploadMedia(bytes, { media_type: 'image/png' }, 100_000);
    await x().v2.createMediaMetadata(mediaId, { alt_text: { text: 'A red bicycle' } });
    const { data } = await x().v2.tweet({ text: 'New bikes', media: { media_ids: [mediaId] } });
    expect(data.id).toMatch(/^\d+$/);

    const received = await sandbox.client.posts({ network: 'x' });
    expect(received.posts[0].media).toEqual([
      {
        id: mediaId,
        type: 'image',
        mimeType: 'image/png',
        size: 300_000,
        sha256: sha256(bytes),
        alt: 'A red bicycle',
      },
    ]);
  });

  it('uploads a video in segments, waits for processing with twitter-api-v2, then tweets it', async () => {
    const bytes = mp4Bytes(2_500_000);
    const mediaId = await x().v2.uploadMedia(bytes, {
      media_type: 'video/mp4',
      media_category: 'tweet_video',
    });
    await x().v2.tweet({ text: 'Our film', media: { media_ids: [mediaId] } });
    const received = await sandbox.client.posts({ network: 'x' });
    expect(received.posts[0].media).toMatchObject([
      { type: 'video', size: 2_500_000, sha256: sha256(bytes) },
    ]);
  });

  it('reports processing with STATUS, and refuses a video still processing', async () => {
    const init = await api(
      '/2/media/upload/initialize',
      json({ media_type: 'video/mp4', total_bytes: 4096, media_category: 'tweet_video' }),
    );
    expect(init.status).toBe(200);
    const id = init.body.data.id;
    expect(init.body.data).toMatchObject({ media_key: `7_${id}`, expires_after_secs: 86400 });

    const early = await api(`/2/media/upload/${id}/finalize`, { method: 'POST' });
    expect(early.status).toBe(400);
    expect(early.body.errors[0].message).toBe('Segments do not add up to provided total file size.');

    const form = formOf(
      { media: { bytes: mp4Bytes(4096), type: 'application/octet-stream' } },
      { segment_index: '0' },
    );
    expect((await api(`/2/media/upload/${id}/append`, { method: 'POST', body: form })).status).toBe(200);
    const final = await api(`/2/media/upload/${id}/finalize`, { method: 'POST' });
    expect(final.body.data).toMatchObject({ id, size: 4096, processing_info: { state: 'pending' } });

    const status = await api(`/2/media/upload?command=STATUS&media_id=${id}`);
    expect(status.body.data.processing_info?.state).toMatch(/pending|in_progress/);
    const refused = await api('/2/tweets', json({ text: 'Too soon', media: { media_ids: [id] } }));
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0].message).toContain('still being processed');

    await new Promise((resolve) => setTimeout(resolve, 400));
    const done = await api(`/2/media/upload?command=STATUS&media_id=${id}`);
    expect(done.body.data.processing_info).toEqual({ state: 'succeeded', progress_percent: 100 });
    expect((await api('/2/tweets', json({ text: 'Now', media: { media_ids: [id] } }))).status).toBe(201);
  });

  it('fails processing on media_fail, and twitter-api-v2 reports it', async () => {
    await sandbox.client.addFault({ network: 'x', kind: 'media_fail' });
    const error = await x()
      .v2.uploadMedia(mp4Bytes(10_000), { media_type: 'video/mp4' })
      .then(
        () => null,
        (failure: unknown) => failure as Error,
      );
    expect(error?.message).toMatch(/Media processing failed/);
  });

  it('refuses what X refuses: sizes, counts, mixes, alt text, other accounts’ media', async () => {
    const tooBig = await api(
      '/2/media/upload/initialize',
      json({ media_type: 'image/png', total_bytes: 6 * 1024 * 1024 }),
    );
    expect(tooBig.status).toBe(400);
    expect(tooBig.body.errors[0].parameters).toHaveProperty('total_bytes');

    const images: string[] = [];
    for (let i = 0; i < 5; i++)
      images.push(await x().v2.uploadMedia(pngBytes(1000 + i), { media_type: 'image/png' }));
    const five = await api('/2/tweets', json({ text: 'Five', media: { media_ids: images } }));
    expect(five.status).toBe(400);

    await sandbox.client.setMediaProcessing(0, 'x');
    const gif = await x().v2.uploadMedia(Buffer.from('GIF89a----'), { media_type: 'image/gif' });
    const mixed = await api('/2/tweets', json({ text: 'Mixed', media: { media_ids: [images[0], gif] } }));
    expect(mixed.body.errors[0].message).toBe('A post may hold up to 4 images, or one GIF, or one video.');

    const alt = await api(
      '/2/media/metadata',
      json({ id: images[0], metadata: { alt_text: { text: 'x'.repeat(1001) } } }),
    );
    expect(alt.status).toBe(400);

    const other = await sandbox.client.provisionAccount({ network: 'x', handle: 'other' });
    const theirs = await api(
      '/2/tweets',
      json({ text: 'Borrowed', media: { media_ids: [images[0]] } }),
      other.accessToken,
    );
    expect(theirs.status).toBe(400);
    expect(theirs.body.errors[0].message).toBe(`Your media IDs are invalid: ${images[0]}.`);
    expect((await sandbox.client.posts({ network: 'x' })).total).toBe(0);
  });

  it('takes a one-shot image upload, and refuses an expired token between the steps', async () => {
    const form = formOf(
      { media: { bytes: pngBytes(2000), type: 'image/png' } },
      { media_category: 'tweet_image' },
    );
    const shot = await api('/2/media/upload', { method: 'POST', body: form });
    expect(shot.status).toBe(200);
    expect(shot.body.data).toMatchObject({ size: 2000, media_key: `3_${shot.body.data.id}` });

    await sandbox.client.addFault({ network: 'x', kind: 'expire_token' });
    const error = await x()
      .v2.tweet({ text: 'Late', media: { media_ids: [shot.body.data.id] } })
      .then(
        () => null,
        (failure: unknown) => failure,
      );
    expect(error).toBeInstanceOf(ApiResponseError);
    expect((error as ApiResponseError).code).toBe(401);
  });
});
