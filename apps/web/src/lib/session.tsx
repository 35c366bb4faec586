import { createContext, ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { LOCALES, useI18n } from '../i18n/i18n';
import { api, whenUnauthorized } from './api';
import { get } from './client';
import { Me } from './types';

interface Session {
  me: Me | null;
  loading: boolean;
  signIn(email: string, password: string): Promise<void>;
  signOut(): Promise<void>;
  refresh(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

/** Who is signed in: GET /api/me answers with the session cookie, or 401. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null>(null);
  const [loading, setLoading] = useState(true);
  const { setLocale } = useI18n();

  const refresh = useCallback(async () => {
    try {
      const user = await get('/api/me');
      if (LOCALES.includes(user.language)) setLocale(user.language);
      setMe(user);
    } catch {
      setMe(null);
    } finally {
      setLoading(false);
    }
  }, [setLocale]);

  useEffect(() => {
    whenUnauthorized(() => setMe(null));
    void refresh();
  }, [refresh]);

  const signIn = useCallback(
    async (email: string, password: string) => {
      await api('/api/auth/login', { method: 'POST', body: { email, password } });
      const user = await get('/api/me');
      // The account's language wins: it is also the language of the officer's reminder e-mails.
      if (LOCALES.includes(user.language)) setLocale(user.language);
      setMe(user);
    },
    [setLocale],
  );

  const signOut = useCallback(async () => {
    await api('/api/auth/logout', { method: 'POST' }).catch(() => undefined);
    setMe(null);
  }, []);

  const value = useMemo(
    () => ({ me, loading, signIn, signOut, refresh }),
    [me, loading, signIn, signOut, refresh],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside <SessionProvider>');
  return session;
}
