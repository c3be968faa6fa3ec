import { normalizeContentType } from './media';
import { MediaFacts, NetworkName, RuleOptions, Violation } from './types';
import { validateVariant } from './validate';

const MB = 1024 * 1024;
const img = (sizeBytes = 100_000, contentType = 'image/jpeg'): MediaFacts => ({
  kind: 'image',
  contentType,
  sizeBytes,
});
const gif = (sizeBytes = 100_000): MediaFacts => ({ kind: 'gif', contentType: 'image/gif', sizeBytes });
const video = (sizeBytes = MB, durationMs = 30_000, contentType = 'video/mp4'): MediaFacts => ({
  kind: 'video',
  contentType,
  sizeBytes,
  durationMs,
});

function mediaIssues(network: NetworkName, media: MediaFacts[], options?: RuleOptions): Violation[] {
  return validateVariant(network, { text: 'Bonjour', media }, options);
}
const codes = (violations: Violation[]) =>
  violations.map(({ rule, index }) => (index === undefined ? rule : `${rule}@${index}`));

describe('media on X', () => {
  it('takes up to 4 images, not 5', () => {
    expect(mediaIssues('x', [img(), img(), img(), img()])).toEqual([]);
    expect(mediaIssues('x', [img(), img(), img(), img(), img()])).toEqual([
      { network: 'x', field: 'media', rule: 'TOO_MANY_MEDIA', params: { count: 5, max: 4 } },
    ]);
  });

  it('takes images of any size (their rendition fits 5 MB) and GIFs up to 15 MB', () => {
    expect(mediaIssues('x', [img(5 * MB), img(40 * MB)])).toEqual([]);
    expect(mediaIssues('x', [gif(15 * MB)])).toEqual([]);
    expect(mediaIssues('x', [gif(15 * MB + 1)])).toEqual([
      {
        network: 'x',
        field: 'media',
        rule: 'MEDIA_TOO_LARGE',
        index: 0,
        params: { sizeBytes: 15 * MB + 1, maxBytes: 15 * MB },
      },
    ]);
    expect(codes(mediaIssues('x', [gif(15 * MB + 1)]))).toEqual(['MEDIA_TOO_LARGE@0']);
  });

  it('takes one video or one GIF alone', () => {
    expect(codes(mediaIssues('x', [img(), video()]))).toEqual(['MIXED_MEDIA']);
    expect(codes(mediaIssues('x', [img(), gif()]))).toEqual(['MIXED_MEDIA']);
    expect(mediaIssues('x', [video(), video()])).toEqual([
      { network: 'x', field: 'media', rule: 'TOO_MANY_MEDIA', params: { kind: 'video', count: 2, max: 1 } },
    ]);
  });

  it('refuses a video over 1920 × 1200', () => {
    expect(mediaIssues('x', [{ ...video(), width: 1200, height: 1920 }])).toEqual([]);
    expect(mediaIssues('x', [{ ...video(), width: 3840, height: 2160 }])).toEqual([
      {
        network: 'x',
        field: 'media',
        rule: 'MEDIA_TOO_MANY_PIXELS',
        index: 0,
        params: { pixels: 8_294_400, maxPixels: 2_304_000 },
      },
    ]);
  });

  it('refuses a video over 140 s or of another format', () => {
    expect(mediaIssues('x', [video(MB, 140_000)])).toEqual([]);
    expect(codes(mediaIssues('x', [video(MB, 140_001)]))).toEqual(['VIDEO_TOO_LONG@0']);
    expect(mediaIssues('x', [video(MB, 1000, 'video/webm')])[0]).toMatchObject({
      rule: 'MEDIA_TYPE',
      index: 0,
      params: { contentType: 'video/webm', accepted: 'video/mp4, video/quicktime' },
    });
  });
});

describe('media on Bluesky', () => {
  it('takes 4 images, of any size: their renditions fit 1,000,000 bytes', () => {
    expect(mediaIssues('bluesky', [img(1_000_000), img(), img(), img(1, 'image/webp')])).toEqual([]);
    expect(mediaIssues('bluesky', [img(3 * MB)])).toEqual([]);
    expect(codes(mediaIssues('bluesky', [img(), img(), img(), img(), img()]))).toEqual(['TOO_MANY_MEDIA']);
  });

  it('takes one GIF alone, of any size: it goes as its MP4 rendition, as the app turns GIFs into videos', () => {
    expect(mediaIssues('bluesky', [gif()])).toEqual([]);
    expect(mediaIssues('bluesky', [gif(40 * MB)])).toEqual([]);
    expect(codes(mediaIssues('bluesky', [gif(), gif()]))).toEqual(['TOO_MANY_MEDIA']);
    expect(codes(mediaIssues('bluesky', [gif(), img()]))).toEqual(['MIXED_MEDIA']);
    expect(codes(mediaIssues('bluesky', [gif(), video()]))).toEqual(['MIXED_MEDIA']);
  });

  it('takes one MP4 video of up to 100 MB and 3 minutes', () => {
    expect(mediaIssues('bluesky', [video(100_000_000, 180_000)])).toEqual([]);
    expect(codes(mediaIssues('bluesky', [video(100_000_001, 180_001)]))).toEqual([
      'MEDIA_TOO_LARGE@0',
      'VIDEO_TOO_LONG@0',
    ]);
    expect(codes(mediaIssues('bluesky', [video(MB, 1000, 'video/quicktime')]))).toEqual(['MEDIA_TYPE@0']);
    expect(codes(mediaIssues('bluesky', [video(), img()]))).toEqual(['MIXED_MEDIA']);
  });
});

