import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { Session, SessionManager, SessionState } from './session-manager';

const SessionContext = createContext<SessionManager | null>(null);

export function SessionProvider({ session, children }: { session: SessionManager; children: ReactNode }) {
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSessionManager(): SessionManager {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSessionManager must be used inside <SessionProvider>');
  return session;
}

export function useSessionState(): SessionState {
  const session = useSessionManager();
  return useSyncExternalStore(session.subscribe, session.getState);
}

/** The signed-in session; only for pages behind `RequireSession`. */
export function useSession(): Session {
  const state = useSessionState();
  if (state.status !== 'signedIn') throw new Error('useSession needs a signed-in user');
  return state.session;
}
