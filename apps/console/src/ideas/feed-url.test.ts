import { describe, expect, it } from 'vitest';
import { feedName, isFeedUrl } from './feed-url';

describe('isFeedUrl', () => {
  it('accepts http and https addresses', () => {
    expect(isFeedUrl('https://example.com/feed.xml')).toBe(true);
    expect(isFeedUrl('  http://127.0.0.1:8080/rss ')).toBe(true);
  });

  it('refuses anything else', () => {
    for (const value of [
      '',
      'example.com/feed',
      'ftp://example.com/feed',
      'javascript:alert(1)',
      'https://exa mple.com',
    ]) {
      expect(isFeedUrl(value)).toBe(false);
    }
  });
});

describe('feedName', () => {
  it('prefers the feed’s title, else its host and path', () => {
    expect(feedName({ title: 'Garden tips', url: 'https://garden.example/rss' })).toBe('Garden tips');
    expect(feedName({ title: null, url: 'https://garden.example/rss' })).toBe('garden.example/rss');
    expect(feedName({ title: ' ', url: 'https://garden.example/' })).toBe('garden.example');
  });
});
