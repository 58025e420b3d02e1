import type { ReactNode } from 'react';
import type { Loadable } from '../hooks.ts';
import { useT } from '../i18n.ts';

/** Loading, error (with what to do) or the content. */
export function Status<T>({ result, retry, children }: { result: Loadable<T>; retry?: () => void; children: (data: T) => ReactNode }) {
  const t = useT();
  if (result.state === 'loading') {
    return (
      <div className="status" role="status" aria-live="polite">
        <span className="spinner" aria-hidden /> {t('loading')}
      </div>
    );
  }
  if (result.state === 'error') {
    return (
      <div className="status error" role="alert">
        <p>{t('error')}</p>
        <p className="detail">{result.error.message}</p>
        {retry && (
          <button type="button" onClick={retry}>
            {t('retry')}
          </button>
        )}
      </div>
    );
  }
  return <>{children(result.data)}</>;
}

export function Empty({ children }: { children: ReactNode }) {
  return <div className="status empty">{children}</div>;
}
