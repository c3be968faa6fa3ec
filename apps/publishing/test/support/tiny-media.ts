import { deflateSync } from 'node:zlib';

/**
 * Small but well-formed media files built byte by byte, for tests: a PNG with real pixels, a GIF, a
 * JPEG header and an ISO base media file (MP4 or QuickTime) with `ftyp`, `moov` (`mvhd`, video and
 * audio `trak`s with `tkhd`, `mdia/hdlr`) and `mdat`.
 */

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** An RGB PNG of `width` × `height` pixels (a colour gradient), valid for any decoder. */
export function tinyPng(width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y += 1) {
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x += 1) row.set([(x * 37) & 255, (y * 53) & 255, 160], 1 + x * 3);
    rows.push(row);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(Buffer.concat(rows))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A one-frame GIF89a of the given size. */
export function tinyGif(width: number, height: number): Buffer {
  const screen = Buffer.alloc(7);
  screen.writeUInt16LE(width, 0);
  screen.writeUInt16LE(height, 2);
  screen.set([0x80, 0, 0], 4);
  const image = Buffer.alloc(10);
  image[0] = 0x2c;
  image.writeUInt16LE(width, 5);
  image.writeUInt16LE(height, 7);
  return Buffer.concat([
    Buffer.from('GIF89a', 'latin1'),
    screen,
    Buffer.from([0, 0, 0, 255, 255, 255]),
    image,
    Buffer.from([2, 2, 0x44, 0x01, 0, 0x3b]),
  ]);
}

/** The start of a baseline JPEG (SOI, JFIF APP0, SOF0 with the size) and its end marker. */
export function tinyJpeg(width: number, height: number): Buffer {
  const app0 = Buffer.from([0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]);
  const sof = Buffer.from([0xff, 0xc0, 0, 11, 8, 0, 0, 0, 0, 1, 1, 0x11, 0]);
  sof.writeUInt16BE(height, 5);
  sof.writeUInt16BE(width, 7);
  return Buffer.concat([Buffer.from([0xff, 0xd8]), app0, sof, Buffer.from([0xff, 0xd9])]);
}

export function box(type: string, ...content: Buffer[]): Buffer {
  const body = Buffer.concat(content);
  const header = Buffer.alloc(8);
  header.writeUInt32BE(8 + body.length);
  header.write(type, 4, 'latin1');
  return Buffer.concat([header, body]);
}

/** A box with a 64-bit size (`size` = 1 then `largesize`), as files over 4 GiB use. */
export function largeBox(type: string, ...content: Buffer[]): Buffer {
  const body = Buffer.concat(content);
  const header = Buffer.alloc(16);
  header.writeUInt32BE(1);
  header.write(type, 4, 'latin1');
  header.writeBigUInt64BE(BigInt(16 + body.length), 8);
  return Buffer.concat([header, body]);
}

function fullBoxHeader(version: number): Buffer {
  return Buffer.from([version, 0, 0, 0]);
}

const IDENTITY = [0x00010000, 0, 0, 0, 0x00010000, 0, 0, 0, 0x40000000];
const QUARTER_TURN = [0, 0x00010000, 0, -0x00010000, 0, 0, 0, 0, 0x40000000];

function matrix(values: number[]): Buffer {
  const bytes = Buffer.alloc(36);
  values.forEach((value, index) => bytes.writeInt32BE(value, index * 4));
  return bytes;
}

function mvhd(version: 0 | 1, timescale: number, duration: number): Buffer {
  const times = Buffer.alloc(version === 1 ? 28 : 16);
  if (version === 1) {
    times.writeUInt32BE(timescale, 16);
    times.writeBigUInt64BE(BigInt(duration), 20);
  } else {
    times.writeUInt32BE(timescale, 8);
    times.writeUInt32BE(duration, 12);
  }
  const rest = Buffer.alloc(80);
  rest.writeUInt32BE(0x00010000, 0);
  rest.writeUInt16BE(0x0100, 4);
  matrix(IDENTITY).copy(rest, 16);
  rest.writeUInt32BE(3, 76);
  return box('mvhd', fullBoxHeader(version), times, rest);
}

function tkhd(version: 0 | 1, trackId: number, width: number, height: number, turned: boolean): Buffer {
  const ids = Buffer.alloc(version === 1 ? 32 : 20);
  ids.writeUInt32BE(trackId, version === 1 ? 16 : 8);
  const middle = Buffer.alloc(16);
  const size = Buffer.alloc(8);
  size.writeUInt32BE(width * 65536, 0);
  size.writeUInt32BE(height * 65536, 4);
  return box(
    'tkhd',
    Buffer.from([version, 0, 0, 3]),
    ids,
    middle,
    matrix(turned ? QUARTER_TURN : IDENTITY),
    size,
  );
}

function trak(
  version: 0 | 1,
  trackId: number,
  handler: string,
  width: number,
  height: number,
  turned = false,
) {
  const hdlr = box(
    'hdlr',
    fullBoxHeader(0),
    Buffer.alloc(4),
    Buffer.from(handler, 'latin1'),
    Buffer.alloc(13),
  );
  return box('trak', tkhd(version, trackId, width, height, turned), box('mdia', hdlr));
}

export interface TinyMp4Options {
  width: number;
  height: number;
  durationMs: number;
  /** `qt  ` makes a QuickTime movie. */
  brand?: 'isom' | 'mp42' | 'qt  ';
  /** Version 1 boxes use 64-bit times. */
  version?: 0 | 1;
  /** `moov` after `mdat`, as cameras write files that were not made "fast start". */
  moovAtEnd?: boolean;
  /** Portrait phone video: stored landscape, turned a quarter by the track matrix. */
  turned?: boolean;
  /** Size of the media data, to make files of a given length. */
  mdatBytes?: number;
  /** Writes `mdat` with a 64-bit size. */
  largeMdat?: boolean;
}

/** An MP4 (or MOV) with an audio track first and a video track of the given size and duration. */
export function tinyMp4(options: TinyMp4Options): Buffer {
  const version = options.version ?? 0;
  const timescale = 600;
  const ftyp = box('ftyp', Buffer.from(`${options.brand ?? 'isom'}\0\0\x02\0isomiso2mp41`, 'latin1'));
  const moov = box(
    'moov',
    mvhd(version, timescale, Math.round((options.durationMs * timescale) / 1000)),
    trak(version, 1, 'soun', 0, 0),
    trak(version, 2, 'vide', options.width, options.height, options.turned),
  );
  const payload = Buffer.alloc(options.mdatBytes ?? 64, 0x5a);
  const mdat = options.largeMdat ? largeBox('mdat', payload) : box('mdat', payload);
  return Buffer.concat(options.moovAtEnd ? [ftyp, mdat, moov] : [ftyp, moov, mdat]);
}
