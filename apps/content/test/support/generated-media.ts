import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import sharp from 'sharp';

const run = promisify(execFile);

/** Random pixels: they compress badly, so a JPEG of them is large. */
function noise(width: number, height: number): Buffer {
  const pixels = Buffer.alloc(width * height * 3);
  let seed = 42;
  for (let i = 0; i < pixels.length; i += 1) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    pixels[i] = seed >> 16;
  }
  return pixels;
}

/** The GPS IFD pointer tag (0x8825), in either byte order, inside EXIF bytes. */
export function hasGpsTag(exif: Buffer | undefined): boolean {
  if (!exif) return false;
  return exif.includes(Buffer.from([0x88, 0x25])) || exif.includes(Buffer.from([0x25, 0x88]));
}

/**
 * A JPEG of random pixels stored sideways (`width` × `height` in its bytes) with EXIF orientation 6
 * (shown turned a quarter: `height` × `width`), a camera make and a GPS position (Paris).
 */
export function photoWithGps(width: number, height: number, quality = 95): Promise<Buffer> {
  return sharp(noise(width, height), { raw: { width, height, channels: 3 } })
    .withMetadata({ orientation: 6 })
    .withExif({
      IFD0: { Make: 'Phone' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '48/1 51/1 0/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '2/1 21/1 0/1',
      },
    })
    .jpeg({ quality })
    .toBuffer();
}

/** A WebP of a gradient. */
export function webp(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#3366cc' } })
    .webp({ quality: 80 })
    .toBuffer();
}

/**
 * A video of `seconds` seconds (ffmpeg's test pattern; H.264 in MP4 unless told), with a GPS location in
 * its metadata; `rotate` marks it to be shown turned (a phone held upright).
 */
export async function testVideo(
  seconds: number,
  options: { codec?: string; size?: string; container?: 'mp4' | 'mov'; rotate?: number } = {},
) {
  const dir = await mkdtemp(join(tmpdir(), 'relais-test-video-'));
  try {
    const container = options.container ?? 'mp4';
    const encoded = join(dir, `encoded.${container}`);
    await run('ffmpeg', [
      '-v',
      'error',
      '-nostdin',
      '-y',
      '-f',
      'lavfi',
      '-i',
      `testsrc=duration=${seconds}:size=${options.size ?? '320x240'}:rate=10`,
      '-c:v',
      options.codec ?? 'libx264',
      '-pix_fmt',
      'yuv420p',
      encoded,
    ]);
    // The rotation and the location are written while copying the streams (ffmpeg keeps them so).
    const path = join(dir, `video.${container}`);
    await run('ffmpeg', [
      '-v',
      'error',
      '-nostdin',
      '-y',
      '-i',
      encoded,
      '-c',
      'copy',
      ...(options.rotate ? ['-metadata:s:v:0', `rotate=${options.rotate}`] : []),
      '-metadata',
      'location=+48.8566+002.3522/',
      '-movflags',
      '+use_metadata_tags',
      path,
    ]);
    return await readFile(path);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** What `ffprobe` reads of a file, as JSON, with the given options. */
async function probed(file: Buffer, options: string[]): Promise<unknown> {
  const dir = await mkdtemp(join(tmpdir(), 'relais-test-video-'));
  try {
    const path = join(dir, 'video');
    await writeFile(path, file);
    const { stdout } = await run('ffprobe', ['-v', 'error', '-print_format', 'json', ...options, path]);
    return JSON.parse(stdout) as unknown;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The container-level metadata tags `ffprobe` finds in a file. */
export async function videoTags(file: Buffer): Promise<Record<string, string>> {
  const probe = (await probed(file, ['-show_format'])) as { format: { tags?: Record<string, string> } };
  return probe.format.tags ?? {};
}

/** An animated GIF of ffmpeg's test pattern: `frames` frames at 10 a second. */
export async function animatedGif(width: number, height: number, frames = 10): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), 'relais-test-gif-'));
  try {
    const path = join(dir, 'animated.gif');
    await run('ffmpeg', [
      '-v',
      'error',
      '-nostdin',
      '-y',
      '-f',
      'lavfi',
      '-i',
      `testsrc=size=${width}x${height}:rate=10`,
      '-frames:v',
      String(frames),
      path,
    ]);
    return await readFile(path);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The first video stream of a file as `ffprobe` reads it: codec, pixel format and size. */
export async function videoStream(
  file: Buffer,
): Promise<{ codec_name: string; pix_fmt: string; width: number; height: number }> {
  const probe = (await probed(file, ['-select_streams', 'v:0', '-show_streams'])) as {
    streams: Array<{ codec_name: string; pix_fmt: string; width: number; height: number }>;
  };
  const [stream] = probe.streams;
  if (!stream) throw new Error('no video stream');
  return stream;
}
