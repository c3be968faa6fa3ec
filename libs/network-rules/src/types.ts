/**
 * The vocabulary of the rules: networks, media facts, counts and violations. The network names are the
 * string values of `Network` in `@relais/contracts`; they are repeated here because this library may
 * depend on no other workspace library (it is bundled into the console as well as the services).
 */

export type NetworkName = 'mastodon' | 'bluesky' | 'facebook_page' | 'linkedin' | 'x';

export const NETWORK_NAMES: readonly NetworkName[] = [
  'mastodon',
  'bluesky',
  'facebook_page',
  'linkedin',
  'x',
];

export type MediaKind = 'image' | 'video' | 'gif';

/** What is known about one attached file (from the media library: sniffed type, size, probed metadata). */
export interface MediaFacts {
  kind: MediaKind;
  /** MIME type, e.g. `image/jpeg`. Parameters (`; charset=…`) and case are ignored. */
  contentType: string;
  sizeBytes: number;
  width?: number;
  height?: number;
  durationMs?: number;
}

/**
 * How a network measures text:
 * - `weighted`: X's weighted length (twitter-text: most Latin characters 1, CJK and emoji 2, URLs 23);
 * - `graphemes`: user-perceived characters (`Intl.Segmenter`): an emoji family or a flag is 1;
 * - `characters`: UTF-16 code units, the `String.length` most APIs validate against (an emoji is 2).
 */
export type CountUnit = 'weighted' | 'graphemes' | 'characters';

export interface TextCount {
  used: number;
  limit: number;
  /** Negative when the text is over the limit. */
  remaining: number;
  unit: CountUnit;
}

/**
 * Limits that a Mastodon server publishes in `GET /api/v2/instance` (`configuration.statuses` and
 * `configuration.media_attachments`). They are honoured for Mastodon only, whose limits vary per server;
 * the other networks' limits are fixed and these options are ignored for them, so one options object can
 * be passed for every network of a post.
 */
export interface RuleOptions {
  /** `configuration.statuses.max_characters` (default 500). */
  maxCharacters?: number;
  /** `configuration.statuses.characters_reserved_per_url` (default 23). */
  charactersReservedPerUrl?: number;
  /** `configuration.statuses.max_media_attachments` (default 4). */
  maxMediaAttachments?: number;
  /** `configuration.media_attachments.image_size_limit` in bytes (default 16 MiB). */
  imageSizeLimit?: number;
  /** `configuration.media_attachments.video_size_limit` in bytes (default 99 MiB). */
  videoSizeLimit?: number;
}

/** One network's version of a post, as the content service stores it. */
export interface VariantInput {
  text: string;
  linkUrl?: string | null;
  firstComment?: string | null;
  media: readonly MediaFacts[];
  /** The thread's parts after the text (part 1); absent or empty: a single post. */
  threadParts?: readonly string[];
}

export type ViolationField = 'text' | 'firstComment' | 'media' | 'linkUrl' | 'threadParts';

/**
 * Stable codes: the console translates them and the content service returns them as field errors whose
 * `constraint` is the rule. Never rename one; add new ones.
 */
export type ViolationRule =
  | 'EMPTY'
  | 'TOO_LONG'
  | 'TOO_MANY_MEDIA'
  | 'MEDIA_TYPE'
  | 'MEDIA_TOO_LARGE'
  | 'MEDIA_TOO_MANY_PIXELS'
  | 'MIXED_MEDIA'
  | 'VIDEO_TOO_LONG'
  | 'VIDEO_TOO_SHORT'
  | 'FIRST_COMMENT_UNSUPPORTED'
  | 'INVALID_URL'
  | 'THREAD_UNSUPPORTED'
  | 'THREAD_WITH_FIRST_COMMENT';

export interface Violation {
  network: NetworkName;
  field: ViolationField;
  rule: ViolationRule;
  /** Numbers and names the message needs (`limit`, `used`, `unit`, `maxBytes`, `contentType`…). */
  params: Record<string, number | string>;
  /**
   * Position of the offending file in `media`, for media rules about one file; of the offending part in
   * `threadParts` (0-based) for thread rules.
   */
  index?: number;
}

export function isNetworkName(value: string): value is NetworkName {
  return (NETWORK_NAMES as readonly string[]).includes(value);
}
