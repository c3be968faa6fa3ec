import { feedUrlProblem, isPrivateAddress, normalizeFeedUrl } from './feed-url';

describe('isPrivateAddress', () => {
  it.each([
    '127.0.0.1',
    '10.1.2.3',
    '172.16.0.9',
    '192.168.1.1',
    '169.254.169.254',
    '0.0.0.0',
    '::1',
    'fd00::1',
    'fe80::1',
    '::ffff:127.0.0.1',
  ])('refuses %s', (address) => expect(isPrivateAddress(address)).toBe(true));

  it.each(['93.184.216.34', '2606:2800:220:1:248:1893:25c8:1946', '172.32.0.1'])('accepts %s', (address) =>
    expect(isPrivateAddress(address)).toBe(false),
  );
});

describe('feedUrlProblem', () => {
  it('accepts public http(s) feeds', () => {
    expect(feedUrlProblem('https://blog.example.com/feed.xml', false)).toBeNull();
    expect(feedUrlProblem('http://93.184.216.34/rss', false)).toBeNull();
  });

  it('names the rule an address breaks', () => {
    expect(feedUrlProblem('feed.xml', false)?.constraint).toBe('isUrl');
    expect(feedUrlProblem('file:///etc/passwd', false)?.constraint).toBe('httpOnly');
    expect(feedUrlProblem('javascript:alert(1)', false)?.constraint).toBe('httpOnly');
    expect(feedUrlProblem('https://a:b@example.com/feed', false)?.constraint).toBe('isUrl');
    expect(feedUrlProblem(`https://example.com/${'a'.repeat(2000)}`, false)?.constraint).toBe('maxLength');
  });

  it('refuses this machine and private networks unless allowed', () => {
    for (const url of [
      'http://localhost:8080/feed',
      'http://127.0.0.1/feed',
      'http://[::1]/feed',
      'http://169.254.169.254/latest/meta-data',
      'http://printer.local/feed',
      'http://intranet/feed',
    ]) {
      expect(feedUrlProblem(url, false)?.constraint).toBe('privateHost');
      expect(feedUrlProblem(url, true)).toBeNull();
    }
  });
});

describe('normalizeFeedUrl', () => {
  it('trims and drops the fragment', () => {
    expect(normalizeFeedUrl('  https://Example.com/feed#top ')).toBe('https://example.com/feed');
  });
});
