// Who is signed in: checked once at start ("who am I"), set by sign-in, cleared by sign-out or expiry.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { z } from 'zod';
import { SessionView, type UserView } from '../../shared/api/auth.schema.ts';
import { ApiError, onSessionEnded, request, setCsrfToken } from '../api.ts';

export type SessionState =
  | { status: 'checking' }
  /**
   * `expired`: the session ended under the user (they come back to where they were after signing in);
   * `signedOut`: they left on purpose (the next person starts at their own first screen).
   */
  | { status: 'signedOut'; reason: 'visitor' | 'expired' | 'signedOut' }
  | { status: 'signedIn'; user: UserView };

interface Session {
  state: SessionState;
  signIn(username: string, password: string): Promise<UserView>;
  signOut(): Promise<void>;
  /** Reads the user again (after a password change clears mustChangePassword). */
  refresh(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

async function whoAmI(): Promise<UserView | null> {
  try {
    const session = await request('GET', '/api/auth/me', SessionView);
    setCsrfToken(session.csrfToken);
    return session.user;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'checking' });

  useEffect(() => {
    let live = true;
    whoAmI().then(
      (user) =>
        live && setState(user ? { status: 'signedIn', user } : { status: 'signedOut', reason: 'visitor' }),
      () => live && setState({ status: 'signedOut', reason: 'visitor' }),
    );
    onSessionEnded(() => {
      setCsrfToken(null);
      setState({ status: 'signedOut', reason: 'expired' });
    });
    return () => {
      live = false;
      onSessionEnded(null);
    };
  }, []);

  const signIn = useCallback(async (username: string, password: string) => {
    const session = await request('POST', '/api/auth/login', SessionView, { body: { username, password } });
    setCsrfToken(session.csrfToken);
    setState({ status: 'signedIn', user: session.user });
    return session.user;
  }, []);

  const signOut = useCallback(async () => {
    try {
      await request('POST', '/api/auth/logout', z.unknown());
    } finally {
      setCsrfToken(null);
      setState({ status: 'signedOut', reason: 'signedOut' });
    }
  }, []);

  const refresh = useCallback(async () => {
    const user = await whoAmI();
    setState(user ? { status: 'signedIn', user } : { status: 'signedOut', reason: 'expired' });
  }, []);

  const value = useMemo(() => ({ state, signIn, signOut, refresh }), [state, signIn, signOut, refresh]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** The signed-in user; only for screens rendered inside the signed-in shell. */
export function useUser(): UserView {
  const { state } = useSession();
  if (state.status !== 'signedIn') throw new Error('useUser without a signed-in user');
  return state.user;
}
