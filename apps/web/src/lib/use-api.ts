import { useCallback, useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { api } from './api';
import { Answer, get, GetInit, GetRoute } from './client';

export interface Loaded<T> {
  data: T | undefined;
  error: Error | null;
  loading: boolean;
  reload(): Promise<void>;
}

/**
 * GETs a typed route (null: nothing yet) and keeps its answer, typed from the OpenAPI document:
 * `useGet('/api/conventions/{id}', { params: { path: { id } } })`. Read again like `useApi`.
 */
export function useGet<P extends GetRoute>(
  route: P | null,
  init?: GetInit<P>,
  revision = 0,
): Loaded<Answer<P>> {
  const key = route === null ? null : `${route} ${JSON.stringify(init ?? {})}`;
  const initRef = useRef(init);
  initRef.current = init;
  return useLoaded(key, (signal) => get(route!, initRef.current, signal), revision);
}

/**
 * GETs a path (null: nothing yet) and keeps the answer; `reload` after a write; again on a language
 * switch, and whenever `revision` changes (a page bumps it after a write that concerns all its parts).
 * For a route the OpenAPI document describes, `useGet` types the answer instead of `T`.
 */
export function useApi<T>(path: string | null, revision = 0): Loaded<T> {
  return useLoaded(path, (signal) => api<T>(path!, { signal }), revision);
}

/** Loads whenever `key` (null: nothing yet), the language or `revision` changes; keeps the last answer for `key`. */
function useLoaded<T>(
  key: string | null,
  fetcher: (signal?: AbortSignal) => Promise<T>,
  revision: number,
): Loaded<T> {
  // Titles and sentences come back in the interface's language: a switch asks again.
  const { locale } = useI18n();
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<Error | null>(null);
  const [loading, setLoading] = useState(key !== null);
  const current = useRef(key);
  current.current = key;
  const fetcherRef = useRef(fetcher);
  fetcherRef.current = fetcher;

  const load = useCallback(
    async (signal?: AbortSignal) => {
      if (!key) return;
      setLoading(true);
      try {
        const value = await fetcherRef.current(signal);
        if (current.current === key) {
          setData(value);
          setError(null);
        }
      } catch (caught) {
        if ((caught as Error).name === 'AbortError') return;
        if (current.current === key) setError(caught as Error);
      } finally {
        if (current.current === key) setLoading(false);
      }
    },
    // locale and revision are not read inside: a change of either asks again, on purpose.
    [key, locale, revision],
  );

  useEffect(() => {
    const controller = new AbortController();
    void load(controller.signal);
    return () => controller.abort();
  }, [load]);

  return { data, error, loading, reload: () => load() };
}
