import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { AuthResult, BrandView, ContentSubjects, ErrorCode, MediaSourceView } from '@relais/contracts';
import { as, failure, freePort, system, tinyGif } from '@relais/server-testing';
import { ContentHarness, startContent } from './support/content-harness';
import { createBrand, signUp, uploadedMedia } from './support/fixtures';
import {
  animatedGif,
  hasGpsTag,
  photoWithGps,
  testVideo,
  videoStream,
  videoTags,
  webp,
} from './support/generated-media';

const NETWORKS = ['mastodon', 'bluesky', 'facebook_page', 'linkedin', 'x'] as const;

describe('content media sources (renditions per network)', () => {
  let h: ContentHarness;
  let owner: AuthResult;
  let brand: BrandView;

  beforeAll(async () => {
    const port = await freePort();
    h = await startContent({
      env: { PUBLIC_URL: `http://127.0.0.1:${port}`, MEDIA_MAX_BYTES: String(20 * 1024 * 1024) },
    });
    await h.app.listen(port, '127.0.0.1');
    owner = await signUp(h, 'Sources Studio');
    brand = await createBrand(h, owner, 'Harbour Bakery');
  }, 120_000);
  afterAll(() => h?.close());

  const uploaded = (bytes: Buffer, contentType: string, fileName: string) =>
    uploadedMedia(h, owner, brand.id, { bytes, contentType, fileName });

  const sources = (mediaIds: string[], network: string, envelope = system(owner.claims.agencyId)) =>
    h.call<MediaSourceView[]>(ContentSubjects.media.sources, envelope, { mediaIds, network });

  const download = async (url: string) => Buffer.from(await (await fetch(url)).arrayBuffer());

  it('makes a 3 MB photo fit Bluesky (under 1,000,000 bytes), upright, without GPS or any EXIF', async () => {
    const photo = await photoWithGps(2000, 1500);
    expect(photo.length).toBeGreaterThan(2_500_000);
    expect(hasGpsTag((await sharp(photo).metadata()).exif)).toBe(true);
    const media = await uploaded(photo, 'image/jpeg', 'harbour.jpg');
    // Orientation 6: shown a quarter turned, so the library measures it 1500 × 2000.
    expect(media).toMatchObject({
      width: 1500,
      height: 2000,
      sha256: createHash('sha256').update(photo).digest('hex'),
    });

    const [source] = await sources([media.id], 'bluesky');
    expect(source).toMatchObject({ mediaId: media.id, kind: 'image', contentType: 'image/jpeg' });
    expect(source.sizeBytes).toBeLessThanOrEqual(1_000_000);
    const bytes = await download(source.url);
    expect(bytes.length).toBe(source.sizeBytes);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(source.sha256);
    const meta = await sharp(bytes).metadata();
    expect(meta.exif).toBeUndefined();
    expect(hasGpsTag(meta.exif)).toBe(false);
    expect(meta.orientation).toBeUndefined();
    expect(meta.height).toBeGreaterThan(meta.width);
    expect({ width: source.width, height: source.height }).toEqual({
      width: meta.width,
      height: meta.height,
    });

    // Made once: a second request answers the same rendition.
    const [again] = await sources([media.id], 'bluesky');
    expect(again.sha256).toBe(source.sha256);
  });

  it('answers for each network, streamable with byte ranges', async () => {
    const media = await uploaded(await photoWithGps(400, 300, 80), 'image/jpeg', 'small.jpg');
    for (const network of NETWORKS) {
      const [source] = await sources([media.id], network);
      expect(source).toMatchObject({ mediaId: media.id, contentType: 'image/jpeg', width: 300, height: 400 });
      const bytes = await download(source.url);
      expect(hasGpsTag((await sharp(bytes).metadata()).exif)).toBe(false);
      const part = await fetch(source.url, { headers: { Range: 'bytes=0-9' } });
      expect(part.status).toBe(206);
      expect(part.headers.get('content-range')).toBe(`bytes 0-9/${source.sizeBytes}`);
    }
  });

  it('converts a WebP to JPEG where the network refuses WebP, and keeps it where taken', async () => {
    const media = await uploaded(await webp(320, 200), 'image/webp', 'banner.webp');
    const [linkedin] = await sources([media.id], 'linkedin');
    expect(linkedin).toMatchObject({ contentType: 'image/jpeg', width: 320, height: 200 });
    expect((await sharp(await download(linkedin.url)).metadata()).format).toBe('jpeg');
    const [mastodon] = await sources([media.id], 'mastodon');
    expect(mastodon).toMatchObject({ contentType: 'image/webp' });
  });

  it('serves a video as its clean master: same streams, no location', async () => {
    const video = await testVideo(2);
    expect(Object.keys(await videoTags(video)).some((tag) => tag.includes('location'))).toBe(true);
    const media = await uploaded(video, 'video/mp4', 'clip.mp4');
    expect(media).toMatchObject({ kind: 'video', width: 320, height: 240, durationMs: 2000 });
    const [source] = await sources([media.id], 'x');
    expect(source).toMatchObject({ kind: 'video', contentType: 'video/mp4', durationMs: 2000, width: 320 });
    const bytes = await download(source.url);
    expect(bytes.length).toBe(source.sizeBytes);
    expect(Object.keys(await videoTags(bytes)).some((tag) => tag.includes('location'))).toBe(false);
  });

  it('sends an animated GIF to Bluesky as an H.264 MP4 (yuv420p, even sides), and as a GIF where GIFs are taken', async () => {
    const media = await uploaded(await animatedGif(33, 21, 10), 'image/gif', 'wave.gif');
    expect(media).toMatchObject({ kind: 'gif' });
    const [bluesky] = await sources([media.id], 'bluesky');
    expect(bluesky).toMatchObject({ kind: 'gif', contentType: 'video/mp4', width: 32, height: 20 });
    expect(bluesky.durationMs).toBeGreaterThanOrEqual(900);
    const video = await download(bluesky.url);
    expect(video.length).toBe(bluesky.sizeBytes);
    expect(createHash('sha256').update(video).digest('hex')).toBe(bluesky.sha256);
    expect(await videoStream(video)).toMatchObject({
      codec_name: 'h264',
      pix_fmt: 'yuv420p',
      width: 32,
      height: 20,
    });
    // Made once: asked again, the same rendition.
    expect((await sources([media.id], 'bluesky'))[0].sha256).toBe(bluesky.sha256);
    const [mastodon] = await sources([media.id], 'mastodon');
    expect(mastodon).toMatchObject({ contentType: 'image/gif' });
  });

  it('sends a still GIF to Bluesky as a still image', async () => {
    const media = await uploaded(tinyGif(40, 30), 'image/gif', 'still.gif');
    const [bluesky] = await sources([media.id], 'bluesky');
    expect(bluesky.contentType).toMatch(/^image\/(jpeg|png)$/);
    expect((await sharp(await download(bluesky.url)).metadata()).format).toMatch(/^(jpeg|png)$/);
  });

  it('refuses users (services only), unknown ids and unknown networks', async () => {
    const media = await uploaded(await photoWithGps(40, 30, 80), 'image/jpeg', 'tiny.jpg');
    expect((await failure(sources([media.id], 'x', as(owner)))).code).toBe(ErrorCode.Forbidden);
    expect((await failure(sources(['8d6f2a52-3c3f-4d6b-9f51-2b8f0c0c0c0c'], 'x'))).code).toBe(
      ErrorCode.NotFound,
    );
    expect((await failure(sources([media.id], 'myspace'))).code).toBe(ErrorCode.BadUserInput);
  });
});
