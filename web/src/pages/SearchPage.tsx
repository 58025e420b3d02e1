import { type FormEvent } from 'react';
import { api, dateParam, MAX_QUERY, pageParam, type SearchHit } from '../api.ts';
import { EntityName } from '../components/EntityName.tsx';
import { href, useLoad } from '../hooks.ts';
import { articleCount, useT } from '../i18n.ts';
import { Empty, Status } from '../components/Status.tsx';
import { Pager } from '../components/Pager.tsx';
import { ActorPicker } from '../components/ActorPicker.tsx';
import { ActorLabel } from '../components/ActorLabel.tsx';
import { PLOVER_TYPES } from '../plover.ts';

function Snippet({ hit }: { hit: SearchHit }) {
  const parts: Array<{ text: string; mark: boolean }> = [];
  let at = 0;
  const s = hit.snippet;
  for (const h of [...hit.highlights].sort((a, b) => a.start - b.start)) {
    const start = h.start - hit.snippetStart;
    const end = h.end - hit.snippetStart;
    if (start < at || end > s.length) continue;
    parts.push({ text: s.slice(at, start), mark: false }, { text: s.slice(start, end), mark: true });
    at = end;
  }
  parts.push({ text: s.slice(at), mark: false });
  return (
    <p className="snippet ar" dir="rtl">
      {parts.map((p, i) => (p.mark ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
    </p>
  );
}

export function SearchPage({ params }: { params: URLSearchParams }) {
  const t = useT();
  // Back and forward change the URL but keep this page mounted: the box is keyed by the URL's query, so a new query in
  // the URL gives a new box holding it (an effect copying the URL into component state lost that race now and then).
  const urlQ = params.get('q') ?? '';
  const query = {
    q: params.get('q')?.slice(0, MAX_QUERY) || undefined,
    // a hand-edited or stale link's values the API would refuse are dropped, not sent
    from: dateParam(params.get('from')),
    to: dateParam(params.get('to')),
    source: params.get('source')?.slice(0, MAX_QUERY) || undefined,
    entity: /^\d{1,15}$/.test(params.get('entity') ?? '') ? params.get('entity')! : undefined,
    eventType: (PLOVER_TYPES as readonly string[]).includes(params.get('eventType') ?? '') ? params.get('eventType')! : undefined,
    page: pageParam(params.get('page')),
  };
  const go = (changes: Record<string, string | number | undefined>) => {
    window.location.hash = href('search', { ...query, page: 1, ...changes });
  };
  const [result, retry] = useLoad(() => api.search(query), [params.toString()]);
  const [sources] = useLoad(() => api.sources(), []);
  const [stats] = useLoad(() => api.stats(), []);
  // The text index holds the articles' Arabic words: a name typed in English ("Putin") is found among the
  // entities' names, and each one leads to the articles that mention it.
  const [named] = useLoad(() => (query.q && query.q.trim().length >= 2 ? api.findEntities(query.q.trim()) : Promise.resolve([])), [query.q]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const typed = new FormData(e.currentTarget as HTMLFormElement).get('q');
    go({ q: (typeof typed === 'string' ? typed.trim() : '') || undefined });
  };
  return (
    <section className="page search-page">
      <form className="search-box" onSubmit={submit} role="search">
        <input key={urlQ} name="q" data-testid="search-input" type="search" aria-label={t('search')} maxLength={MAX_QUERY} defaultValue={urlQ} placeholder={t('searchPlaceholder')} dir="auto" />
        <button type="submit" data-testid="search-submit">
          {t('search')}
        </button>
      </form>
      <div className="facets">
        <label>
          {t('source')}
          <select value={query.source ?? ''} onChange={(e) => go({ source: e.target.value || undefined })}>
            <option value="">{t('any')}</option>
            {sources.state === 'ready' && sources.data.map((s) => <option key={s}>{s}</option>)}
          </select>
        </label>
        <label>
          {t('from')}
          <input type="date" value={query.from ?? ''} onChange={(e) => go({ from: e.target.value || undefined })} />
        </label>
        <label>
          {t('to')}
          <input type="date" value={query.to ?? ''} onChange={(e) => go({ to: e.target.value || undefined })} />
        </label>
        <label>
          {t('eventType')}
          <select value={query.eventType ?? ''} onChange={(e) => go({ eventType: e.target.value || undefined })}>
            <option value="">{t('any')}</option>
            {PLOVER_TYPES.map((p) => (
              <option key={p}>{p}</option>
            ))}
          </select>
        </label>
        <ActorPicker label={t('entity')} value={query.entity ?? ''} onChange={(id) => go({ entity: id })} />
        {query.entity && (
          <span className="entity-filter" data-testid="entity-filter">
            <ActorLabel value={query.entity} />{' '}
            <button type="button" className="link" onClick={() => go({ entity: undefined })} aria-label={`✕ ${t('entity')}`}>
              ✕
            </button>
          </span>
        )}
      </div>
      {named.state === 'ready' && named.data.length > 0 && !query.entity && (
        <div className="entity-suggestions" data-testid="entity-suggestions">
          <span>{t('entitiesNamed')}:</span>
          {named.data.slice(0, 5).map((e) => (
            <span key={e.id} className="suggestion" data-testid="entity-suggestion">
              <EntityName entity={e} />{' '}
              <a href={href('search', { entity: e.id })} data-testid="entity-suggestion-articles">
                {articleCount(e.articles, t)}
              </a>
            </span>
          ))}
        </div>
      )}
      {stats.state === 'ready' && stats.data.articles === 0 ? (
        <Empty>{t('emptyStore')}</Empty>
      ) : (
        <Status result={result} retry={retry}>
          {(page) =>
            page.total === 0 ? (
              <Empty>{t('noResults')}</Empty>
            ) : page.items.length === 0 ? (
              <Empty>
                <p data-testid="past-last-page">{t('pastLastPage')}</p>
                <button type="button" onClick={() => go({ page: 1 })}>
                  {t('firstPage')}
                </button>
              </Empty>
            ) : (
              <>
                <p className="count" data-testid="result-count">
                  {page.total.toLocaleString()} {t('results')}
                </p>
                <ol className="results">
                  {page.items.map((hit) => (
                    <li key={hit.id} data-testid="search-result">
                      <a className="title ar" dir="rtl" href={href(`article/${hit.id}`)}>
                        {hit.title ?? hit.snippet.slice(0, 80)}
                      </a>
                      <div className="meta">
                        {hit.date} · {hit.source}
                      </div>
                      <Snippet hit={hit} />
                    </li>
                  ))}
                </ol>
                <Pager page={page.page} pageSize={page.pageSize} total={page.total} onPage={(p) => go({ page: p })} />
              </>
            )
          }
        </Status>
      )}
    </section>
  );
}
