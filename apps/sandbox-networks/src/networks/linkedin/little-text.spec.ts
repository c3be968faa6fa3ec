import { readLittleText } from './little-text';

describe('readLittleText', () => {
  it('removes the escapes of reserved characters', () => {
    expect(readLittleText('Sale \\(today\\) \\#deal \\@shop a\\_b \\\\ end')).toEqual({
      text: 'Sale (today) #deal @shop a_b \\ end',
      unescaped: [],
      hashtags: [],
    });
  });

  it('reports reserved characters sent without escape', () => {
    expect(readLittleText('Launch (today) #news').unescaped).toEqual(['(', ')', '#']);
  });

  it('reports a lone backslash too: it is reserved', () => {
    expect(readLittleText('C:\\path')).toEqual({ text: 'C:\\path', unescaped: ['\\'], hashtags: [] });
  });

  it('leaves text without reserved characters alone', () => {
    expect(readLittleText('Plain émojis 🎉, dashes - and dots.')).toEqual({
      text: 'Plain émojis 🎉, dashes - and dots.',
      unescaped: [],
      hashtags: [],
    });
  });

  it('reads the hashtag template as a hashtag', () => {
    expect(readLittleText('Sale {hashtag|\\#|été\\_2026} and {hashtag|\\#|Relais}!')).toEqual({
      text: 'Sale #été_2026 and #Relais!',
      unescaped: [],
      hashtags: ['été_2026', 'Relais'],
    });
  });
});
