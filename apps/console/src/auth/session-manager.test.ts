import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { SessionFieldsFragment } from '@relais/web-graphql';
import { beforeEach, describe, expect, it } from 'vitest';
import { REFRESH_RETRY_MS, SessionManager, type SessionApi, type SessionClock } from './session-manager';

const START = new Date('2026-03-01T10:00:00Z').getTime();
const ACCESS_LIFETIME_MS = 15 * 60_000;

class FakeClock implements SessionClock {
  time = START;
  timers: Array<{ at: number; callback: () => void; cancelled: boolean }> = [];
  now = () => new Date(this.time);
  schedule = (callback: () => void, ms: number) => {
    const timer = { at: this.time + ms, callback, cancelled: false };
    this.timers.push(timer);
    return () => {
      timer.cancelled = true;
    };
  };
  pending() {
    return this.timers.filter((timer) => !timer.cancelled);
  }
  /** Moves time forward, firing the timers that come due. */
  advance(ms: number) {
    this.time += ms;
    for (const timer of this.pending().filter((entry) => entry.at <= this.time)) {
      timer.cancelled = true;
      timer.callback();
    }
  }
}

class FakeApi implements SessionApi {
  calls: string[] = [];
  issued = 0;
  failWith: Error | null = null;
  private gate: Promise<void> | null = null;
  private open: (() => void) | null = null;
  constructor(private readonly clock: FakeClock) {}

  hold() {
    this.gate = new Promise((resolve) => (this.open = resolve));
  }
  release() {
    this.open?.();
    this.gate = null;
  }
  payload(agencyId = 'agency-1'): SessionFieldsFragment {
    this.issued += 1;
    return {
      accessToken: `access-${this.issued}`,
      accessTokenExpiresAt: new Date(this.clock.time + ACCESS_LIFETIME_MS).toISOString(),
      refreshToken: `refresh-${this.issued}`,
      refreshTokenExpiresAt: new Date(this.clock.time + 30 * 86_400_000).toISOString(),
      user: { id: 'user-1', email: 'owner@lumiere.test', name: 'Claire Martin', locale: 'FR' },
      agency: { id: agencyId, name: agencyId === 'agency-1' ? 'Agence Lumière' : 'Other', role: 'OWNER' },
      role: 'OWNER',
      brandIds: null,
      agencies: [{ id: 'agency-1', name: 'Agence Lumière', role: 'OWNER' }],
    };
  }
  async refresh(refreshToken: string) {
    this.calls.push(`refresh:${refreshToken}`);
    if (this.gate) await this.gate;
    if (this.failWith) throw this.failWith;
    return this.payload();
  }
  async switchAgency(refreshToken: string, agencyId: string, accessToken: string) {
    this.calls.push(`switch:${refreshToken}:${agencyId}:${accessToken}`);
    return this.payload(agencyId);
  }
  async signOut(refreshToken: string) {
    this.calls.push(`signOut:${refreshToken}`);
  }
}

class MemoryStore {
  value: string | null = null;
  read = () => this.value;
  write = (token: string) => {
    this.value = token;
  };
  clear = () => {
    this.value = null;
  };
}

const unauthenticated = new CombinedGraphQLErrors({
  data: null,
  errors: [{ message: 'Refresh token reused', extensions: { code: 'UNAUTHENTICATED' } }],
});

