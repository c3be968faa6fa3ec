import { countFirstComment, countGraphemes, countText } from './count';
import { rulesFor } from './rules';

const FAMILY = '👨‍👩‍👧‍👦'; // four people joined by zero-width joiners
const THUMB_MEDIUM = '👍🏽'; // thumbs up + skin tone modifier
const LONG_URL = `https://www.example.com/${'chemin/'.repeat(20)}page.html`;

describe('countText on X (weighted, twitter-text)', () => {
  it('weighs an emoji family and a skin-toned emoji 2 each', () => {
    expect(countText('x', FAMILY).used).toBe(2);
    expect(countText('x', THUMB_MEDIUM).used).toBe(2);
  });

  it('weighs CJK characters 2 and French accented letters 1', () => {
    expect(countText('x', '日本語').used).toBe(6);
    expect(countText('x', 'Été à Noël').used).toBe(10);
  });

  it('counts an accent typed as a combining mark like the precomposed letter (NFC)', () => {
    expect(countText('x', 'e\u0301te\u0301').used).toBe(3);
  });

  it('counts every URL 23, with or without scheme, whatever its length', () => {
    expect(LONG_URL.length).toBeGreaterThan(100);
    expect(countText('x', LONG_URL).used).toBe(23);
    expect(countText('x', `Lire ${LONG_URL}`).used).toBe(28);
    expect(countText('x', 'www.lemonde.fr').used).toBe(23);
  });

  it('accepts exactly 280 and reports one more as over', () => {
    expect(countText('x', 'a'.repeat(280))).toEqual({
      used: 280,
      limit: 280,
      remaining: 0,
      unit: 'weighted',
    });
    expect(countText('x', 'a'.repeat(281)).remaining).toBe(-1);
    expect(countText('x', '語'.repeat(140)).remaining).toBe(0);
    expect(countText('x', '語'.repeat(141)).remaining).toBe(-2);
  });
});

describe('countText on Bluesky (graphemes)', () => {
  it('counts an emoji family, a skin-toned emoji and a flag as 1 grapheme each', () => {
    expect(countText('bluesky', FAMILY).used).toBe(1);
    expect(countText('bluesky', THUMB_MEDIUM).used).toBe(1);
    expect(countText('bluesky', '🇫🇷').used).toBe(1);
    expect(countGraphemes(`${FAMILY}${THUMB_MEDIUM}é`)).toBe(3);
  });

  it('counts links at their full length', () => {
    expect(countText('bluesky', LONG_URL).used).toBe(LONG_URL.length);
  });

  it('counts a decomposed accent as one grapheme', () => {
    expect(countText('bluesky', 'cafe\u0301').used).toBe(4);
  });

  it('passes at 300 graphemes and fails at 301', () => {
    expect(countText('bluesky', 'é'.repeat(300)).remaining).toBe(0);
    expect(countText('bluesky', 'é'.repeat(301)).remaining).toBe(-1);
  });
});

describe('countText on Mastodon (graphemes, URLs 23, local part of mentions)', () => {
  it('counts every URL 23 characters', () => {
    expect(countText('mastodon', LONG_URL).used).toBe(23);
    expect(countText('mastodon', 'https://t.co').used).toBe(23);
  });

  it('does not treat a bare domain as a URL (Mastodon links only URLs with a scheme)', () => {
    expect(countText('mastodon', 'www.lemonde.fr').used).toBe(14);
  });

  it('counts a remote mention @user@domain as @user only', () => {
    expect(countText('mastodon', '@alice@mastodon.social').used).toBe(6);
    expect(countText('mastodon', 'Merci @bob@piaille.fr !').used).toBe('Merci @bob !'.length);
    expect(countText('mastodon', '@alice').used).toBe(6);
  });

  it('does not shorten an e-mail address or a profile URL', () => {
    expect(countText('mastodon', 'contact@relais.fr').used).toBe(17);
    expect(countText('mastodon', 'https://mastodon.social/@alice').used).toBe(23);
  });

  it('uses 500 by default and the server limit when given', () => {
    expect(countText('mastodon', 'a'.repeat(500)).remaining).toBe(0);
    expect(countText('mastodon', 'a'.repeat(501)).remaining).toBe(-1);
    expect(countText('mastodon', 'a'.repeat(501), { maxCharacters: 5000 })).toEqual({
      used: 501,
      limit: 5000,
      remaining: 4499,
      unit: 'graphemes',
    });
  });

  it('uses the server reserved URL length when given', () => {
    expect(countText('mastodon', LONG_URL, { charactersReservedPerUrl: 30 }).used).toBe(30);
  });

  it('ignores Mastodon options on the other networks', () => {
    expect(countText('x', 'a', { maxCharacters: 5000 }).limit).toBe(280);
    expect(countText('bluesky', LONG_URL, { charactersReservedPerUrl: 5 }).used).toBe(LONG_URL.length);
  });

  it('refuses a server limit that is not a positive integer', () => {
    expect(() => countText('mastodon', 'a', { maxCharacters: 0 })).toThrow(RangeError);
    expect(() => rulesFor('mastodon', { videoSizeLimit: 1.5 })).toThrow(/videoSizeLimit/);
  });
});

describe('countText on LinkedIn and Facebook (characters)', () => {
  it('counts UTF-16 characters: an emoji outside the basic plane is 2', () => {
    expect(countText('linkedin', 'Été').used).toBe(3);
    expect(countText('linkedin', THUMB_MEDIUM).used).toBe(4);
    expect(countText('facebook_page', LONG_URL).used).toBe(LONG_URL.length);
  });

  it('passes at the exact limit and fails one over', () => {
    expect(countText('linkedin', 'a'.repeat(3000)).remaining).toBe(0);
    expect(countText('linkedin', 'a'.repeat(3001)).remaining).toBe(-1);
    expect(countText('facebook_page', 'a'.repeat(63_206)).remaining).toBe(0);
    expect(countText('facebook_page', 'a'.repeat(63_207)).remaining).toBe(-1);
  });
});

describe('countFirstComment', () => {
  it('counts against the comment limit where the network has first comments', () => {
    expect(countFirstComment('linkedin', 'a'.repeat(1250))).toEqual({
      used: 1250,
      limit: 1250,
      remaining: 0,
      unit: 'characters',
    });
    expect(countFirstComment('facebook_page', 'Merci !')?.limit).toBe(8000);
  });

  it('is null where the network has none', () => {
    expect(countFirstComment('x', 'hello')).toBeNull();
    expect(countFirstComment('bluesky', 'hello')).toBeNull();
    expect(countFirstComment('mastodon', 'hello')).toBeNull();
  });
});
