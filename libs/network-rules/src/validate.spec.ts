import { MediaFacts, NetworkName, Violation } from './types';
import { isValidLinkUrl, linkPlacement, publishedText, validateVariant } from './validate';

const rules = (violations: Violation[]) => violations.map(({ field, rule }) => `${field}:${rule}`);
const image: MediaFacts = { kind: 'image', contentType: 'image/jpeg', sizeBytes: 200_000 };

describe('validateVariant: text', () => {
  it('refuses an empty or blank text without media as EMPTY', () => {
    for (const network of ['x', 'bluesky', 'mastodon', 'linkedin', 'facebook_page'] as NetworkName[]) {
      expect(validateVariant(network, { text: '', media: [] })).toEqual([
        { network, field: 'text', rule: 'EMPTY', params: {} },
      ]);
      expect(rules(validateVariant(network, { text: ' \n\t ', media: [] }))).toEqual(['text:EMPTY']);
    }
  });

  it('accepts a post made only of media, or only of a link', () => {
    expect(validateVariant('x', { text: '', media: [image] })).toEqual([]);
    expect(validateVariant('facebook_page', { text: '', linkUrl: 'https://relais.fr', media: [] })).toEqual(
      [],
    );
    expect(validateVariant('mastodon', { text: '', linkUrl: 'https://relais.fr', media: [] })).toEqual([]);
  });

  it('reports TOO_LONG with the count, at one past the limit only', () => {
    expect(validateVariant('x', { text: 'a'.repeat(280), media: [] })).toEqual([]);
    expect(validateVariant('x', { text: 'a'.repeat(281), media: [] })).toEqual([
      { network: 'x', field: 'text', rule: 'TOO_LONG', params: { used: 281, limit: 280, unit: 'weighted' } },
    ]);
    expect(validateVariant('mastodon', { text: 'a'.repeat(501), media: [] }, { maxCharacters: 501 })).toEqual(
      [],
    );
  });

  it('applies Bluesky 3,000 byte limit that 300 emoji families exceed', () => {
    const families = '👨‍👩‍👧‍👦'.repeat(300);
    expect(validateVariant('bluesky', { text: families, media: [] })).toEqual([
      {
        network: 'bluesky',
        field: 'text',
        rule: 'TOO_LONG',
        params: { used: 7500, limit: 3000, unit: 'bytes' },
      },
    ]);
  });
});

describe('validateVariant: link', () => {
  it('counts the link in the text where it is appended (X: 23 plus the blank line)', () => {
    const linkUrl = 'https://www.relais.fr/blog/une-tres-longue-adresse-de-billet';
    expect(validateVariant('x', { text: 'a'.repeat(255), linkUrl, media: [] })).toEqual([]);
    expect(rules(validateVariant('x', { text: 'a'.repeat(256), linkUrl, media: [] }))).toEqual([
      'text:TOO_LONG',
    ]);
  });

  it('does not count a link sent as a card, but does once media take the card slot', () => {
    const linkUrl = `https://relais.fr/${'x'.repeat(40)}`;
    expect(validateVariant('bluesky', { text: 'a'.repeat(300), linkUrl, media: [] })).toEqual([]);
    expect(rules(validateVariant('bluesky', { text: 'a'.repeat(300), linkUrl, media: [image] }))).toEqual([
      'text:TOO_LONG',
    ]);
    expect(linkPlacement('linkedin', { linkUrl, media: [] })).toBe('card');
    expect(linkPlacement('linkedin', { linkUrl, media: [image] })).toBe('text');
    expect(linkPlacement('x', { linkUrl: ' ', media: [] })).toBe('none');
  });

  it('appends the link on a new paragraph unless the text already has it', () => {
    const linkUrl = 'https://relais.fr/a';
    expect(publishedText('mastodon', { text: 'Nouveau billet  ', linkUrl, media: [] })).toBe(
      'Nouveau billet\n\nhttps://relais.fr/a',
    );
    expect(publishedText('mastodon', { text: 'Lire https://relais.fr/a !', linkUrl, media: [] })).toBe(
      'Lire https://relais.fr/a !',
    );
    expect(publishedText('facebook_page', { text: 'Nouveau billet', linkUrl, media: [] })).toBe(
      'Nouveau billet',
    );
  });

  it('refuses a link that is not an absolute http(s) URL', () => {
    for (const bad of [
      'relais.fr',
      'ftp://relais.fr/x',
      'javascript:alert(1)',
      'https://relais fr',
      'https://localhost',
    ]) {
      expect(isValidLinkUrl(bad)).toBe(false);
    }
    expect(isValidLinkUrl('https://www.relais.fr/page?utm_source=x#top')).toBe(true);
    expect(rules(validateVariant('linkedin', { text: 'Hello', linkUrl: 'relais', media: [] }))).toEqual([
      'linkUrl:INVALID_URL',
    ]);
  });
});

describe('validateVariant: first comment', () => {
  it('is unsupported on X, Bluesky and Mastodon', () => {
    for (const network of ['x', 'bluesky', 'mastodon'] as NetworkName[]) {
      expect(
        validateVariant(network, { text: 'Hello', firstComment: 'Lien en commentaire', media: [] }),
      ).toEqual([{ network, field: 'firstComment', rule: 'FIRST_COMMENT_UNSUPPORTED', params: {} }]);
    }
  });

  it('treats a blank first comment as none', () => {
    expect(validateVariant('x', { text: 'Hello', firstComment: '  ', media: [] })).toEqual([]);
    expect(validateVariant('x', { text: 'Hello', firstComment: null, media: [] })).toEqual([]);
  });

  it('counts the first comment against the network comment limit', () => {
    expect(validateVariant('linkedin', { text: 'Hi', firstComment: 'é'.repeat(1250), media: [] })).toEqual(
      [],
    );
    expect(validateVariant('linkedin', { text: 'Hi', firstComment: 'é'.repeat(1251), media: [] })).toEqual([
      {
        network: 'linkedin',
        field: 'firstComment',
        rule: 'TOO_LONG',
        params: { used: 1251, limit: 1250, unit: 'characters' },
      },
    ]);
  });
});
