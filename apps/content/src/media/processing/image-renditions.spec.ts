import sharp from 'sharp';
import { MediaKind } from '@relais/contracts';
import { rulesFor } from '@relais/network-rules';
import { cleanImage, imageRendition, measureImage, UndecodableImageError } from './image-renditions';

/** Random pixels, which compress badly: a large JPEG. */
function noise(width: number, height: number): Buffer {
  const pixels = Buffer.alloc(width * height * 3);
  let seed = 7;
  for (let i = 0; i < pixels.length; i += 1) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    pixels[i] = seed >> 16;
  }
  return pixels;
}

/** A GIF of two 40 × 30 frames (a light one, then a black one). */
function animatedGif(): Promise<Buffer> {
  const frames = Buffer.alloc(40 * 60 * 3);
  frames.fill(200, 0, frames.length / 2);
  return sharp(frames, { raw: { width: 40, height: 60, channels: 3, pageHeight: 30 } })
    .gif()
    .toBuffer();
}

describe('image renditions', () => {
  it('turns an image upright and drops every metadata in the clean master', async () => {
    const photo = await sharp(noise(60, 40), { raw: { width: 60, height: 40, channels: 3 } })
      .withMetadata({ orientation: 6 })
      .withExif({ IFD0: { Make: 'Phone' } })
      .jpeg()
      .toBuffer();
    const master = await cleanImage(photo, 'image/jpeg');
    expect(master).toMatchObject({ contentType: 'image/jpeg', width: 40, height: 60 });
    const meta = await sharp(master.bytes).metadata();
    expect(meta.exif).toBeUndefined();
    expect(meta.orientation).toBeUndefined();
  });

  it('refuses bytes that do not decode', async () => {
    const photo = await sharp(noise(60, 40), { raw: { width: 60, height: 40, channels: 3 } })
      .jpeg()
      .toBuffer();
    await expect(cleanImage(photo.subarray(0, 300), 'image/jpeg')).rejects.toBeInstanceOf(
      UndecodableImageError,
    );
  });

  it('brings a large photo under Bluesky’s 1,000,000 bytes, and keeps a small one as it is', async () => {
    const big = await measureImage(
      await sharp(noise(1600, 1200), { raw: { width: 1600, height: 1200, channels: 3 } })
        .jpeg({ quality: 95 })
        .toBuffer(),
      'image/jpeg',
    );
    expect(big.bytes.length).toBeGreaterThan(1_000_000);
    const rendition = await imageRendition(big, MediaKind.Image, rulesFor('bluesky'));
    expect(rendition.bytes.length).toBeLessThanOrEqual(1_000_000);
    expect(rendition.contentType).toBe('image/jpeg');
    const small = await measureImage(
      await sharp(noise(40, 30), { raw: { width: 40, height: 30, channels: 3 } })
        .jpeg()
        .toBuffer(),
      'image/jpeg',
    );
    expect(await imageRendition(small, MediaKind.Image, rulesFor('bluesky'))).toBe(small);
  });

  it('converts a WebP where refused, and a GIF to a still image where GIFs are refused', async () => {
    const webp = await measureImage(
      await sharp({ create: { width: 50, height: 20, channels: 3, background: '#112233' } })
        .webp()
        .toBuffer(),
      'image/webp',
    );
    expect(await imageRendition(webp, MediaKind.Image, rulesFor('linkedin'))).toMatchObject({
      contentType: 'image/jpeg',
      width: 50,
      height: 20,
    });
    const gif = await measureImage(await animatedGif(), 'image/gif');
    expect(gif).toMatchObject({ width: 40, height: 30 });
    const onX = await imageRendition(gif, MediaKind.Gif, rulesFor('x'));
    expect(onX.contentType).toBe('image/gif');
    expect((await sharp(onX.bytes, { animated: true }).metadata()).pages).toBe(2);
    const onBluesky = await imageRendition(gif, MediaKind.Gif, rulesFor('bluesky'));
    expect(onBluesky).toMatchObject({ contentType: 'image/jpeg', width: 40, height: 30 });
  });
});
