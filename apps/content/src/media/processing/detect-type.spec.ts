import { detectType } from './detect-type';

describe('detectType', () => {
  it('finds the real type in the first bytes, whatever the file is called', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108020000009077', 'hex');
    expect(await detectType(png)).toEqual({ mime: 'image/png', extension: 'png' });
    expect(await detectType(Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n', 'latin1'))).toEqual({
      mime: 'application/pdf',
      extension: 'pdf',
    });
  });

  it('answers null for bytes of no known type', async () => {
    expect(await detectType(Buffer.from('just some text, nothing more'))).toBeNull();
  });
});