describe('media on Mastodon', () => {
  it('mixes images and GIFs, but keeps a video alone', () => {
    expect(mediaIssues('mastodon', [img(), gif(), img(1, 'image/png')])).toEqual([]);
    expect(codes(mediaIssues('mastodon', [img(), video(MB, 1000, 'video/webm')]))).toEqual(['MIXED_MEDIA']);
  });

  it('uses 16 MB GIFs and 99 MB videos by default, the server limits when given', () => {
    expect(mediaIssues('mastodon', [gif(16 * MB)])).toEqual([]);
    expect(codes(mediaIssues('mastodon', [gif(16 * MB + 1)]))).toEqual(['MEDIA_TOO_LARGE@0']);
    expect(codes(mediaIssues('mastodon', [video(99 * MB + 1)]))).toEqual(['MEDIA_TOO_LARGE@0']);
    expect(codes(mediaIssues('mastodon', [gif(8 * MB + 1)], { imageSizeLimit: 8 * MB }))).toEqual([
      'MEDIA_TOO_LARGE@0',
    ]);
    // Images are re-encoded within the server's limit.
    expect(mediaIssues('mastodon', [img(20 * MB)], { imageSizeLimit: 8 * MB })).toEqual([]);
    expect(mediaIssues('mastodon', [video(200 * MB)], { videoSizeLimit: 200 * MB })).toEqual([]);
  });

  it('takes the server number of attachments', () => {
    const six = Array.from({ length: 6 }, () => img());
    expect(codes(mediaIssues('mastodon', six))).toEqual(['TOO_MANY_MEDIA']);
    expect(mediaIssues('mastodon', six, { maxMediaAttachments: 6 })).toEqual([]);
  });
});

describe('media on LinkedIn', () => {
  it('takes up to 20 images, of any size: their renditions have fewer than 36,152,320 pixels', () => {
    expect(
      mediaIssues(
        'linkedin',
        Array.from({ length: 20 }, () => img()),
      ),
    ).toEqual([]);
    expect(
      codes(
        mediaIssues(
          'linkedin',
          Array.from({ length: 21 }, () => img()),
        ),
      ),
    ).toEqual(['TOO_MANY_MEDIA']);
    expect(mediaIssues('linkedin', [{ ...img(), width: 8000, height: 6000 }])).toEqual([]);
    expect(mediaIssues('linkedin', [{ ...gif(), width: 8000, height: 6000 }])).toEqual([
      {
        network: 'linkedin',
        field: 'media',
        rule: 'MEDIA_TOO_MANY_PIXELS',
        index: 0,
        params: { pixels: 48_000_000, maxPixels: 36_152_319 },
      },
    ]);
  });

  it('takes one MP4 between 3 s and 30 min, up to 500 MB', () => {
    expect(mediaIssues('linkedin', [video(500 * MB, 30 * 60_000)])).toEqual([]);
    expect(codes(mediaIssues('linkedin', [video(MB, 2999)]))).toEqual(['VIDEO_TOO_SHORT@0']);
    expect(codes(mediaIssues('linkedin', [video(500 * MB + 1, 30 * 60_000 + 1)]))).toEqual([
      'MEDIA_TOO_LARGE@0',
      'VIDEO_TOO_LONG@0',
    ]);
  });
});

describe('media on a Facebook page', () => {
  it('takes up to 10 photos (their renditions fit 4 MB)', () => {
    expect(
      mediaIssues(
        'facebook_page',
        Array.from({ length: 10 }, () => img(4 * MB)),
      ),
    ).toEqual([]);
    expect(
      codes(
        mediaIssues(
          'facebook_page',
          Array.from({ length: 11 }, () => img()),
        ),
      ),
    ).toEqual(['TOO_MANY_MEDIA']);
    expect(mediaIssues('facebook_page', [img(4 * MB + 1)])).toEqual([]);
    expect(codes(mediaIssues('facebook_page', [gif(4 * MB + 1)]))).toEqual(['MEDIA_TOO_LARGE@0']);
  });

  it('takes one video up to 1 GB', () => {
    expect(mediaIssues('facebook_page', [video(1024 * MB, 60 * 60_000, 'video/quicktime')])).toEqual([]);
    expect(codes(mediaIssues('facebook_page', [video(1024 * MB + 1)]))).toEqual(['MEDIA_TOO_LARGE@0']);
  });
});

describe('content types', () => {
  it('ignores case, parameters and the image/jpg alias', () => {
    expect(normalizeContentType('Image/JPEG; charset=binary')).toBe('image/jpeg');
    expect(mediaIssues('x', [img(1, 'image/jpg')])).toEqual([]);
  });

  it('takes an image of a type the network refuses: its rendition is converted', () => {
    expect(mediaIssues('linkedin', [img(1, 'image/webp')])).toEqual([]);
  });

  it('refuses a file whose type does not match its kind', () => {
    expect(
      codes(mediaIssues('mastodon', [{ kind: 'image', contentType: 'video/mp4', sizeBytes: 1 }])),
    ).toEqual(['MEDIA_TYPE@0']);
    expect(codes(mediaIssues('x', [{ kind: 'video', contentType: 'image/gif', sizeBytes: 1 }]))).toEqual([
      'MEDIA_TYPE@0',
    ]);
  });
});
