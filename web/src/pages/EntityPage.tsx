import { api, type EventRecord } from '../api.ts';
import { href, useLoad } from '../hooks.ts';
import { useT } from '../i18n.ts';
import { Status } from '../components/Status.tsx';
import { Network } from '../components/Network.tsx';
import { Bars } from '../components/Bars.tsx';
import { fillPeriods } from '../periods.ts';

function EventRows({ events }: { events: EventRecord[] }) {
  if (events.length === 0) return <p className="muted">—</p>;
  return (
    <ul className="event-list">
      {events.map((e) => (
        <li key={e.id}>
          <span className={`plover plover-${e.plover}`}>{e.plover}</span> <bdi>{e.sourceName ?? e.sourceActor ?? '—'}</bdi> → <bdi>{e.targetName ?? e.targetActor ?? '—'}</bdi>{' '}
          <small>
            {e.day} · {e.modality} · <bdi className="ar">{e.trigger}</bdi>
          </small>{' '}
          <a href={href(`article/${e.articleId}`)}>#{e.articleId}</a>
        </li>
      ))}
    </ul>
  );
}

export function EntityPage({ id }: { id: number }) {
  const t = useT();
  const [result, retry] = useLoad(() => api.entity(id), [id]);
  return (
    <Status result={result} retry={retry}>
      {(p) => (
        <section className="page entity-page">
          <header>
            <h1>
              <bdi lang="ar" className="ar" data-testid="entity-name">
                {p.name}
              </bdi>{' '}
              {p.nameEn && (
                <bdi lang="en" className="en" data-testid="entity-name-en">
                  {p.nameEn}
                </bdi>
              )}
            </h1>
            <dl className="kb-card">
              <dt>{t('type')}</dt>
              <dd>{p.type}</dd>
              <dt>{t('country')}</dt>
              <dd>{p.country ?? '—'}</dd>
              <dt>{t('actor')}</dt>
              <dd>{p.actor ?? '—'}</dd>
              <dt>kbId</dt>
              <dd>{p.kbId ?? '—'}</dd>
              <dt>{t('articles')}</dt>
              <dd>
                <a href={href('search', { entity: p.id })}>{p.articles}</a>
              </dd>
            </dl>
            <p className="names ar" dir="rtl">
              {p.names.map((n) => (
                <span key={n.name} className="alias">
                  {n.name} <small>×{n.count}</small>
                </span>
              ))}
            </p>
          </header>
          <h2>{t('mentionsOverTime')}</h2>
          <Bars data={fillPeriods(p.mentionsOverTime.map((m) => ({ label: m.period, value: m.articles })), (d) => d.label, (label) => ({ label, value: 0 }))} />
          <h2>{t('network')}</h2>
          <Network profile={p} />
          <h2>{t('quotes')} ({p.quotes.length})</h2>
          <ul className="quote-list">
            {p.quotes.map((q) => (
              <li key={q.id}>
                <p className="ar" dir="rtl">
                  {q.direct ? '«' : ''}
                  {q.text}
                  {q.direct ? '»' : ''}
                </p>
                <small>
                  {q.date} · <a href={href(`article/${q.articleId}`)}>#{q.articleId}</a>
                </small>
              </li>
            ))}
          </ul>
          <div className="two-col">
            <div>
              <h2>{t('asSource')}</h2>
              <EventRows events={p.eventsAsSource} />
            </div>
            <div>
              <h2>{t('asTarget')}</h2>
              <EventRows events={p.eventsAsTarget} />
            </div>
          </div>
        </section>
      )}
    </Status>
  );
}
