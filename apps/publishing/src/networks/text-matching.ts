/**
 * Whether a post read back from a network is the one we sent: networks rewrite links (X's t.co),
 * encode `&`, `<`, `>` and may change whitespace or Unicode normalisation, so texts are compared in
 * NFC, with every URL reduced to a marker and whitespace collapsed.
 */

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"]+/giu;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the HTML entities networks put in texts they return. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (match, entity: string) => {
    if (entity.startsWith('#x') || entity.startsWith('#X'))
      return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(parseInt(entity.slice(1), 10));
    return ENTITIES[entity.toLowerCase()] ?? match;
  });
}

/** The comparable form of a text. */
export function comparableText(text: string): string {
  return text.normalize('NFC').replace(URL_PATTERN, '\u0000').replace(/\s+/gu, ' ').trim();
}

/** True when `returned` (as the network gives it back) is `sent`, up to links, entities and spacing. */
export function sameTextUpToUrls(sent: string, returned: string): boolean {
  return comparableText(sent) === comparableText(decodeEntities(returned));
}

/** Plain text of a Mastodon-style HTML status (`<p>…</p>`, `<br>`, links). */
export function htmlToText(html: string): string {
  const withBreaks = html
    .replace(/<br\s*\/?>/giu, '\n')
    .replace(/<\/p>\s*<p[^>]*>/giu, '\n\n')
    .replace(/<[^>]*>/gu, '');
  return decodeEntities(withBreaks);
}
