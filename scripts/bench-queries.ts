/**
 * A realistic, deterministic workload for the store benchmarks: 1,000+
 * distinct searches and hundreds of distinct entity profiles, drawn from the
 * store's own vocabulary so that a load test is not a cache test.
 *
 * - single words over the whole frequency range of the search index
 *   (fts5vocab): the commonest words (في، قال: the worst case for counting
 *   and ranking), mid-frequency words and rare ones;
 * - entity names as stored (often two words: دونالد ترامب);
 * - two-word queries cut from article titles;
 * - words with an attached clitic (بموسكو, والرئيس);
 * - filtered searches: date ranges, a source, an entity, an event type, page 2.
 * Entity profiles: the 100 most mentioned entities and 400 more drawn from
 * those in at least two articles. Entities are named by their store key, so
 * the same workload can be replayed on another engine holding the same data
 * (ids differ between engines).
 *
 * Draws use a fixed-seed PRNG over rows in a fixed order: the same store
 * gives the same workload.
 */
import type Database from 'better-sqlite3';
import type { SearchQuery } from '../src/store/store.ts';
import { tokenize } from '../src/text/tokenize.ts';
import { seededRandom } from '../src/ner/train.ts';

export interface BenchSearch {
  q?: string;
  from?: string;
  to?: string;
  source?: string;
  /** Entity filter, by store key. */
  entityKey?: string;
  eventType?: string;
  page?: number;
}

export interface Workload {
  searches: BenchSearch[];
  /** Entity keys to profile. */
  profiles: string[];
}


function draw<T>(rand: () => number, items: T[], n: number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < n && pool.length) out.push(pool.splice(Math.floor(rand() * pool.length), 1)[0]!);
  return out;
}

const ARABIC_WORD = /^[\u0621-\u064a]{3,}$/;

export function buildWorkload(db: Database.Database): Workload {
  const rand = seededRandom(20251129);
  db.exec('CREATE VIRTUAL TABLE IF NOT EXISTS temp.bench_vocab USING fts5vocab(main, articles_fts, row)');
  const vocab = (db.prepare('SELECT term, doc FROM temp.bench_vocab WHERE doc >= 3 ORDER BY doc DESC, term').all() as Array<{ term: string; doc: number }>).filter((v) =>
    ARABIC_WORD.test(v.term),
  );
  const common = vocab.slice(0, 300).map((v) => v.term);
  const mid = vocab.filter((v) => v.doc < 2000 && v.doc >= 20).map((v) => v.term);
  const rare = vocab.filter((v) => v.doc < 20).map((v) => v.term);
  const entities = db.prepare('SELECT key, name FROM entities WHERE articles >= 2 ORDER BY articles DESC, key').all() as Array<{ key: string; name: string }>;
  const titles = db.prepare("SELECT title FROM articles WHERE title IS NOT NULL AND title != '' ORDER BY content_hash LIMIT 4000").pluck().all() as string[];
  const sources = db.prepare('SELECT source FROM articles WHERE source IS NOT NULL GROUP BY source ORDER BY count(*) DESC').pluck().all() as string[];
  const plovers = db.prepare('SELECT plover FROM events GROUP BY plover ORDER BY count(*) DESC LIMIT 8').pluck().all() as string[];
  const years = (db.prepare('SELECT DISTINCT substr(date, 1, 4) FROM articles WHERE date IS NOT NULL ORDER BY 1').pluck().all() as string[]).filter((y) => /^\d{4}$/.test(y));

  const pairs: string[] = [];
  for (const t of titles) {
    const words = tokenize(t).filter((k) => k.kind === 'arabic' && k.text.length >= 3).map((k) => k.text);
    for (let i = 0; i + 1 < words.length; i += 3) pairs.push(`${words[i]} ${words[i + 1]}`);
  }

  const searches: BenchSearch[] = [];
  const seen = new Set<string>();
  const add = (s: BenchSearch) => {
    const key = JSON.stringify(s);
    if (!seen.has(key)) (seen.add(key), searches.push(s));
  };
  for (const q of draw(rand, common, 150)) add({ q });
  for (const q of draw(rand, mid, 350)) add({ q });
  for (const q of draw(rand, rare, 100)) add({ q });
  for (const e of draw(rand, entities.slice(0, 600), 250)) add({ q: e.name });
  for (const q of draw(rand, pairs, 200)) add({ q });
  for (const q of draw(rand, mid, 60)) add({ q: ['ب', 'و', 'ل', 'وب'][Math.floor(rand() * 4)]! + q.replace(/^ال/, rand() < 0.5 ? 'ال' : '') });
  const filterable = draw(rand, [...common.slice(0, 100), ...mid.slice(0, 400)], 200);
  filterable.forEach((q, i) => {
    const y = years[Math.floor(rand() * years.length)] ?? '2017';
    switch (i % 5) {
      case 0:
        add({ q, from: `${y}-01-01`, to: `${y}-12-31` });
        break;
      case 1:
        add({ q, source: sources[Math.floor(rand() * sources.length)] });
        break;
      case 2:
        add({ q, entityKey: entities[Math.floor(rand() * Math.min(200, entities.length))]?.key });
        break;
      case 3:
        add({ q, eventType: plovers[Math.floor(rand() * plovers.length)] });
        break;
      default:
        add({ q, page: 2 });
    }
  });
  // no text: a filter alone (the newest articles of a source, of an entity, in a month)
  for (let i = 0; i < 40; i++) {
    const y = years[Math.floor(rand() * years.length)] ?? '2017';
    const m = String(1 + Math.floor(rand() * 12)).padStart(2, '0');
    if (i % 2) add({ from: `${y}-${m}-01`, to: `${y}-${m}-28` });
    else add({ entityKey: entities[Math.floor(rand() * Math.min(300, entities.length))]?.key });
  }
  const profiles = [...entities.slice(0, 100).map((e) => e.key), ...draw(rand, entities.slice(100), 400).map((e) => e.key)];
  // interleave the kinds, so that any stretch of a run sees all of them
  return { searches: draw(rand, searches, searches.length), profiles: draw(rand, profiles, profiles.length) };
}

/** A bench search as a store query, entity keys resolved to this store's ids (unknown keys dropped). */
export function toSearchQuery(s: BenchSearch, idOf: (key: string) => number | undefined): SearchQuery {
  const { entityKey, ...rest } = s;
  const out: SearchQuery = { ...rest };
  if (entityKey !== undefined) {
    const id = idOf(entityKey);
    if (id !== undefined) out.entity = id;
  }
  return out;
}

/** The /api/search path for a store query. */
export function searchPath(q: SearchQuery): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) if (v !== undefined) p.set(k, String(v));
  return `/api/search?${p}`;
}
