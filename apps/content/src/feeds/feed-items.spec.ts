import { parseFeed, toFeedItem } from './feed-items';
import { htmlToText, shorten } from './html-text';

describe('htmlToText', () => {
  it('drops tags, scripts and styles, decodes entities, collapses spaces', () => {
    expect(
      htmlToText('<p>Un <b>été</b>&nbsp;&amp; l&#8217;automne</p><script>x()</script><style>p{}</style>'),
    ).toBe('Un été & l’automne');
    expect(htmlToText('a<br>b<li>c</li>')).toBe('a b c');
    expect(htmlToText('&lt;b&gt; stays text')).toBe('<b> stays text');
  });

  it('shortens at a word boundary', () => {
    expect(shorten('one two three four', 12)).toBe('one two…');
    expect(shorten('short', 12)).toBe('short');
  });
});

describe('toFeedItem', () => {
  it('keys by guid, else link, else title, and keeps only http(s) links', () => {
    expect(toFeedItem({ guid: 'g1', title: 'A', link: 'https://x.example/a' })?.key).toBe('g1');
    expect(toFeedItem({ title: 'A', link: 'https://x.example/a' })?.key).toBe('https://x.example/a');
    expect(toFeedItem({ title: 'A', link: 'javascript:alert(1)' })).toMatchObject({ key: 'A', link: null });
    expect(toFeedItem({ title: '  ', content: '' })).toBeNull();
  });

  it('takes a title from the text when the item has none', () => {
    expect(toFeedItem({ content: '<p>Only a body here</p>', link: 'https://x.example/b' })?.title).toBe(
      'Only a body here',
    );
  });
});

describe('parseFeed', () => {
  it('reads RSS 2.0 and refuses what is not a feed', async () => {
    const feed = await parseFeed(
      `<rss version="2.0"><channel><title>T</title>
        <item><title>One</title><guid>1</guid><pubDate>Mon, 01 Apr 2024 08:00:00 GMT</pubDate></item>
        <item><title>One again</title><guid>1</guid></item></channel></rss>`,
    );
    expect(feed.title).toBe('T');
    expect(feed.items).toHaveLength(1);
    expect(feed.items[0].publishedAt?.toISOString()).toBe('2024-04-01T08:00:00.000Z');
    await expect(parseFeed('<html><body>no</body></html>')).rejects.toThrow(
      /does not serve an RSS or Atom feed/,
    );
  });
});
