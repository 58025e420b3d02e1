/**
 * rasd eval entities [--json] [--verbose] [--split dev|heldout] [GOLD.jsonl ...]: precision and
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
 * within 25 km (missing entities count as failures; also given over found,
 * and over the gold places that have a kbId: the issue's target).
 *
 * Splits. Each gold article has `split`: "dev" (tuned on) or "heldout" (only
 * measured); figures are given for dev, held-out and all. --split limits the
 * --verbose error listing to one split.
 *
 * Lenient. People the KB does not know are scored strictly by their
 * romanized name; the lenient figures also count an unknown system person as
 * right when its name is phonetically close to a gold person not otherwise
 * found (closePerson): the entity was found, only its spelling differs.
 */
import { join } from 'node:path';
import { RasdError } from '../../core/errors.ts';
import { createAnalyzer } from '../../analyzer.ts';
import { loadResources } from '../../resources/load.ts';
import { REPO_ROOT } from '../../resources/shared.ts';
import type { Analysis, Entity } from '../../core/analysis.ts';
import { corpusArticles, corpusKey, goldArticleFile, goldFilesIn, goldSplit, readArticleGold, requireSplit } from '../gold-corpus.ts';
import { parseArgs } from '../args.ts';

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
/** `article`: a path under ../shared; or `corpus` + `id`: a record of a JSON-lines corpus (src/cli/gold-corpus.ts). */
interface GoldDoc { article: string; corpus?: string; id?: string; split?: string; date?: string; entities: GoldEntity[]; titles: GoldTitle[] }

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

interface DocErrors { article: string; split: string; falsePositives: string[]; wrongLinks: string[]; misses: string[]; titleErrors: string[]; geoErrors: string[] }

function describe(e: Entity): string {
  const surf = [...new Set(e.mentions.map((m) => m.text))].slice(0, 3).join('|');
  return `${e.type} ${e.nameEn ?? '?'} [${e.kbId ?? '-'}] «${surf}»`;
}

/**
 * A rough phonetic key of an English name for the lenient score: what Arabic
 * script cannot tell apart is folded (p/b, v/f, g/j, o/u, e/i, q/k/c, z/s,
 * th/t, dh/d ...), vowels after the first letter and doubled letters dropped.
 */
export function phoneticKey(s: string): string {
  let x = s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/\b(al|el|ul)[-\s]/g, '').replace(/[^a-z]/g, '');
  x = x.replace(/ph/g, 'f').replace(/(sh|ch|tch|sch)/g, 'S').replace(/kh/g, 'k').replace(/gh/g, 'g').replace(/th/g, 't').replace(/dh/g, 'd')
    .replace(/ck/g, 'k').replace(/x/g, 'ks').replace(/[qc]/g, 'k').replace(/p/g, 'b').replace(/v/g, 'f').replace(/j/g, 'g').replace(/z/g, 's').replace(/w/g, 'u').replace(/h/g, '');
  const first = x.slice(0, 1).replace(/[aeiouy]/, 'a');
  return (first + x.slice(1).replace(/[aeiouy]/g, '')).replace(/(.)\1+/g, '$1');
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

/**
 * Lenient person match: the system's romanization of an unknown person is
 * close to the gold English name: every word of the system name has a word of
 * the gold name (or of an alt) whose phonetic keys differ by at most one edit
 * (none for keys under 4 letters). "Faridman" ~ "Thomas Friedman".
 */
export function closePerson(g: GoldEntity, nameEn: string): boolean {
  const sysWords = nameEn.split(/[\s-]+/).map(phoneticKey).filter((k) => k.length > 1);
  if (!sysWords.length) return false;
  return [g.nameEn, ...(g.alt ?? [])].some((gn) => {
    const goldWords = gn.split(/[\s-]+/).map(phoneticKey).filter((k) => k.length > 1);
    return sysWords.every((w) => goldWords.some((k) => editDistance(w, k) <= (Math.min(w.length, k.length) >= 4 ? 1 : 0)));
  });
}

