/**
 * (resolve34) Every organization mention (offset, text, entity: kbId or English name) of every EVERY-th corpus line
 * (gold and reserved ids skipped by scripts/corpus-pool.ts), one JSON line each with the text around it, to a file
 * outside the repository; run it with the old code (a `git archive` copy run with RASD_SHARED) and the new, then
 * `--compare OLD NEW` prints each mention that one side lacks or gives another entity: how a change to the
 * organization reading is read on text nobody annotated. Prints article text to the terminal only.
 *
 *   nice -n 10 npx tsx scripts/org-mention-dump.ts --every 8 --out /tmp/new-orgs.jsonl
 *   npx tsx scripts/org-mention-dump.ts --compare /tmp/old-orgs.jsonl /tmp/new-orgs.jsonl
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createAnalyzer, buildStages } from '../src/analyzer.ts';
import { loadResources } from '../src/resources/load.ts';
import { corpusLineRange } from './corpus-pool.ts';
import { flag } from './flag.ts';

interface Row { id: string; start: number; end: number; text: string; entity: string; ctx: string }

const ci = process.argv.indexOf('--compare');
if (ci >= 0) {
  const read = (f: string): Map<string, Row> =>
    new Map(readFileSync(f, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Row).map((r) => [`${r.id}@${r.start}`, r]));
  const [a, b] = [read(process.argv[ci + 1]!), read(process.argv[ci + 2]!)];
  let n = 0;
  for (const k of [...new Set([...a.keys(), ...b.keys()])].sort()) {
    const o = a.get(k);
    const w = b.get(k);
    if (o && w && o.entity === w.entity && o.end === w.end) continue;
    const r = (w ?? o)!;
    console.log(`#${++n} ${k}\n   old: ${o ? `${o.text} → ${o.entity}` : '∅'}\n   new: ${w ? `${w.text} → ${w.entity}` : '∅'}\n   | ${r.ctx.replace(/\n/g, ' ⏎ ')}`);
  }
  console.error(`${n} organization mentions changed`);
} else {
  const every = Number(flag('every', '8'));
  const out = flag('out', '/tmp/org-mentions.jsonl');
  const resources = loadResources();
  const analyzer = createAnalyzer(resources, buildStages(resources).filter((s) => !s.id.startsWith('events') && !s.id.startsWith('quotes')));
  const rows: string[] = [];
  let articles = 0;
  for await (const { id, article } of corpusLineRange({ from: 1, to: 17537, every })) {
    const a = analyzer.analyzeArticle({ id, title: article.title ?? null, text: article.text, date: article.date ?? null, source: null });
    articles++;
    const t = a.document.text;
    for (const e of a.entities) {
      if (e.type !== 'ORG') continue;
      for (const m of e.mentions) {
        const ctx = `${t.slice(Math.max(0, m.start - 120), m.start)}【${m.text}】${t.slice(m.end, m.end + 60)}`;
        rows.push(JSON.stringify({ id, start: m.start, end: m.end, text: m.text, entity: `${e.nameEn ?? e.name} <${e.kbId}>`, ctx } satisfies Row));
      }
    }
  }
  writeFileSync(out, rows.join('\n') + '\n');
  console.error(`${articles} articles, ${rows.length} organization mentions`);
}
