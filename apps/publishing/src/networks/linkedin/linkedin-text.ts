import { extractEntities } from '@relais/network-rules';

/**
 * LinkedIn's `commentary` is "little text": `\ | { } @ [ ] ( ) < > # * _ ~` are markup and must be
 * escaped with a backslash to show as written. A hashtag is written as LinkedIn's hashtag template,
 * `{hashtag|\#|tag}`, so it shows as a hashtag, not as plain text.
 */
const RESERVED = /[\\|{}@[\]()<>#*_~]/g;
const HASHTAG_TEMPLATE = /\{hashtag\|\\#\|((?:\\.|[^\\}])*)\}/g;

function escapePlain(text: string): string {
  return text.replace(RESERVED, (character) => `\\${character}`);
}

export function escapeLittleText(text: string): string {
  const hashtags = extractEntities('linkedin', text).filter((entity) => entity.kind === 'hashtag');
  let written = '';
  let from = 0;
  for (const tag of hashtags) {
    written += escapePlain(text.slice(from, tag.start));
    written += `{hashtag|\\#|${escapePlain(tag.text.slice(1))}}`;
    from = tag.end;
  }
  return written + escapePlain(text.slice(from));
}

/** The text as written from its escaped form (reading back a post). */
export function unescapeLittleText(text: string): string {
  return text
    .split(HASHTAG_TEMPLATE)
    .map((part, index) => (index % 2 === 1 ? `#${unescapePlain(part)}` : unescapePlain(part)))
    .join('');
}

function unescapePlain(text: string): string {
  return text.replace(/\\([\\|{}@[\]()<>#*_~])/g, '$1');
}

/** The author URN of an account: its external id when it is one, else an organization id. */
export function linkedInAuthorUrn(externalId: string): string {
  return externalId.startsWith('urn:li:') ? externalId : `urn:li:organization:${externalId}`;
}

export function linkedInPostUrl(urn: string): string {
  return `https://www.linkedin.com/feed/update/${urn}`;
}
