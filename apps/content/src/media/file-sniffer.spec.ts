import { describeContentType, sniffContentType } from './file-sniffer';
import { tinyGif, tinyJpeg, tinyMp4, tinyPng } from '../../test/support/tiny-media';

describe('sniffContentType', () => {
  it.each([
    ['a PNG', tinyPng(2, 2), 'image/png'],
    ['a JPEG', tinyJpeg(10, 10), 'image/jpeg'],
    ['a GIF', tinyGif(3, 3), 'image/gif'],
    ['a WebP', Buffer.from('RIFF\x24\0\0\0WEBPVP8 ', 'latin1'), 'image/webp'],
    ['an MP4', tinyMp4({ width: 2, height: 2, durationMs: 1 }), 'video/mp4'],
    ['a QuickTime movie', tinyMp4({ width: 2, height: 2, durationMs: 1, brand: 'qt  ' }), 'video/quicktime'],
  ])('recognises %s by its bytes', (_name, bytes, type) => {
    expect(sniffContentType(bytes.subarray(0, 32))).toBe(type);
  });

  it.each([
    ['text', Buffer.from('hello, this is not an image at all')],
    ['an SVG', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"></svg>')],
    ['a PDF', Buffer.from('%PDF-1.7\n')],
    ['a HEIC photo', Buffer.from('\0\0\0\x18ftypheic\0\0\0\0mif1heic', 'latin1')],
    ['nothing', Buffer.alloc(0)],
  ])('refuses %s', (_name, bytes) => {
    expect(sniffContentType(bytes)).toBeNull();
  });

  it('names types for messages', () => {
    expect(describeContentType('image/png')).toBe('PNG image');
    expect(describeContentType(null)).toBe('file of an unsupported type');
  });
});
