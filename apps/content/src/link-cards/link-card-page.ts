import ogs from 'open-graph-scraper';

/** The most of a title and a description a card keeps (the networks show less). */
export const MAX_CARD_TITLE = 300;
export const MAX_CARD_DESCRIPTION = 1_000;

/** What a page says about itself for a card; no title means no card. */
export interface PageCard {
  title: string;
  description: string;
  siteName: string | null;
  /** Absolute http(s) address of the page's picture. */
  imageUrl: string | null;
}

function clean(value: string | undefined, max: number): string {
  const text = (value ?? '').replace(/\s+/g, ' ').trim();
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

function absoluteHttp(raw: string | undefined, pageUrl: string): string | null {
  if (!raw) return null;
  try {
    const url = new URL(raw.trim(), pageUrl);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null;
  } catch {
    return null;
  }
}

/** The page's text from its bytes, in the charset its server or its `<meta charset>` names (UTF-8 else). */
export function decodePage(body: Buffer, contentType: string | null): string {
  const declared =
    /charset=["']?([\w-]+)/i.exec(contentType ?? '')?.[1] ??
    /<meta[^>]+charset=["']?([\w-]+)/i.exec(body.subarray(0, 4096).toString('latin1'))?.[1];
  try {
    return new TextDecoder(declared ?? 'utf-8').decode(body);
  } catch {
    return new TextDecoder('utf-8').decode(body);
  }
}

/**
 * The card of a page from its HTML: Open Graph first, then the Twitter card, then the page's own
 * `<title>` and description (open-graph-scraper reads them). Relative pictures are made absolute
 * against `pageUrl`. Null when the page names no title at all.
 */
export async function pageCard(html: string, pageUrl: string): Promise<PageCard | null> {
  let result;
  try {
    ({ result } = await ogs({ html }));
  } catch {
    return null;
  }
  const title = clean(result.ogTitle ?? result.twitterTitle ?? result.dcTitle, MAX_CARD_TITLE);
  if (!title) return null;
  return {
    title,
    description: clean(
      result.ogDescription ?? result.twitterDescription ?? result.dcDescription,
      MAX_CARD_DESCRIPTION,
    ),
    siteName: clean(result.ogSiteName ?? result.twitterSite, MAX_CARD_TITLE) || null,
    imageUrl:
      absoluteHttp(result.ogImage?.[0]?.url, pageUrl) ?? absoluteHttp(result.twitterImage?.[0]?.url, pageUrl),
  };
}
