import { rulesFor } from '@relais/network-rules';
import { fitPixels, renditionImageType, renditionVersion } from './rendition-plan';

describe('rendition plan', () => {
  it('keeps a type the network takes and converts the others to JPEG', () => {
    expect(renditionImageType('image/webp', rulesFor('bluesky').media.kinds.image)).toBe('image/webp');
    expect(renditionImageType('image/webp', rulesFor('linkedin').media.kinds.image)).toBe('image/jpeg');
    expect(renditionImageType('image/png', rulesFor('facebook_page').media.kinds.image)).toBe('image/png');
    expect(renditionImageType('image/gif', null)).toBe('image/jpeg');
    expect(renditionImageType('image/webp', { contentTypes: ['image/png'], maxBytes: 1, maxCount: 1 })).toBe(
      'image/png',
    );
  });

  it('scales within a pixel limit, keeping the proportions', () => {
    expect(fitPixels(8000, 6000, 36_152_319)).toEqual({ width: 6942, height: 5207 });
    expect(6942 * 5207).toBeLessThanOrEqual(36_152_319);
    expect(fitPixels(800, 600, 36_152_319)).toEqual({ width: 800, height: 600 });
    expect(fitPixels(800, 600, undefined)).toEqual({ width: 800, height: 600 });
  });

  it('versions renditions by the network’s media rules', () => {
    expect(renditionVersion('x')).toMatch(/^[0-9a-f]{12}$/);
    expect(renditionVersion('x')).toBe(renditionVersion('x'));
    expect(renditionVersion('x')).not.toBe(renditionVersion('bluesky'));
  });
});
