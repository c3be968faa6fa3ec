import { networkSupports } from './supports';

describe('networkSupports', () => {
  it('offers a first comment on LinkedIn and Facebook only', () => {
    expect(networkSupports('linkedin')).toMatchObject({ firstComment: true, firstCommentLimit: 1250 });
    expect(networkSupports('facebook_page')).toMatchObject({ firstComment: true, firstCommentLimit: 8000 });
    for (const network of ['x', 'bluesky', 'mastodon'] as const) {
      expect(networkSupports(network)).toMatchObject({ firstComment: false, firstCommentLimit: null });
    }
  });

  it('tells the composer the limits, where the link goes and what media fit', () => {
    expect(networkSupports('x')).toMatchObject({
      textLimit: 280,
      unit: 'weighted',
      linkPreview: true,
      linkInText: true,
      maxMedia: 4,
      maxMediaByKind: { image: 4, gif: 1, video: 1 },
      mediaAlone: ['video', 'gif'],
    });
    expect(networkSupports('bluesky')).toMatchObject({
      textLimit: 300,
      unit: 'graphemes',
      linkInText: false,
      maxMediaByKind: { image: 4, gif: 1, video: 1 },
      contentTypes: { gif: ['video/mp4'], video: ['video/mp4'] },
      mediaAlone: ['video', 'gif'],
    });
    expect(networkSupports('linkedin').maxMedia).toBe(20);
  });

  it('follows a Mastodon server limits', () => {
    expect(networkSupports('mastodon', { maxCharacters: 1000, maxMediaAttachments: 8 })).toMatchObject({
      textLimit: 1000,
      maxMedia: 8,
      maxMediaByKind: { image: 8, gif: 8, video: 1 },
    });
  });
});
