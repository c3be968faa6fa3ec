import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ContentSubjects, MediaUploadView, MediaView } from '@relais/contracts';
import { as } from '@relais/server-testing';
import { Agency } from './fixtures';
import { PublishingHarness } from './publishing-harness';

export { tinyPng } from '@relais/server-testing';

/** A real H.264 MP4 of `seconds` seconds (ffmpeg's test pattern), which content can decode. */
export async function testVideo(seconds: number): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), 'relais-publishing-video-'));
  try {
    const path = join(dir, 'video.mp4');
    await promisify(execFile)('ffmpeg', [
      ...['-v', 'error', '-nostdin', '-y', '-f', 'lavfi'],
      ...['-i', `testsrc=duration=${seconds}:size=320x240:rate=10`],
      ...['-c:v', 'libx264', '-pix_fmt', 'yuv420p', path],
    ]);
    return await readFile(path);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** An animated GIF of ffmpeg's test pattern, one second at 10 frames a second. */
export async function animatedGif(width: number, height: number): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), 'relais-publishing-gif-'));
  try {
    const path = join(dir, 'animated.gif');
    await promisify(execFile)('ffmpeg', [
      ...['-v', 'error', '-nostdin', '-y', '-f', 'lavfi'],
      ...['-i', `testsrc=size=${width}x${height}:rate=10`, '-frames:v', '10', path],
    ]);
    return await readFile(path);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * A file put in the brand's library through the content service, as the console does it: register
 * the upload, send the bytes to the signed URL, complete it, then give it its alt text.
 */
export async function libraryMedia(
  h: PublishingHarness,
  agency: Agency,
  file: Buffer,
  contentType: string,
  altText: string,
): Promise<MediaView> {
  const upload = await h.call<MediaUploadView>(ContentSubjects.media.createUpload, as(agency.owner), {
    brandId: agency.brand.id,
    fileName: `file.${contentType.split('/')[1]}`,
    contentType,
    sizeBytes: file.length,
  });
  const sent = await fetch(upload.uploadUrl, {
    method: upload.method,
    headers: upload.headers,
    body: new Uint8Array(file),
  });
  if (!sent.ok) throw new Error(`The upload was refused (HTTP ${sent.status}): ${await sent.text()}`);
  await h.call<MediaView>(ContentSubjects.media.completeUpload, as(agency.owner), { id: upload.media.id });
  return h.call<MediaView>(ContentSubjects.media.update, as(agency.owner), { id: upload.media.id, altText });
}

/** The uploads publishing recorded for a publication (what a retry reuses). */
export function recordedUploads(h: PublishingHarness, publicationId: string) {
  return h.sql<{ media_id: string; network_media_id: string }>(
    `SELECT media_id, network_media_id FROM publishing.publication_media WHERE publication_id = $1
      ORDER BY uploaded_at`,
    [publicationId],
  );
}

/** The publication of a post once the dispatcher created it (before it settles). */
export async function publicationIdOf(h: PublishingHarness, postId: string): Promise<string | null> {
  const [row] = await h.sql<{ id: string }>(`SELECT id FROM publishing.publications WHERE post_id = $1`, [
    postId,
  ]);
  return row?.id ?? null;
}
