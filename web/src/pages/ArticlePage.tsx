import { memo, useCallback, useEffect, useMemo, useState } from 'react';
import type { Analysis, Entity } from '../../../src/core/analysis.ts';
import { api } from '../api.ts';
import { href, useLoad } from '../hooks.ts';
import { webLink } from '../links.ts';
import { useT } from '../i18n.ts';
import { Status } from '../components/Status.tsx';
import { EntityName } from '../components/EntityName.tsx';

interface Mark {
  start: number;
  end: number;
  kind: 'mention' | 'quote' | 'trigger' | 'time';
  entity?: Entity;
  label: string;
  quote?: number;
}

type Piece = { start: number; end: number; marks: Mark[] };

/**
 * Splits the text at every annotation boundary; each piece knows the annotations over it (in the order of `marks`).
 * One sweep over the boundaries: the filter of every mark for every piece it replaced took seconds on a long article
 * (4,680 marks, qa16).
 */
export function segments(text: string, marks: Mark[]): Piece[] {
  const cuts = new Set<number>([0, text.length]);
  const starting = new Map<number, number[]>();
  const ending = new Map<number, number[]>();
  marks.forEach((m, i) => {
    cuts.add(m.start);
    cuts.add(m.end);
    if (m.end <= m.start) return; // an empty mark covers no piece
    (starting.get(m.start) ?? starting.set(m.start, []).get(m.start)!).push(i);
    (ending.get(m.end) ?? ending.set(m.end, []).get(m.end)!).push(i);
  });
  const points = [...cuts].filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b);
  const active = new Set<number>();
  // marks that start before the text (none in a valid analysis) are over its first piece, as the filter had them
  marks.forEach((m, i) => {
    if (m.start < 0 && m.end > m.start) active.add(i);
  });
  const out: Piece[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    for (const k of ending.get(start) ?? []) active.delete(k);
    for (const k of starting.get(start) ?? []) active.add(k);
    const end = points[i + 1]!;
    const over = [...active].filter((k) => marks[k]!.end >= end).sort((x, y) => x - y);
    out.push({ start, end, marks: over.map((k) => marks[k]!) });
  }
  return out;
}

function buildMarks(a: Analysis, speakerName: (id: string | null, text: string | null) => string): Mark[] {
  const marks: Mark[] = [];
  for (const e of a.entities) for (const m of e.mentions) marks.push({ start: m.start, end: m.end, kind: 'mention', entity: e, label: [e.nameEn ?? e.name, e.type, e.country, e.actor].filter(Boolean).join(' · ') });
  a.quotes.forEach((q, i) => marks.push({ start: q.start, end: q.end, kind: 'quote', quote: i, label: `${speakerName(q.speaker, q.speakerText)}: ${q.cue.text}` }));
  for (const ev of a.events) marks.push({ start: ev.trigger.start, end: ev.trigger.end, kind: 'trigger', label: `${ev.plover} (CAMEO ${ev.cameo}, ${ev.modality})` });
  for (const t of a.times) marks.push({ start: t.start, end: t.end, kind: 'time', label: `${t.type} ${t.value}` });
  return marks;
}

export function ArticlePage({ id }: { id: number }) {
  const t = useT();
  const [result, retry] = useLoad(() => api.article(id), [id]);
  return (
    <Status result={result} retry={retry}>
      {(article) => {
        const a = article.analysis;
        const byLocal = new Map(a.entities.map((e) => [e.id, e]));
        const storeId = (local: string | null) => (local ? (article.entityIds[local] ?? null) : null);
        const speakerName = (sid: string | null, text: string | null) => {
          const e = sid ? byLocal.get(sid) : undefined;
          return e ? (e.nameEn ? `${e.name} (${e.nameEn})` : e.name) : (text ?? t('anonymous'));
        };
        return <Reader article={article} a={a} byLocal={byLocal} storeId={storeId} speakerName={speakerName} />;
      }}
    </Status>
  );
}

