import { storableText } from './heard-item';

describe('storableText', () => {
  it('drops NUL characters and replaces lone surrogates, keeping the rest', () => {
    expect(storableText('a\u0000b')).toBe('ab');
    expect(storableText('x\ud800y')).toBe('x\ufffdy');
    expect(storableText('Café 👍 #Relais')).toBe('Café 👍 #Relais');
  });

  it('keeps at most the given length', () => {
    expect(storableText('abcdef', 4)).toBe('abcd');
    // A pair cut in two by the limit leaves no lone surrogate behind.
    expect(storableText('ab👍', 3)).toBe('ab\ufffd');
  });
});
