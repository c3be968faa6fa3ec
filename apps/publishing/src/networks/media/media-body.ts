import { randomUUID } from 'node:crypto';
import { createWriteStream, openAsBlob } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { MediaFile } from '../network-adapter';

/** A file's bytes as a `Blob` a request body (raw or in a `FormData`) can carry; `dispose` when sent. */
export interface MediaBody {
  blob: Blob;
  dispose(): Promise<void>;
}

/**
 * The file as a `Blob`: streamed to a temporary file first and sent from there (`fs.openAsBlob`), so
 * no file, image or video, is ever held whole in memory (a burst of posts with images would hold
 * hundreds of them), its exact length is known (a `Content-Length`, as the networks want for
 * uploads), and a network taking it in parts reads each part from the disk.
 */
export async function mediaBody(file: MediaFile, signal: AbortSignal): Promise<MediaBody> {
  const source = await file.open(signal);
  const path = join(tmpdir(), `relais-media-${randomUUID()}`);
  const dispose = () => rm(path, { force: true });
  try {
    await pipeline(source, createWriteStream(path), { signal });
    const blob = await openAsBlob(path, { type: file.contentType });
    return { blob, dispose };
  } catch (error) {
    await dispose();
    throw error;
  }
}

/** The file's bytes as a `File` part of a multipart form (the platform's `FormData` encodes it). */
export function formFile(body: MediaBody, file: MediaFile, name = fileNameOf(file)): File {
  return new File([body.blob], name, { type: file.contentType });
}

const EXTENSIONS: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/gif': 'gif',
  'video/mp4': 'mp4',
  'video/quicktime': 'mov',
};

/** A file name the networks accept for the rendition (its extension matching its type). */
export function fileNameOf(file: MediaFile): string {
  return `${file.mediaId}.${EXTENSIONS[file.contentType] ?? 'bin'}`;
}
