import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import sharp from 'sharp';
import { MediaKind } from '@relais/contracts';
import { NetworkRules } from '@relais/network-rules';
import { MediaStorage } from '../storage/media-storage';
import { probeVideo, run } from './ffmpeg';

/** What the library keeps of a rendition it made, beside its bytes. */
export interface GifVideoFacts {
  storageKey: string;
  contentType: 'video/mp4';
  sizeBytes: number;
  width: number;
  height: number;
  durationMs: number;
  sha256: string;
}

/**
 * Whether the network shows an animated GIF as a video: its GIF rule takes MP4 and not GIF
 * (Bluesky, whose own app turns GIFs into videos).
 */
export function gifGoesAsVideo(kind: MediaKind, rules: NetworkRules): boolean {
  const rule = rules.media.kinds.gif;
  return (
    kind === MediaKind.Gif &&
    rule !== null &&
    rule.contentTypes.includes('video/mp4') &&
    !rule.contentTypes.includes('image/gif')
  );
}

/**
 * An animated GIF's video rendition, for a network that shows GIFs as videos: H.264 in MP4 (yuv420p,
 * even sides, no audio, index first), what every player reads. Made from the clean master through a
 * temporary file with Debian's `ffmpeg`, then stored under `key`. Null when the network takes the GIF
 * as it is, or the GIF is a still picture (it goes out as a still image).
 */
export async function gifVideoRendition(
  storage: MediaStorage,
  kind: MediaKind,
  rules: NetworkRules,
  cleanKey: string,
  key: string,
  deadlineMs: number,
): Promise<GifVideoFacts | null> {
  if (!gifGoesAsVideo(kind, rules)) return null;
  const dir = await mkdtemp(join(tmpdir(), 'relais-gif-'));
  try {
    const gif = join(dir, 'master.gif');
    await pipeline(await storage.read(cleanKey), createWriteStream(gif));
    const { pages } = await sharp(gif, { animated: true }).metadata();
    if ((pages ?? 1) < 2) return null;
    const video = join(dir, 'rendition.mp4');
    await gifToMp4(gif, video, deadlineMs);
    const probe = await probeVideo(video, deadlineMs);
    const hash = createHash('sha256');
    let sizeBytes = 0;
    for await (const chunk of createReadStream(video)) {
      hash.update(chunk as Buffer);
      sizeBytes += (chunk as Buffer).length;
    }
    await storage.put(key, createReadStream(video), {
      contentType: 'video/mp4',
      maxBytes: Number.MAX_SAFE_INTEGER,
    });
    return {
      storageKey: key,
      contentType: 'video/mp4',
      sizeBytes,
      width: probe.width,
      height: probe.height,
      durationMs: probe.durationMs,
      sha256: hash.digest('hex'),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Encodes a GIF as H.264/MP4 the way players and networks take it; its frames keep their timing. */
export async function gifToMp4(input: string, output: string, deadlineMs: number): Promise<void> {
  await run(
    'ffmpeg',
    [
      '-v',
      'error',
      '-nostdin',
      '-y',
      '-i',
      input,
      '-map',
      '0:v:0',
      '-an',
      // H.264 in yuv420p wants even sides; a 1-pixel GIF still gets a 2 × 2 frame.
      '-vf',
      "scale='max(2,trunc(iw/2)*2)':'max(2,trunc(ih/2)*2)':flags=lanczos",
      '-c:v',
      'libx264',
      '-preset',
      'veryfast',
      '-crf',
      '23',
      '-pix_fmt',
      'yuv420p',
      '-map_metadata',
      '-1',
      '-movflags',
      '+faststart',
      '-f',
      'mp4',
      output,
    ],
    deadlineMs,
  );
}