interface Totals {
  docs: number;
  all: Counts;
  kb: Counts;
  byType: Record<string, Counts>;
  /** PER with unknown people matched by closePerson too. */
  perLenient: Counts;
  allLenient: Counts;
  tSys: number; tSysOk: number; tGold: number; tGoldOk: number;
  geo: number; geoFound: number; geoOk: number;
  /** Gold places with coordinates that the KB has (a kbId): the issue's target. */
  geoKb: number; geoKbOk: number;
}
const totals = (): Totals => ({
  docs: 0, all: counts(), kb: counts(), byType: { PER: counts(), ORG: counts(), LOC: counts() }, perLenient: counts(), allLenient: counts(),
  tSys: 0, tSysOk: 0, tGold: 0, tGoldOk: 0, geo: 0, geoFound: 0, geoOk: 0, geoKb: 0, geoKbOk: 0,
});
function addCounts(a: Counts, b: Counts): void {
  a.sys += b.sys; a.sysOk += b.sysOk; a.gold += b.gold; a.goldOk += b.goldOk;
}
function addTotals(a: Totals, b: Totals): void {
  a.docs += b.docs;
  addCounts(a.all, b.all); addCounts(a.kb, b.kb); addCounts(a.perLenient, b.perLenient); addCounts(a.allLenient, b.allLenient);
  for (const [k, v] of Object.entries(b.byType)) addCounts(a.byType[k] ?? (a.byType[k] = counts()), v);
  a.tSys += b.tSys; a.tSysOk += b.tSysOk; a.tGold += b.tGold; a.tGoldOk += b.tGoldOk;
  a.geo += b.geo; a.geoFound += b.geoFound; a.geoOk += b.geoOk; a.geoKb += b.geoKb; a.geoKbOk += b.geoKbOk;
}

/** Scores one article into `t`; errors into `err`. */
function scoreDoc(g: GoldDoc, a: Analysis, t: Totals, err: DocErrors): void {
  t.docs++;
  const { all, kb, byType } = t;
  // One system entity per key (KB id, else normalized English name).
  const sysEntities = new Map<string, Entity>();
  for (const e of a.entities) {
    // The gold lists people, organizations and places; MISC (events, laws, products) is not scored.
    if (e.type === 'MISC') continue;
    const k = realKbId(e.kbId) ?? (e.nameEn ? `en:${normalizeName(e.nameEn)}` : null);
    if (k && !sysEntities.has(k)) sysEntities.set(k, e);
  }
  const found = new Set<GoldEntity>();
  const unmatchedPeople: Entity[] = [];
  for (const e of sysEntities.values()) {
    const hit = g.entities.filter((ge) => matches(ge, e.kbId, e.nameEn));
    const c = byType[e.type] ?? (byType[e.type] = counts());
    const onKb = !!realKbId(e.kbId);
    all.sys++; c.sys++; if (onKb) kb.sys++;
    if (hit.length) {
      all.sysOk++; c.sysOk++; if (onKb) kb.sysOk++;
      for (const h of hit) found.add(h);
    } else if (e.nameEn && g.entities.some((ge) => [ge.nameEn, ...(ge.alt ?? [])].some((x) => normalizeName(x) === normalizeName(e.nameEn!)))) {
      err.wrongLinks.push(describe(e));
    } else {
      err.falsePositives.push(describe(e));
      if (e.type === 'PER' && !onKb && e.nameEn) unmatchedPeople.push(e);
    }
  }
  // Lenient: an unknown person whose romanization is close to a gold person not found otherwise.
  const lenientFound = new Set<GoldEntity>();
  let lenientSys = 0;
  for (const e of unmatchedPeople) {
    const ge = g.entities.find((x) => x.type === 'PER' && !found.has(x) && !lenientFound.has(x) && closePerson(x, e.nameEn!));
    if (ge) {
      lenientFound.add(ge);
      lenientSys++;
    }
  }
  for (const ge of g.entities) {
    if (ge.titleOnly) continue;
    const c = byType[ge.type] ?? (byType[ge.type] = counts());
    all.gold++; c.gold++; if (ge.kbId) kb.gold++;
    if (found.has(ge)) {
      all.goldOk++; c.goldOk++; if (ge.kbId) kb.goldOk++;
    } else if (!lenientFound.has(ge)) err.misses.push(`${ge.type} ${ge.nameEn} [${ge.kbId ?? '-'}]`);
  }
  const lenientGold = [...lenientFound].filter((x) => !x.titleOnly).length;
  const per = byType.PER!;
  t.perLenient.sys = per.sys; t.perLenient.sysOk = per.sysOk + lenientSys; t.perLenient.gold = per.gold; t.perLenient.goldOk = per.goldOk + lenientGold;
  t.allLenient.sys = all.sys; t.allLenient.sysOk = all.sysOk + lenientSys; t.allLenient.gold = all.gold; t.allLenient.goldOk = all.goldOk + lenientGold;
  // Titles.
  const sysTitles = a.entities.flatMap((e) => e.mentions.filter((m) => m.kind === 'title').map((m) => ({ m, e })));
  const goldEntity = (gt: GoldTitle): GoldEntity =>
    g.entities.find((ge) => ge.nameEn === gt.nameEn) ?? { type: 'PER', nameEn: gt.nameEn, kbId: gt.kbId ?? null, country: null };
  const overlaps = (s: { start: number; end: number }, gt: GoldTitle) => s.start < gt.end && gt.start < s.end;
  t.tSys += sysTitles.length;
  t.tGold += g.titles.length;
  for (const { m, e } of sysTitles) {
    const gts = g.titles.filter((gt) => overlaps(m, gt));
    if (gts.some((gt) => matches(goldEntity(gt), e.kbId, e.nameEn))) t.tSysOk++;
    else err.titleErrors.push(`system «${m.text}»@${m.start} → ${e.nameEn ?? '?'}; gold: ${gts.map((gt) => gt.nameEn).join(', ') || 'none'}`);
  }
  // A name mention that includes the title (الملك سلمان as one KB name) also resolves it.
  const covering = a.entities.flatMap((e) => e.mentions.filter((m) => m.kind === 'name').map((m) => ({ m, e })));
  for (const gt of g.titles) {
    const ok =
      sysTitles.some(({ m, e }) => overlaps(m, gt) && matches(goldEntity(gt), e.kbId, e.nameEn)) ||
      covering.some(({ m, e }) => m.start <= gt.start && gt.end <= m.end && matches(goldEntity(gt), e.kbId, e.nameEn));
    if (ok) t.tGoldOk++;
    else if (!sysTitles.some(({ m }) => overlaps(m, gt))) err.titleErrors.push(`missed «${gt.text ?? ''}»@${gt.start} → ${gt.nameEn}`);
  }
  // Geocoding.
  for (const ge of g.entities) {
    if (ge.lat === undefined || ge.lon === undefined) continue;
    t.geo++;
    if (ge.kbId) t.geoKb++;
    // The closest place among the system entities that match (واشنطن may be both the city and the country).
    const cands = [...sysEntities.values()].filter((x) => matches(ge, x.kbId, x.nameEn));
    const e = cands[0];
    const p = cands
      .flatMap((x) => a.places.filter((pl) => pl.entity === x.id))
      .sort((p1, p2) => km([p1.lat, p1.lon], [ge.lat!, ge.lon!]) - km([p2.lat, p2.lon], [ge.lat!, ge.lon!]))[0];
    if (!p) {
      err.geoErrors.push(e ? `${ge.nameEn}: found, no coordinates` : `${ge.nameEn}: not found`);
      continue;
    }
    t.geoFound++;
    const d = km([p.lat, p.lon], [ge.lat, ge.lon]);
    if (d <= 25) {
      t.geoOk++;
      if (ge.kbId) t.geoKbOk++;
    }
    else err.geoErrors.push(`${ge.nameEn}: ${d.toFixed(0)} km off`);
  }
}

