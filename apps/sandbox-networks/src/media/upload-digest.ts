import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';

/** What the sandbox keeps of uploaded bytes: never the bytes, only their size, digest and first bytes. */
export interface UploadDigest {
  size: number;
  /** Raw sha-256 digest (32 bytes). */
  sha256: Buffer;
  /** The first bytes (up to `HEAD_BYTES`), enough to read an image's dimensions. */
  head: Buffer;
}

export const HEAD_BYTES = 64 * 1024;

/** Reads a stream to its end, hashing as it goes: memory stays flat whatever the size. */
export function digestStream(stream: Readable): Promise<UploadDigest> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    const head: Buffer[] = [];
    let headSize = 0;
    let size = 0;
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      hash.update(chunk);
      if (headSize < HEAD_BYTES) {
        const part = chunk.subarray(0, HEAD_BYTES - headSize);
        head.push(part);
        headSize += part.length;
      }
    });
    stream.once('end', () => resolve({ size, sha256: hash.digest(), head: Buffer.concat(head) }));
    stream.once('error', reject);
    stream.once('aborted', () => reject(new Error('The upload was interrupted')));
  });
}

/**
 * Several parts of one upload sent one after the other (X segments, Facebook chunks, LinkedIn parts):
 * the digest of the whole runs on as long as the parts come in order.
 */
export class RunningDigest {
  private readonly hash = createHash('sha256');
  private headBytes: Buffer = Buffer.alloc(0);
  private inOrder = true;
  size = 0;

  /** Adds a part already digested: its bytes are gone, so only its size counts. */
  add(part: UploadDigest, inOrder: boolean): void {
    if (!inOrder) this.inOrder = false;
    this.size += part.size;
    if (this.headBytes.length === 0) this.headBytes = part.head;
  }

  /** Hashes a part's bytes as they stream (parts in order only); resolves with the part's digest. */
  stream(stream: Readable): Promise<UploadDigest> {
    const forward = (chunk: Buffer) => this.hash.update(chunk);
    stream.on('data', forward);
    return digestStream(stream).finally(() => stream.off('data', forward));
  }

  get head(): Buffer {
    return this.headBytes;
  }

  /** Hex sha-256 of the whole, or null when the parts did not come in order. */
  finish(): string | null {
    return this.inOrder ? this.hash.digest('hex') : null;
  }
}
