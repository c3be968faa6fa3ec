/** Networks as the sandbox names them (the values of `Network` in `@relais/contracts`). */
export type SandboxNetwork = 'mastodon' | 'bluesky' | 'facebook_page' | 'linkedin' | 'x';

/** Each network's base URL, and `jetstream`: the WebSocket base of Bluesky's firehose (`<jetstream>/subscribe`). */
export type SandboxEndpoints = Record<SandboxNetwork, string> & { jetstream: string };

export interface ProvisionAccountInput {
  network: SandboxNetwork;
  handle?: string;
  externalId?: string;
  /** Bluesky: the app password `createSession` accepts (one is made up when absent). */
  appPassword?: string;
  /** Access-token lifetime; default per network (Mastodon and Facebook tokens do not expire). */
  tokenTtlSeconds?: number;
  /** Who signs in on the consent page to reach the account (default `demo`). */
  owner?: string;
}

export interface SandboxAccountCredentials {
  network: SandboxNetwork;
  /** Mastodon/X user id, Bluesky DID, Facebook page id, LinkedIn URN. */
  externalId: string;
  handle: string;
  displayName: string;
  /** The network's base URL (the instanceUrl of Mastodon and Bluesky accounts). */
  instanceUrl: string;
  accessToken: string;
  refreshToken: string | null;
  /** ISO instant; null when the token does not expire. */
  expiresAt: string | null;
  /** Bluesky only. */
  appPassword: string | null;
  owner: string;
}

/** An OAuth app of X, LinkedIn, Facebook or Mastodon, registered through the control API. */
export interface SandboxOAuthApp {
  network: Exclude<SandboxNetwork, 'bluesky'>;
  clientId: string;
  clientSecret: string;
  name?: string;
  /** Exact strings the authorization endpoint accepts. */
  redirectUris: string[];
  /** Mastodon: the scopes the app may ask for. */
  scopes?: string[];
}

export type SandboxFaultKind =
  'fail' | 'rate_limit' | 'drop_after_commit' | 'expire_token' | 'refuse_refresh' | 'media_fail';

export interface SandboxFaultInput {
  network: SandboxNetwork;
  /** External id; absent = every account of the network. */
  accountId?: string;
  kind: SandboxFaultKind;
  /** How many requests it applies to (default 1; `expire_token` applies at once). */
  count?: number;
  /** How many matching requests go through first (default 0): `after: 1` meets the second. */
  after?: number;
  status?: number;
  retryAfterSeconds?: number;
}

export interface SandboxFault {
  id: string;
  network: SandboxNetwork;
  accountId: string | null;
  kind: SandboxFaultKind;
  remaining: number;
  after: number;
  status: number | null;
  retryAfterSeconds: number | null;
  createdAt: number;
}

export interface SandboxComment {
  id: string;
  accountId: string;
  text: string;
  receivedAt: string;
  receivedAtMs: number;
  requestId: string;
}

/** A file attached to a post, as the network received it (the bytes are not kept). */
export interface SandboxPostMedia {
  id: string;
  type: 'image' | 'gif' | 'video';
  mimeType: string;
  size: number;
  /** Hex sha-256 of the bytes received; null when parts came out of order. */
  sha256: string | null;
  alt: string | null;
}

export interface SandboxPost {
  id: string;
  network: SandboxNetwork;
  accountId: string;
  text: string;
  /** ISO instant with milliseconds. */
  receivedAt: string;
  receivedAtMs: number;
  requestId: string;
  url: string | null;
  inReplyToId: string | null;
  media: SandboxPostMedia[];
  comments: SandboxComment[];
  /** Network-specific fields (Bluesky rkey/cid/record, LinkedIn commentary, Facebook link, ...). */
  details: Record<string, unknown>;
}

export interface SandboxPosts {
  total: number;
  /** Posts per account external id. */
  counts: Record<string, number>;
  posts: SandboxPost[];
}

export type SandboxListeningKind = 'mention' | 'comment' | 'reply' | 'message' | 'post';

