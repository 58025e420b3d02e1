/**
 * What every store engine derives from an analysis for its rows, written once
 * so SQLite and PostgreSQL store the same values.
 */
import type { Analysis, Entity } from '../core/analysis.ts';
import { normalize } from '../text/normalize.ts';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type ActorRef, type DyadQuery, type EntityRecord, type EventQuery, type EventRecord, type Paging, type PlaceCount, type PlaceQuery, type QuoteQuery, type QuoteRecord, type SearchHit, type SearchQuery, type StoredArticle } from './store.ts';
import { makeSnippet, type ParsedQuery, type Segmenter } from './search-terms.ts';

/** The sentence an event was found in, kept with the event as its evidence. */
export function evidenceOf(a: Analysis, sentence: number): string | null {
  const s = a.sentences[sentence];
  return s ? a.document.text.slice(s.start, s.end) : null;
}

/** Pages of a listing: 1-based page, page size within the store's bounds, and the row offset. */
export function pageOf(p: Paging): { page: number; pageSize: number; offset: number } {
  const page = Math.max(1, Math.floor(p.page ?? 1));
  const pageSize = Math.min(MAX_PAGE_SIZE, Math.max(1, Math.floor(p.pageSize ?? DEFAULT_PAGE_SIZE)));
  return { page, pageSize, offset: (page - 1) * pageSize };
}

/** Analysis JSON as stored: the text lives in its own column. */
export function packAnalysis(a: Analysis): string {
  return JSON.stringify({ ...a, document: { ...a.document, text: undefined } });
}

export function unpackAnalysis(json: string, text: string): Analysis {
  const a = JSON.parse(json) as Analysis;
  a.document.text = text;
  return a;
}

/** A condition on one side of an event (alias e): a store entity, or an actor or country code; `?` placeholders. */
export function actorCondition(side: 'source' | 'target', ref: ActorRef, params: unknown[]): string {
  if ('entity' in ref) {
    params.push(ref.entity);
    return `e.${side}_id = ?`;
  }
  params.push(ref.code, ref.code);
  return `(e.${side}_actor = ? OR e.${side}_country = ?)`;
}

