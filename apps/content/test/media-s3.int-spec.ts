import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import {
  AuthResult,
  BrandView,
  ContentSubjects,
  ErrorCode,
  MediaUploadView,
  MediaView,
} from '@relais/contracts';
import { as, failure, freePort, tinyPng } from '@relais/server-testing';
import { testVideo } from './support/generated-media';
import { S3Storage } from '../src/media/storage/s3-storage';
import { MediaTooLargeError, uploadStorageKey } from '../src/media/storage/media-storage';
import { ContentHarness, startContent } from './support/content-harness';
import { createBrand, signUp } from './support/fixtures';

interface S3rverInstance {
  run(): Promise<unknown>;
  close(): Promise<void>;
}
type S3rverConstructor = new (options: Record<string, unknown>) => S3rverInstance;
// s3rver ships no type declarations; this is the part of its API the test uses.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- see above
const S3rver = require('s3rver') as S3rverConstructor;

const BUCKET = 'relais-media';
const CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

/** A local S3-compatible server on a free port, its data in a temporary folder. */
async function startS3(): Promise<{ endpoint: string; stop(): Promise<void> }> {
  const port = await freePort();
  const directory = mkdtempSync(join(tmpdir(), 'relais-s3-'));
  const server = new S3rver({
    port,
    address: '127.0.0.1',
    silent: true,
    directory,
    configureBuckets: [{ name: BUCKET, configs: [] }],
  });
  await server.run();
  return {
    endpoint: `http://127.0.0.1:${port}`,
    async stop() {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}

async function bytesOf(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe('media on S3-compatible storage', () => {
  let s3: Awaited<ReturnType<typeof startS3>>;
  let storage: S3Storage;

  beforeAll(async () => {
    s3 = await startS3();
    storage = new S3Storage({
      bucket: BUCKET,
      region: 'eu-west-3',
      endpoint: s3.endpoint,
      forcePathStyle: true,
      ...CREDENTIALS,
    });
  });
  afterAll(async () => {
    storage?.onModuleDestroy();
    await s3?.stop();
  });

  describe('S3Storage', () => {
    const key = 'agency/brand/file-1';

    it('puts, stats, reads by range and by offset, moves and deletes', async () => {
      await expect(
        storage.put(key, Readable.from([Buffer.from('hello world')]), {
          contentType: 'text/plain',
          maxBytes: 100,
        }),
      ).resolves.toEqual({ sizeBytes: 11 });
      expect(await storage.stat(key)).toEqual({ sizeBytes: 11 });
      expect((await bytesOf(await storage.read(key, { start: 0, end: 4 }))).toString()).toBe('hello');
      expect((await storage.readBytes(key, 6, 100)).toString()).toBe('world');
      expect(await storage.readBytes(key, 50, 10)).toHaveLength(0);
      await storage.move(key, 'agency/brand/file-2');
      expect(await storage.stat(key)).toBeNull();
      expect((await bytesOf(await storage.read('agency/brand/file-2'))).toString()).toBe('hello world');
      await storage.delete('agency/brand/file-2');
      expect(await storage.stat('agency/brand/file-2')).toBeNull();
    });

    it('sends files larger than one part in parts, and stops at the size cap', async () => {
      const part = Buffer.alloc(3 * 1024 * 1024, 0x42);
      const big = Readable.from([part, part, part, part]);
      await expect(
        storage.put('agency/brand/big', big, { contentType: 'video/mp4', maxBytes: 20e6 }),
      ).resolves.toEqual({ sizeBytes: 12 * 1024 * 1024 });
      expect(await storage.stat('agency/brand/big')).toEqual({ sizeBytes: 12 * 1024 * 1024 });
      const tooBig = Readable.from([part, part, part, part]);
      await expect(
        storage.put('agency/brand/too-big', tooBig, { contentType: 'video/mp4', maxBytes: 10e6 }),
      ).rejects.toBeInstanceOf(MediaTooLargeError);
      expect(await storage.stat('agency/brand/too-big')).toBeNull();
    });

    it('presigns a PUT that signs the length and type, and a GET that names the type', async () => {
      const upload = await storage.presignUpload('agency/brand/uploads/x', {
        contentType: 'image/png',
        sizeBytes: 5,
        expiresInSeconds: 60,
      });
      const signed = new URL(upload.url).searchParams;
      expect(signed.get('X-Amz-SignedHeaders')).toBe('content-length;content-type;host');
      expect(signed.get('X-Amz-Expires')).toBe('60');
      expect(upload.headers).toEqual({ 'Content-Type': 'image/png' });
      const put = await fetch(upload.url, {
        method: 'PUT',
        headers: upload.headers,
        body: Buffer.from('12345'),
      });
      expect(put.status).toBe(200);
      const url = await storage.presignDownload('agency/brand/uploads/x', {
        contentType: 'image/png',
        fileName: 'café.png',
        expiresInSeconds: 120,
        signedAt: new Date(),
      });
      const got = await fetch(url);
      expect(got.status).toBe(200);
      expect(got.headers.get('content-type')).toBe('image/png');
      expect(await got.text()).toBe('12345');
    });
  });

  describe('the content service with MEDIA_STORAGE=s3', () => {
    let h: ContentHarness;
    let owner: AuthResult;
    let brand: BrandView;

    beforeAll(async () => {
      h = await startContent({
        env: {
          MEDIA_STORAGE: 's3',
          S3_ENDPOINT: s3.endpoint,
          S3_BUCKET: BUCKET,
          S3_ACCESS_KEY_ID: CREDENTIALS.accessKeyId,
          S3_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey,
          PUBLIC_URL: `http://127.0.0.1:${await freePort()}`,
        },
      });
      await h.app.listen(Number(new URL(h.config.PUBLIC_URL).port), '127.0.0.1');
      owner = await signUp(h, 'S3 Studio');
      brand = await createBrand(h, owner, 'Bucket Coffee');
    }, 120_000);
    afterAll(() => h?.close());

    const createUpload = (file: Buffer, contentType: string, fileName = 'file') =>
      h.call<MediaUploadView>(ContentSubjects.media.createUpload, as(owner), {
        brandId: brand.id,
        fileName,
        contentType,
        sizeBytes: file.length,
      });

    it('uploads through a presigned PUT, checks the stored bytes and serves them through a presigned GET', async () => {
      const png = tinyPng(48, 32);
      const upload = await createUpload(png, 'image/png', 'logo.png');
      expect(new URL(upload.uploadUrl).origin).toBe(s3.endpoint);
      expect(new URL(upload.uploadUrl).pathname).toBe(
        `/${BUCKET}/${owner.claims.agencyId}/${brand.id}/uploads/${upload.media.id}`,
      );
      const put = await fetch(upload.uploadUrl, {
        method: upload.method,
        headers: upload.headers,
        body: new Uint8Array(png),
      });
      expect(put.status).toBe(200);

      const ready = await h.call<MediaView>(ContentSubjects.media.completeUpload, as(owner), {
        id: upload.media.id,
      });
      expect(ready).toMatchObject({
        status: 'ready',
        kind: 'image',
        width: 48,
        height: 32,
        sizeBytes: png.length,
      });
      expect(
        await storage.stat(uploadStorageKey(`${owner.claims.agencyId}/${brand.id}/${upload.media.id}`)),
      ).toBeNull();

      const viaService = await fetch(ready.url ?? '', { redirect: 'manual' });
      expect(viaService.status).toBe(302);
      expect(viaService.headers.get('cache-control')).toMatch(/^private, max-age=\d+$/);
      const location = viaService.headers.get('location') ?? '';
      expect(new URL(location).origin).toBe(s3.endpoint);
      const file = await fetch(location);
      expect(file.status).toBe(200);
      expect(file.headers.get('content-type')).toBe('image/png');
      expect(Buffer.from(await file.arrayBuffer()).equals(png)).toBe(true);
    });

    it('reads a video’s duration and size from the bucket, moov at the end', async () => {
      // ffmpeg writes the index (moov) after the frames unless told otherwise.
      const mp4 = await testVideo(2, { size: '360x640' });
      const upload = await createUpload(mp4, 'video/mp4', 'reel.mp4');
      await fetch(upload.uploadUrl, { method: 'PUT', headers: upload.headers, body: new Uint8Array(mp4) });
      const ready = await h.call<MediaView>(ContentSubjects.media.completeUpload, as(owner), {
        id: upload.media.id,
      });
      expect(ready).toMatchObject({
        kind: 'video',
        width: 360,
        height: 640,
        durationMs: 2000,
        thumbnailUrl: null,
      });
    });

    it('refuses a file whose bytes are not its declared type and removes it from the bucket', async () => {
      const png = tinyPng(4, 4);
      const upload = await createUpload(png, 'video/mp4', 'fake.mp4');
      await fetch(upload.uploadUrl, { method: 'PUT', headers: upload.headers, body: new Uint8Array(png) });
      const error = await failure(
        h.call(ContentSubjects.media.completeUpload, as(owner), { id: upload.media.id }),
      );
      expect(error.code).toBe(ErrorCode.BadUserInput);
      expect(error.fields).toEqual([
        expect.objectContaining({ field: 'contentType', constraint: 'typeMismatch' }),
      ]);
      const key = `${owner.claims.agencyId}/${brand.id}/${upload.media.id}`;
      expect(await storage.stat(key)).toBeNull();
      expect(await storage.stat(uploadStorageKey(key))).toBeNull();
    });
  });
});
