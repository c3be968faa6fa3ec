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

  it('leaves ordinary backslashes and text alone', () => {
    expect(readLittleText('C:\\path and émojis 🎉')).toEqual({
      text: 'C:\\path and émojis 🎉',
      unescaped: [],
    });
  });
});