type EntityIds = Record<string, number>;

/** The first piece that ends after `from` (pieces are in text order). */
function firstPieceAfter(pieces: Piece[], from: number): number {
  let lo = 0;
  let hi = pieces.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pieces[mid]!.end > from) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The marked text of [from, to): a span or link per piece, each with its annotations' classes and labels. */
function renderRange(text: string, pieces: Piece[], from: number, to: number, entityIds: EntityIds, onHover: (m: Mark | null) => void) {
  const out = [];
  for (let i = firstPieceAfter(pieces, from); i < pieces.length && pieces[i]!.start < to; i++) {
    const piece = pieces[i]!;
    // A piece may run past a line end when no annotation cuts it there: clip it to this paragraph.
    const p = { ...piece, start: Math.max(piece.start, from), end: Math.min(piece.end, to) };
    const slice = text.slice(p.start, p.end);
    const mention = p.marks.filter((m) => m.kind === 'mention').sort((x, y) => x.end - x.start - (y.end - y.start))[0];
    const cls = [
      mention ? `mention type-${mention.entity!.type}` : '',
      p.marks.some((m) => m.kind === 'quote') ? 'quote' : '',
      p.marks.some((m) => m.kind === 'trigger') ? 'trigger' : '',
      p.marks.some((m) => m.kind === 'time') ? 'time' : '',
    ].filter(Boolean).join(' ');
    if (!cls) {
      out.push(<span key={p.start}>{slice}</span>);
      continue;
    }
    const target = mention ?? p.marks[0]!;
    const sid = mention ? (entityIds[mention.entity!.id] ?? null) : null;
    const title = p.marks.map((m) => m.label).join('\n');
    const props = { className: cls, title, onMouseEnter: () => onHover(target), onMouseLeave: () => onHover(null), 'data-kind': target.kind };
    out.push(
      sid ? (
        <a key={p.start} href={href(`entity/${sid}`)} {...props}>
          {slice}
        </a>
      ) : (
        <span key={p.start} {...props}>
          {slice}
        </span>
      ),
    );
  }
  return out;
}

/**
 * The article's marked title and body, apart from the hover card: a hover changes the card only. Until qa17 every
 * hover rendered every mark of the text again (1.0 s a hover on a 144,363-character article, qa16).
 */
const MarkedTitle = memo(function MarkedTitle({ text, pieces, to, entityIds, onHover }: { text: string; pieces: Piece[]; to: number; entityIds: EntityIds; onHover: (m: Mark | null) => void }) {
  return <>{renderRange(text, pieces, 0, to, entityIds, onHover)}</>;
});

const ArticleText = memo(function ArticleText({ text, pieces, bodyStart, entityIds, onHover }: { text: string; pieces: Piece[]; bodyStart: number; entityIds: EntityIds; onHover: (m: Mark | null) => void }) {
  // counts the renders that reach the page (test/e2e/web.test.ts reads it: a hover must not render the text again)
  useEffect(() => {
    const w = window as unknown as { __rasdArticleTextRenders?: number };
    w.__rasdArticleTextRenders = (w.__rasdArticleTextRenders ?? 0) + 1;
  });
  const paragraphs: Array<[number, number]> = [];
  let at = bodyStart;
  for (const line of text.slice(bodyStart).split('\n')) {
    if (line.trim()) paragraphs.push([at, at + line.length]);
    at += line.length + 1;
  }
  return (
    <div className="article-text ar" dir="rtl" lang="ar" data-testid="article-text">
      {paragraphs.map(([s, e]) => (
        <p key={s}>{renderRange(text, pieces, s, e, entityIds, onHover)}</p>
      ))}
    </div>
  );
});

