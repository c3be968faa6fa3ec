import { SandboxAccountCredentials, SandboxNetworks, startSandboxNetworks } from '@relais/server-testing';
import { formOf, mp4Bytes, pngBytes, sha256 } from './support/media-files';

interface GraphError {
  error: { message: string; code: number; error_subcode?: number; error_user_msg?: string };
}

interface VideoNode {
  id: string;
  post_id?: string;
  status: { video_status: string; processing_progress: number };
}

describe('sandbox Facebook Pages media', () => {
  let sandbox: SandboxNetworks;
  let page: SandboxAccountCredentials;
  let graph: string;

  beforeAll(async () => {
    sandbox = await startSandboxNetworks();
    graph = `${sandbox.endpoints.facebook_page}/v23.0`;
  });

  afterAll(async () => {
    await sandbox?.stop();
  });

  beforeEach(async () => {
    await sandbox.client.reset();
    await sandbox.client.setMediaProcessing(400, 'facebook_page');
    page = await sandbox.client.provisionAccount({ network: 'facebook_page', handle: 'Acme Bakery' });
  });

  const call = async (path: string, init: RequestInit = {}) => {
    const response = await fetch(`${graph}/${path}`, init);
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  const photo = (bytes: Buffer, fields: Record<string, string>, type = 'image/png') =>
    call(`${page.externalId}/photos`, {
      method: 'POST',
      body: formOf({ source: { bytes, type } }, { access_token: page.accessToken, ...fields }),
    });
  const form = (path: string, fields: Record<string, string>) =>
    call(path, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ access_token: page.accessToken, ...fields }),
    });
  const videosPath = () => `${page.externalId}/videos`;
  const chunk = (sessionId: string, offset: number, bytes: Buffer) =>
    call(videosPath(), {
      method: 'POST',
      body: formOf(
        { video_file_chunk: { bytes, type: 'application/octet-stream' } },
        {
          access_token: page.accessToken,
          upload_phase: 'transfer',
          upload_session_id: sessionId,
          start_offset: String(offset),
        },
      ),
    });
  const settle = () => new Promise((resolve) => setTimeout(resolve, 500));

  it('a photo published with its message: {id, post_id}; the post shows the file and its alt text', async () => {
    const bytes = pngBytes(3000, 800, 600);
    const { status, body } = await photo(bytes, { message: 'Fresh bread', alt_text_custom: 'A loaf' });
    expect(status).toBe(200);
    expect(body.post_id).toMatch(new RegExp(`^${page.externalId}_\\d+$`));

    const { posts } = await sandbox.client.posts({ network: 'facebook_page' });
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({ id: body.post_id, text: 'Fresh bread' });
    expect(posts[0].media).toEqual([
      { id: body.id, type: 'image', mimeType: 'image/png', size: 3000, sha256: sha256(bytes), alt: 'A loaf' },
    ]);
    const node = await call(
      `${String(body.id)}?fields=width,height,alt_text_custom&access_token=${page.accessToken}`,
    );
    expect(node.body).toEqual({ id: body.id, width: 800, height: 600, alt_text_custom: 'A loaf' });
  });

  it('unpublished photos attached to a feed post by attached_media, in order, each used once', async () => {
    const files = [pngBytes(2000), pngBytes(2100), pngBytes(2200)];
    const ids: string[] = [];
    for (const bytes of files) {
      const { status, body } = await photo(bytes, { published: 'false' });
      expect(status).toBe(200);
      expect(Object.keys(body)).toEqual(['id']);
      ids.push(String(body.id));
    }
    expect((await sandbox.client.posts({ network: 'facebook_page' })).posts).toHaveLength(0);

    const attached = Object.fromEntries(
      [ids[2], ids[0], ids[1]].map((id, index) => [
        `attached_media[${index}]`,
        JSON.stringify({ media_fbid: id }),
      ]),
    );
    const created = await form(`${page.externalId}/feed`, attached);
    expect(created.status).toBe(200);
    const { posts } = await sandbox.client.posts({ network: 'facebook_page' });
    expect(posts[0].media.map((file) => file.sha256)).toEqual([files[2], files[0], files[1]].map(sha256));

    const again = await form(`${page.externalId}/feed`, {
      message: 'Again',
      'attached_media[0]': JSON.stringify({ media_fbid: ids[0] }),
    });
    expect(again.status).toBe(400);
    expect((again.body as unknown as GraphError).error).toMatchObject({ code: 100 });
    expect((again.body as unknown as GraphError).error.message).toContain('attached_media[0]');

    const unknown = await form(`${page.externalId}/feed`, { 'attached_media[0]': '{"media_fbid":"42"}' });
    expect(unknown.status).toBe(400);
  });

  it('refuses a photo without a file, a file that is not an image, and another page', async () => {
    const missing = await form(`${page.externalId}/photos`, { message: 'Nothing' });
    expect(missing.status).toBe(400);
    expect((missing.body as unknown as GraphError).error).toMatchObject({
      code: 324,
      message: '(#324) Requires upload file',
    });
    const notImage = await photo(mp4Bytes(2000), { published: 'false' }, 'video/mp4');
    expect((notImage.body as unknown as GraphError).error).toMatchObject({ code: 324 });
    const other = await call('123456789/photos', {
      method: 'POST',
      body: formOf({ source: { bytes: pngBytes(), type: 'image/png' } }, { access_token: page.accessToken }),
    });
    expect(other.status).toBe(403);
  });

  it('a resumable video: start, the chunks asked for, finish; the post appears once processed', async () => {
    const bytes = mp4Bytes(9 * 1024 * 1024);
    const start = await form(videosPath(), { upload_phase: 'start', file_size: String(bytes.length) });
    expect(start.body).toMatchObject({ start_offset: '0', end_offset: String(4 * 1024 * 1024) });
    const videoId = String(start.body.video_id);
    const sessionId = String(start.body.upload_session_id);

    const wrong = await chunk(sessionId, 1000, bytes.subarray(1000, 2000));
    expect((wrong.body as unknown as GraphError).error).toMatchObject({ code: 6001, error_subcode: 1363037 });
    expect((wrong.body as unknown as GraphError).error.error_user_msg).toContain('start_offset:0');

    const early = await form(videosPath(), { upload_phase: 'finish', upload_session_id: sessionId });
    expect((early.body as unknown as GraphError).error).toMatchObject({ error_subcode: 1363019 });

    let offsets = { start: 0, end: Number(start.body.end_offset) };
    let transfers = 0;
    while (offsets.start < offsets.end) {
      const next = await chunk(sessionId, offsets.start, bytes.subarray(offsets.start, offsets.end));
      expect(next.status).toBe(200);
      offsets = { start: Number(next.body.start_offset), end: Number(next.body.end_offset) };
      transfers++;
    }
    expect(transfers).toBe(3);
    expect(offsets.start).toBe(bytes.length);

    const finish = await form(videosPath(), {
      upload_phase: 'finish',
      upload_session_id: sessionId,
      description: 'The bakery at dawn',
      title: 'Dawn',
    });
    expect(finish.body).toEqual({ success: true });
    const processing = await call(`${videoId}?fields=status,post_id&access_token=${page.accessToken}`);
    expect((processing.body as unknown as VideoNode).status.video_status).toBe('processing');
    expect(processing.body.post_id).toBeUndefined();
    const feed = await call(`${page.externalId}/feed?access_token=${page.accessToken}`);
    expect(feed.body.data).toEqual([]);

    await settle();
    const ready = (await call(`${videoId}?fields=status,post_id&access_token=${page.accessToken}`))
      .body as unknown as VideoNode;
    expect(ready.status).toMatchObject({ video_status: 'ready', processing_progress: 100 });
    const { posts } = await sandbox.client.posts({ network: 'facebook_page' });
    expect(posts[0]).toMatchObject({ id: ready.post_id, text: 'The bakery at dawn' });
    expect(posts[0].media).toEqual([
      expect.objectContaining({ id: videoId, type: 'video', size: bytes.length, sha256: sha256(bytes) }),
    ]);
    const shown = await call(`${page.externalId}/feed?access_token=${page.accessToken}`);
    expect((shown.body.data as { id: string }[]).map((post) => post.id)).toEqual([ready.post_id]);
  });

  it('video limits and a media_fail fault: the video ends in error and its post never shows', async () => {
    const small = await form(videosPath(), { upload_phase: 'start', file_size: '100' });
    expect((small.body as unknown as GraphError).error).toMatchObject({ code: 6001, error_subcode: 1363022 });
    const large = await form(videosPath(), { upload_phase: 'start', file_size: String(11 * 1024 ** 3) });
    expect((large.body as unknown as GraphError).error).toMatchObject({ error_subcode: 1363023 });

    await sandbox.client.addFault({
      network: 'facebook_page',
      accountId: page.externalId,
      kind: 'media_fail',
    });
    const bytes = mp4Bytes(5000);
    const start = await form(videosPath(), { upload_phase: 'start', file_size: String(bytes.length) });
    const sessionId = String(start.body.upload_session_id);
    expect((await chunk(sessionId, 0, bytes)).body).toEqual({ start_offset: '5000', end_offset: '5000' });
    await form(videosPath(), { upload_phase: 'finish', upload_session_id: sessionId });
    await settle();
    const node = await call(`${String(start.body.video_id)}?fields=status&access_token=${page.accessToken}`);
    expect((node.body as unknown as VideoNode).status.video_status).toBe('error');
    const feed = await call(`${page.externalId}/feed?access_token=${page.accessToken}`);
    expect(feed.body.data).toEqual([]);
  });

  it('an expired token between the chunks of an upload is refused with code 190', async () => {
    const bytes = mp4Bytes(5000);
    const start = await form(videosPath(), { upload_phase: 'start', file_size: String(bytes.length) });
    await sandbox.client.addFault({
      network: 'facebook_page',
      accountId: page.externalId,
      kind: 'expire_token',
    });
    const refused = await chunk(String(start.body.upload_session_id), 0, bytes);
    expect(refused.status).toBe(400);
    expect((refused.body as unknown as GraphError).error).toMatchObject({ code: 190, error_subcode: 463 });
  });
});
