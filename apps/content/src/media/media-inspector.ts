import { createHash } from 'node:crypto';
import { imageSize } from 'image-size';
import { MEDIA_CONTENT_TYPES, MediaKind } from '@relais/contracts';
import { SNIFF_BYTES, sniffContentType } from './file-sniffer';
import { Mp4FormatError, readVideoFacts } from './mp4-boxes';
import { MediaStorage } from './storage/media-storage';

/** Image headers (JPEG's size marker can follow a large EXIF block) are looked for this far into the file. */
const IMAGE_HEADER_BYTES = 2 * 1024 * 1024;

/** What the stored bytes say about a file, whatever was declared. */
export interface InspectedFile {
  /** The type found by magic bytes, or null when it is none the library accepts. */
  contentType: string | null;
  kind: MediaKind | null;
  sizeBytes: number;
  width: number | null;
  height: number | null;
  durationMs: number | null;
  /** Hex; null for a file of an unsupported type (not read further). */
  sha256: string | null;
}

/** The file's type is known but its content cannot be read (a truncated or damaged file). */
export class UnreadableMediaError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'UnreadableMediaError';
  }
}

async function sha256Of(storage: MediaStorage, key: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of await storage.read(key)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

async function imageDimensions(storage: MediaStorage, key: string) {
  const head = await storage.readBytes(key, 0, IMAGE_HEADER_BYTES);
  try {
    const size = imageSize(head);
    if (!size.width || !size.height) throw new UnreadableMediaError('the image has no size');
    // EXIF orientations 5 to 8 turn the picture a quarter: it is shown with width and height swapped.
    const turned = (size.orientation ?? 1) >= 5;
    return turned ? { width: size.height, height: size.width } : { width: size.width, height: size.height };
  } catch (error) {
    if (error instanceof UnreadableMediaError) throw error;
    throw new UnreadableMediaError('the image header cannot be read');
  }
}

async function videoFacts(storage: MediaStorage, key: string, sizeBytes: number) {
  try {
    return await readVideoFacts((start, length) => storage.readBytes(key, start, length), sizeBytes);
  } catch (error) {
    if (error instanceof Mp4FormatError) throw new UnreadableMediaError(error.message);
    throw error;
  }
}

/**
 * Reads a stored file: its real type from its first bytes, its size, its dimensions (image header, or
 * the `moov` box of a video: duration and display size) and its SHA-256. Never loads a whole video.
 */
export async function inspectStoredFile(
  storage: MediaStorage,
  key: string,
  sizeBytes: number,
): Promise<InspectedFile> {
  const contentType = sniffContentType(await storage.readBytes(key, 0, SNIFF_BYTES));
  const kind = contentType ? (MEDIA_CONTENT_TYPES[contentType] ?? null) : null;
  if (!kind) {
    return { contentType, kind, sizeBytes, width: null, height: null, durationMs: null, sha256: null };
  }
  const facts = { width: null, height: null, durationMs: null } as Pick<
    InspectedFile,
    'width' | 'height' | 'durationMs'
  >;
  if (kind === MediaKind.Video) Object.assign(facts, await videoFacts(storage, key, sizeBytes));
  else Object.assign(facts, await imageDimensions(storage, key));
  return { contentType, kind, sizeBytes, ...facts, sha256: await sha256Of(storage, key) };
}
