import { ideaDraftText } from './idea-draft';

describe('ideaDraftText', () => {
  it('writes the title and the link', () => {
    expect(
      ideaDraftText({ title: 'Spring tips', link: 'https://garden.example/spring' }, ['linkedin']),
    ).toEqual({
      title: 'Spring tips',
      baseText: 'Spring tips\n\nhttps://garden.example/spring',
      linkUrl: 'https://garden.example/spring',
    });
  });

  it('shortens the title in the text until it fits the strictest network', () => {
    const title = 'word '.repeat(60).trim();
    const draft = ideaDraftText({ title, link: 'https://garden.example/a' }, ['bluesky', 'linkedin']);
    expect(draft.baseText.length).toBeLessThanOrEqual(300);
    expect(draft.baseText.endsWith('…\n\nhttps://garden.example/a')).toBe(true);
    expect(draft.title.length).toBeLessThanOrEqual(200);
  });

  it('leaves out a link networks would refuse', () => {
    expect(ideaDraftText({ title: 'T', link: 'http://localhost/x' }, ['x'])).toEqual({
      title: 'T',
      baseText: 'T',
      linkUrl: null,
    });
  });
});
