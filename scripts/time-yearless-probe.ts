/**
 * nice -n 10 npx tsx scripts/time-yearless-probe.ts [--every 3] [--to 17537] [--seed 14] [--show 60] [--all]
 *
 * The year-less days and months ("14 آب"، "في آب") that the time stage dates after the dateline, on corpus lines
 * (gold and reserved articles skipped by corpusLineRange): for reading whether the text means the coming one (the
 * date after the dateline) or the last one (before it), time14. Prints a count, then `show` of them drawn with the
 * seed (or all): line, id, dateline, value, and the 80 characters before the expression with the expression in
 * [brackets]. Article text goes to stdout only, never into the repository.
 */
import { buildStages, createAnalyzer } from '../src/analyzer.ts';
import { loadResources } from '../src/resources/load.ts';
import { seededRandom } from '../src/ner/train.ts';
import { corpusLineRange } from './corpus-pool.ts';
import { flag } from './flag.ts';

const resources = loadResources();
const analyzer = createAnalyzer(resources, buildStages(resources).filter((s) => s.assigns === 'times'));
const rows: string[] = [];
let articles = 0;
for await (const { line, id, article } of corpusLineRange({ from: 1, to: Number(flag('to', '17537')), every: Number(flag('every', '3')) })) {
  const dct = article.date;
  if (!dct) continue;
  articles++;
  const a = analyzer.analyzeArticle({ id, title: article.title ?? null, text: article.text, date: dct, source: null });
  for (const t of a.times) {
    if (t.type !== 'DATE' || /[0-9\u0660-\u0669]{4}/.test(t.text)) continue;
    if (/الماضي|المقبل|القادم|الجاري|المنصرم|الحالي|العام|السنة|الشهر|الأسبوع|غدا|أمس|اليوم/.test(t.text)) continue;
    const v = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(t.value);
    if (!v) continue;
    const after = v[3] ? t.value > dct : t.value > dct.slice(0, 7);
    if (!after) continue;
    const before = a.document.text.slice(Math.max(0, t.start - 80), t.start).replace(/\s+/g, ' ');
    rows.push(`${line}\t${id}\t${dct}\t${t.value}\t…${before}[${t.text}]`);
  }
}
console.log(`# articles ${articles} dated after the dateline ${rows.length}`);
const next = seededRandom(Number(flag('seed', '14')));
for (let i = rows.length - 1; i > 0; i--) {
  const j = Math.floor(next() * (i + 1));
  [rows[i], rows[j]] = [rows[j]!, rows[i]!];
}
console.log((process.argv.includes('--all') ? rows : rows.slice(0, Number(flag('show', '60')))).join('\n'));
