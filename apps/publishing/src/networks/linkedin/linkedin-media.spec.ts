import { MediaKind, PublishFailureCode } from '@relais/contracts';
import { NOW, answer } from '../../../test/networks/answer';
import { MediaFile } from '../network-adapter';
import { facebookMediaRefusal } from '../facebook/facebook-media';
import { mapLinkedInUploadFailure } from './linkedin-errors';
import { linkedInMediaRefusal } from './linkedin-media';

function file(kind: MediaKind): MediaFile {
  return {
    mediaId: `m-${kind}`,
    kind,
    contentType: kind === MediaKind.Video ? 'video/mp4' : 'image/png',
    sizeBytes: 10,
    width: null,
    height: null,
    durationMs: null,
    sha256: 'aa',
    altText: '',
    open: () => Promise.reject(new Error('not read in these rules')),
  };
}

describe('LinkedIn and Facebook media rules', () => {
  it('LinkedIn: 1 to 20 images, or one video alone', () => {
    const image = file(MediaKind.Image);
    expect(linkedInMediaRefusal(Array.from({ length: 20 }, () => image))).toBeNull();
    expect(linkedInMediaRefusal([file(MediaKind.Video)])).toBeNull();
    expect(linkedInMediaRefusal(Array.from({ length: 21 }, () => image))).toBe(
      'A LinkedIn post carries at most 20 images; remove some.',
    );
    expect(linkedInMediaRefusal([file(MediaKind.Video), image])).toMatch(/one video on its own/);
  });

  it('Facebook: photos, or one video alone', () => {
    const image = file(MediaKind.Image);
    expect(facebookMediaRefusal([image, file(MediaKind.Gif), image])).toBeNull();
    expect(facebookMediaRefusal([file(MediaKind.Video)])).toBeNull();
    expect(facebookMediaRefusal([image, file(MediaKind.Video)])).toMatch(/one video on its own/);
  });

  it('a LinkedIn upload refusal is about the file; an expired token is refreshed', () => {
    expect(
      mapLinkedInUploadFailure(answer(422, { message: 'Image dimensions too large', status: 422 }), NOW),
    ).toMatchObject({
      code: PublishFailureCode.Rejected,
      retryable: false,
      networkMessage: 'Image dimensions too large',
    });
    expect(mapLinkedInUploadFailure(answer(401, { message: 'Expired' }), NOW)).toMatchObject({
      authExpired: true,
      retryable: true,
    });
  });
});
