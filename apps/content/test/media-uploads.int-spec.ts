import { randomBytes } from 'node:crypto';
import sharp from 'sharp';
import {
  AuthResult,
  BrandView,
  ContentSubjects,
  ErrorCode,
  MediaUploadView,
  MediaView,
  Network,
  SocialAccountView,
} from '@relais/contracts';
import { as, failure, freePort } from '@relais/server-testing';
import { ContentHarness, startContent } from './support/content-harness';
import { connectAccounts, createBrand, createPost, signUp } from './support/fixtures';
import { photoWithGps, testVideo } from './support/generated-media';

const MAX_BYTES = 20 * 1024 * 1024;

describe('content media uploads (checks of the real bytes)', () => {
  let h: ContentHarness;
  let owner: AuthResult;
  let brand: BrandView;
  let accounts: Record<string, SocialAccountView>;

  beforeAll(async () => {
    const port = await freePort();
    h = await startContent({
      env: { PUBLIC_URL: `http://127.0.0.1:${port}`, MEDIA_MAX_BYTES: String(MAX_BYTES) },
    });
    await h.app.listen(port, '127.0.0.1');
    owner = await signUp(h, 'Checks Studio');
    brand = await createBrand(h, owner, 'Quay Coffee');
    accounts = await connectAccounts(h, owner, brand.id, [Network.X, Network.LinkedIn]);
  }, 120_000);
  afterAll(() => h?.close());

  const createUpload = (fileName: string, contentType: string, sizeBytes: number) =>
    h.call<MediaUploadView>(ContentSubjects.media.createUpload, as(owner), {
      brandId: brand.id,
      fileName,
      contentType,
      sizeBytes,
    });

  async function upload(file: Buffer, contentType: string, fileName: string): Promise<MediaView> {
    const created = await createUpload(fileName, contentType, Math.max(1, file.length));
    const put = await fetch(created.uploadUrl, {
      method: 'PUT',
      headers: created.headers,
      body: new Uint8Array(file),
    });
    expect(put.status).toBe(200);
    return h.call<MediaView>(ContentSubjects.media.completeUpload, as(owner), { id: created.media.id });
  }

  it('refuses a damaged image, saying it cannot be read', async () => {
    const photo = await photoWithGps(300, 200, 80);
    const cut = photo.subarray(0, Math.floor(photo.length / 2));
    const error = await failure(upload(cut, 'image/jpeg', 'cut.jpg'));
    expect(error.code).toBe(ErrorCode.BadUserInput);
    expect(error.fields?.[0]).toMatchObject({ field: 'contentType', constraint: 'unreadable' });
    expect(error.fields?.[0]?.message).toMatch(/^the JPEG image cannot be read/);
  });

  it('refuses a file whose name lies about its type, saying what it really is', async () => {
    const jpeg = await photoWithGps(30, 20, 80);
    const error = await failure(upload(jpeg, 'image/jpeg', 'logo.png'));
    expect(error.fields).toEqual([
      {
        field: 'fileName',
        constraint: 'extensionMismatch',
        params: { fileName: 'logo.png', detected: 'image/jpeg' },
        message:
          '"logo.png" is named as another type, but the file is a JPEG image (image/jpeg): rename it or upload the right file',
      },
    ]);
  });

  it('names the real type of a file the library does not take', async () => {
    const pdf = Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1');
    const error = await failure(upload(pdf, 'image/png', 'flyer.png'));
    expect(error.fields?.[0]).toMatchObject({
      field: 'contentType',
      constraint: 'unsupportedType',
      params: { declared: 'image/png', detected: 'application/pdf' },
    });
    expect(error.fields?.[0]?.message).toMatch(/^the file is a PDF file \(application\/pdf\)/);
  });

  it('refuses an empty file, and a declared size of 0', async () => {
    const created = await createUpload('empty.jpg', 'image/jpeg', 10);
    expect(
      (await fetch(created.uploadUrl, { method: 'PUT', headers: created.headers, body: '' })).status,
    ).toBe(200);
    const error = await failure(
      h.call(ContentSubjects.media.completeUpload, as(owner), { id: created.media.id }),
    );
    expect(error.fields).toEqual([
      {
        field: 'sizeBytes',
        constraint: 'min',
        params: { min: 1, actual: 0 },
        message: 'the file is empty (0 bytes)',
      },
    ]);
    expect((await failure(createUpload('empty.jpg', 'image/jpeg', 0))).fields?.[0]).toMatchObject({
      field: 'sizeBytes',
    });
  });

  it('refuses a 2 GB video when it is declared, before any byte is sent', async () => {
    const error = await failure(createUpload('film.mp4', 'video/mp4', 2 * 1024 ** 3));
    expect(error.fields?.[0]).toMatchObject({
      field: 'sizeBytes',
      constraint: 'max',
      params: { max: MAX_BYTES, actual: 2 * 1024 ** 3 },
    });
  });

  it('refuses a video in a codec the networks do not all take', async () => {
    const mpeg4 = await testVideo(1, { codec: 'mpeg4' });
    const error = await failure(upload(mpeg4, 'video/mp4', 'old.mp4'));
    expect(error.fields?.[0]).toMatchObject({
      field: 'contentType',
      constraint: 'unsupportedCodec',
      params: { track: 'video', codec: 'mpeg4', accepted: 'H.264' },
    });
  });

  it('applies the EXIF orientation and measures the image as shown', async () => {
    const media = await upload(await photoWithGps(60, 40, 80), 'image/jpeg', 'turned.jpeg');
    expect(media).toMatchObject({ kind: 'image', width: 40, height: 60 });
    // The original is kept as uploaded (the library serves it to the agency, never to networks).
    const original = Buffer.from(await (await fetch(media.url!)).arrayBuffer());
    expect((await sharp(original).metadata()).orientation).toBe(6);
  });

  it('refuses at scheduling a video too long for X, naming X and its limit, and takes it elsewhere', async () => {
    const long = await testVideo(141, { size: '64x64' });
    const video = await upload(long, 'video/mp4', 'long.mp4');
    expect(video.durationMs).toBe(141_000);
    const scheduledAt = new Date(Date.now() + 86_400_000).toISOString();
    const error = await failure(
      createPost(h, owner, {
        brandId: brand.id,
        accountIds: [accounts[Network.X].id, accounts[Network.LinkedIn].id],
        mediaIds: [video.id],
        scheduledAt,
      }),
    );
    expect(error.code).toBe(ErrorCode.BadUserInput);
    expect(error.fields).toEqual([
      expect.objectContaining({
        field: 'variants.x.media',
        constraint: 'VIDEO_TOO_LONG',
        params: expect.objectContaining({ network: 'x', durationMs: 141_000, maxDurationMs: 140_000 }),
      }),
    ]);
    expect(error.fields?.[0]?.message).toMatch(/X/);
    await expect(
      createPost(h, owner, {
        brandId: brand.id,
        accountIds: [accounts[Network.LinkedIn].id],
        mediaIds: [video.id],
        scheduledAt,
      }),
    ).resolves.toMatchObject({ mediaIds: [video.id] });
  });

  it('takes random bytes named as an image for what they are: not an image', async () => {
    const error = await failure(upload(randomBytes(2000), 'image/jpeg', 'noise.jpg'));
    expect(error.fields?.[0]).toMatchObject({ field: 'contentType', constraint: 'unsupportedType' });
  });
});
