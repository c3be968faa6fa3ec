import { countGraphemes } from './count';
import { NetworkName } from './types';

/**
 * How long a picture's description may be on each network, in the unit the network counts:
 * - Mastodon: 1,500 characters (the server's `MAX_DESCRIPTION_LENGTH`, Unicode code points);
 * - X: 1,000 characters (the media metadata `alt_text`);
 * - Bluesky: 2,000 graphemes (the Bluesky app's limit; the record itself sets none);
 * - LinkedIn: 4,086 characters (the Images API's `altText`);
 * - Facebook: no documented limit.
 */
export const ALT_TEXT_LIMITS: Readonly<
  Record<NetworkName, { limit: number; unit: 'codepoints' | 'graphemes' | 'characters' } | null>
> = {
  mastodon: { limit: 1500, unit: 'codepoints' },
  x: { limit: 1000, unit: 'characters' },
  bluesky: { limit: 2000, unit: 'graphemes' },
  linkedin: { limit: 4086, unit: 'characters' },
  facebook_page: null,
};

/** A picture of a post, as the alt-text checks need it. */
export interface AltTextImage {
  mediaId: string;
  /** The file's name, to name it in messages. */
  fileName: string;
  altText: string;
}

export type AltTextProblem =
  | { rule: 'ALT_TEXT_MISSING'; mediaId: string; fileName: string }
  | {
      rule: 'ALT_TEXT_TOO_LONG';
      mediaId: string;
      fileName: string;
      network: NetworkName;
      limit: number;
      used: number;
    };

/** The length of an alt text as `network` counts it. */
export function countAltText(network: NetworkName, altText: string): number {
  const rule = ALT_TEXT_LIMITS[network];
  if (!rule || rule.unit === 'characters') return altText.length;
  return rule.unit === 'graphemes' ? countGraphemes(altText) : [...altText].length;
}

/**
 * What is wrong with the pictures' descriptions of a post going out on `network`: a picture without
 * one when the brand asks for them (`requireAltText`), and a description longer than the network takes.
 */
export function altTextProblems(
  network: NetworkName,
  images: readonly AltTextImage[],
  requireAltText: boolean,
): AltTextProblem[] {
  const problems: AltTextProblem[] = [];
  const rule = ALT_TEXT_LIMITS[network];
  for (const image of images) {
    const altText = image.altText.trim();
    if (altText === '') {
      if (requireAltText)
        problems.push({ rule: 'ALT_TEXT_MISSING', mediaId: image.mediaId, fileName: image.fileName });
      continue;
    }
    const used = countAltText(network, altText);
    if (rule && used > rule.limit) {
      problems.push({
        rule: 'ALT_TEXT_TOO_LONG',
        mediaId: image.mediaId,
        fileName: image.fileName,
        network,
        limit: rule.limit,
        used,
      });
    }
  }
  return problems;
}
