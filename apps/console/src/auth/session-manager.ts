import type { SessionFieldsFragment } from '@relais/web-graphql';
import type { AccessTokenSource } from '../graphql/apollo-client';
import { toApiError } from '../graphql/api-error';
import { isExpiringSoon, refreshDelayMs } from './refresh-schedule';

/** Who is signed in, in which agency, with which role: the session payload without its tokens. */
export type Session = Omit<
  SessionFieldsFragment,
  'accessToken' | 'accessTokenExpiresAt' | 'refreshToken' | 'refreshTokenExpiresAt'
>;

export type SessionState =
  | { status: 'restoring' }
  | { status: 'signedOut'; reason: 'none' | 'signedOut' | 'expired' }
  | { status: 'signedIn'; session: Session }
  | { status: 'unavailable' };

/** The session calls to the API. */
export interface SessionApi {
  refresh(refreshToken: string): Promise<SessionFieldsFragment>;
  switchAgency(refreshToken: string, agencyId: string, accessToken: string): Promise<SessionFieldsFragment>;
  signOut(refreshToken: string): Promise<void>;
}

/** Where the refresh token survives a reload (localStorage in the browser). */
export interface RefreshTokenStore {
  read(): string | null;
  write(token: string): void;
  clear(): void;
}

export interface SessionClock {
  now(): Date;
  /** Runs `callback` after `ms`; returns what cancels it. */
  schedule(callback: () => void, ms: number): () => void;
}

/** Serialises token rotations across the browser's tabs, which share one refresh token. */
export type RotationLock = <T>(work: () => Promise<T>) => Promise<T>;

export interface SessionDependencies {
  api: SessionApi;
  store: RefreshTokenStore;
  clock: SessionClock;
  lock: RotationLock;
}

/** A refresh failed for a reason that will not go away by trying again: the session is over. */
const SESSION_REJECTED_CODES = new Set(['UNAUTHENTICATED', 'BAD_USER_INPUT', 'FORBIDDEN', 'NOT_FOUND']);
/** After a refresh failed for a transient reason, try again after this long. */
export const REFRESH_RETRY_MS = 15_000;

/**
 * Holds the access token in memory and the refresh token in storage, refreshes before expiry, and
 * rotates the tokens one call at a time. React reads it through `subscribe`/`getState`.
 */
export class SessionManager implements AccessTokenSource {
  private state: SessionState = { status: 'restoring' };
  private accessToken: string | null = null;
  private accessTokenExpiresAt: Date | null = null;
  private rotation: Promise<boolean> | null = null;
  private cancelScheduled: (() => void) | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly deps: SessionDependencies) {}

  getState = (): SessionState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** On start: resume the session kept in storage, if any. */
  async restore(): Promise<void> {
    if (!this.deps.store.read()) {
      this.setState({ status: 'signedOut', reason: 'none' });
      return;
    }
    this.setState({ status: 'restoring' });
    await this.refresh();
  }

  /** Starts a session from a sign-in, sign-up or accepted invitation. */
  establish(payload: SessionFieldsFragment): void {
    const {
      accessToken,
      accessTokenExpiresAt,
      refreshToken,
      refreshTokenExpiresAt: _expiry,
      ...session
    } = payload;
    this.accessToken = accessToken;
    this.accessTokenExpiresAt = new Date(accessTokenExpiresAt);
    this.deps.store.write(refreshToken);
    this.setState({ status: 'signedIn', session });
    this.schedule(refreshDelayMs(this.accessTokenExpiresAt, this.deps.clock.now()));
  }

  /** Replaces the signed-in user's details after a profile change. */
  updateUser(user: Session['user']): void {
    if (this.state.status !== 'signedIn') return;
    this.setState({ status: 'signedIn', session: { ...this.state.session, user } });
  }

  /** Rotates the tokens. Concurrent callers share one call. Resolves true when a new access token is ready. */
  refresh(): Promise<boolean> {
    return this.rotate(async () => {
      const refreshToken = this.deps.store.read();
      if (!refreshToken) {
        this.end('expired');
        return false;
      }
      return this.deps.api.refresh(refreshToken);
    });
  }

  /** Opens another agency of the signed-in user (new tokens for that membership). */
  async switchAgency(agencyId: string): Promise<boolean> {
    const accessToken = await this.getAccessToken();
    if (!accessToken) return false;
    return this.rotate(async () => {
      const refreshToken = this.deps.store.read();
      if (!refreshToken) {
        this.end('expired');
        return false;
      }
      return this.deps.api.switchAgency(refreshToken, agencyId, accessToken);
    });
  }

  async getAccessToken(): Promise<string | null> {
    if (this.rotation) await this.rotation;
    if (!this.accessToken || !this.accessTokenExpiresAt) return null;
    if (isExpiringSoon(this.accessTokenExpiresAt, this.deps.clock.now())) {
      const refreshed = await this.refresh();
      return refreshed ? this.accessToken : null;
    }
    return this.accessToken;
  }

  async recoverFromRejectedToken(rejected: string): Promise<boolean> {
    if (this.rotation) return this.rotation;
    if (this.accessToken && this.accessToken !== rejected) return true;
    return this.refresh();
  }

  /** Ends the session here and revokes it on the server. */
  async signOut(): Promise<void> {
    const refreshToken = this.deps.store.read();
    this.end('signedOut');
    if (!refreshToken) return;
    try {
      await this.deps.api.signOut(refreshToken);
    } catch {
      // The local session is gone either way; the server's expires on its own.
    }
  }

  /** Another tab changed the stored refresh token: follow it when it signed out. */
  onStoredTokenChanged(token: string | null): void {
    if (token === null && this.state.status === 'signedIn') this.end('signedOut');
  }

  private rotate(call: () => Promise<SessionFieldsFragment | false>): Promise<boolean> {
    if (this.rotation) return this.rotation;
    const rotation = this.deps
      .lock(call)
      .then((payload) => {
        if (payload === false) return false;
        this.establish(payload);
        return true;
      })
      .catch((error: unknown) => this.rotationFailed(error))
      .finally(() => {
        this.rotation = null;
      });
    this.rotation = rotation;
    return rotation;
  }

  private rotationFailed(error: unknown): boolean {
    if (SESSION_REJECTED_CODES.has(toApiError(error).code)) {
      this.end('expired');
      return false;
    }
    if (this.state.status === 'signedIn') this.schedule(REFRESH_RETRY_MS);
    else this.setState({ status: 'unavailable' });
    return false;
  }

  private end(reason: 'signedOut' | 'expired'): void {
    this.cancelTimer();
    this.accessToken = null;
    this.accessTokenExpiresAt = null;
    this.deps.store.clear();
    this.setState({ status: 'signedOut', reason });
  }

  private schedule(delayMs: number): void {
    this.cancelTimer();
    this.cancelScheduled = this.deps.clock.schedule(() => {
      this.cancelScheduled = null;
      void this.refresh();
    }, delayMs);
  }

  private cancelTimer(): void {
    this.cancelScheduled?.();
    this.cancelScheduled = null;
  }

  private setState(state: SessionState): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}
