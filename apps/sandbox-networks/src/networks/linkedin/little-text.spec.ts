import { readLittleText } from './little-text';

describe('readLittleText', () => {
  it('removes the escapes of reserved characters', () => {
    expect(readLittleText('Sale \\(today\\) \\#deal \\@shop a\\_b \\\\ end')).toEqual({
      text: 'Sale (today) #deal @shop a_b \\ end',
      unescaped: [],
    });
  });

  it('reports reserved characters sent without escape', () => {
    expect(readLittleText('Launch (today) #news').unescaped).toEqual(['(', ')', '#']);
  });

  it('reports a lone backslash too: it is reserved', () => {
    expect(readLittleText('C:\\path')).toEqual({ text: 'C:\\path', unescaped: ['\\'] });
  });

  it('leaves text without reserved characters alone', () => {
    expect(readLittleText('Plain émojis 🎉, dashes - and dots.')).toEqual({
      text: 'Plain émojis 🎉, dashes - and dots.',
      unescaped: [],
    });
  });
});
