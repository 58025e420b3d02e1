import type { ReactNode } from 'react';
import type { Loadable } from '../hooks.ts';
import { href } from '../hooks.ts';
import { useT } from '../i18n.ts';
import { ApiError } from '../api.ts';

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
    const status = result.error instanceof ApiError ? result.error.status : 0;
    // An unknown id is not a server fault: say so, and offer a way on instead of a retry that cannot help.
    if (status === 404) {
      return (
        <div className="status error not-found" role="alert" data-testid="not-found">
          <p>{t('notFound')}</p>
          <p>
            <a href={href('search')}>{t('backToSearch')}</a>
          </p>
        </div>
      );
    }
    return (
      <div className="status error" role="alert">
        <p>{status >= 400 && status < 500 ? t('refused') : t('error')}</p>
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
