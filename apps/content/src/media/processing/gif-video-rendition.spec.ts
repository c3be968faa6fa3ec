import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { MediaKind } from '@relais/contracts';
import { rulesFor } from '@relais/network-rules';
import { probeVideo, run } from './ffmpeg';
import { gifGoesAsVideo, gifToMp4 } from './gif-video-rendition';

describe('GIF video renditions', () => {
  it('are made for the networks whose GIF rule takes MP4 and not GIF (Bluesky)', () => {
    expect(gifGoesAsVideo(MediaKind.Gif, rulesFor('bluesky'))).toBe(true);
    expect(gifGoesAsVideo(MediaKind.Image, rulesFor('bluesky'))).toBe(false);
    for (const network of ['x', 'mastodon', 'linkedin', 'facebook_page'] as const) {
      expect(gifGoesAsVideo(MediaKind.Gif, rulesFor(network))).toBe(false);
    }
  });

  it('encode an animated GIF of odd size as H.264 in yuv420p with even sides, keeping its length', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'relais-gif-spec-'));
    try {
      const gif = join(dir, 'in.gif');
      // 15 frames of 45 × 31 (odd sides), 100 ms each.
      const frames = Array.from({ length: 15 }, (_, index) =>
        sharp({
          create: { width: 45, height: 31, channels: 3, background: { r: index * 15, g: 80, b: 160 } },
        })
          .png()
          .toBuffer(),
      );
      await sharp(await Promise.all(frames), { join: { animated: true } })
        .gif({ delay: 100 })
        .toFile(gif);
      const mp4 = join(dir, 'out.mp4');
      await gifToMp4(gif, mp4, 20_000);
      const probe = await probeVideo(mp4, 20_000);
      expect(probe).toMatchObject({ videoCodec: 'h264', width: 44, height: 30, audioCodecs: [] });
      expect(probe.durationMs).toBeGreaterThanOrEqual(1400);
      const stream = JSON.parse(
        await run(
          'ffprobe',
          ['-v', 'error', '-select_streams', 'v:0', '-show_streams', '-of', 'json', mp4],
          20_000,
        ),
      ) as { streams: Array<{ pix_fmt: string }> };
      expect(stream.streams[0]?.pix_fmt).toBe('yuv420p');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
