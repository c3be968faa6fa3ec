import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ByteLimit } from './byte-limit';
import {
  assertSafeKey,
  ByteRange,
  MediaStorage,
  PutOptions,
  StoredObject,
  UnsafeStorageKeyError,
} from './media-storage';

/** Where files being written wait, inside the root so that the final rename stays on one file system. */
const INCOMING = '.incoming';

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'ENOENT';
}

/**
 * Files in a folder (`MEDIA_DIR`), one per key. A file is streamed to a temporary name, flushed, then
 * renamed into place, so readers see the whole file or none of it. Browsers go through this service
 * (`PUT /media/uploads/<token>`, `GET /media/files/<token>`).
 */
export class LocalDiskStorage implements MediaStorage {
  readonly presigner = null;
  private readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  async put(key: string, body: Readable, options: PutOptions): Promise<StoredObject> {
    const target = this.pathOf(key);
    const incoming = join(this.root, INCOMING);
    await mkdir(incoming, { recursive: true });
    await mkdir(dirname(target), { recursive: true });
    const temporary = join(incoming, randomUUID());
    const limit = new ByteLimit(options.maxBytes);
    try {
      await pipeline(body, limit, createWriteStream(temporary, { flags: 'wx', flush: true }));
      await rename(temporary, target);
      return { sizeBytes: limit.bytes };
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }

  async read(key: string, range?: ByteRange): Promise<Readable> {
    const path = this.pathOf(key);
    // Opening first turns a missing file into a rejected promise rather than a stream error later.
    const handle = await open(path, 'r');
    return createReadStream(path, { fd: handle, autoClose: true, ...(range ?? {}) });
  }

  async readBytes(key: string, start: number, length: number): Promise<Buffer> {
    const handle = await open(this.pathOf(key), 'r');
    try {
      const buffer = Buffer.alloc(length);
      const { bytesRead } = await handle.read(buffer, 0, length, start);
      return buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  }

  async stat(key: string): Promise<StoredObject | null> {
    try {
      const info = await stat(this.pathOf(key));
      return info.isFile() ? { sizeBytes: info.size } : null;
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async move(fromKey: string, toKey: string): Promise<void> {
    const target = this.pathOf(toKey);
    await mkdir(dirname(target), { recursive: true });
    await rename(this.pathOf(fromKey), target);
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  private pathOf(key: string): string {
    assertSafeKey(key);
    const path = resolve(this.root, key);
    if (!path.startsWith(this.root + sep)) throw new UnsafeStorageKeyError(key);
    return path;
  }
}