/** An item to put on a network: a mention of an account, a comment, a reply, a direct message, a public post. */
export interface SandboxListeningItemInput {
  network: SandboxNetwork;
  kind: SandboxListeningKind;
  /** Handle of the account concerned (required for mentions and messages). */
  account?: string;
  /** The post or comment answered (default: the account's latest post, or latest comment for a reply). */
  postId?: string;
  text: string;
  /** Ids in the network's form are derived from the handle when absent. */
  author?: { id?: string; handle: string; displayName?: string; avatarUrl?: string };
  /** Default `en`. */
  lang?: string;
  /** ISO instant; default now. */
  createdAt?: string;
}

export interface SandboxListeningItem {
  /** Arrival order. */
  seq: number;
  network: SandboxNetwork;
  kind: SandboxListeningKind;
  /** The network's id (snowflake, `at://` URI, Graph comment id, LinkedIn comment id). */
  id: string;
  accountId: string | null;
  author: { id: string; handle: string; displayName: string; avatarUrl: string };
  text: string;
  lang: string;
  createdAt: string;
  parentId: string | null;
  rootId: string;
  hidden: boolean;
  deleted: boolean;
  likeCount: number;
  topic: string | null;
  sentiment: 'positive' | 'neutral' | 'negative' | null;
  details: Record<string, unknown>;
}

export interface SandboxListeningFilter {
  network?: SandboxNetwork;
  kind?: SandboxListeningKind;
  accountId?: string;
  topic?: string;
  sentiment?: 'positive' | 'neutral' | 'negative';
  q?: string;
  afterSeq?: number;
  limit?: number;
}

export interface SandboxListeningTopic {
  brand: string;
  handles?: Partial<Record<SandboxNetwork, string>>;
  keywords?: string[];
}

export interface SandboxListeningStreamInput {
  ratePerSecond: number;
  /** Default: every network. */
  networks?: SandboxNetwork[];
  topics: SandboxListeningTopic[];
  /** Same seed, same texts (default 1). */
  seed?: number;
}

export interface SandboxListeningCrisisInput {
  brand: string;
  ratePerSecond: number;
  durationSeconds: number;
  /** Share of negative texts (default 0.8). */
  negativeShare?: number;
  /** For a brand the running stream does not cover. */
  handles?: Partial<Record<SandboxNetwork, string>>;
  keywords?: string[];
  networks?: SandboxNetwork[];
}

export interface SandboxListeningStats {
  running: boolean;
  configuredRate: number;
  /** Items per second placed over the last 5 seconds. */
  currentRate: number;
  stored: number;
  capacity: number;
  /** Items placed since the last reset, per network and kind. */
  emitted: Partial<Record<SandboxNetwork, Partial<Record<SandboxListeningKind, number>>>>;
  crises: Array<{ brand: string; ratePerSecond: number; negativeShare: number; endsAt: string }>;
}

export interface SandboxFacebookWebhookStats {
  subscribed: boolean;
  callbackUrl: string | null;
  queued: number;
  pendingRetries: number;
  deliveries: number;
  delivered: number;
  failedAttempts: number;
  dropped: number;
}

/** Typed client of the sandbox-networks control API. */
export class SandboxClient {
  private readonly base: string;

  constructor(controlUrl: string) {
    this.base = controlUrl.replace(/\/+$/, '');
  }

  endpoints(): Promise<SandboxEndpoints> {
    return this.call('GET', '/control/endpoints');
  }

  provisionAccount(input: ProvisionAccountInput): Promise<SandboxAccountCredentials> {
    return this.call('POST', '/control/accounts', input);
  }

  /** Registers or replaces an OAuth app (the preset `relais-local` ones included). */
  putOAuthApp(app: SandboxOAuthApp): Promise<Required<SandboxOAuthApp>> {
    return this.call('PUT', '/control/oauth-apps', app);
  }

  /** How long authorization codes stay valid, until the next reset. */
  async setOAuthCodeTtl(ttlSeconds: number): Promise<void> {
    await this.call('PUT', '/control/oauth-codes', { ttlSeconds });
  }

  addFault(input: SandboxFaultInput): Promise<SandboxFault> {
    return this.call('POST', '/control/faults', input);
  }

  async faults(): Promise<SandboxFault[]> {
    return (await this.call<{ faults: SandboxFault[] }>('GET', '/control/faults')).faults;
  }

  /** Latency before every answer, for one network or (without `network`) all of them. */
  async setLatency(ms: number, network?: SandboxNetwork): Promise<void> {
    await this.call('PUT', '/control/latency', { ms, ...(network ? { network } : {}) });
  }

