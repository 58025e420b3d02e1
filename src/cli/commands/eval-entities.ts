/**
 * rasd eval entities [--json] [--verbose] [GOLD.jsonl ...]: precision and
 * recall of entity linking, of title resolution and geocoding accuracy
 * against the hand-made gold in test/gold/entities/*.jsonl (method in
 * docs/knowledge-base.md, "Gold and evaluation").
 *
 * Linking. A system entity counts when it has a KB id or an English name. It
 * matches a gold entity by KB id when both have one (`altKbIds` lists other
 * acceptable ids), else by English name (`nameEn` or one of `alt`), compared
 * case-insensitively without accents, "al-" and hyphen/space/apostrophe
 * variants. System entities with the same key are one entity; MISC entities
 * are not scored (the gold has PER, ORG and LOC only). Precision =
 * matched system entities / system entities; recall = gold entities found /
 * gold entities. Gold entities marked `titleOnly` (a person the text names only
 * by title) may be matched but are not counted in recall. Figures are given
 * for all entities, for those the KB covers (gold: with a kbId; system: with a
 * KB id) and per type (recall by the gold type, precision by the system type).
 *
 * Titles. A system title mention is right when it overlaps a gold title
 * mention and its entity matches that title's person; precision = right /
 * system title mentions, recall = gold title mentions with a right system
 * mention (or a name mention that contains the title, as الملك سلمان) / gold
 * title mentions.
 *
 * Geocoding. Gold places with coordinates: the matched system entity's place
 * within 25 km (missing entities count as failures; also given over found).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createAnalyzer } from '../../analyzer.ts';
import { loadResources } from '../../resources/load.ts';
import { readArticles } from '../../readers/index.ts';
import { REPO_ROOT, resolveArticlePath } from '../../kb/shared.ts';
import type { Analysis, Entity } from '../../core/analysis.ts';

interface GoldEntity {
  type: string;
  nameEn: string;
  alt?: string[];
  kbId: string | null;
  altKbIds?: string[];
  country: string | null;
  lat?: number;
  lon?: number;
  titleOnly?: boolean;
}
interface GoldTitle { start: number; end: number; text?: string; nameEn: string; kbId?: string | null }
interface GoldDoc { article: string; date?: string; entities: GoldEntity[]; titles: GoldTitle[] }

type Counts = { sys: number; sysOk: number; gold: number; goldOk: number };
const counts = (): Counts => ({ sys: 0, sysOk: 0, gold: 0, goldOk: 0 });

function km(a: [number, number], b: [number, number]): number {
  const r = Math.PI / 180;
  const d = Math.sin(((b[0] - a[0]) * r) / 2) ** 2 + Math.cos(a[0] * r) * Math.cos(b[0] * r) * Math.sin(((b[1] - a[1]) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(d));
}

/** English names compared without case, accents, "al-"/"el-" and separators. */
export function normalizeName(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\b(al|el)[-\s]/g, '')
    .replace(/[-\s'’‘`.]/g, '');
}

const realKbId = (id: string | null): string | null => (id && !id.startsWith('x:') ? id : null);

/** Does the system entity (KB id, English name) denote the gold entity? */
export function matches(g: GoldEntity, kbId: string | null, nameEn: string | null): boolean {
  const sk = realKbId(kbId);
  if (sk && g.kbId) return g.kbId === sk || !!g.altKbIds?.includes(sk);
  if (sk && g.altKbIds?.includes(sk)) return true;
  if (!nameEn) return false;
  const n = normalizeName(nameEn);
  return [g.nameEn, ...(g.alt ?? [])].some((x) => normalizeName(x) === n);
}

const pct = (a: number, b: number) => (b ? Math.round((1000 * a) / b) / 10 : null);

interface DocErrors { article: string; falsePositives: string[]; wrongLinks: string[]; misses: string[]; titleErrors: string[]; geoErrors: string[] }

function describe(e: Entity): string {
  const surf = [...new Set(e.mentions.map((m) => m.text))].slice(0, 3).join('|');
  return `${e.type} ${e.nameEn ?? '?'} [${e.kbId ?? '-'}] «${surf}»`;
}

export async function run(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const verbose = argv.includes('--verbose');
  const paths = argv.filter((a) => !a.startsWith('--'));
  const dir = join(REPO_ROOT, 'test/gold/entities');
  const files = paths.length ? paths : readdirSync(dir).filter((f) => f.endsWith('.jsonl')).map((f) => join(dir, f));
  const gold: GoldDoc[] = files.flatMap((f) =>
    readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l)).filter((o) => typeof o.article === 'string'),
  );
  const analyzer = createAnalyzer(loadResources());
  const all = counts(), kb = counts();
  const byType: Record<string, Counts> = { PER: counts(), ORG: counts(), LOC: counts() };
  let tSys = 0, tSysOk = 0, tGold = 0, tGoldOk = 0, geo = 0, geoFound = 0, geoOk = 0, docs = 0;
  const errors: DocErrors[] = [];
  for (const g of gold) {
    const path = resolveArticlePath(g.article);
    if (!path) {
      console.error(`skip ${g.article}: ../shared not found`);
      continue;
    }
    const [item] = readArticles(readFileSync(path, 'utf8'));
    if (!item?.article) continue;
    docs++;
    const a: Analysis = analyzer.analyzeArticle(item.article);
    const err: DocErrors = { article: g.article, falsePositives: [], wrongLinks: [], misses: [], titleErrors: [], geoErrors: [] };
    // One system entity per key (KB id, else normalized English name).
    const sysEntities = new Map<string, Entity>();
    for (const e of a.entities) {
      // The gold lists people, organizations and places; MISC (events, laws, products) is not scored.
      if (e.type === 'MISC') continue;
      const k = realKbId(e.kbId) ?? (e.nameEn ? `en:${normalizeName(e.nameEn)}` : null);
      if (k && !sysEntities.has(k)) sysEntities.set(k, e);
    }
    const found = new Set<GoldEntity>();
    for (const e of sysEntities.values()) {
      const hit = g.entities.filter((ge) => matches(ge, e.kbId, e.nameEn));
      const t = byType[e.type] ?? (byType[e.type] = counts());
      const onKb = !!realKbId(e.kbId);
      all.sys++; t.sys++; if (onKb) kb.sys++;
      if (hit.length) {
        all.sysOk++; t.sysOk++; if (onKb) kb.sysOk++;
        for (const h of hit) found.add(h);
      } else if (e.nameEn && g.entities.some((ge) => [ge.nameEn, ...(ge.alt ?? [])].some((x) => normalizeName(x) === normalizeName(e.nameEn!)))) {
        err.wrongLinks.push(describe(e));
      } else err.falsePositives.push(describe(e));
    }
    for (const ge of g.entities) {
      if (ge.titleOnly) continue;
      const t = byType[ge.type] ?? (byType[ge.type] = counts());
      all.gold++; t.gold++; if (ge.kbId) kb.gold++;
      if (found.has(ge)) {
        all.goldOk++; t.goldOk++; if (ge.kbId) kb.goldOk++;
      } else err.misses.push(`${ge.type} ${ge.nameEn} [${ge.kbId ?? '-'}]`);
    }
    // Titles.
    const sysTitles = a.entities.flatMap((e) => e.mentions.filter((m) => m.kind === 'title').map((m) => ({ m, e })));
    const goldEntity = (t: GoldTitle): GoldEntity =>
      g.entities.find((ge) => ge.nameEn === t.nameEn) ?? { type: 'PER', nameEn: t.nameEn, kbId: t.kbId ?? null, country: null };
    const overlaps = (s: { start: number; end: number }, t: GoldTitle) => s.start < t.end && t.start < s.end;
    tSys += sysTitles.length;
    tGold += g.titles.length;
    for (const { m, e } of sysTitles) {
      const gts = g.titles.filter((t) => overlaps(m, t));
      if (gts.some((t) => matches(goldEntity(t), e.kbId, e.nameEn))) tSysOk++;
      else err.titleErrors.push(`system «${m.text}»@${m.start} → ${e.nameEn ?? '?'}; gold: ${gts.map((t) => t.nameEn).join(', ') || 'none'}`);
    }
    // A name mention that includes the title (الملك سلمان as one KB name) also resolves it.
    const covering = a.entities.flatMap((e) => e.mentions.filter((m) => m.kind === 'name').map((m) => ({ m, e })));
    for (const t of g.titles) {
      const ok =
        sysTitles.some(({ m, e }) => overlaps(m, t) && matches(goldEntity(t), e.kbId, e.nameEn)) ||
        covering.some(({ m, e }) => m.start <= t.start && t.end <= m.end && matches(goldEntity(t), e.kbId, e.nameEn));
      if (ok) tGoldOk++;
      else if (!sysTitles.some(({ m }) => overlaps(m, t))) err.titleErrors.push(`missed «${t.text ?? ''}»@${t.start} → ${t.nameEn}`);
    }
    // Geocoding.
    for (const ge of g.entities) {
      if (ge.lat === undefined || ge.lon === undefined) continue;
      geo++;
      // The closest place among the system entities that match (واشنطن may be both the city and the country).
      const cands = [...sysEntities.values()].filter((x) => matches(ge, x.kbId, x.nameEn));
      const e = cands[0];
      const p = cands
        .flatMap((x) => a.places.filter((pl) => pl.entity === x.id))
        .sort((p1, p2) => km([p1.lat, p1.lon], [ge.lat!, ge.lon!]) - km([p2.lat, p2.lon], [ge.lat!, ge.lon!]))[0];
      if (!p) {
        if (e) err.geoErrors.push(`${ge.nameEn}: found, no coordinates`);
        continue;
      }
      geoFound++;
      const d = km([p.lat, p.lon], [ge.lat, ge.lon]);
      if (d <= 25) geoOk++;
      else err.geoErrors.push(`${ge.nameEn}: ${d.toFixed(0)} km off`);
    }
    errors.push(err);
  }
  const pr = (c: Counts) => ({ precision: pct(c.sysOk, c.sys), recall: pct(c.goldOk, c.gold), ...c });
  const result = {
    articles: docs,
    linking: { all: pr(all), kbCovered: pr(kb), byType: Object.fromEntries(Object.entries(byType).map(([k, v]) => [k, pr(v)])) },
    titles: { precision: pct(tSysOk, tSys), recall: pct(tGoldOk, tGold), sys: tSys, sysOk: tSysOk, gold: tGold, goldOk: tGoldOk },
    geocoding: { within25km: pct(geoOk, geo), ofFound: pct(geoOk, geoFound), ok: geoOk, found: geoFound, gold: geo },
    ...(verbose ? { errors } : {}),
  };
  if (json) {
    console.log(JSON.stringify(result, null, 2));
    return 0;
  }
  const line = (c: Counts) => `precision ${pct(c.sysOk, c.sys) ?? 'n/a'}% (${c.sysOk}/${c.sys}), recall ${pct(c.goldOk, c.gold) ?? 'n/a'}% (${c.goldOk}/${c.gold})`;
  if (verbose) {
    for (const e of errors) {
      if (!e.falsePositives.length && !e.wrongLinks.length && !e.misses.length && !e.titleErrors.length && !e.geoErrors.length) continue;
      console.log(`\n## ${e.article}`);
      for (const x of e.wrongLinks) console.log(`  wrong link: ${x}`);
      for (const x of e.falsePositives) console.log(`  false positive: ${x}`);
      for (const x of e.misses) console.log(`  miss: ${x}`);
      for (const x of e.titleErrors) console.log(`  title: ${x}`);
      for (const x of e.geoErrors) console.log(`  geo: ${x}`);
    }
    console.log('');
  }
  console.log(`articles: ${docs}`);
  console.log(`linking, all entities: ${line(all)}`);
  console.log(`linking, KB-covered:   ${line(kb)}`);
  for (const [k, v] of Object.entries(byType)) console.log(`  ${k}: ${line(v)}`);
  console.log(`titles: precision ${pct(tSysOk, tSys) ?? 'n/a'}% (${tSysOk}/${tSys}), recall ${pct(tGoldOk, tGold) ?? 'n/a'}% (${tGoldOk}/${tGold})`);
  console.log(`geocoding: ${pct(geoOk, geo) ?? 'n/a'}% within 25 km (${geoOk}/${geo}; ${geoOk}/${geoFound} of places found)`);
  return 0;
}
