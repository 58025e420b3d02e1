/**
 * rasd eval entities [GOLD.jsonl]: precision and recall of entity linking
 * (right kbId, else right nameEn), of title resolution (a title mention at
 * the gold offsets linked to the right person) and geocoding accuracy
 * (coordinates within 25 km) against test/gold/entities/*.jsonl.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createAnalyzer } from '../../analyzer.ts';
import { loadResources } from '../../resources/load.ts';
import { readArticles } from '../../readers/index.ts';
import { REPO_ROOT, resolveArticlePath } from '../../kb/shared.ts';

interface GoldEntity { type: string; nameEn: string | null; kbId: string | null; country: string | null; lat?: number; lon?: number }
interface GoldDoc { article: string; entities: GoldEntity[]; titles: Array<{ start: number; end: number; nameEn: string }> }

function km(a: [number, number], b: [number, number]): number {
  const r = Math.PI / 180;
  const d = Math.sin(((b[0] - a[0]) * r) / 2) ** 2 + Math.cos(a[0] * r) * Math.cos(b[0] * r) * Math.sin(((b[1] - a[1]) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(d));
}

const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : 'n/a');

export async function run(argv: string[]): Promise<number> {
  const dir = join(REPO_ROOT, 'test/gold/entities');
  const files = argv.length ? argv : readdirSync(dir).filter((f) => f.endsWith('.jsonl')).map((f) => join(dir, f));
  const gold: GoldDoc[] = files.flatMap((f) => readFileSync(f, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as GoldDoc));
  const analyzer = createAnalyzer(loadResources());
  let sys = 0, sysOk = 0, gol = 0, golOk = 0, tSys = 0, tOk = 0, tGold = 0, tFound = 0, geo = 0, geoOk = 0, docs = 0;
  for (const g of gold) {
    const path = resolveArticlePath(g.article);
    if (!path) {
      console.error(`skip ${g.article}: ../shared not found`);
      continue;
    }
    const [item] = readArticles(readFileSync(path, 'utf8'));
    if (!item?.article) continue;
    docs++;
    const a = analyzer.analyzeArticle(item.article);
    const key = (e: { kbId: string | null; nameEn: string | null }) => (e.kbId && !e.kbId.startsWith('x:') ? e.kbId : `en:${(e.nameEn ?? '').toLowerCase()}`);
    const goldKeys = new Set(g.entities.map(key));
    const sysKeys = new Set(a.entities.map(key));
    sys += sysKeys.size;
    gol += goldKeys.size;
    for (const k of sysKeys) if (goldKeys.has(k)) sysOk++;
    for (const k of goldKeys) if (sysKeys.has(k)) golOk++;
    const sysTitles = a.entities.flatMap((e) => e.mentions.filter((m) => m.kind === 'title').map((m) => ({ ...m, nameEn: e.nameEn })));
    tSys += sysTitles.length;
    tGold += g.titles.length;
    for (const t of g.titles) {
      const s = sysTitles.find((m) => m.start === t.start && m.end === t.end);
      if (s) tFound++;
      if (s && s.nameEn === t.nameEn) tOk++;
    }
    for (const ge of g.entities) {
      if (ge.lat === undefined || ge.lon === undefined) continue;
      geo++;
      const e = a.entities.find((x) => key(x) === key(ge));
      const p = e && a.places.find((x) => x.entity === e.id);
      if (p && km([p.lat, p.lon], [ge.lat, ge.lon]) <= 25) geoOk++;
    }
  }
  console.log(`articles: ${docs}`);
  console.log(`linking: precision ${pct(sysOk, sys)}% (${sysOk}/${sys}), recall ${pct(golOk, gol)}% (${golOk}/${gol})`);
  console.log(`titles: precision ${pct(tOk, tSys)}% (${tOk}/${tSys}), recall ${pct(tOk, tGold)}% (${tOk}/${tGold}), found ${tFound}`);
  console.log(`geocoding: ${pct(geoOk, geo)}% within 25 km (${geoOk}/${geo})`);
  return 0;
}
