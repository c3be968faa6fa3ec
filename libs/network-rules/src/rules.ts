import { CountUnit, MediaKind, NetworkName, RuleOptions } from './types';

const KB = 1024;
const MB = 1024 * KB;
const GB = 1024 * MB;
const SECOND = 1000;
const MINUTE = 60 * SECOND;
/** The most parts a thread may have, the text included (`MAX_THREAD_PARTS` of the contracts). */
export const MAX_THREAD_PARTS = 25;
const REPLY_THREAD = { maxParts: MAX_THREAD_PARTS, as: 'replies' } as const;
/** Part 2 becomes the first comment. */
const COMMENT_THREAD = { maxParts: 2, as: 'firstComment' } as const;

/** What one kind of file may be on a network. */
export interface MediaKindRule {
  contentTypes: readonly string[];
  maxBytes: number;
  /** How many files of this kind one post may carry. */
  maxCount: number;
  minDurationMs?: number;
  maxDurationMs?: number;
  /** Width × height. */
  maxPixels?: number;
  /**
   * The media library makes this kind's rendition for the network (content service, on publishing):
   * converted to a type the network takes, scaled within `maxPixels`, re-encoded within `maxBytes`.
   * A file of the right family is then never refused for its type, size or pixels; the limits are
   * what the rendition meets.
   */
  reencoded?: true;
}

export interface NetworkRules {
  text: {
    limit: number;
    unit: CountUnit;
    /** Length every URL counts for, whatever its own length (X: done by twitter-text; Mastodon). */
    urlLength?: number;
    /** A second limit on the UTF-8 size of the text (Bluesky's record schema). */
    maxUtf8Bytes?: number;
  };
  /** Limit of the comment the publisher adds under the post, in the same unit; null: not supported. */
  firstComment: { limit: number } | null;
  /**
   * How a thread goes out. `replies`: each part after the first is a reply to the one before, counted
   * like the text (X, Bluesky, Mastodon). `firstComment`: the network has no self-replies, so a second
   * part becomes the first comment, counted like one, and nothing more is possible (Facebook, LinkedIn).
   * `maxParts` counts the text as part 1.
   */
  thread: { maxParts: number; as: 'replies' | 'firstComment' };
  /**
   * Where the variant's `linkUrl` goes. `text`: the network has no link field, so the link is appended
   * to the text (and counts against its limit) and the network builds its preview card from it.
   * `card`: the API takes the link apart from the text (Facebook `link`, LinkedIn article, Bluesky
   * `app.bsky.embed.external`), but only on a post without media: with media, it goes to the text.
   */
  link: 'text' | 'card';
  media: {
    /** Files per post, all kinds together. */
    maxCount: number;
    /** Kinds that must be the only file of their post (no image next to a video…). */
    exclusiveKinds: readonly MediaKind[];
    /** null: the kind is refused on this network. */
    kinds: Record<MediaKind, MediaKindRule | null>;
  };
}

