import { Network, PublishFailureCode } from '@relais/contracts';

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

/** One publication to send: the exact text the network receives. */
export interface PublishRequest {
  publicationId: string;
  /** Stable for the publication: the Mastodon Idempotency-Key and the source of the Bluesky rkey. */
  idempotencyKey: string;
  text: string;
  linkUrl: string | null;
  /** Posted as a reply under the post where the network has one. */
  firstComment: string | null;
  mediaIds: string[];
  /** When this attempt started (Bluesky `createdAt`, reconciliation window). */
  createdAt: Date;
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
