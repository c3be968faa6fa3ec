import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  AuthResult,
  BrandView,
  ContentSubjects,
  ErrorCode,
  MediaUploadView,
  MediaView,
  Page,
  Role,
} from '@relais/contracts';
import { as, failure, freePort, tinyGif, tinyPng } from '@relais/server-testing';
import { testVideo } from './support/generated-media';
import { MediaTokens } from '../src/media/media-tokens';
import { ContentHarness, startContent, TEST_SIGNING_SECRET } from './support/content-harness';
import { createBrand, join as joinAgency, signUp } from './support/fixtures';

const MAX_BYTES = 2 * 1024 * 1024;
const CONSOLE = 'http://console.relais.test';

describe('content media library (local storage)', () => {
  let h: ContentHarness;
  let owner: AuthResult;
  let brand: BrandView;
  let otherBrand: BrandView;
  let viewer: AuthResult;
  let otherCm: AuthResult;

  beforeAll(async () => {
    const port = await freePort();
    h = await startContent({
      env: {
        PUBLIC_URL: `http://127.0.0.1:${port}`,
        CORS_ORIGINS: CONSOLE,
        MEDIA_MAX_BYTES: String(MAX_BYTES),
        MEDIA_URL_TTL_SECONDS: '600',
      },
    });
    await h.app.listen(port, '127.0.0.1');
    owner = await signUp(h, 'Media Studio');
    brand = await createBrand(h, owner, 'Brooklyn Roasters', { timezone: 'America/New_York' });
    otherBrand = await createBrand(h, owner, 'Other Brand');
    viewer = await joinAgency(h, owner, { role: Role.BrandViewer, brandIds: [brand.id] });
    otherCm = await joinAgency(h, owner, { role: Role.CommunityManager, brandIds: [otherBrand.id] });
  }, 120_000);
  afterAll(() => h?.close());

  const createUpload = (
    file: Buffer,
    contentType: string,
    fileName = 'file',
    actor = owner,
    sizeBytes = file.length,
  ) =>
    h.call<MediaUploadView>(ContentSubjects.media.createUpload, as(actor), {
      brandId: brand.id,
      fileName,
      contentType,
      sizeBytes,
    });
  const put = (upload: MediaUploadView, body: Buffer, headers: Record<string, string> = upload.headers) =>
    fetch(upload.uploadUrl, { method: 'PUT', headers, body: new Uint8Array(body) });
  const complete = (id: string, actor = owner) =>
    h.call<MediaView>(ContentSubjects.media.completeUpload, as(actor), { id });
  const mediaRow = async (id: string) =>
    (await h.sql<{ status: string }>('SELECT status FROM content.media WHERE id = $1', [id]))[0];
  const stored = (id: string) => join(h.config.MEDIA_DIR, owner.claims.agencyId, brand.id, id);

  async function uploaded(file: Buffer, contentType: string, fileName = 'file'): Promise<MediaView> {
    const upload = await createUpload(file, contentType, fileName);
    expect((await put(upload, file)).status).toBe(200);
    return complete(upload.media.id);
  }

  it('uploads a PNG through the signed URL, measures it and serves it through a signed URL', async () => {
    const png = tinyPng(64, 40);
    const upload = await createUpload(png, 'image/png', 'Logo été.png');
    expect(upload).toMatchObject({
      method: 'PUT',
      headers: { 'Content-Type': 'image/png' },
      media: { status: 'pending', kind: 'image', sizeBytes: png.length, url: null, fileName: 'Logo été.png' },
    });
    expect(upload.uploadUrl.startsWith(`${h.config.PUBLIC_URL}/media/uploads/`)).toBe(true);
    expect(Date.parse(upload.expiresAt) - Date.now()).toBeGreaterThan(590_000);

    const sent = await put(upload, png);
    expect(sent.status).toBe(200);
    expect(await mediaRow(upload.media.id)).toEqual({ status: 'pending' });

    const ready = await complete(upload.media.id);
    expect(ready).toMatchObject({
      id: upload.media.id,
      status: 'ready',
      kind: 'image',
      contentType: 'image/png',
      width: 64,
      height: 40,
      durationMs: null,
      sizeBytes: png.length,
      sha256: createHash('sha256').update(png).digest('hex'),
    });
    expect(ready.thumbnailUrl).toBe(ready.url);
    expect(existsSync(stored(ready.id))).toBe(true);
    // Completing again answers the same media.
    await expect(complete(ready.id)).resolves.toMatchObject({ status: 'ready', sha256: ready.sha256 });

    const file = await fetch(ready.url ?? '');
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('image/png');
    expect(file.headers.get('cache-control')).toMatch(/^private, max-age=\d+$/);
    expect(file.headers.get('x-content-type-options')).toBe('nosniff');
    expect(file.headers.get('content-disposition')).toContain("filename*=UTF-8''Logo%20%C3%A9t%C3%A9.png");
    expect(Buffer.from(await file.arrayBuffer()).equals(png)).toBe(true);

    const part = await fetch(ready.url ?? '', { headers: { Range: 'bytes=1-3' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 1-3/${png.length}`);
    expect(await part.text()).toBe('PNG');
  });

  it('refuses tampered and expired download links with 403', async () => {
    const ready = await uploaded(tinyPng(8, 8), 'image/png');
    const url = ready.url ?? '';
    const [body, signature] = url.slice(url.lastIndexOf('/') + 1).split('.');
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
    const otherFile = Buffer.from(JSON.stringify({ ...claims, k: `${claims.k}x` })).toString('base64url');
    const tampered = await fetch(`${h.config.PUBLIC_URL}/media/files/${otherFile}.${signature}`);
    expect(tampered.status).toBe(403);
    expect(await tampered.json()).toEqual({ message: 'This link is not valid' });

    const expiredToken = new MediaTokens(TEST_SIGNING_SECRET).signDownload({
      storageKey: claims.k,
      contentType: 'image/png',
      fileName: 'x.png',
      expiresAt: Math.floor(Date.now() / 1000) - 1,
    });
    const expired = await fetch(`${h.config.PUBLIC_URL}/media/files/${expiredToken}`);
    expect(expired.status).toBe(403);
    expect(await expired.json()).toEqual({ message: 'This link has expired' });
    // An upload URL is not a download URL.
    const upload = await createUpload(tinyPng(2, 2), 'image/png');
    const uploadToken = upload.uploadUrl.slice(upload.uploadUrl.lastIndexOf('/') + 1);
    expect((await fetch(`${h.config.PUBLIC_URL}/media/files/${uploadToken}`)).status).toBe(403);
  });

  it('reads a video’s duration and display size (ffprobe), and a GIF’s size', async () => {
    const mp4 = await testVideo(3, { size: '640x360' });
    await expect(uploaded(mp4, 'video/mp4', 'teaser.mp4')).resolves.toMatchObject({
      kind: 'video',
      width: 640,
      height: 360,
      durationMs: 3000,
      thumbnailUrl: null,
    });
    const mov = await testVideo(1, { size: '640x360', container: 'mov', rotate: 90 });
    await expect(uploaded(mov, 'video/quicktime', 'portrait.mov')).resolves.toMatchObject({
      kind: 'video',
      width: 360,
      height: 640,
      durationMs: 1000,
    });
    await expect(uploaded(tinyGif(30, 20), 'image/gif', 'wave.gif')).resolves.toMatchObject({
      kind: 'gif',
      width: 30,
      height: 20,
    });
  });

  it('refuses a PNG declared as an MP4, naming the rule, and keeps nothing of it', async () => {
    const png = tinyPng(16, 16);
    const upload = await createUpload(png, 'video/mp4', 'clip.mp4');
    expect((await put(upload, png)).status).toBe(200);
    const error = await failure(complete(upload.media.id));
    expect(error.code).toBe(ErrorCode.BadUserInput);
    expect(error.fields).toEqual([
      {
        field: 'contentType',
        constraint: 'typeMismatch',
        params: { declared: 'video/mp4', detected: 'image/png' },
        message:
          'the file is a PNG image (image/png), not video/mp4 as declared: its bytes must match its type',
      },
    ]);
    expect(await mediaRow(upload.media.id)).toBeUndefined();
    expect(existsSync(stored(upload.media.id))).toBe(false);
    expect((await failure(complete(upload.media.id))).code).toBe(ErrorCode.NotFound);
  });

  it('refuses a file of a type the library does not take, whatever it was declared', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    const upload = await createUpload(svg, 'image/png', 'evil.png');
    await put(upload, svg);
    const error = await failure(complete(upload.media.id));
    expect(error.fields?.[0]).toMatchObject({ field: 'contentType', constraint: 'unsupportedType' });
  });

  it('refuses a declared size over MEDIA_MAX_BYTES, naming the limit', async () => {
    const error = await failure(createUpload(Buffer.alloc(1), 'video/mp4', 'huge.mp4', owner, MAX_BYTES + 1));
    expect(error.code).toBe(ErrorCode.BadUserInput);
    expect(error.fields).toEqual([
      expect.objectContaining({
        field: 'sizeBytes',
        constraint: 'max',
        params: { max: MAX_BYTES, actual: MAX_BYTES + 1 },
        message: expect.stringContaining('up to 2 MB (MEDIA_MAX_BYTES)'),
      }),
    ]);
  });

  it('refuses an undeclared type and a bad payload, naming the field', async () => {
    const error = await failure(createUpload(Buffer.alloc(10), 'image/svg+xml', 'logo.svg'));
    expect(error.code).toBe(ErrorCode.BadUserInput);
    expect(error.fields?.[0]).toMatchObject({ field: 'contentType', constraint: 'isIn' });
  });

  it('stops an upload larger than declared, keeping nothing', async () => {
    const upload = await createUpload(Buffer.alloc(100), 'image/png', 'small.png');
    const tooMuch = tinyPng(200, 200);
    const sent = await put(upload, tooMuch).catch(() => null);
    if (sent) expect(sent.status).toBe(413);
    expect((await failure(complete(upload.media.id))).code).toBe(ErrorCode.Conflict);
  });

  it('checks the upload request: type header, signature, and only while pending', async () => {
    const png = tinyPng(4, 4);
    const upload = await createUpload(png, 'image/png');
    expect((await put(upload, png, { 'Content-Type': 'text/html' })).status).toBe(415);
    const forged = `${upload.uploadUrl.slice(0, -3)}AAA`;
    expect(
      (await fetch(forged, { method: 'PUT', headers: upload.headers, body: new Uint8Array(png) })).status,
    ).toBe(403);
    expect((await failure(complete(upload.media.id))).message).toMatch(/not been uploaded/);
    await put(upload, png);
    await complete(upload.media.id);
    expect((await put(upload, tinyPng(4, 4))).status).toBe(409);
  });

  it('answers CORS preflights for the console only', async () => {
    const upload = await createUpload(tinyPng(2, 2), 'image/png');
    const allowed = await fetch(upload.uploadUrl, {
      method: 'OPTIONS',
      headers: {
        Origin: CONSOLE,
        'Access-Control-Request-Method': 'PUT',
        'Access-Control-Request-Headers': 'content-type',
      },
    });
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(CONSOLE);
    expect(allowed.headers.get('access-control-allow-methods')).toBe('PUT');
    const refused = await fetch(upload.uploadUrl, {
      method: 'OPTIONS',
      headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'PUT' },
    });
    expect(refused.status).toBe(403);
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('lists the brand’s ready media newest first, by kind, page by page', async () => {
    const fresh = await createBrand(h, owner, 'Library Brand');
    const made: string[] = [];
    for (const [index, file] of [tinyPng(3, 3), tinyGif(3, 3), tinyPng(5, 5)].entries()) {
      const type = index === 1 ? 'image/gif' : 'image/png';
      const upload = await h.call<MediaUploadView>(ContentSubjects.media.createUpload, as(owner), {
        brandId: fresh.id,
        fileName: `f${index}`,
        contentType: type,
        sizeBytes: file.length,
      });
      await put(upload, file);
      made.push((await complete(upload.media.id)).id);
    }
    // A pending upload is not in the library yet.
    await h.call(ContentSubjects.media.createUpload, as(owner), {
      brandId: fresh.id,
      fileName: 'pending.png',
      contentType: 'image/png',
      sizeBytes: 10,
    });
    const list = (data: Record<string, unknown>) =>
      h.call<Page<MediaView>>(ContentSubjects.media.list, as(owner), { brandId: fresh.id, ...data });
    const first = await list({ first: 2 });
    expect(first.totalCount).toBe(3);
    expect(first.items.map((m) => m.id)).toEqual([made[2], made[1]]);
    expect(first.hasNextPage).toBe(true);
    const second = await list({ first: 2, after: first.cursors[1] });
    expect(second.items.map((m) => m.id)).toEqual([made[0]]);
    expect(second.hasNextPage).toBe(false);
    const gifs = await list({ kind: 'gif' });
    expect(gifs.items.map((m) => m.id)).toEqual([made[1]]);
    const byIds = await h.call<Page<MediaView>>(ContentSubjects.media.list, as(owner), {
      ids: [made[0], made[2]],
    });
    expect(byIds.items.map((m) => m.id)).toEqual([made[0], made[2]]);
    expect((await failure(list({ after: 'not-a-cursor' }))).fields?.[0]).toMatchObject({ field: 'after' });
  });

  it('edits the alt text and soft-deletes, refusing while a post that may still go out uses the file', async () => {
    const media = await uploaded(tinyPng(10, 10), 'image/png', 'used.png');
    const described = await h.call<MediaView>(ContentSubjects.media.update, as(owner), {
      id: media.id,
      altText: '  A cup of coffee on a wooden table  ',
    });
    expect(described.altText).toBe('A cup of coffee on a wooden table');
    const [post] = await h.sql<{ id: string }>(
      `INSERT INTO content.posts (agency_id, brand_id, author_id, base_text, media_ids, status)
       VALUES ($1, $2, $3, 'Hello', ARRAY[$4]::uuid[], 'draft') RETURNING id`,
      [owner.claims.agencyId, brand.id, owner.claims.userId, media.id],
    );
    const used = await failure(h.call(ContentSubjects.media.delete, as(owner), { id: media.id }));
    expect(used.code).toBe(ErrorCode.Conflict);
    expect(used.message).toMatch(/used by 1 post that may still go out/);
    await h.sql(`UPDATE content.posts SET status = 'published' WHERE id = $1`, [post.id]);
    await expect(h.call(ContentSubjects.media.delete, as(owner), { id: media.id })).resolves.toBe(media.id);
    expect((await failure(h.call(ContentSubjects.media.get, as(owner), { id: media.id }))).code).toBe(
      ErrorCode.NotFound,
    );
    // The published post still shows its file.
    const kept = await h.call<Page<MediaView>>(ContentSubjects.media.list, as(owner), { ids: [media.id] });
    expect(kept.items[0]).toMatchObject({ id: media.id, deleted: true });
    expect(existsSync(stored(media.id))).toBe(true);
  });

  it('lets a brand viewer see media but not change them, and hides them from other brands’ staff', async () => {
    const media = await uploaded(tinyPng(6, 6), 'image/png');
    await expect(
      h.call<MediaView>(ContentSubjects.media.get, as(viewer), { id: media.id }),
    ).resolves.toMatchObject({
      id: media.id,
      url: expect.stringContaining('/media/files/'),
    });
    expect((await failure(createUpload(tinyPng(2, 2), 'image/png', 'v.png', viewer))).code).toBe(
      ErrorCode.Forbidden,
    );
    expect(
      (await failure(h.call(ContentSubjects.media.update, as(viewer), { id: media.id, altText: 'x' }))).code,
    ).toBe(ErrorCode.Forbidden);
    for (const call of [
      h.call(ContentSubjects.media.get, as(otherCm), { id: media.id }),
      h.call(ContentSubjects.media.update, as(otherCm), { id: media.id, altText: 'x' }),
      h.call(ContentSubjects.media.delete, as(otherCm), { id: media.id }),
      h.call(ContentSubjects.media.completeUpload, as(otherCm), { id: media.id }),
      h.call(ContentSubjects.media.list, as(otherCm), { brandId: brand.id }),
      createUpload(tinyPng(2, 2), 'image/png', 'x.png', otherCm),
    ]) {
      expect((await failure(call)).code).toBe(ErrorCode.NotFound);
    }
    const byIds = await h.call<Page<MediaView>>(ContentSubjects.media.list, as(otherCm), { ids: [media.id] });
    expect(byIds.items).toEqual([]);
  });
});
