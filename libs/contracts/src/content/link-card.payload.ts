import { IsString, IsUUID, MaxLength } from 'class-validator';
import { MAX_LINK_URL } from './post.payload';

/** The card a link makes, read from the page (Open Graph, Twitter card, the page's own title). */
export class LinkPreviewPayload {
  @IsUUID()
  brandId!: string;

  /** An http(s) address; checked further by the service (scheme, host, private networks). */
  @IsString()
  @MaxLength(MAX_LINK_URL)
  url!: string;
}

/**
 * A link's card as the networks show it under a post. Dates are ISO strings. `imageUrl` is the page's
 * picture as the page names it (absolute); `thumbnailMediaId` the same picture kept in the brand's
 * media library, when it could be stored.
 */
export interface LinkCardView {
  url: string;
  title: string;
  description: string;
  siteName: string | null;
  imageUrl: string | null;
  thumbnailMediaId: string | null;
  fetchedAt: string;
}

/** What reading a link gave: its card, or why there is none (the post still goes out with the plain link). */
export interface LinkPreviewView {
  url: string;
  card: LinkCardView | null;
  /** Why no card could be read, in words the team can act on; null with a card. */
  warning: string | null;
}
