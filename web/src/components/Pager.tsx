import { useT } from '../i18n.ts';

export function Pager({ page, pageSize, total, onPage }: { page: number; pageSize: number; total: number; onPage: (p: number) => void }) {
  const t = useT();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  return (
    <nav className="pager">
      {/* a page past the last (an old link after the store changed) steps back to the last one */}
      <button type="button" disabled={page <= 1} onClick={() => onPage(Math.min(page - 1, pages))}>
        {t('previous')}
      </button>
      <span>
        {page} / {pages}
      </span>
      <button type="button" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        {t('next')}
      </button>
    </nav>
  );
}
