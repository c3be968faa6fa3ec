import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { crc32, deflateSync } from 'node:zlib';
import { MediaKind } from '@relais/contracts';
import { MediaFile } from '../../src/networks/network-adapter';

function pngChunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A real RGB PNG of the given size; `seed` changes its pixels (and so its digest). */
export function pngOf(width: number, height: number, seed = 0): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.alloc(1 + width * 3);
  for (let x = 0; x < width; x += 1) row.set([(x * 7 + seed) % 256, 120, seed % 256], 1 + x * 3);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(Buffer.concat(Array.from({ length: height }, () => row)))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

function box(type: string, content: Buffer): Buffer {
  const size = Buffer.alloc(4);
  size.writeUInt32BE(8 + content.length);
  return Buffer.concat([size, Buffer.from(type, 'latin1'), content]);
}

/** An MP4 container of about `sizeBytes` (an `ftyp` box, then random media data). */
export function mp4Of(sizeBytes: number): Buffer {
  const ftyp = box(
    'ftyp',
    Buffer.concat([Buffer.from('isom', 'latin1'), Buffer.alloc(4), Buffer.from('isomiso2mp41', 'latin1')]),
  );
  return Buffer.concat([ftyp, box('mdat', randomBytes(Math.max(0, sizeBytes - ftyp.length - 8)))]);
}

export interface TestMediaFile extends MediaFile {
  /** How many times the file was read. */
  readonly opened: number;
}

/** A file of a publication as the content service would hand it, streamed from memory in 64 KiB pieces. */
export function mediaFileOf(
  bytes: Buffer,
  options: { kind: MediaKind; contentType: string; altText?: string; width?: number; height?: number },
): TestMediaFile {
  let opened = 0;
  return {
    mediaId: randomUUID(),
    kind: options.kind,
    contentType: options.contentType,
    sizeBytes: bytes.length,
    width: options.width ?? null,
    height: options.height ?? null,
    durationMs: options.kind === MediaKind.Video ? 1000 : null,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    altText: options.altText ?? '',
    get opened() {
      return opened;
    },
    open: async () => {
      opened += 1;
      const pieces: Buffer[] = [];
      for (let at = 0; at < bytes.length; at += 64 * 1024) pieces.push(bytes.subarray(at, at + 64 * 1024));
      return Readable.from(pieces);
    },
  };
}

/** A PNG image file with its alt text. */
export function imageFile(altText = '', seed = Math.floor(Math.random() * 1e6)): TestMediaFile {
  return mediaFileOf(pngOf(32, 24, seed), {
    kind: MediaKind.Image,
    contentType: 'image/png',
    altText,
    width: 32,
    height: 24,
  });
}

/** An MP4 video of `sizeBytes`. */
export function videoFile(sizeBytes = 64 * 1024): TestMediaFile {
  return mediaFileOf(mp4Of(sizeBytes), {
    kind: MediaKind.Video,
    contentType: 'video/mp4',
    width: 2,
    height: 2,
  });
}
