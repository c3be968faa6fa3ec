import { MediaKind, PublishFailureCode } from '@relais/contracts';
import { NOW, answer } from '../../../test/networks/answer';
import { MediaFile } from '../network-adapter';
import { mapXUploadFailure } from './x-errors';
import { xMediaCategory, xMediaRefusal } from './x-media';

function file(kind: MediaKind): MediaFile {
  return {
    mediaId: `m-${kind}`,
    kind,
    contentType: kind === MediaKind.Video ? 'video/mp4' : kind === MediaKind.Gif ? 'image/gif' : 'image/png',
    sizeBytes: 10,
    width: null,
    height: null,
    durationMs: null,
    sha256: 'aa',
    altText: '',
    open: () => Promise.reject(new Error('not read in these rules')),
  };
}

describe('X media rules', () => {
  it('uploads each kind in the category X processes it in', () => {
    expect(xMediaCategory(MediaKind.Image)).toBe('tweet_image');
    expect(xMediaCategory(MediaKind.Gif)).toBe('tweet_gif');
    expect(xMediaCategory(MediaKind.Video)).toBe('tweet_video');
  });

  it('takes up to 4 images, or one GIF or video alone', () => {
    const image = file(MediaKind.Image);
    expect(xMediaRefusal([image, image, image, image])).toBeNull();
    expect(xMediaRefusal([file(MediaKind.Video)])).toBeNull();
    expect(xMediaRefusal([image, image, image, image, image])).toBe(
      'An X post carries at most 4 images; remove some.',
    );
    expect(xMediaRefusal([image, file(MediaKind.Gif)])).toMatch(/one GIF or one video on its own/);
  });

  it('a media request X refuses is about the file; access, limits and trouble as for a post', () => {
    expect(mapXUploadFailure(answer(400, { detail: 'media type unrecognized' }), NOW)).toMatchObject({
      code: PublishFailureCode.Rejected,
      retryable: false,
      networkMessage: 'media type unrecognized',
    });
    expect(mapXUploadFailure(answer(401, { title: 'Unauthorized' }), NOW)).toMatchObject({
      authExpired: true,
      retryable: true,
    });
    expect(mapXUploadFailure(answer(503, {}), NOW)).toMatchObject({
      code: PublishFailureCode.NetworkUnavailable,
      retryable: true,
    });
  });
});
