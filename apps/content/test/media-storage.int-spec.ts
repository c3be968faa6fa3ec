import { mkdtempSync, readdirSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { LocalDiskStorage } from '../src/media/storage/local-disk-storage';
import {
  mediaStorageKey,
  MediaTooLargeError,
  UnsafeStorageKeyError,
  uploadStorageKey,
} from '../src/media/storage/media-storage';

const AGENCY = '0b0f3d1e-1a0b-4c39-9d55-0c6c1e0e7a12';
const BRAND = '1c2f3d1e-1a0b-4c39-9d55-0c6c1e0e7a13';

async function text(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** A stream that yields `count` chunks of `size` bytes, generated as they are read. */
function generated(count: number, size: number): Readable {
  let sent = 0;
  return new Readable({
    read() {
      this.push(sent < count ? Buffer.alloc(size, 0x61 + (sent % 26)) : null);
      sent += 1;
    },
  });
}

describe('LocalDiskStorage', () => {
  const root = mkdtempSync(join(tmpdir(), 'relais-media-storage-'));
  const storage = new LocalDiskStorage(root);
  const key = mediaStorageKey(AGENCY, BRAND, '6f1c7d1e-5a0b-4c39-9d55-0c6c1e0e7a11');
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('writes a stream, then reads it whole, by range and by offset', async () => {
    const stored = await storage.put(key, Readable.from([Buffer.from('hello '), Buffer.from('world')]), {
      contentType: 'text/plain',
      maxBytes: 100,
    });
    expect(stored).toEqual({ sizeBytes: 11 });
    expect(await readFile(join(root, key), 'utf8')).toBe('hello world');
    expect(await text(await storage.read(key))).toBe('hello world');
    expect(await text(await storage.read(key, { start: 6, end: 9 }))).toBe('worl');
    expect((await storage.readBytes(key, 6, 100)).toString()).toBe('world');
    expect(await storage.stat(key)).toEqual({ sizeBytes: 11 });
  });

  it('streams large files without holding them and stops at the size cap, keeping nothing', async () => {
    const big = mediaStorageKey(AGENCY, BRAND, '7a1c7d1e-5a0b-4c39-9d55-0c6c1e0e7a11');
    await expect(
      storage.put(big, generated(64, 64 * 1024), { contentType: 'video/mp4', maxBytes: 4 * 1024 * 1024 }),
    ).resolves.toEqual({ sizeBytes: 4 * 1024 * 1024 });
    const capped = mediaStorageKey(AGENCY, BRAND, '8b1c7d1e-5a0b-4c39-9d55-0c6c1e0e7a11');
    await expect(
      storage.put(capped, generated(64, 64 * 1024), { contentType: 'video/mp4', maxBytes: 1024 * 1024 }),
    ).rejects.toBeInstanceOf(MediaTooLargeError);
    expect(await storage.stat(capped)).toBeNull();
    expect(readdirSync(join(root, '.incoming'))).toEqual([]);
  });

  it('replaces a file atomically and moves an upload to its media key', async () => {
    const upload = uploadStorageKey(key);
    expect(upload).toBe(`${AGENCY}/${BRAND}/uploads/6f1c7d1e-5a0b-4c39-9d55-0c6c1e0e7a11`);
    await storage.put(upload, Readable.from([Buffer.from('second version')]), {
      contentType: 'text/plain',
      maxBytes: 100,
    });
    await storage.move(upload, key);
    expect(await storage.stat(upload)).toBeNull();
    expect(await text(await storage.read(key))).toBe('second version');
  });

  it('answers null for a missing file, refuses to read one, and deletes idempotently', async () => {
    const missing = mediaStorageKey(AGENCY, BRAND, '9c1c7d1e-5a0b-4c39-9d55-0c6c1e0e7a11');
    expect(await storage.stat(missing)).toBeNull();
    await expect(storage.read(missing)).rejects.toMatchObject({ code: 'ENOENT' });
    await storage.delete(key);
    await storage.delete(key);
    expect(await storage.stat(key)).toBeNull();
  });

  it.each(['../etc/passwd', 'a/../../b', '/absolute', 'a//b', 'a/.hidden', '', 'a b', 'a\\b'])(
    'refuses the key %j',
    async (unsafe) => {
      await expect(storage.stat(unsafe)).rejects.toBeInstanceOf(UnsafeStorageKeyError);
      await expect(
        storage.put(unsafe, Readable.from([Buffer.from('x')]), { contentType: 'text/plain', maxBytes: 10 }),
      ).rejects.toBeInstanceOf(UnsafeStorageKeyError);
    },
  );
});
