import { describeContentType, extensionContradicts, extensionOf, renditionFileName } from './content-types';

describe('content types', () => {
  it('names types for messages', () => {
    expect(describeContentType('image/png')).toBe('PNG image');
    expect(describeContentType('application/pdf', 'pdf')).toBe('PDF file');
    expect(describeContentType(null)).toBe('file of an unsupported type');
  });

  it('finds when a name says another accepted type than the bytes', () => {
    expect(extensionContradicts('logo.png', 'image/jpeg')).toBe(true);
    expect(extensionContradicts('clip.MOV', 'video/mp4')).toBe(true);
    expect(extensionContradicts('Photo.JPEG', 'image/jpeg')).toBe(false);
    expect(extensionContradicts('photo.jfif', 'image/jpeg')).toBe(false);
    expect(extensionContradicts('no extension', 'image/png')).toBe(false);
    // An extension the library does not know says nothing either way.
    expect(extensionContradicts('scan.heic', 'image/jpeg')).toBe(false);
    expect(extensionOf(' archive.tar.GZ ')).toBe('gz');
  });

  it('names a rendition after the file, with the extension of its type', () => {
    expect(renditionFileName('Été à Paris.webp', 'image/jpeg')).toBe('Été à Paris.jpg');
    expect(renditionFileName('notes', 'image/png')).toBe('notes.png');
    expect(renditionFileName('clip.mov', 'video/quicktime')).toBe('clip.mov');
  });
});
