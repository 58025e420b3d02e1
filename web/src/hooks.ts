import { useEffect, useState, useCallback } from 'react';

export type Loadable<T> = { state: 'loading' } | { state: 'error'; error: Error } | { state: 'ready'; data: T };

/** Runs `load` whenever `deps` change; keeps the latest result only. */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]): [Loadable<T>, () => void] {
  const [result, setResult] = useState<Loadable<T>>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    setResult({ state: 'loading' });
    load().then(
      (data) => live && setResult({ state: 'ready', data }),
      (error: Error) => live && setResult({ state: 'error', error }),
    );
    return () => {
      live = false;
    };
  }, [...deps, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return [result, retry];
}

/** The hash route: "#/entity/12?x=1" → { path: ['entity', '12'], params }. */
export function useRoute(): { path: string[]; params: URLSearchParams } {
  const parse = () => {
    const raw = window.location.hash.replace(/^#\/?/, '');
    const [p, q] = raw.split('?');
    return { path: (p ?? '').split('/').filter(Boolean).map(decodeURIComponent), params: new URLSearchParams(q ?? ''), key: window.location.hash };
  };
  const [route, setRoute] = useState(parse);
  useEffect(() => {
    // popstate as well as hashchange: a history traversal between entries of one document always fires popstate, and in
    // Chromium a back to the entry a full navigation made did not always fire hashchange (the e2e back/forward test).
    // (The route keeps the hash it was parsed from: the second event of one change keeps the same route object.)
    const on = () => setRoute((old) => (old.key === window.location.hash ? old : parse()));
    window.addEventListener('hashchange', on);
    window.addEventListener('popstate', on);
    return () => {
      window.removeEventListener('hashchange', on);
      window.removeEventListener('popstate', on);
    };
  }, []);
  return route;
}

export function href(path: string, params: Record<string, string | number | undefined | null> = {}): string {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') qs.set(k, String(v));
  return `#/${path}${qs.size ? `?${qs}` : ''}`;
}
