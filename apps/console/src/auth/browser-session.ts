import { createSessionApi } from './session-api';
import { SessionManager, type RefreshTokenStore, type RotationLock } from './session-manager';

export const REFRESH_TOKEN_KEY = 'relais.refreshToken';

const localStore: RefreshTokenStore = {
  read: () => window.localStorage.getItem(REFRESH_TOKEN_KEY),
  write: (token) => window.localStorage.setItem(REFRESH_TOKEN_KEY, token),
  clear: () => window.localStorage.removeItem(REFRESH_TOKEN_KEY),
};

/** Web Locks keep two tabs from presenting the same refresh token (which would revoke the session). */
const tabLock: RotationLock = <T>(work: () => Promise<T>): Promise<T> => {
  if (!('locks' in navigator)) return work();
  return new Promise<T>((resolve, reject) => {
    // The lock is held until `work` settles.
    navigator.locks.request('relais.session', () => work().then(resolve, reject)).catch(reject);
  });
};

/** The session of this browser: refresh token in localStorage, access token in memory only. */
export function createBrowserSession(): SessionManager {
  const session = new SessionManager({
    api: createSessionApi(),
    store: localStore,
    lock: tabLock,
    clock: {
      now: () => new Date(),
      schedule: (callback, ms) => {
        const handle = window.setTimeout(callback, ms);
        return () => window.clearTimeout(handle);
      },
    },
  });
  window.addEventListener('storage', (event) => {
    if (event.key === REFRESH_TOKEN_KEY) session.onStoredTokenChanged(event.newValue);
  });
  return session;
}
