import { useEffect, useState, type KeyboardEvent } from 'react';
import { api, type DyadBucket, type EventRecord } from '../api.ts';
import { href, useLoad } from '../hooks.ts';
import { useT } from '../i18n.ts';
import { Empty, Status } from '../components/Status.tsx';
import { ActorPicker } from '../components/ActorPicker.tsx';
import { ActorLabel } from '../components/ActorLabel.tsx';
import { PLOVER_COLORS, PLOVER_TYPES } from '../plover.ts';
import { fillPeriods, periodRange } from '../periods.ts';

function Chart({ buckets, onPick, picked }: { buckets: DyadBucket[]; onPick: (b: DyadBucket) => void; picked: string | null }) {
  const t = useT();
  const H = 220;
  const w = Math.max(14, Math.min(48, 760 / buckets.length));
  const max = Math.max(1, ...buckets.map((b) => b.events));
  const gy = (g: number) => H / 2 - (g / 10) * (H / 2);
  // the mean line is broken over empty periods: no events, no mean to draw
  const line = buckets.map((b, i) => (b.events ? `${i && buckets[i - 1]!.events ? 'L' : 'M'}${40 + i * w + w / 2},${gy(b.goldsteinMean)}` : '')).join(' ');
  return (
    <svg className="dyad-chart" width={60 + w * buckets.length} height={H + 24} style={{ direction: "ltr" }} role="img" data-testid="dyad-chart">
      <line x1={40} x2={40 + w * buckets.length} y1={gy(0)} y2={gy(0)} className="zero" />
      <text x={2} y={gy(10) + 10} fontSize={9}>+10</text>
      <text x={2} y={gy(-10)} fontSize={9}>−10</text>
      {buckets.map((b, i) => {
        let y = H;
        return (
          <g
            key={b.period}
            transform={`translate(${40 + i * w}, 0)`}
            // an empty period has no evidence to open; the others open from the keyboard too
            {...(b.events > 0 ? { onClick: () => onPick(b), onKeyDown: (e: KeyboardEvent) => (e.key === 'Enter' || e.key === ' ') && (e.preventDefault(), onPick(b)), tabIndex: 0, role: 'button', 'aria-label': `${b.period}: ${b.events} ${t('events')}`, 'data-testid': 'dyad-bucket' } : { 'data-testid': 'dyad-bucket-empty' })}
            className={`bucket${picked === b.period ? ' picked' : ''}${b.events ? '' : ' empty'}`}
          >
            <rect x={0} y={0} width={w} height={H} className="hit">
              <title>{`${b.period}: ${b.events}`}</title>
            </rect>
            {PLOVER_TYPES.filter((p) => b.byPlover[p]).map((p) => {
              const h = ((H - 10) * b.byPlover[p]!) / max;
              y -= h;
              return (
                <rect key={p} x={2} y={y} width={w - 4} height={h} fill={PLOVER_COLORS[p]}>
                  <title>{`${b.period} ${p}: ${b.byPlover[p]}`}</title>
                </rect>
              );
            })}
            {(buckets.length <= 14 || i % Math.ceil(buckets.length / 14) === 0) && (
              <text x={w / 2} y={H + 14} textAnchor="middle" fontSize={9}>
                {b.period}
              </text>
            )}
          </g>
        );
      })}
      <path d={line} className="goldstein" />
      {buckets.map((b, i) => b.events > 0 && (
        <circle key={b.period} cx={40 + i * w + w / 2} cy={gy(b.goldsteinMean)} r={3.5} className="goldstein-point">
          <title>{`${b.period}: ${t('goldsteinMean')} ${b.goldsteinMean}`}</title>
        </circle>
      ))}
    </svg>
  );
}

