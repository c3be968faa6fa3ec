/**
 * A small reader of ISO base media files (MP4, QuickTime MOV): finds the `moov` box wherever it sits
 * (start or end of the file), then the movie duration (`mvhd`) and the video track's display size
 * (`tkhd` of the track whose handler is `vide`, turned by its matrix). Reads only the box headers and
 * `moov`, never the media data.
 */

export interface VideoFacts {
  durationMs: number | null;
  width: number | null;
  height: number | null;
}

/** Reads up to `length` bytes at `start` (fewer at the end of the file). */
export type ReadBytes = (start: number, length: number) => Promise<Buffer>;

export class Mp4FormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Mp4FormatError';
  }
}

/** `moov` holds only metadata: even hours of video keep it to a few megabytes. */
export const MAX_MOOV_BYTES = 64 * 1024 * 1024;
const MAX_TOP_LEVEL_BOXES = 10_000;

interface Box {
  type: string;
  /** Offset of the box's content (after its header), relative to what was parsed. */
  start: number;
  /** Offset just past the box. */
  end: number;
}

/** The header of the box at `offset` of `bytes`, or null when it does not fit. */
function boxAt(bytes: Buffer, offset: number, limit: number): Box | null {
  if (offset + 8 > limit) return null;
  const size32 = bytes.readUInt32BE(offset);
  const type = bytes.toString('latin1', offset + 4, offset + 8);
  let header = 8;
  let size = size32;
  if (size32 === 1) {
    if (offset + 16 > limit) return null;
    size = Number(bytes.readBigUInt64BE(offset + 8));
    header = 16;
  } else if (size32 === 0) {
    size = limit - offset;
  }
  if (size < header || offset + size > limit) throw new Mp4FormatError(`The ${type} box overruns its parent`);
  return { type, start: offset + header, end: offset + size };
}

function children(bytes: Buffer, parent: Box): Box[] {
  const boxes: Box[] = [];
  let offset = parent.start;
  while (offset < parent.end) {
    const box = boxAt(bytes, offset, parent.end);
    if (!box) break;
    boxes.push(box);
    offset = box.end;
  }
  return boxes;
}

function child(bytes: Buffer, parent: Box, type: string): Box | undefined {
  return children(bytes, parent).find((box) => box.type === type);
}

function need(box: Box, length: number): void {
  if (box.end - box.start < length) throw new Mp4FormatError(`The ${box.type} box is too short`);
}

/** Movie duration in milliseconds from `mvhd` (version 0: 32-bit fields, version 1: 64-bit). */
function parseMvhd(bytes: Buffer, box: Box): number | null {
  need(box, 4);
  const version = bytes[box.start];
  const at = box.start + 4;
  let timescale: number;
  let duration: bigint;
  if (version === 1) {
    need(box, 4 + 28);
    timescale = bytes.readUInt32BE(at + 16);
    duration = bytes.readBigUInt64BE(at + 20);
    if (duration === 0xffffffffffffffffn) return null;
  } else {
    need(box, 4 + 16);
    timescale = bytes.readUInt32BE(at + 8);
    duration = BigInt(bytes.readUInt32BE(at + 12));
    if (duration === 0xffffffffn) return null;
  }
  if (timescale === 0) return null;
  return Number((duration * 1000n + BigInt(timescale) / 2n) / BigInt(timescale));
}

/** Display width and height from `tkhd` (16.16 fixed point), swapped when the matrix turns the picture a quarter. */
function parseTkhd(bytes: Buffer, box: Box): { width: number; height: number } {
  need(box, 4);
  const version = bytes[box.start];
  // After version/flags: times and ids (20 or 32 bytes), then reserved(8) layer(2) group(2) volume(2) reserved(2).
  const matrixAt = box.start + 4 + (version === 1 ? 32 : 20) + 16;
  need(box, matrixAt - box.start + 36 + 8);
  const a = bytes.readInt32BE(matrixAt);
  const d = bytes.readInt32BE(matrixAt + 16);
  const width = Math.round(bytes.readUInt32BE(matrixAt + 36) / 65536);
  const height = Math.round(bytes.readUInt32BE(matrixAt + 40) / 65536);
  const quarterTurn = a === 0 && d === 0;
  return quarterTurn ? { width: height, height: width } : { width, height };
}

function handlerOf(bytes: Buffer, trak: Box): string | null {
  const mdia = child(bytes, trak, 'mdia');
  const hdlr = mdia ? child(bytes, mdia, 'hdlr') : undefined;
  if (!hdlr || hdlr.end - hdlr.start < 12) return null;
  return bytes.toString('latin1', hdlr.start + 8, hdlr.start + 12);
}

/** Duration and video size from the content of a `moov` box. */
export function parseMoov(moov: Buffer): VideoFacts {
  const root: Box = { type: 'moov', start: 0, end: moov.length };
  const boxes = children(moov, root);
  const mvhd = boxes.find((box) => box.type === 'mvhd');
  const durationMs = mvhd ? parseMvhd(moov, mvhd) : null;
  const tracks = boxes.filter((box) => box.type === 'trak');
  const sized = tracks
    .map((trak) => {
      const tkhd = child(moov, trak, 'tkhd');
      return tkhd ? { handler: handlerOf(moov, trak), ...parseTkhd(moov, tkhd) } : null;
    })
    .filter((track) => track !== null && track.width > 0 && track.height > 0);
  const video = sized.find((track) => track?.handler === 'vide') ?? sized[0];
  return { durationMs, width: video?.width ?? null, height: video?.height ?? null };
}

/** Walks the file's top-level boxes to `moov` and reads it. Throws `Mp4FormatError` when there is none. */
export async function readVideoFacts(read: ReadBytes, fileSize: number): Promise<VideoFacts> {
  let offset = 0;
  for (let count = 0; count < MAX_TOP_LEVEL_BOXES && offset + 8 <= fileSize; count += 1) {
    const header = await read(offset, 16);
    if (header.length < 8) break;
    const size32 = header.readUInt32BE(0);
    const type = header.toString('latin1', 4, 8);
    let headerLength = 8;
    let end = offset + size32;
    if (size32 === 1) {
      if (header.length < 16) throw new Mp4FormatError(`The ${type} box is cut short`);
      headerLength = 16;
      end = offset + Number(header.readBigUInt64BE(8));
    } else if (size32 === 0) {
      end = fileSize;
    }
    if (end < offset + headerLength || end > fileSize) {
      throw new Mp4FormatError(`The ${type} box overruns the file`);
    }
    if (type === 'moov') {
      const length = end - offset - headerLength;
      if (length > MAX_MOOV_BYTES) throw new Mp4FormatError('The moov box is too large');
      const moov = await read(offset + headerLength, length);
      if (moov.length < length) throw new Mp4FormatError('The moov box is cut short');
      return parseMoov(moov);
    }
    offset = end;
  }
  throw new Mp4FormatError('No moov box: the file is not a complete MP4 or QuickTime movie');
}
