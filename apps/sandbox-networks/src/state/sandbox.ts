import type { IncomingHttpHeaders } from 'node:http';
import { Network } from '@relais/contracts';
import { ListeningRepository } from '../listening/listening.repository';
import { MediaRepository } from '../media/media.repository';
import { RatePolicy, RateState, RateWindows } from '../core/rate-windows';
import { TokenClaims, TokenSigner } from '../core/token-signer';
import { NETWORK_PROFILES } from '../networks/network-profiles';
import { AccountRepository, SandboxAccount } from './account.repository';
import { AuthorizationCodeRepository } from './authorization-code.repository';
import { ExpiringMap } from './expiring-map';
import { Fault, FaultRepository } from './fault.repository';
import { OAuthAppRepository } from './oauth-app.repository';
import { PostRepository, SandboxPost } from './post.repository';

export interface SandboxOptions {
  secret: string;
  /** Same text by the same account within this window is a duplicate (Facebook, LinkedIn, X); 0 = off. */
  duplicateWindowSeconds: number;
  latencyMs: number;
  /** Redirect URIs of the preset OAuth apps (X, LinkedIn, Facebook). */
  oauthRedirectUris?: string[];
  /** Lifetime of authorization codes. */
  oauthCodeTtlSeconds?: number;
  /** Listened items kept before the oldest are forgotten. */
  listeningMaxItems?: number;
}

/** What a consent granted, for tokens issued by a code exchange. */
export interface TokenGrant {
  scopes: string[];
  /** False: no refresh token (X without `offline.access`). */
  refresh?: boolean;
  /** Overrides the account's and network's access-token lifetime (Facebook user tokens). */
  accessTtlSeconds?: number;
}

export interface IssuedTokens {
  accessToken: string;
  refreshToken: string | null;
  /** ISO instant; null when the access token does not expire. */
  expiresAt: string | null;
  /** Seconds the access token lasts (networks answer `expires_in`). */
  expiresIn: number | null;
}

export type AuthResult =
  | { ok: true; account: SandboxAccount; claims: TokenClaims }
  | { ok: false; reason: 'missing' | 'invalid' | 'expired' };

export type WriteGate =
  | { kind: 'ok'; rate: RateState }
  | { kind: 'fail'; status: number | null; rate: RateState }
  | { kind: 'rate_limited'; rate: RateState; retryAfterSeconds: number; status: number | null };

export type RefreshResult =
  | { ok: true; account: SandboxAccount; tokens: IssuedTokens; scopes: string[] | null }
  | { ok: false; reason: 'refused' | 'invalid' | 'expired' | 'reused' };

const NEVER_SECONDS = 10 * 365 * 86_400;
const IDEMPOTENCY_TTL_MS = 3600_000;

/**
 * Everything the emulated networks share: accounts, stateless tokens, posts, listened items, faults,
 * rate windows, latency, idempotency keys and duplicate detection. One instance per process, in memory.
 */
export class Sandbox {
  readonly accounts: AccountRepository;
  readonly posts = new PostRepository();
  readonly faults = new FaultRepository();
  readonly media = new MediaRepository(this.faults);
  readonly tokens: TokenSigner;
  readonly oauthApps: OAuthAppRepository;
  readonly codes: AuthorizationCodeRepository;
  readonly listening: ListeningRepository;
  private readonly windows = new RateWindows();
  private readonly idempotency = new ExpiringMap<string>();
  private readonly recentTexts = new ExpiringMap<string>();
  private readonly policies = new Map<Network, RatePolicy>();
  private readonly networkLatency = new Map<Network, number>();
  private readonly tokensExpiredAt = new Map<string, number>();
  private readonly usedRefreshTokens = new Set<string>();
  private latencyMs: number;
  private duplicateWindowSeconds: number;

  constructor(private readonly options: SandboxOptions) {
    this.accounts = new AccountRepository(options.secret);
    this.tokens = new TokenSigner(options.secret);
    this.oauthApps = new OAuthAppRepository(options.oauthRedirectUris ?? []);
    this.codes = new AuthorizationCodeRepository((options.oauthCodeTtlSeconds ?? 600) * 1000);
    this.listening = new ListeningRepository(options.listeningMaxItems);
    this.latencyMs = options.latencyMs;
    this.duplicateWindowSeconds = options.duplicateWindowSeconds;
  }