function Evidence({ a, b, period }: { a: string; b: string; period: string }) {
  const t = useT();
  const range = periodRange(period);
  const [result, retry] = useLoad(async () => {
    const [ab, ba] = await Promise.all([api.events({ source: a, target: b, ...range, pageSize: 100 }), api.events({ source: b, target: a, ...range, pageSize: 100 })]);
    return [...ab.items, ...ba.items].sort((x, y) => (x.day ?? '').localeCompare(y.day ?? ''));
  }, [a, b, period]);
  return (
    <Status result={result} retry={retry}>
      {(events: EventRecord[]) => (
        <ul className="evidence" data-testid="dyad-evidence">
          <h3>
            {t('evidence')}: {period}
          </h3>
          {events.map((e) => (
            <li key={e.id}>
              <span className={`plover plover-${e.plover}`}>{e.plover}</span> <bdi>{e.sourceName ?? e.sourceActor}</bdi> → <bdi>{e.targetName ?? e.targetActor}</bdi> <small>({e.modality}, Goldstein {e.goldstein}{e.standing === 'fallback' ? `, ${t('fallback')}` : ''})</small>
              {e.evidence && (
                <blockquote className="ar" dir="rtl">
                  {e.evidence}
                </blockquote>
              )}
              <a href={href(`article/${e.articleId}`)} data-testid="evidence-link">
                {e.day} · #{e.articleId}
              </a>
            </li>
          ))}
        </ul>
      )}
    </Status>
  );
}

export function DyadPage({ params }: { params: URLSearchParams }) {
  const t = useT();
  const a = params.get('a') ?? '';
  const b = params.get('b') ?? '';
  // an interval the API does not know (a hand-edited link) falls back to months instead of a refused request
  const asked = params.get('interval') ?? 'month';
  const interval = ['day', 'week', 'month'].includes(asked) ? asked : 'month';
  const [draft, setDraft] = useState({ a, b, interval });
  const [picked, setPicked] = useState<string | null>(null);
  // back and forward change the URL but keep this page mounted: the form and the picked period follow it
  useEffect(() => {
    setDraft({ a, b, interval });
    setPicked(null);
  }, [a, b, interval]);
  const [result, retry] = useLoad(() => (a && b ? api.dyad(a, b, interval) : Promise.resolve(null)), [a, b, interval]);
  return (
    <section className="page dyad-page">
      <p className="hint">{t('pickActors')}</p>
      <form
        className="dyad-form"
        onSubmit={(e) => {
          e.preventDefault();
          setPicked(null);
          window.location.hash = href('dyad', draft);
        }}
      >
        <ActorPicker testId="actor-a" label={t('actorA')} value={draft.a} onChange={(id) => setDraft({ ...draft, a: id })} />
        <ActorPicker testId="actor-b" label={t('actorB')} value={draft.b} onChange={(id) => setDraft({ ...draft, b: id })} />
        <label>
          {t('interval')}
          <select value={draft.interval} onChange={(e) => setDraft({ ...draft, interval: e.target.value })}>
            <option value="day">{t('day')}</option>
            <option value="week">{t('week')}</option>
            <option value="month">{t('month')}</option>
          </select>
        </label>
        <button type="submit" data-testid="dyad-submit">
          {t('show')}
        </button>
      </form>
      <Status result={result} retry={retry}>
        {(buckets) =>
          buckets === null ? null : buckets.length === 0 ? (
            <Empty>{t('noEvents')}</Empty>
          ) : (
            <>
              <h2 className="dyad-title" data-testid="dyad-title">
                <ActorLabel value={a} /> ↔ <ActorLabel value={b} />
              </h2>
              <div className="legend">
                {PLOVER_TYPES.filter((p) => buckets.some((bk) => bk.byPlover[p])).map((p) => (
                  <span key={p}>
                    <i style={{ background: PLOVER_COLORS[p] }} /> {p}
                  </span>
                ))}
                {/* qa17: drawn inside the chart, this label was cut off where the chart is narrower than it (one period) */}
                <span data-testid="goldstein-legend">
                  <i className="goldstein-swatch" /> {t('goldsteinMean')}
                </span>
              </div>
              {/* a chart wider than the screen (many periods on a phone) scrolls in its box, not the page */}
              <div className="chart-scroll">
                <Chart buckets={fillPeriods(buckets, (bk) => bk.period, (period) => ({ period, events: 0, goldsteinMean: 0, byPlover: {} }))} picked={picked} onPick={(bk) => setPicked(bk.period)} />
              </div>
              <p className="hint">{t('clickBar')}</p>
              {picked && <Evidence a={a} b={b} period={picked} />}
            </>
          )
        }
      </Status>
    </section>
  );
}
