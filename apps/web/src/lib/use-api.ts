import { useCallback, useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { api } from './api';

export interface Loaded<T> {
  data: T | undefined;
  error: Error | null;
  loading: boolean;
  reload(): Promise<void>;
}

/**
 * GETs a path (null: nothing yet) and keeps the answer; `reload` after a write; again on a language
 * switch, and whenever `revision` changes (a page bumps it after a write that concerns all its parts).
 */
export function useApi<T>(path: string | null, revision = 0): Loaded<T> {
  // Titles and sentences come back in the interface's language: a switch asks again.
  const { locale } = useI18n();
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<Error | null>(null);
  const [loading, setLoading] = useState(path !== null);
  const current = useRef(path);
  current.current = path;

  const load = useCallback(
    async (signal?: AbortSignal) => {
      if (!path) return;
      setLoading(true);
      try {
        const value = await api<T>(path, { signal });
        if (current.current === path) {
          setData(value);
          setError(null);
        }
      } catch (caught) {
        if ((caught as Error).name === 'AbortError') return;
        if (current.current === path) setError(caught as Error);
      } finally {
        if (current.current === path) setLoading(false);
      }
    },
    [path, locale, revision],
  );

  useEffect(() => {
    const controller = new AbortController();
    void load(controller.signal);
    return () => controller.abort();
  }, [load]);

  return { data, error, loading, reload: () => load() };
}