  /** Access (and refresh) tokens of the account; a grant records the scopes consented to. */
  issueTokens(account: SandboxAccount, now = Date.now(), grant?: TokenGrant): IssuedTokens {
    const profile = NETWORK_PROFILES[account.network];
    const ttl = grant?.accessTtlSeconds ?? account.tokenTtlSeconds ?? profile.accessTtlSeconds;
    const base = {
      network: account.network,
      accountId: account.externalId,
      issuedAt: now,
      ...(grant ? { scopes: grant.scopes } : {}),
    };
    const accessToken = this.tokens.sign({
      ...base,
      use: 'access',
      expiresAt: now + (ttl ?? NEVER_SECONDS) * 1000,
    });
    const refreshToken =
      profile.refreshTtlSeconds === null || grant?.refresh === false
        ? null
        : this.tokens.sign({ ...base, use: 'refresh', expiresAt: now + profile.refreshTtlSeconds * 1000 });
    return {
      accessToken,
      refreshToken,
      expiresAt: ttl === null ? null : new Date(now + ttl * 1000).toISOString(),
      expiresIn: ttl,
    };
  }

  /** The `Authorization: Bearer` token of a request, if any. */
  bearerOf(headers: IncomingHttpHeaders): string | null {
    const header = headers.authorization;
    if (!header) return null;
    const match = /^Bearer\s+(.+)$/i.exec(header);
    return match ? match[1].trim() : null;
  }

  authenticate(network: Network, token: string | null, now = Date.now()): AuthResult {
    if (!token) return { ok: false, reason: 'missing' };
    const check = this.tokens.verify(token, network, 'access', now);
    if (!check.ok) return { ok: false, reason: check.reason === 'expired' ? 'expired' : 'invalid' };
    if (this.expiredByFault(check.claims)) return { ok: false, reason: 'expired' };
    return { ok: true, account: this.accounts.get(network, check.claims.accountId), claims: check.claims };
  }

  /** Exchanges a refresh token (faults `refuse_refresh` first). */
  refresh(network: Network, refreshToken: string, now = Date.now()): RefreshResult {
    const check = this.tokens.verify(refreshToken, network, 'refresh', now);
    if (!check.ok) return { ok: false, reason: check.reason === 'expired' ? 'expired' : 'invalid' };
    const profile = NETWORK_PROFILES[network];
    if (profile.refusesReusedRefreshToken && this.usedRefreshTokens.has(check.claims.id)) {
      return { ok: false, reason: 'reused' };
    }
    if (this.faults.take(network, check.claims.accountId, ['refuse_refresh']))
      return { ok: false, reason: 'refused' };
    if (profile.rotatesRefreshToken) this.usedRefreshTokens.add(check.claims.id);
    const account = this.accounts.get(network, check.claims.accountId);
    const scopes = check.claims.scopes;
    const tokens = this.issueTokens(account, now, scopes ? { scopes } : undefined);
    return {
      ok: true,
      account,
      tokens: profile.rotatesRefreshToken ? tokens : { ...tokens, refreshToken },
      scopes: scopes ?? null,
    };
  }

  /** Before a write: a `fail` or `rate_limit` fault, or the account's window, may refuse it. */
  gateWrite(network: Network, account: SandboxAccount, now = Date.now()): WriteGate {
    const fault = this.faults.take(network, account.externalId, ['fail', 'rate_limit']);
    const policy = this.policyOf(network);
    const key = `${network}:${account.externalId}`;
    if (fault?.kind === 'fail')
      return { kind: 'fail', status: fault.status, rate: this.windows.peek(key, policy, now) };
    if (fault?.kind === 'rate_limit') {
      const retryAfterSeconds = fault.retryAfterSeconds ?? 60;
      const rate: RateState = {
        ...this.windows.peek(key, policy, now),
        remaining: 0,
        resetAt: now + retryAfterSeconds * 1000,
        allowed: false,
      };
      return { kind: 'rate_limited', rate, retryAfterSeconds, status: fault.status };
    }
    const rate = this.windows.consume(key, policy, NETWORK_PROFILES[network].writeCost, now);
    if (rate.allowed) return { kind: 'ok', rate };
    return {
      kind: 'rate_limited',
      rate,
      retryAfterSeconds: Math.ceil((rate.resetAt - now) / 1000),
      status: null,
    };
  }

