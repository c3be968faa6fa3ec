import { MAX_POST_TITLE } from '@relais/contracts';
import { isValidLinkUrl, NetworkName, validateVariant } from '@relais/network-rules';
import { shorten } from '../feeds';

export interface IdeaDraftText {
  title: string;
  baseText: string;
  linkUrl: string | null;
}

/** Title chars given up per attempt while making the text fit the strictest network. */
const STEP = 10;
const MIN_TITLE = 20;

function tooLong(networks: readonly NetworkName[], text: string, linkUrl: string | null): boolean {
  return networks.some((network) =>
    validateVariant(network, { text, linkUrl, firstComment: null, media: [] }).some(
      (violation) => violation.field === 'text' && violation.rule === 'TOO_LONG',
    ),
  );
}

/**
 * The draft an idea becomes: its title, and a base text made of the title and the link, the title
 * shortened where needed so that the text fits every targeted network.
 */
export function ideaDraftText(
  idea: { title: string; link: string | null },
  networks: readonly NetworkName[],
): IdeaDraftText {
  const linkUrl = idea.link && isValidLinkUrl(idea.link) ? idea.link : null;
  const compose = (title: string) => (linkUrl ? `${title}\n\n${linkUrl}` : title);
  const full = idea.title.trim();
  let title = full;
  for (let max = full.length; max >= MIN_TITLE && tooLong(networks, compose(title), linkUrl); max -= STEP) {
    title = shorten(full, max);
  }
  return { title: shorten(full, MAX_POST_TITLE), baseText: compose(title), linkUrl };
}