/**
 * What each network accepts, in one place. Sources, by network:
 *
 * - x: X Developer Platform, "Counting characters" (280 weighted, URLs 23, emoji and CJK 2; computed by
 *   the official twitter-text `parseTweet`) and "Media best practices" / "Upload media" (4 images or 1 GIF
 *   or 1 video; images 5 MB, GIF 15 MB, video 512 MB, 0.5–140 s and up to 1920 × 1200).
 * - bluesky: AT Protocol lexicons `app.bsky.feed.post` (text maxGraphemes 300, maxLength 3,000 bytes),
 *   `app.bsky.embed.images` (4 images, blob maxSize 1,000,000 bytes), `app.bsky.embed.video` (video/mp4,
 *   maxSize 100,000,000 bytes, "formerly limited to 50mb"); Bluesky's 2025 release notes raising video
 *   length to 3 minutes. Animated GIFs are turned into videos by Bluesky's own app, so one GIF goes alone
 *   as an H.264 MP4 rendition (a still GIF as a still image).
 * - mastodon: Mastodon's source, `StatusLengthValidator` (500 by default, counted in grapheme clusters,
 *   every URL as 23, a mention `@user@domain` as `@user`), `MediaAttachment::IMAGE_LIMIT` (16 MB) and
 *   `VIDEO_LIMIT` (99 MB), `PostStatusService` (4 attachments, a video alone); per server in
 *   `GET /api/v2/instance`, hence `RuleOptions`.
 * - linkedin: LinkedIn Marketing API docs, Posts API (commentary 3,000 characters), MultiImage API
 *   (up to 20 images), Images API (JPG, GIF, PNG, fewer than 36,152,320 pixels), Videos API (MP4,
 *   3 s to 30 min, up to 500 MB, up to 4096 × 2304); LinkedIn Help "comments … up to 1,250 characters". The per-image
 *   size is not in LinkedIn's docs: 5 MB, as schedulers document it.
 * - threads: X, Bluesky and Mastodon chain replies (X `reply.in_reply_to_tweet_id`, Bluesky `reply`
 *   root/parent, Mastodon `in_reply_to_id`), each part counted like a post; Facebook Pages and LinkedIn
 *   have no replies of a Page to itself but a comment, so a second part is the first comment.
 * - facebook_page: Graph API Page Feed (one message, optional link), Page Photos (JPEG, PNG, GIF, BMP,
 *   TIFF under 4 MB), Video API (resumable upload up to 10 GB and 240 min: capped here at 1 GB to keep
 *   uploads reasonable); text 63,206 characters and 10 photos per post as schedulers use them (not in
 *   Meta's docs); comments up to 8,000 characters.
 */
export const NETWORK_RULES: Readonly<Record<NetworkName, NetworkRules>> = {
  x: {
    text: { limit: 280, unit: 'weighted', urlLength: 23 },
    // X has replies, not comments: a "first comment" would be a self-reply thread, a different feature.
    firstComment: null,
    thread: REPLY_THREAD,
    link: 'text',
    media: {
      maxCount: 4,
      exclusiveKinds: ['video', 'gif'],
      kinds: {
        image: {
          contentTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/gif'],
          maxBytes: 5 * MB,
          maxCount: 4,
          reencoded: true,
        },
        gif: { contentTypes: ['image/gif'], maxBytes: 15 * MB, maxCount: 1 },
        video: {
          contentTypes: ['video/mp4', 'video/quicktime'],
          maxBytes: 512 * MB,
          maxCount: 1,
          minDurationMs: 500,
          maxDurationMs: 140 * SECOND,
          // 1920 × 1200 (or 1200 × 1920).
          maxPixels: 2_304_000,
        },
      },
    },
  },
  bluesky: {
    text: { limit: 300, unit: 'graphemes', maxUtf8Bytes: 3000 },
    firstComment: null,
    thread: REPLY_THREAD,
    link: 'card',
    media: {
      maxCount: 4,
      exclusiveKinds: ['video', 'gif'],
      kinds: {
        image: {
          contentTypes: ['image/jpeg', 'image/png', 'image/webp'],
          maxBytes: 1_000_000,
          maxCount: 4,
          reencoded: true,
        },
        // Shown as a video, as Bluesky's app sends GIFs: the library's rendition is an MP4.
        gif: { contentTypes: ['video/mp4'], maxBytes: 100_000_000, maxCount: 1, reencoded: true },
        video: {
          contentTypes: ['video/mp4'],
          maxBytes: 100_000_000,
          maxCount: 1,
          maxDurationMs: 3 * MINUTE,
        },
      },
    },
  },
  mastodon: {
    text: { limit: 500, unit: 'graphemes', urlLength: 23 },
    firstComment: null,
    thread: REPLY_THREAD,
    link: 'text',
    media: {
      maxCount: 4,
      exclusiveKinds: ['video'],
      kinds: {
        image: {
          contentTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/gif'],
          maxBytes: 16 * MB,
          maxCount: 4,
          reencoded: true,
        },
        // Mastodon turns a GIF into a looping "gifv", which may sit next to images.
        gif: { contentTypes: ['image/gif'], maxBytes: 16 * MB, maxCount: 4 },
        video: {
          contentTypes: ['video/mp4', 'video/webm', 'video/quicktime'],
          maxBytes: 99 * MB,
          maxCount: 1,
        },
      },
    },
  },
  linkedin: {
    text: { limit: 3000, unit: 'characters' },
    firstComment: { limit: 1250 },
    thread: COMMENT_THREAD,
    link: 'card',
    media: {
      maxCount: 20,
      exclusiveKinds: ['video', 'gif'],
      kinds: {
        image: {
          contentTypes: ['image/jpeg', 'image/png', 'image/gif'],
          maxBytes: 5 * MB,
          maxCount: 20,
          maxPixels: 36_152_319,
          reencoded: true,
        },
        gif: { contentTypes: ['image/gif'], maxBytes: 5 * MB, maxCount: 1, maxPixels: 36_152_319 },
        video: {
          contentTypes: ['video/mp4'],
          maxBytes: 500 * MB,
          maxCount: 1,
          minDurationMs: 3 * SECOND,
          maxDurationMs: 30 * MINUTE,
          // 4096 × 2304.
          maxPixels: 9_437_184,
        },
      },
    },
  },
  facebook_page: {
    text: { limit: 63_206, unit: 'characters' },
    firstComment: { limit: 8000 },
    thread: COMMENT_THREAD,
    link: 'card',
    media: {
      maxCount: 10,
      exclusiveKinds: ['video'],
      kinds: {
        image: {
          contentTypes: ['image/jpeg', 'image/png', 'image/gif', 'image/bmp', 'image/tiff'],
          maxBytes: 4 * MB,
          maxCount: 10,
          reencoded: true,
        },
        gif: { contentTypes: ['image/gif'], maxBytes: 4 * MB, maxCount: 10 },
        video: {
          contentTypes: ['video/mp4', 'video/quicktime'],
          maxBytes: 1 * GB,
          maxCount: 1,
          maxDurationMs: 240 * MINUTE,
        },
      },
    },
  },
};

