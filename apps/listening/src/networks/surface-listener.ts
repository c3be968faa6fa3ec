import { Network } from '@relais/contracts';
import { HeardItem } from '../items/heard-item';

/** A connected account's tokens, as the clients service hands them out. */
export interface AccountAccess {
  accountId: string;
  network: Network;
  /** The account's id on its network. */
  externalId: string;
  /** Mastodon and Bluesky: the account's server. */
  instanceUrl: string | null;
  accessToken: string;
}

export interface ListenRequest {
  account: AccountAccess;
  surface: string;
  /** Where the last poll stopped (the network's own cursor); null: never polled. */
  cursor: string | null;
  /** Pages read at most in this poll. */
  maxPages: number;
  signal: AbortSignal;
}

export interface ListenResult {
  /** Oldest first. */
  items: HeardItem[];
  /** Where the next poll starts. */
  cursor: string | null;
}

/** Reads what is new on one network's surfaces for an account (notifications, comments, messages...). */
export interface SurfaceListener {
  readonly network: Network;
  listen(request: ListenRequest): Promise<ListenResult>;
}

export type ListenFailureKind = 'auth' | 'rate_limited' | 'unavailable' | 'refused';

/**
 * A poll that failed, and how: `auth` (the network refused the tokens: a person must reconnect),
 * `rate_limited` (try again after `retryAfterMs`), `unavailable` (no answer, a 5xx: try again later),
 * `refused` (the network said the request is wrong).
 */
export class ListenFailure extends Error {
  constructor(
    readonly kind: ListenFailureKind,
    message: string,
    readonly retryAfterMs: number | null = null,
  ) {
    super(message);
    this.name = 'ListenFailure';
  }
}
