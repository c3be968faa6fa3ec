import type { Readable } from 'node:stream';
import { MediaKind, Network, PublishFailureCode, PublishStep } from '@relais/contracts';

/** What an adapter needs of an account: who it is on the network and its (decrypted) tokens. */
export interface AccountAccess {
  accountId: string;
  network: Network;
  /** The account's id on the network (Mastodon account id, Bluesky DID, page id, organization URN, X user id). */
  externalId: string;
  /** Mastodon instance or Bluesky PDS base URL. */
  instanceUrl: string | null;
  accessToken: string;
  refreshToken: string | null;
  expiresAt: Date | null;
}

/**
 * One file of a publication, as this network must receive it (the content service's rendition for
 * it). `open` streams its bytes from the content service: each call a new stream. Videos are never
 * held whole in memory; images are small and may be buffered.
 */
export interface MediaFile {
  mediaId: string;
  kind: MediaKind;
  contentType: string;
  sizeBytes: number;
  width: number | null;
  height: number | null;
  durationMs: number | null;
  /** Of the rendition: an upload recorded for the same digest can be reused. */
  sha256: string;
  altText: string;
  open(signal: AbortSignal): Promise<Readable>;
}

/** A file the network already holds for this publication (Mastodon media id, Bluesky blob, X media id…). */
export interface UploadedMedia {
  mediaId: string;
  sha256: string;
  networkMediaId: string;
  /** Past this instant the network no longer keeps it: it is uploaded again. Null: kept. */
  expiresAt: Date | null;
  /** What the network needs to refer to it again (e.g. Bluesky's blob ref). */
  data?: unknown;
}

/**
 * The uploads of this publication already made (persisted in `publishing.publication_media`): an
 * adapter asks `known` before uploading a file and `record`s each upload as soon as it is made, so a
 * retry reuses what the network still keeps.
 */
export interface MediaUploads {
  known(mediaId: string, sha256: string): UploadedMedia | null;
  record(upload: UploadedMedia): Promise<void>;
}

/** The card of the post's link, for the networks where the client builds it. */
export interface LinkCard {
  url: string;
  title: string;
  description: string;
  thumbnail: MediaFile | null;
}

/** One publication to send: the exact text the network receives. */
export interface PublishRequest {
  publicationId: string;
  /** Stable for the publication: the Mastodon Idempotency-Key and the source of the Bluesky rkey. */
  idempotencyKey: string;
  text: string;
  linkUrl: string | null;
  /** Posted as a reply under the post where the network has one. */
  firstComment: string | null;
  /** The library ids of the post's media, in order (`media` carries the files themselves). */
  mediaIds: string[];
  /** The files to attach, in the post's order (empty when reading back). */
  media: MediaFile[];
  uploads: MediaUploads;
  linkCard: LinkCard | null;
  /** When this attempt started (Bluesky `createdAt`, reconciliation window). */
  createdAt: Date;
  /** A part of a thread after the first (or its first comment): posted as a reply, without media or card. */
  replyTo: ThreadReply | null;
  /** Told when the publishing request has been written to the network's connection (epoch ms). */
  onSent?: (at: number) => void;
}

/** What the network announced about the account's budget. */
export interface RateLimitInfo {
  limit: number | null;
  remaining: number | null;
  resetAt: Date | null;
}

export type PublishOutcome =
  | {
      kind: 'published';
      externalId: string;
      url: string | null;
      /** Bluesky: the record's CID, which a reply's strong ref names. */
      cid?: string;
      rateLimit?: RateLimitInfo;
      /**
       * The post went out but its first comment did not (for a person, with the network's words):
       * the publication is published all the same; this is worth showing or recording beside it.
       */
      firstCommentFailure?: string;
    }
  | {
      kind: 'failed';
      code: PublishFailureCode;
      /** For a person: what went wrong and what to do. */
      message: string;
      /** The network's own words, when it gave some. */
      networkMessage: string | null;
      /** Whether sending again cannot post twice and may succeed (5xx, 429, refused connection). */
      retryable: boolean;
      /** Not before this instant (rate-limit reset, Retry-After). */
      retryAt?: Date;
      /** The access token was refused: refresh it (or flag the account) before anything else. */
      authExpired?: boolean;
      rateLimit?: RateLimitInfo;
      /**
       * Which step failed (default: the post). Upload and processing come before the post request:
       * nothing was posted, so a retry is safe.
       */
      step?: PublishStep;
    }
  /** The request may have reached the network (timeout, connection dropped after it was written). */
  | { kind: 'unknown'; message: string };

export interface RefreshedCredentials {
  accessToken: string;
  /** Null: the network did not return one; the stored one is kept. */
  refreshToken: string | null;
  expiresAt: Date | null;
}

/** A token refresh the network refused. `permanent`: the account must be reconnected by a person. */
export class RefreshRefused extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
    this.name = 'RefreshRefused';
  }
}

export interface PublishedRef {
  externalId: string;
  url: string | null;
  /** Bluesky: the record's CID, which a reply's strong ref names. */
  cid?: string;
}

/** Where a reply goes: under `parent` (the part before), in the thread that `root` (the post) starts. */
export interface ThreadReply {
  parent: PublishedRef;
  root: PublishedRef;
}

/** One social network's API. Adding a network is one folder implementing this and one registry line. */
export interface NetworkAdapter {
  readonly network: Network;
  /** True where the network dedupes a retried publish itself (Mastodon Idempotency-Key, Bluesky rkey). */
  readonly idempotent: boolean;
  publish(access: AccountAccess, request: PublishRequest, signal: AbortSignal): Promise<PublishOutcome>;
  /** Reconciliation: the post if the account already has it (among its posts since `since`), else null. */
  findPublished(
    access: AccountAccess,
    request: PublishRequest,
    since: Date,
    signal: AbortSignal,
  ): Promise<PublishedRef | null>;
  /** New tokens; null when the network's tokens do not expire or cannot be refreshed. Throws RefreshRefused. */
  refresh(access: AccountAccess, signal: AbortSignal): Promise<RefreshedCredentials | null>;
}

/**
 * A file of the publication could not be read from the content service (thrown by `MediaFile.open`,
 * or before the adapter is called). `retryable`: the service or its storage did not answer; otherwise
 * the file is gone or refused. Nothing was posted either way.
 */
export class MediaUnavailable extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
    this.name = 'MediaUnavailable';
  }
}
