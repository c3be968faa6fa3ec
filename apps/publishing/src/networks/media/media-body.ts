import { randomUUID } from 'node:crypto';
import { createWriteStream, openAsBlob } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { MediaKind } from '@relais/contracts';
import { MediaFile } from '../network-adapter';

/** A file's bytes as a `Blob` a request body (raw or in a `FormData`) can carry; `dispose` when sent. */
export interface MediaBody {
  blob: Blob;
  dispose(): Promise<void>;
}

/**
 * The file as a `Blob`: an image is read into memory (they are small); a video or GIF is streamed to
 * a temporary file first and sent from there (`fs.openAsBlob`), so it is never held whole in memory
 * and its exact length is known (a `Content-Length`, as the networks want for uploads).
 */
export async function mediaBody(file: MediaFile, signal: AbortSignal): Promise<MediaBody> {
  const source = await file.open(signal);
  if (file.kind === MediaKind.Image) {
    const chunks: Uint8Array<ArrayBuffer>[] = [];
    for await (const chunk of source) chunks.push(new Uint8Array(chunk as Uint8Array));
    const blob = new Blob(chunks, { type: file.contentType });
    return { blob, dispose: async () => undefined };
  }
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
