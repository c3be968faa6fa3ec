/**
 * LinkedIn's `commentary` is "little text": `\ | { } @ [ ] ( ) < > # * _ ~` are markup and must be
 * escaped with a backslash to show as written.
 */
const RESERVED = /[\\|{}@[\]()<>#*_~]/g;

export function escapeLittleText(text: string): string {
  return text.replace(RESERVED, (character) => `\\${character}`);
}

/** The text as written from its escaped form (reading back a post). */
export function unescapeLittleText(text: string): string {
  return text.replace(/\\([\\|{}@[\]()<>#*_~])/g, '$1');
}

/** The author URN of an account: its external id when it is one, else an organization id. */
export function linkedInAuthorUrn(externalId: string): string {
  return externalId.startsWith('urn:li:') ? externalId : `urn:li:organization:${externalId}`;
}

export function linkedInPostUrl(urn: string): string {
  return `https://www.linkedin.com/feed/update/${urn}`;
}