  /** Spends one point of a secondary window of the account (Bluesky's session creations). */
  consumeExtra(
    network: Network,
    accountId: string,
    name: string,
    policy: RatePolicy,
    now = Date.now(),
  ): RateState {
    return this.windows.consume(`${network}:${accountId}:${name}`, policy, 1, now);
  }

  /** The account's window without spending (headers on reads). */
  rateOf(network: Network, accountId: string, now = Date.now()): RateState {
    return this.windows.peek(`${network}:${accountId}`, this.policyOf(network), now);
  }

  /** After a write was stored: true when the socket must be dropped without an answer. */
  dropsAfterCommit(network: Network, accountId: string): boolean {
    return this.faults.take(network, accountId, ['drop_after_commit']) !== null;
  }

  /** The id a previous request with this idempotency key created (kept one hour). */
  idempotentResult(network: Network, accountId: string, key: string): string | undefined {
    return this.idempotency.get(`${network}:${accountId}:${key}`);
  }

  rememberIdempotent(network: Network, accountId: string, key: string, postId: string): void {
    this.idempotency.set(`${network}:${accountId}:${key}`, postId, IDEMPOTENCY_TTL_MS);
  }

  /** The post this account published with the same text within the duplicate window, if any. */
  duplicateOf(network: Network, accountId: string, text: string): SandboxPost | undefined {
    if (this.duplicateWindowSeconds <= 0) return undefined;
    const id = this.recentTexts.get(`${network}:${accountId}:${text}`);
    return id ? this.posts.get(network, id) : undefined;
  }

  rememberText(post: SandboxPost): void {
    if (this.duplicateWindowSeconds <= 0) return;
    this.recentTexts.set(
      `${post.network}:${post.accountId}:${post.text}`,
      post.id,
      this.duplicateWindowSeconds * 1000,
    );
  }

  addFault(input: Omit<Fault, 'id' | 'createdAt'>): Fault {
    if (input.kind !== 'expire_token') return this.faults.add(input);
    // Every access token issued until now stops working at once; refreshed tokens work.
    this.tokensExpiredAt.set(`${input.network}:${input.accountId ?? '*'}`, Date.now());
    return { ...this.faults.add({ ...input, remaining: 0 }), remaining: 0 };
  }

  latencyFor(network: Network): number {
    return this.networkLatency.get(network) ?? this.latencyMs;
  }

  setLatency(ms: number, network?: Network): void {
    if (network) this.networkLatency.set(network, ms);
    else {
      this.latencyMs = ms;
      this.networkLatency.clear();
    }
  }

  policyOf(network: Network): RatePolicy {
    return this.policies.get(network) ?? NETWORK_PROFILES[network].rate;
  }

  setRateLimit(network: Network, policy: RatePolicy): void {
    this.policies.set(network, policy);
    this.windows.clear();
  }

  setDuplicateWindow(seconds: number): void {
    this.duplicateWindowSeconds = seconds;
    this.recentTexts.clear();
  }

  get duplicateWindow(): number {
    return this.duplicateWindowSeconds;
  }

  /** Back to a fresh start (tokens already handed out stay valid: they are signed, not stored). */
  reset(): void {
    this.accounts.clear();
    this.posts.clear();
    this.listening.clear();
    this.faults.clear();
    this.media.clear();
    this.windows.clear();
    this.idempotency.clear();
    this.recentTexts.clear();
    this.policies.clear();
    this.networkLatency.clear();
    this.tokensExpiredAt.clear();
    this.usedRefreshTokens.clear();
    this.oauthApps.clear();
    this.codes.clear();
    this.codes.setTtl(this.options.oauthCodeTtlSeconds ?? 600);
    this.latencyMs = this.options.latencyMs;
    this.duplicateWindowSeconds = this.options.duplicateWindowSeconds;
  }

  private expiredByFault(claims: TokenClaims): boolean {
    if (this.tokensExpiredAt.size === 0) return false;
    const at = Math.max(
      this.tokensExpiredAt.get(`${claims.network}:${claims.accountId}`) ?? -1,
      this.tokensExpiredAt.get(`${claims.network}:*`) ?? -1,
    );
    return claims.issuedAt <= at;
  }
}