describe('SessionManager', () => {
  let clock: FakeClock;
  let api: FakeApi;
  let store: MemoryStore;
  let session: SessionManager;

  beforeEach(() => {
    clock = new FakeClock();
    api = new FakeApi(clock);
    store = new MemoryStore();
    session = new SessionManager({ api, store, clock, lock: (work) => work() });
  });

  it('starts signed out when nothing is stored', async () => {
    await session.restore();
    expect(session.getState()).toEqual({ status: 'signedOut', reason: 'none' });
    expect(api.calls).toEqual([]);
  });

  it('resumes a stored session with one refresh and keeps only the refresh token in storage', async () => {
    store.value = 'refresh-stored';
    await session.restore();
    expect(api.calls).toEqual(['refresh:refresh-stored']);
    expect(session.getState()).toMatchObject({
      status: 'signedIn',
      session: { agency: { name: 'Agence Lumière' } },
    });
    expect(store.value).toBe('refresh-1');
    expect(JSON.stringify(session.getState())).not.toContain('access-1');
    await expect(session.getAccessToken()).resolves.toBe('access-1');
  });

  it('refreshes one minute before the access token expires', async () => {
    session.establish(api.payload());
    clock.advance(ACCESS_LIFETIME_MS - 61_000);
    expect(api.calls).toEqual([]);
    clock.advance(1_000);
    await session.getAccessToken();
    expect(api.calls).toEqual(['refresh:refresh-1']);
    await expect(session.getAccessToken()).resolves.toBe('access-2');
    expect(clock.pending()).toHaveLength(1);
  });

  it('shares one refresh between concurrent callers (a refresh token is used once)', async () => {
    session.establish(api.payload());
    api.hold();
    const results = [session.refresh(), session.refresh(), session.recoverFromRejectedToken('access-1')];
    api.release();
    await expect(Promise.all(results)).resolves.toEqual([true, true, true]);
    expect(api.calls).toEqual(['refresh:refresh-1']);
  });

  it('refreshes before handing out a token that is about to expire', async () => {
    session.establish(api.payload());
    clock.time += ACCESS_LIFETIME_MS - 5_000;
    await expect(session.getAccessToken()).resolves.toBe('access-2');
    expect(api.calls).toEqual(['refresh:refresh-1']);
  });

  it('does not refresh again for a rejected token that was already replaced', async () => {
    session.establish(api.payload());
    await session.refresh();
    await expect(session.recoverFromRejectedToken('access-1')).resolves.toBe(true);
    expect(api.calls).toEqual(['refresh:refresh-1']);
  });

  it('ends the session when the refresh token is refused', async () => {
    session.establish(api.payload());
    api.failWith = unauthenticated;
    await expect(session.refresh()).resolves.toBe(false);
    expect(session.getState()).toEqual({ status: 'signedOut', reason: 'expired' });
    expect(store.value).toBeNull();
    await expect(session.getAccessToken()).resolves.toBeNull();
    expect(clock.pending()).toHaveLength(0);
  });

  it('keeps the session and retries later when the API is unreachable', async () => {
    session.establish(api.payload());
    api.failWith = new TypeError('Failed to fetch');
    await expect(session.refresh()).resolves.toBe(false);
    expect(session.getState().status).toBe('signedIn');
    expect(store.value).toBe('refresh-1');
    api.failWith = null;
    clock.advance(REFRESH_RETRY_MS);
    await session.getAccessToken();
    expect(api.calls).toEqual(['refresh:refresh-1', 'refresh:refresh-1']);
    expect(store.value).toBe('refresh-2');
  });

  it('reports the service unavailable when a stored session cannot be resumed for now', async () => {
    store.value = 'refresh-stored';
    api.failWith = new TypeError('Failed to fetch');
    await session.restore();
    expect(session.getState()).toEqual({ status: 'unavailable' });
    expect(store.value).toBe('refresh-stored');
  });

  it('switches agency with the current tokens and takes the new ones', async () => {
    session.establish(api.payload());
    await expect(session.switchAgency('agency-2')).resolves.toBe(true);
    expect(api.calls).toEqual(['switch:refresh-1:agency-2:access-1']);
    expect(session.getState()).toMatchObject({ status: 'signedIn', session: { agency: { id: 'agency-2' } } });
    expect(store.value).toBe('refresh-2');
  });

  it('signs out: forgets the tokens here and revokes them on the server', async () => {
    session.establish(api.payload());
    await session.signOut();
    expect(session.getState()).toEqual({ status: 'signedOut', reason: 'signedOut' });
    expect(store.value).toBeNull();
    expect(api.calls).toEqual(['signOut:refresh-1']);
    expect(clock.pending()).toHaveLength(0);
  });

  it('follows a sign-out made in another tab', () => {
    session.establish(api.payload());
    session.onStoredTokenChanged(null);
    expect(session.getState()).toEqual({ status: 'signedOut', reason: 'signedOut' });
  });

  it('tells subscribers about every change', async () => {
    const seen: string[] = [];
    session.subscribe(() => seen.push(session.getState().status));
    session.establish(api.payload());
    await session.signOut();
    expect(seen).toEqual(['signedIn', 'signedOut']);
  });
});