  /** Per-account window on writes; windows start over. */
  async setRateLimit(network: SandboxNetwork, limit: number, windowSeconds: number): Promise<void> {
    await this.call('PUT', '/control/rate-limits', { network, limit, windowSeconds });
  }

  /** Duplicate-text window (Facebook, LinkedIn, X); 0 turns duplicate detection off. */
  async setDuplicateWindow(windowSeconds: number): Promise<void> {
    await this.call('PUT', '/control/duplicates', { windowSeconds });
  }

  /** How long uploaded videos (and other processed files) take to be ready, for one network or all. */
  async setMediaProcessing(processingMs: number, network?: SandboxNetwork): Promise<void> {
    await this.call('PUT', '/control/media', { processingMs, ...(network ? { network } : {}) });
  }

  posts(filter: { network?: SandboxNetwork; accountId?: string } = {}): Promise<SandboxPosts> {
    const query = new URLSearchParams();
    if (filter.network) query.set('network', filter.network);
    if (filter.accountId) query.set('accountId', filter.accountId);
    const suffix = query.size > 0 ? `?${query.toString()}` : '';
    return this.call('GET', `/control/posts${suffix}`);
  }

  /** Puts items on the networks' surfaces, in order; answers them with their network ids. */
  async injectListening(
    items: SandboxListeningItemInput | SandboxListeningItemInput[],
  ): Promise<SandboxListeningItem[]> {
    const body = Array.isArray(items) ? { items } : items;
    return (await this.call<{ items: SandboxListeningItem[] }>('POST', '/control/listening/items', body))
      .items;
  }

  /** Stored listened items, newest first. */
  listeningItems(
    filter: SandboxListeningFilter = {},
  ): Promise<{ stored: number; items: SandboxListeningItem[] }> {
    const query = new URLSearchParams();
    for (const [name, value] of Object.entries(filter))
      if (value !== undefined) query.set(name, String(value));
    const suffix = query.size > 0 ? `?${query.toString()}` : '';
    return this.call('GET', `/control/listening/items${suffix}`);
  }

  /** Starts (or replaces) the generated stream. */
  startListeningStream(input: SandboxListeningStreamInput): Promise<SandboxListeningStats> {
    return this.call('PUT', '/control/listening/stream', input);
  }

  async stopListeningStream(): Promise<void> {
    await this.call('DELETE', '/control/listening/stream');
  }

  /** A burst of mostly negative items about one brand, for a while. */
  listeningCrisis(input: SandboxListeningCrisisInput): Promise<SandboxListeningStats> {
    return this.call('POST', '/control/listening/crisis', input);
  }

  listeningStats(): Promise<SandboxListeningStats> {
    return this.call('GET', '/control/listening/stats');
  }

  /**
   * Subscribes a page webhook callback: the emulator checks it with Meta's handshake (the challenge must
   * be echoed), then delivers signed `feed`, `mention` and `messaging` changes; a 400 when it fails.
   */
  setFacebookWebhook(input: {
    callbackUrl: string;
    verifyToken: string;
    appSecret: string;
  }): Promise<SandboxFacebookWebhookStats> {
    return this.call('PUT', '/control/facebook/webhooks', input);
  }

  facebookWebhookStats(): Promise<SandboxFacebookWebhookStats> {
    return this.call('GET', '/control/facebook/webhooks');
  }

  async stopFacebookWebhook(): Promise<void> {
    await this.call('DELETE', '/control/facebook/webhooks');
  }

  /** Sends the callback a delivery signed with a wrong secret; answers the status it gave (null: unreachable). */
  async forgeFacebookDelivery(): Promise<number | null> {
    return (
      await this.call<{ callbackStatus: number | null }>('POST', '/control/facebook/webhooks/wrong-signature')
    ).callbackStatus;
  }

  /** Forgets accounts, posts, listened items, faults, limits and latency, and stops the stream (tokens handed out stay valid). */
  async reset(): Promise<void> {
    await this.call('DELETE', '/control/state');
  }

  private async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.base}${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(10_000),
    });
    const text = await response.text();
    if (!response.ok) {
      throw new Error(`Sandbox control ${method} ${path} answered ${response.status}: ${text}`);
    }
    return (text ? JSON.parse(text) : undefined) as T;
  }
}
