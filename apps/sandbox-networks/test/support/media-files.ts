import { createHash } from 'node:crypto';

/** A PNG's signature and IHDR chunk: enough for a reader of dimensions. */
function pngHead(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(25);
  ihdr.writeUInt32BE(13, 0);
  ihdr.write('IHDR', 4, 'latin1');
  ihdr.writeUInt32BE(width, 8);
  ihdr.writeUInt32BE(height, 12);
  ihdr[16] = 8;
  ihdr[17] = 6;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), ihdr]);
}

/** Bytes that start like a PNG of `width`×`height`, padded to `size` (default 2 KB) with varied bytes. */
export function pngBytes(size = 2048, width = 640, height = 480): Buffer {
  const head = pngHead(width, height);
  const bytes = Buffer.alloc(Math.max(size, head.length));
  head.copy(bytes);
  for (let i = head.length; i < bytes.length; i++) bytes[i] = (i * 31) & 0xff;
  return bytes;
}

/** Bytes that start like an MP4 (`ftyp` box), padded to `size`. */
export function mp4Bytes(size = 4096): Buffer {
  const bytes = Buffer.alloc(size);
  bytes.writeUInt32BE(24, 0);
  bytes.write('ftypisom', 4, 'latin1');
  for (let i = 24; i < bytes.length; i++) bytes[i] = (i * 7) & 0xff;
  return bytes;
}

export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A multipart body of files and fields, as `fetch` sends it. */
export function formOf(
  files: Record<string, { bytes: Buffer; type: string; name?: string }>,
  fields: Record<string, string> = {},
): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  for (const [name, file] of Object.entries(files))
    form.append(name, new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name ?? 'upload');
  return form;
}