function checkedOption(name: keyof RuleOptions, value: number | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isSafeInteger(value) || value <= 0) {
    throw new RangeError(`Option ${name} must be a positive integer, got ${String(value)}`);
  }
  return value;
}

function withMaxBytes(rule: MediaKindRule | null, maxBytes: number | undefined): MediaKindRule | null {
  return rule && maxBytes !== undefined ? { ...rule, maxBytes } : rule;
}

/**
 * The rules in force for one network: `NETWORK_RULES`, with a Mastodon server's own limits applied.
 * Throws a `RangeError` for an option that is not a positive integer (a caller bug, not user input).
 */
export function rulesFor(network: NetworkName, options: RuleOptions = {}): NetworkRules {
  const base = NETWORK_RULES[network];
  const maxCharacters = checkedOption('maxCharacters', options.maxCharacters);
  const urlLength = checkedOption('charactersReservedPerUrl', options.charactersReservedPerUrl);
  const maxMedia = checkedOption('maxMediaAttachments', options.maxMediaAttachments);
  const imageSizeLimit = checkedOption('imageSizeLimit', options.imageSizeLimit);
  const videoSizeLimit = checkedOption('videoSizeLimit', options.videoSizeLimit);
  if (network !== 'mastodon') return base;
  const { kinds } = base.media;
  // Images and GIFs go up to the server's attachment count; a video stays alone.
  const limitCount = (rule: MediaKindRule | null): MediaKindRule | null =>
    rule && maxMedia !== undefined ? { ...rule, maxCount: maxMedia } : rule;
  return {
    ...base,
    text: {
      ...base.text,
      limit: maxCharacters ?? base.text.limit,
      urlLength: urlLength ?? base.text.urlLength,
    },
    media: {
      ...base.media,
      maxCount: maxMedia ?? base.media.maxCount,
      kinds: {
        image: limitCount(withMaxBytes(kinds.image, imageSizeLimit)),
        gif: limitCount(withMaxBytes(kinds.gif, imageSizeLimit)),
        video: withMaxBytes(kinds.video, videoSizeLimit),
      },
    },
  };
}