/** Escapes LIKE wildcards in user text (backslash: PostgreSQL's default LIKE escape, SQLite's with ESCAPE '\'). */
export function likeEscape(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Upper bound for a prefix range scan: every string starting with `prefix` sorts below it. */
export function prefixEnd(prefix: string): string {
  return prefix + '\uffff';
}

/** A LIKE condition on `column` against one escaped parameter, in an engine's SQL; `caseless` folds ASCII case. */
export type LikeSql = (column: string, caseless: boolean) => string;

/** The WHERE conditions of an event listing (`e` the events table), their parameters pushed onto `params`. */
export function eventConditions(q: EventQuery, params: unknown[], like: LikeSql): string[] {
  const where: string[] = [];
  if (q.source) where.push(actorCondition('source', q.source, params));
  if (q.target) where.push(actorCondition('target', q.target, params));
  if (q.actor) where.push(`(${actorCondition('source', q.actor, params)} OR ${actorCondition('target', q.actor, params)})`);
  if (q.plover) (where.push('e.plover = ?'), params.push(q.plover));
  if (q.cameo) (where.push(like('e.cameo', false)), params.push(`${likeEscape(q.cameo)}%`));
  if (q.modality) (where.push('e.modality = ?'), params.push(q.modality));
  if (q.from) (where.push('e.day >= ?'), params.push(q.from));
  if (q.to) (where.push('e.day <= ?'), params.push(q.to));
  return where;
}

/** The WHERE conditions of a quote listing (`q` the quotes table): speaker, words of the quote, dates. */
export function quoteConditions(q: QuoteQuery, params: unknown[], like: LikeSql): string[] {
  const where: string[] = [];
  if (q.speaker !== undefined) (where.push('q.speaker_id = ?'), params.push(q.speaker));
  if (q.text) {
    const t = normalize(q.text).replace(/\s+/g, ' ').trim();
    if (t) (where.push(like('q.text_norm', true)), params.push(`%${likeEscape(t)}%`));
  }
  if (q.from) (where.push('q.date >= ?'), params.push(q.from));
  if (q.to) (where.push('q.date <= ?'), params.push(q.to));
  return where;
}

/** The WHERE conditions of a dyad's events (`e`): the two sides (either way round unless directed), dated, dates. */
export function dyadConditions(q: DyadQuery, params: unknown[]): string[] {
  const ab = `(${actorCondition('source', q.a, params)} AND ${actorCondition('target', q.b, params)})`;
  let cond = ab;
  if (!q.directed) cond = `(${ab} OR (${actorCondition('source', q.b, params)} AND ${actorCondition('target', q.a, params)}))`;
  const where = [cond, 'e.day IS NOT NULL'];
  if (q.from) (where.push('e.day >= ?'), params.push(q.from));
  if (q.to) (where.push('e.day <= ?'), params.push(q.to));
  return where;
}

/** The WHERE conditions of the map's places (`p` places, `a` their articles) and how many places at most. */
export function placeConditions(q: PlaceQuery, params: unknown[]): { where: string[]; limit: number } {
  const where = ['p.entity_id IS NOT NULL'];
  if (q.from) (where.push('a.date >= ?'), params.push(q.from));
  if (q.to) (where.push('a.date <= ?'), params.push(q.to));
  if (q.plover) (where.push('EXISTS (SELECT 1 FROM events e WHERE e.article_id = p.article_id AND e.plover = ?)'), params.push(q.plover));
  return { where, limit: Math.min(2000, Math.max(1, Math.floor(q.limit ?? 500))) };
}

/** An article's listing fields, as both engines' rows name them. */
interface ArticleFields {
  id: number;
  title: string | null;
  date: string | null;
  source: string | null;
  url: string | null;
  story_id: number | null;
}

export interface ArticleRow extends ArticleFields {
  content_hash: string;
  analysis_version: string;
  ingested_at: string;
  analysis: string;
  text: string;
}

/** A stored article from its row, its entities' store ids by local id, and the other articles of its story. */
export function storedArticle(row: ArticleRow, entityIds: Record<string, number>, storyArticles: number[]): StoredArticle {
  return {
    id: row.id,
    title: row.title,
    date: row.date,
    source: row.source,
    url: row.url,
    storyId: row.story_id,
    contentHash: row.content_hash,
    analysisVersion: row.analysis_version,
    ingestedAt: row.ingested_at,
    storyArticles,
    entityIds,
    analysis: unpackAnalysis(row.analysis, row.text),
  };
}

// Rows as both engines' queries return them (same column names, same SQL for the joins), and the records they become.

export interface EntityRow {
  id: number;
  key: string;
  kb_id: string | null;
  type: string;
  name: string;
  name_en: string | null;
  country: string | null;
  actor: string | null;
  articles: number;
}

export function toEntity(r: EntityRow): EntityRecord {
  return { id: r.id, key: r.key, kbId: r.kb_id, type: r.type, name: r.name, nameEn: r.name_en, country: r.country, actor: r.actor, articles: r.articles };
}

export interface QuoteRow {
  id: number;
  article_id: number;
  date: string | null;
  speaker_id: number | null;
  speaker_name: string | null;
  speaker_text: string | null;
  via_id: number | null;
  cue_text: string;
  direct: number;
  start: number;
  end: number;
  text: string;
}

/**
 * Rows the canonical dump lists (each as JSON, sorted) after articles and entities: the same SQL on
 * both engines, so that their dumps of the same knowledge are the same text.
 */
export const DUMP_ROW_QUERIES: readonly string[] = [
  'SELECT a.content_hash, e.key, ae.mentions FROM article_entities ae JOIN articles a ON a.id = ae.article_id JOIN entities e ON e.id = ae.entity_id',
  'SELECT a.content_hash, e.ord, e.plover, e.cameo, e.day, e.standing FROM events e JOIN articles a ON a.id = e.article_id',
  'SELECT a.content_hash, q.ord, q.text FROM quotes q JOIN articles a ON a.id = q.article_id',
  'SELECT articles, sources, first_date FROM stories',
];

export const QUOTE_SELECT = `SELECT q.id, q.article_id, q.date, q.speaker_id, s.name AS speaker_name, q.speaker_text, q.via_id, q.cue_text, q.direct, q.start, q."end" AS "end", q.text
  FROM quotes q LEFT JOIN entities s ON s.id = q.speaker_id`;

export function toQuote(r: QuoteRow): QuoteRecord {
  return {
    id: r.id,
    articleId: r.article_id,
    date: r.date,
    speakerId: r.speaker_id,
    speakerName: r.speaker_name,
    speakerText: r.speaker_text,
    viaId: r.via_id,
    cue: r.cue_text,
    direct: r.direct === 1,
    start: r.start,
    end: r.end,
    text: r.text,
  };
}

export interface EventRow {
  id: number;
  evidence: string | null;
  article_id: number;
  day: string | null;
  date: string | null;
  plover: string;
  mode: string | null;
  cameo: string;
  quad_class: number;
  goldstein: number;
  source_id: number | null;
  target_id: number | null;
  source_name: string | null;
  target_name: string | null;
  source_name_en: string | null;
  target_name_en: string | null;
  source_actor: string | null;
  target_actor: string | null;
  source_country: string | null;
  target_country: string | null;
  location_id: number | null;
  modality: string;
  trigger_text: string;
  sentence: number;
  standing: string | null;
  num_sources: number | null;
  url: string | null;
}

export const EVENT_SELECT = `SELECT e.id, e.article_id, e.day, e.date, e.plover, e.mode, e.cameo, e.quad_class, e.goldstein, e.source_id, e.target_id,
  se.name AS source_name, te.name AS target_name, se.name_en AS source_name_en, te.name_en AS target_name_en, e.source_actor, e.target_actor, e.source_country, e.target_country, e.location_id,
  e.modality, e.trigger_text, e.sentence, e.standing, e.evidence, st.sources AS num_sources, a.url
  FROM events e JOIN articles a ON a.id = e.article_id LEFT JOIN stories st ON st.id = a.story_id
  LEFT JOIN entities se ON se.id = e.source_id LEFT JOIN entities te ON te.id = e.target_id`;

export function toEvent(r: EventRow): EventRecord {
  return {
    id: r.id,
    evidence: r.evidence,
    articleId: r.article_id,
    day: r.day,
    date: r.date,
    plover: r.plover,
    mode: r.mode,
    cameo: r.cameo,
    quadClass: r.quad_class,
    goldstein: r.goldstein,
    sourceId: r.source_id,
    targetId: r.target_id,
    sourceName: r.source_name,
    targetName: r.target_name,
    sourceNameEn: r.source_name_en,
    targetNameEn: r.target_name_en,
    sourceActor: r.source_actor,
    targetActor: r.target_actor,
    sourceCountry: r.source_country,
    targetCountry: r.target_country,
    locationId: r.location_id,
    modality: r.modality,
    trigger: r.trigger_text,
    sentence: r.sentence,
    standing: r.standing ?? null,
    numSources: r.num_sources ?? 1,
    url: r.url,
  };
}

/** A search hit's row: the article's fields and its whole text. */
export interface HitRow extends ArticleFields {
  text: string;
}

/** A page of search hits in `ids` order (rows may come back in any order), each with its snippet. */
export function hitPage(ids: number[], rows: HitRow[], parsed: ParsedQuery, segment: Segmenter): SearchHit[] {
  const byId = new Map<number, HitRow>();
  for (const r of rows) byId.set(r.id, r);
  const items: SearchHit[] = [];
  for (const id of ids) {
    const r = byId.get(id);
    if (!r) continue;
    items.push({ id: r.id, title: r.title, date: r.date, source: r.source, url: r.url, storyId: r.story_id, ...makeSnippet(r.text, parsed, segment) });
  }
  return items;
}

/**
 * A search's filters as SQL conditions over `a` (the article row: date, source) and `id` (the
 * article id expression the engine's text match yields, or a.id), with their parameters appended to
 * `params`; `facets` says whether any needs the article's date or source. Both engines build the
 * same conditions; only the id expression differs.
 */
export function searchFilters(query: SearchQuery, id: string, params: unknown[]): { where: string[]; facets: boolean } {
  const where: string[] = [];
  if (query.from) (where.push('a.date >= ?'), params.push(query.from));
  if (query.to) (where.push('a.date <= ?'), params.push(query.to));
  if (query.source) (where.push('a.source = ?'), params.push(query.source));
  if (query.entity !== undefined) (where.push(`${id} IN (SELECT article_id FROM article_entities WHERE entity_id = ?)`), params.push(query.entity));
  if (query.eventType) (where.push(`EXISTS (SELECT 1 FROM events e WHERE e.article_id = ${id} AND e.plover = ?)`), params.push(query.eventType));
  return { where, facets: !!(query.from || query.to || query.source) };
}

/** One entity of the map as both engines' place queries return it: its averaged point, articles and events. */
export interface PlaceRow {
  entity_id: number;
  name: string;
  name_en: string | null;
  lat: number;
  lon: number;
  country: string | null;
  feature: string;
  articles: number;
  events: number;
}

/** The map's places: each row at its commonest point (`points`, commonestPoints) where it has one. */
export function placeCounts(rows: PlaceRow[], points: Map<number, PlacePointRow>): PlaceCount[] {
  return rows.map((r) => {
    const p = points.get(r.entity_id) ?? r;
    return { entityId: r.entity_id, name: r.name, nameEn: r.name_en, lat: p.lat, lon: p.lon, country: p.country, feature: p.feature, articles: r.articles, events: r.events };
  });
}

/** One place row group: an entity at a point, and in how many articles. */
export interface PlacePointRow {
  entity_id: number;
  lat: number;
  lon: number;
  country: string | null;
  feature: string;
  n: number;
}

/**
 * The map's point for each entity: the (lat, lon, country, feature) most of its articles give, ties to the smallest.
 * The places stage can put one entity at two points (a country named by its capital: the country's point and the
 * capital's), and the store averaged them: the United States sat in Missouri, and the two engines named different
 * features (qa11). The point is read over all of an entity's rows, so a date filter does not move it.
 */
export function commonestPoints(rows: PlacePointRow[]): Map<number, PlacePointRow> {
  const key = (r: PlacePointRow) => [r.lat, r.lon, r.country ?? '', r.feature] as const;
  const before = (a: PlacePointRow, b: PlacePointRow) => {
    if (a.n !== b.n) return a.n > b.n;
    const ka = key(a), kb = key(b);
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i]! < kb[i]!;
    return false;
  };
  const out = new Map<number, PlacePointRow>();
  for (const r of rows) {
    const cur = out.get(r.entity_id);
    if (!cur || before(r, cur)) out.set(r.entity_id, r);
  }
  return out;
}
