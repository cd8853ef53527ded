// The signed-in user of this tab: token (sessionStorage) + `auth.me`, sign-in and sign-out.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useSyncExternalStore, type ReactNode } from 'react';
import type { SessionLogin, SessionUser } from '../../../shared/api';
import type { Permission } from '../../../shared/auth/roles';
import { invoke } from './api-client';
import type { ApiError } from './api-error';
import { getToken, onTokenChange, setToken } from './session-token';
import { rpcKey } from './rpc-hooks';

export interface SessionState {
  token: string | null;
  user: SessionUser | null;
  /** auth.me is loading for a token restored from sessionStorage. */
  checking: boolean;
  error: ApiError | null;
  retry(): void;
  can(permission: Permission): boolean;
  signIn(login: SessionLogin): void;
  signOut(): Promise<void>;
}

const RENEW_EVERY_MS = 12 * 60 * 60_000;

const SessionContext = createContext<SessionState | null>(null);

export function useSession(): SessionState {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside SessionProvider');
  return s;
}

/** Drops every cached result except the public system status (used on sign-in and sign-out). */
function dropSessionData(client: ReturnType<typeof useQueryClient>): void {
  client.removeQueries({ predicate: (q) => q.queryKey[0] !== 'system.status' });
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useQueryClient();
  const token = useSyncExternalStore(onTokenChange, getToken);
  const me = useQuery<SessionUser, ApiError>({
    queryKey: rpcKey('auth.me', {}),
    queryFn: () => invoke('auth.me', {}),
    enabled: token !== null,
    retry: false,
  });

  // When the token disappears (signed out, expired, account disabled) forget the cached data.
  const previous = useRef(token);
  useEffect(() => {
    if (previous.current && !token) dropSessionData(client);
    previous.current = token;
  }, [token, client]);

  const signIn = useCallback(
    (login: SessionLogin) => {
      dropSessionData(client);
      client.setQueryData(rpcKey('auth.me', {}), login.user);
      setToken(login.token, { remember: login.user.role === 'display' });
      void client.invalidateQueries({ queryKey: rpcKey('system.status', {}) });
    },
    [client],
  );

  // The wall display runs for months: it renews its session by rotation when the page loads
  // and twice a day, well within the server's 7-day limit on any one session.
  const role = token ? me.data?.role : undefined;
  useEffect(() => {
    if (role !== 'display') return;
    const renew = () =>
      invoke('auth.renew', {}).then(
        (login) => {
          if (login.token === getToken()) return; // still young: kept as it is
          client.setQueryData(rpcKey('auth.me', {}), login.user);
          setToken(login.token, { remember: true });
        },
        () => undefined, // a failed renewal is retried at the next interval; an ended session signs out
      );
    void renew();
    const timer = setInterval(() => void renew(), RENEW_EVERY_MS);
    return () => clearInterval(timer);
  }, [role, client]);

  const signOut = useCallback(async () => {
    try {
      await invoke('auth.logout', {});
    } catch {
      // Signing out locally is what matters.
    }
    setToken(null);
  }, []);

  const value = useMemo<SessionState>(() => {
    const user = token ? (me.data ?? null) : null;
    return {
      token,
      user,
      checking: token !== null && me.isPending,
      error: token ? me.error : null,
      retry: () => void me.refetch(),
      can: (p) => user?.permissions.includes(p) ?? false,
      signIn,
      signOut,
    };
  }, [token, me, signIn, signOut]);

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