const HELP = `usage: rasd eval entities [--gold] [FILE...] [--json] [--verbose] [--split S]

Scores entity linking, title resolution and geocoding against the gold FILEs
(default: every .jsonl in test/gold/entities/), per split and for all.
  --json     the figures as JSON
  --verbose  list false positives, wrong links, misses, title and geo errors
  --split S  with --verbose, list only the articles of split S`;

const OPTIONS = ['--json', '--verbose', '--split', '--gold'];

export async function run(argv: string[]): Promise<number> {
  // --help used to run the whole evaluation (every option but these was ignored)
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(HELP);
    return 0;
  }
  const unknownOption = argv.find((a) => a.startsWith('-') && !OPTIONS.includes(a.split('=')[0]!));
  if (unknownOption !== undefined) {
    console.error(`rasd eval entities: unknown option ${unknownOption}\n${HELP}`);
    return 2;
  }
  // read by hand, `--split` without a value was ignored (the whole evaluation ran) and `--split --json` took
  // "--json" for the split (qa14): parsed as the other eval commands parse theirs
  const { values, positionals: paths } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { json: { type: 'boolean' }, verbose: { type: 'boolean' }, split: { type: 'string' }, gold: { type: 'boolean' } },
  });
  const json = values.json ?? false;
  const verbose = values.verbose ?? false;
  const onlySplit = values.split;
  const dir = join(REPO_ROOT, 'test/gold/entities');
  const files = paths.length ? paths : goldFilesIn(dir, '.jsonl');
  const gold = readArticleGold<GoldDoc>(files, 'jsonl');
  requireSplit(onlySplit, gold, 'gold article');
  for (const g of gold) if (typeof g.article !== 'string') g.article = g.id!;
  const fromCorpus = await corpusArticles(gold);
  const analyzer = createAnalyzer(loadResources());
  const bySplit = new Map<string, Totals>([['dev', totals()], ['heldout', totals()]]);
  const errors: DocErrors[] = [];
  for (const g of gold) {
    const read = g.corpus ? null : goldArticleFile(g.article);
    const article = g.corpus ? fromCorpus.get(corpusKey(g.corpus, g.id ?? '')) : read && 'article' in read ? read.article : undefined;
    if (!article) {
      console.error(`skip ${g.article}: ../shared not found`);
      continue;
    }
    const split = goldSplit(g);
    const a: Analysis = analyzer.analyzeArticle(article);
    const err: DocErrors = { article: g.article, split, falsePositives: [], wrongLinks: [], misses: [], titleErrors: [], geoErrors: [] };
    const t = totals();
    scoreDoc(g, a, t, err);
    if (!bySplit.has(split)) bySplit.set(split, totals());
    addTotals(bySplit.get(split)!, t);
    if (!onlySplit || onlySplit === split) errors.push(err);
  }
  const all = totals();
  for (const t of bySplit.values()) addTotals(all, t);
  if (all.docs === 0) throw new RasdError('RASD_E006', `none of the ${gold.length} gold articles could be read (is ../shared present?)`);
  bySplit.set('all', all);
  const pr = (c: Counts) => ({ precision: pct(c.sysOk, c.sys), recall: pct(c.goldOk, c.gold), ...c });
  const summary = (t: Totals) => ({
    articles: t.docs,
    linking: { all: pr(t.all), kbCovered: pr(t.kb), byType: Object.fromEntries(Object.entries(t.byType).map(([k, v]) => [k, pr(v)])), lenient: { all: pr(t.allLenient), PER: pr(t.perLenient) } },
    titles: { precision: pct(t.tSysOk, t.tSys), recall: pct(t.tGoldOk, t.tGold), sys: t.tSys, sysOk: t.tSysOk, gold: t.tGold, goldOk: t.tGoldOk },
    geocoding: { within25km: pct(t.geoOk, t.geo), ofFound: pct(t.geoOk, t.geoFound), kbCovered: pct(t.geoKbOk, t.geoKb), ok: t.geoOk, found: t.geoFound, gold: t.geo, kbOk: t.geoKbOk, kbGold: t.geoKb },
  });
  if (json) {
    console.log(JSON.stringify({ ...Object.fromEntries([...bySplit].map(([k, v]) => [k, summary(v)])), ...(verbose ? { errors } : {}) }, null, 2));
    return 0;
  }
  const line = (c: Counts) => `precision ${pct(c.sysOk, c.sys) ?? 'n/a'}% (${c.sysOk}/${c.sys}), recall ${pct(c.goldOk, c.gold) ?? 'n/a'}% (${c.goldOk}/${c.gold})`;
  if (verbose) {
    for (const e of errors) {
      if (!e.falsePositives.length && !e.wrongLinks.length && !e.misses.length && !e.titleErrors.length && !e.geoErrors.length) continue;
      console.log(`\n## ${e.article} [${e.split}]`);
      for (const x of e.wrongLinks) console.log(`  wrong link: ${x}`);
      for (const x of e.falsePositives) console.log(`  false positive: ${x}`);
      for (const x of e.misses) console.log(`  miss: ${x}`);
      for (const x of e.titleErrors) console.log(`  title: ${x}`);
      for (const x of e.geoErrors) console.log(`  geo: ${x}`);
    }
    console.log('');
  }
  for (const [split, t] of bySplit) {
    if (!t.docs) continue;
    console.log(`== ${split}: ${t.docs} articles`);
    console.log(`linking, all entities: ${line(t.all)}`);
    console.log(`linking, KB-covered:   ${line(t.kb)}`);
    for (const [k, v] of Object.entries(t.byType)) console.log(`  ${k}: ${line(v)}`);
    console.log(`lenient (unknown people by romanization): all ${line(t.allLenient)}; PER ${line(t.perLenient)}`);
    console.log(`titles: precision ${pct(t.tSysOk, t.tSys) ?? 'n/a'}% (${t.tSysOk}/${t.tSys}), recall ${pct(t.tGoldOk, t.tGold) ?? 'n/a'}% (${t.tGoldOk}/${t.tGold})`);
    console.log(`geocoding: ${pct(t.geoOk, t.geo) ?? 'n/a'}% within 25 km (${t.geoOk}/${t.geo}; ${t.geoOk}/${t.geoFound} of places found); KB-covered places ${pct(t.geoKbOk, t.geoKb) ?? 'n/a'}% (${t.geoKbOk}/${t.geoKb})`);
  }
  return 0;
}