function Reader({ article, a, byLocal, storeId, speakerName }: {
  article: Awaited<ReturnType<typeof api.article>>;
  a: Analysis;
  byLocal: Map<string, Entity>;
  storeId: (local: string | null) => number | null;
  speakerName: (sid: string | null, text: string | null) => string;
}) {
  const t = useT();
  const [hover, setHover] = useState<Mark | null>(null);
  const onHover = useCallback((m: Mark | null) => setHover(m), []);
  const marks = useMemo(() => buildMarks(a, speakerName), [a]);
  const pieces = useMemo(() => segments(a.document.text, marks), [a, marks]);
  const bodyStart = a.document.title ? a.document.title.length + 2 : 0;
  return (
    <article className="page article-page">
      <header>
        <h1 className="ar" dir="rtl" data-testid="article-title">
          {a.document.title ? <MarkedTitle text={a.document.text} pieces={pieces} to={a.document.title.length} entityIds={article.entityIds} onHover={onHover} /> : t('untitled')}
        </h1>
        <div className="meta">
          {a.document.date} · {a.document.source}
          {webLink(article.url) && (
            <>
              {' · '}
              <a href={webLink(article.url)!} rel="noreferrer noopener" target="_blank">
                {t('openSource')}
              </a>
            </>
          )}
          {article.storyArticles.length > 0 && (
            <span>
              {' · '}
              {t('sameStory')}:{' '}
              {article.storyArticles.map((sid) => (
                <a key={sid} href={href(`article/${sid}`)}>
                  #{sid}{' '}
                </a>
              ))}
            </span>
          )}
        </div>
      </header>
      <div className="reader-layout">
        <ArticleText text={a.document.text} pieces={pieces} bodyStart={bodyStart} entityIds={article.entityIds} onHover={onHover} />
        <aside className="facts">
          {hover && (
            <div className="hover-card" data-testid="hover-card">
              {hover.entity ? <EntityName entity={{ ...hover.entity, id: storeId(hover.entity.id) }} /> : null}
              <div className="detail">{hover.label}</div>
            </div>
          )}
          <h2>{t('entities')} ({a.entities.length})</h2>
          <ul className="entity-list">
            {a.entities.map((e) => (
              <li key={e.id}>
                <EntityName entity={{ ...e, id: storeId(e.id) }} /> <small>×{e.mentions.length}</small>
              </li>
            ))}
          </ul>
          <h2>{t('quotes')} ({a.quotes.length})</h2>
          <ul className="quote-list">
            {a.quotes.map((q, i) => (
              <li key={i}>
                <strong>{speakerName(q.speaker, q.speakerText)}</strong>
                {q.via && byLocal.get(q.via) && (
                  <small>
                    {' '}
                    {t('via')} {byLocal.get(q.via)!.nameEn ?? byLocal.get(q.via)!.name}
                  </small>
                )}
                <p className="ar" dir="rtl">
                  {q.direct ? '«' : ''}
                  {q.text}
                  {q.direct ? '»' : ''}
                </p>
              </li>
            ))}
          </ul>
          <h2>{t('events')} ({a.events.length})</h2>
          <ul className="event-list">
            {a.events.map((ev, i) => {
              const src = ev.source ? byLocal.get(ev.source) : undefined;
              const tgt = ev.target ? byLocal.get(ev.target) : undefined;
              return (
                <li key={i}>
                  <span className={`plover plover-${ev.plover}`}>{ev.plover}</span> {src ? (src.nameEn ?? src.name) : (ev.sourceActor ?? '—')} → {tgt ? (tgt.nameEn ?? tgt.name) : (ev.targetActor ?? '—')}{' '}
                  <small>
                    {ev.modality} · CAMEO {ev.cameo} · {ev.goldstein}
                    {ev.date ? ` · ${ev.date}` : ''}
                    {ev.standing === 'fallback' ? ` · ${t('fallback')}` : ''}
                  </small>
                </li>
              );
            })}
          </ul>
          <h2>{t('times')} ({a.times.length})</h2>
          <ul>
            {a.times.map((tm, i) => (
              <li key={i}>
                <bdi>{tm.text}</bdi> → <code>{tm.value}</code>
              </li>
            ))}
          </ul>
        </aside>
      </div>
    </article>
  );
}
