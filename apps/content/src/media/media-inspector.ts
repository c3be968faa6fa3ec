import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { MEDIA_CONTENT_TYPES, MediaKind } from '@relais/contracts';
import { DETECT_BYTES, detectType } from './processing/detect-type';
import { FfmpegError, probeVideo, remuxWithoutMetadata } from './processing/ffmpeg';
import { cleanImage, UndecodableImageError } from './processing/image-renditions';
import { ProbeError, refusedCodec, VideoProbe } from './processing/video-probe';
import { cleanStorageKey, MediaStorage } from './storage/media-storage';

/** What the stored bytes say about a file, whatever was declared. */
export interface InspectedFile {
  /** The type found in the bytes (`file-type`), or null when it is none known. */
  contentType: string | null;
  /** The usual extension of the type found, for messages about types the library does not take. */
  extension: string | null;
  kind: MediaKind | null;
  sizeBytes: number;
  width: number | null;
  height: number | null;
  durationMs: number | null;
  /** Hex digest of the original; null for a file of an unsupported type (not read further). */
  sha256: string | null;
}

/** The file's type is known but its content cannot be read (a truncated or damaged file). */
export class UnreadableMediaError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'UnreadableMediaError';
  }
}

/** A video whose video or audio codec the networks do not all take (the library does not transcode). */
export class UnsupportedCodecError extends Error {
  constructor(
    readonly track: 'video' | 'audio',
    readonly codec: string,
  ) {
    super(`the ${track} codec ${codec} is not supported`);
    this.name = 'UnsupportedCodecError';
  }
}

export interface InspectOptions {
  /** How long `ffprobe` and `ffmpeg` may run on one file. */
  deadlineMs: number;
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function hexDigest(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The stored image, checked by decoding it whole, and its clean master written beside it. */
async function inspectImage(storage: MediaStorage, key: string, contentType: string) {
  const original = await readAll(await storage.read(key));
  let master;
  try {
    master = await cleanImage(original, contentType);
  } catch (error) {
    if (error instanceof UndecodableImageError) throw new UnreadableMediaError(error.message);
    throw error;
  }
  await storage.put(cleanStorageKey(key), Readable.from(master.bytes), {
    contentType,
    maxBytes: Number.MAX_SAFE_INTEGER,
  });
  return { width: master.width, height: master.height, durationMs: null, sha256: hexDigest(original) };
}

/**
 * The stored video, copied to a temporary file (streamed: never whole in memory) for `ffprobe`, its
 * codecs checked, and its clean master (same streams, no metadata) written beside it.
 */
async function inspectVideo(
  storage: MediaStorage,
  key: string,
  contentType: string,
  options: InspectOptions,
) {
  const dir = await mkdtemp(join(tmpdir(), 'relais-media-'));
  try {
    const original = join(dir, 'original');
    const hash = createHash('sha256');
    const hashing = new PassThrough();
    hashing.on('data', (chunk: Buffer) => hash.update(chunk));
    await pipeline(await storage.read(key), hashing, createWriteStream(original));
    let probe: VideoProbe;
    try {
      probe = await probeVideo(original, options.deadlineMs);
    } catch (error) {
      if (error instanceof ProbeError) throw new UnreadableMediaError(error.message);
      if (error instanceof FfmpegError && error.unreadable) throw new UnreadableMediaError(error.message);
      throw error;
    }
    const refused = refusedCodec(probe);
    if (refused) throw new UnsupportedCodecError(refused.track, refused.codec);
    await writeVideoMaster(storage, key, contentType, original, dir, options);
    return {
      width: probe.width,
      height: probe.height,
      durationMs: probe.durationMs,
      sha256: hash.digest('hex'),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function writeVideoMaster(
  storage: MediaStorage,
  key: string,
  contentType: string,
  original: string,
  dir: string,
  options: InspectOptions,
): Promise<void> {
  const clean = join(dir, 'clean');
  const container = contentType === 'video/quicktime' ? 'mov' : 'mp4';
  await remuxWithoutMetadata(original, clean, container, options.deadlineMs);
  await storage.put(cleanStorageKey(key), createReadStream(clean), {
    contentType,
    maxBytes: Number.MAX_SAFE_INTEGER,
  });
}

/**
 * Reads a stored file: its real type from its first bytes, then (for a type the library takes) its
 * dimensions and duration (images decoded by sharp, videos probed by ffprobe), its SHA-256, and writes
 * its clean master (`cleanStorageKey`): EXIF orientation applied, every metadata removed.
 */
export async function inspectStoredFile(
  storage: MediaStorage,
  key: string,
  sizeBytes: number,
  options: InspectOptions,
): Promise<InspectedFile> {
  const detected = await detectType(await storage.readBytes(key, 0, DETECT_BYTES));
  const contentType = detected?.mime ?? null;
  const extension = detected?.extension ?? null;
  const kind = contentType ? (MEDIA_CONTENT_TYPES[contentType] ?? null) : null;
  if (!contentType || !kind) {
    return {
      contentType,
      extension,
      kind,
      sizeBytes,
      width: null,
      height: null,
      durationMs: null,
      sha256: null,
    };
  }
  const facts =
    kind === MediaKind.Video
      ? await inspectVideo(storage, key, contentType, options)
      : await inspectImage(storage, key, contentType);
  return { contentType, extension, kind, sizeBytes, ...facts };
}

/**
 * Writes the clean master of a file checked before masters existed (its original is trusted: it was
 * checked when uploaded).
 */
export async function writeCleanMaster(
  storage: MediaStorage,
  key: string,
  contentType: string,
  kind: MediaKind,
  options: InspectOptions,
): Promise<void> {
  if (kind !== MediaKind.Video) {
    await inspectImage(storage, key, contentType);
    return;
  }
  const dir = await mkdtemp(join(tmpdir(), 'relais-media-'));
  try {
    const original = join(dir, 'original');
    await pipeline(await storage.read(key), createWriteStream(original));
    await writeVideoMaster(storage, key, contentType, original, dir, options);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
