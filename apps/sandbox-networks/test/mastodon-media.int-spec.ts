import { SandboxAccountCredentials, SandboxNetworks, startSandboxNetworks } from '@relais/server-testing';
import { createRestAPIClient } from 'masto';
import { formOf, mp4Bytes, pngBytes, sha256 } from './support/media-files';

// masto's CommonJS build requires `change-case`, published as an ES module only.
jest.mock('change-case', () =>
  jest
    .requireActual<typeof import('./support/esm-as-commonjs')>('./support/esm-as-commonjs')
    .esmAsCommonJs('change-case'),
);

interface Attachment {
  id: string;
  type: string;
  url: string | null;
  preview_url: string | null;
  description: string | null;
  meta: { original?: { width: number; height: number }; focus?: { x: number; y: number } };
}

describe('sandbox Mastodon media', () => {
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
    await sandbox.client.setMediaProcessing(400, 'mastodon');
    account = await sandbox.client.provisionAccount({ network: 'mastodon', handle: 'acme' });
  });

  const api = (path: string, init: RequestInit = {}, token = account.accessToken) =>
    fetch(`${account.instanceUrl}${path}`, {
      ...init,
      headers: { authorization: `Bearer ${token}`, ...(init.headers as Record<string, string>) },
    });

  const upload = (bytes: Buffer, type: string, fields: Record<string, string> = {}, token?: string) =>
    api('/api/v2/media', { method: 'POST', body: formOf({ file: { bytes, type } }, fields) }, token);

  const post = (body: Record<string, unknown>, token?: string) =>
    api(
      '/api/v1/statuses',
      { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) },
      token,
    );

  const settle = () => new Promise((resolve) => setTimeout(resolve, 500));

  it('uploads an image with masto and posts it: the status and the control API show the file', async () => {
    const masto = createRestAPIClient({ url: account.instanceUrl, accessToken: account.accessToken });
    const bytes = pngBytes(5000, 800, 600);
    const media = await masto.v2.media.create({
      file: new Blob([new Uint8Array(bytes)], { type: 'image/png' }),
      description: 'A red bicycle',
      focus: '0.5,-0.25',
    });
    expect(media).toMatchObject({ type: 'image', description: 'A red bicycle' });
    expect(media.url).toContain(media.id);
    expect(media.meta?.original).toMatchObject({ width: 800, height: 600 });
    expect(media.meta?.focus).toEqual({ x: 0.5, y: -0.25 });

    const status = await masto.v1.statuses.create({ status: 'New bikes', mediaIds: [media.id] });
    expect(status.mediaAttachments.map((attachment) => attachment.id)).toEqual([media.id]);

    const received = await sandbox.client.posts({ network: 'mastodon' });
    expect(received.posts[0].media).toEqual([
      {
        id: media.id,
        type: 'image',
        mimeType: 'image/png',
        size: 5000,
        sha256: sha256(bytes),
        alt: 'A red bicycle',
      },
    ]);
  });

  it('processes a video: 202 with no url, 206 then 200, and refuses it in a status until done', async () => {
    const uploaded = await upload(mp4Bytes(20_000), 'video/mp4');
    expect(uploaded.status).toBe(202);
    const media = (await uploaded.json()) as Attachment;
    expect(media).toMatchObject({ type: 'video', url: null });

    const pending = await api(`/api/v1/media/${media.id}`);
    expect(pending.status).toBe(206);
    const early = await post({ status: 'Our film', media_ids: [media.id] });
    expect(early.status).toBe(422);
    expect(await early.json()).toEqual({
      error: 'Cannot attach files that have not finished processing. Try again in a moment!',
    });

    await settle();
    const done = await api(`/api/v1/media/${media.id}`);
    expect(done.status).toBe(200);
    expect(((await done.json()) as Attachment).url).toMatch(/\.mp4$/);
    const updated = await api(`/api/v1/media/${media.id}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ description: 'Our workshop at dawn' }),
    });
    expect(((await updated.json()) as Attachment).description).toBe('Our workshop at dawn');

    const status = await post({ status: 'Our film', media_ids: [media.id] });
    expect(status.status).toBe(200);
    const body = (await status.json()) as { media_attachments: Attachment[] };
    expect(body.media_attachments).toMatchObject([{ id: media.id, type: 'video' }]);
    const received = await sandbox.client.posts({ network: 'mastodon' });
    expect(received.posts[0].media).toMatchObject([
      { type: 'video', size: 20_000, alt: 'Our workshop at dawn' },
    ]);
  });

  it('waits with masto for a GIF to be processed, then posts it', async () => {
    const masto = createRestAPIClient({ url: account.instanceUrl, accessToken: account.accessToken });
    const media = await masto.v2.media.create({
      file: new Blob([new Uint8Array(Buffer.from('GIF89a-------'))], { type: 'image/gif' }),
    });
    expect(media.type).toBe('gifv');
    expect(media.url).not.toBeNull();
    const status = await masto.v1.statuses.create({ status: '', mediaIds: [media.id] });
    expect(status.mediaAttachments).toHaveLength(1);
  });

  it('refuses what Mastodon refuses, in its words', async () => {
    const longDescription = await upload(pngBytes(), 'image/png', { description: 'x'.repeat(1501) });
    expect(longDescription.status).toBe(422);
    expect(await longDescription.json()).toEqual({
      error: 'Validation failed: Description is too long (maximum is 1500 characters)',
    });

    const large = await upload(pngBytes(16 * 1024 * 1024 + 1), 'image/png');
    expect(large.status).toBe(422);
    expect(await large.json()).toEqual({
      error: 'Validation failed: File file size must be less than 16 MB',
    });

    const text = await upload(Buffer.from('hello'), 'text/plain');
    expect(text.status).toBe(422);

    const ids: string[] = [];
    for (let i = 0; i < 5; i++)
      ids.push(((await (await upload(pngBytes(), 'image/png')).json()) as Attachment).id);
    const five = await post({ status: 'Too many', media_ids: ids });
    expect(await five.json()).toEqual({ error: 'Cannot attach more than 4 files' });

    const other = await sandbox.client.provisionAccount({ network: 'mastodon', handle: 'other' });
    const theirs = await post({ status: 'Not mine', media_ids: [ids[0]] }, other.accessToken);
    expect(theirs.status).toBe(422);
    expect(await theirs.json()).toEqual({
      error: `Media ${ids[0]} not found or already attached to another post`,
    });

    const video = ((await (await upload(mp4Bytes(), 'video/mp4')).json()) as Attachment).id;
    await settle();
    const mixed = await post({ status: 'Mixed', media_ids: [ids[0], video] });
    expect(await mixed.json()).toEqual({
      error: 'Cannot attach a video to a post that already contains images',
    });

    expect((await post({ status: 'Once', media_ids: [ids[1]] })).status).toBe(200);
    const again = await post({ status: 'Twice', media_ids: [ids[1]] });
    expect(again.status).toBe(422);
  });

  it('fails the next processing on a media_fail fault', async () => {
    await sandbox.client.addFault({ network: 'mastodon', kind: 'media_fail' });
    const media = (await (await upload(mp4Bytes(), 'video/mp4')).json()) as Attachment;
    await settle();
    const failed = await api(`/api/v1/media/${media.id}`);
    expect(failed.status).toBe(422);
    expect(await failed.json()).toEqual({ error: 'Error processing thumbnail for uploaded media' });
    const next = (await (await upload(mp4Bytes(), 'video/mp4')).json()) as Attachment;
    await settle();
    expect((await api(`/api/v1/media/${next.id}`)).status).toBe(200);
  });

  it('expires the token between the upload and the status', async () => {
    const media = (await (await upload(pngBytes(), 'image/png')).json()) as Attachment;
    await sandbox.client.addFault({
      network: 'mastodon',
      accountId: account.externalId,
      kind: 'expire_token',
    });
    const refused = await post({ status: 'Late', media_ids: [media.id] });
    expect(refused.status).toBe(401);
    expect(await refused.json()).toEqual({ error: 'The access token expired' });
    const fresh = await sandbox.client.provisionAccount({
      network: 'mastodon',
      externalId: account.externalId,
    });
    expect((await post({ status: 'Late', media_ids: [media.id] }, fresh.accessToken)).status).toBe(200);
  });

  it('allows 30 uploads per 30 minutes', async () => {
    for (let i = 0; i < 30; i++) expect((await upload(pngBytes(100), 'image/png')).status).toBe(200);
    const refused = await upload(pngBytes(100), 'image/png');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('x-ratelimit-remaining')).toBe('0');
  });
});
