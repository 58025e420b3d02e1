/**
 * (quotes47) Every quote's speaker (cue offset, cue, speaker words, speaker entity) of every EVERY-th corpus line (gold
 * and reserved ids skipped by scripts/corpus-pool.ts), or of every corpus article whose text matches --re, one JSON line
 * each with the text around the cue, to a file outside the repository; run it with the old code (a `git archive` copy
 * run with RASD_SHARED) and the new, then `--compare OLD NEW` prints each quote whose speaker entity changed (or that
 * one side lacks) with its context, and, with --text, those whose speaker words alone changed: how a speaker rule is
 * read on text nobody annotated. Prints article text to the terminal only.
 *
 *   nice -n 10 npx tsx scripts/quote-speaker-dump.ts --every 6 [--re REGEX] --out /tmp/new.jsonl
 *   npx tsx scripts/quote-speaker-dump.ts --compare /tmp/old.jsonl /tmp/new.jsonl [--text]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createAnalyzer, buildStages } from '../src/analyzer.ts';
import { loadResources } from '../src/resources/load.ts';
import { corpusLineRange } from './corpus-pool.ts';
import { flag } from './flag.ts';

interface Row { line: number; id: string; cue: number; cueText: string; st: string | null; sp: string | null; ctx: string }

const ci = process.argv.indexOf('--compare');
if (ci >= 0) {
  const read = (f: string): Map<string, Row> =>
    new Map(readFileSync(f, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Row).map((r) => [`${r.id}@${r.cue}`, r]));
  const [a, b] = [read(process.argv[ci + 1]!), read(process.argv[ci + 2]!)];
  const text = process.argv.includes('--text');
  let n = 0;
  for (const k of [...new Set([...a.keys(), ...b.keys()])].sort()) {
    const o = a.get(k);
    const w = b.get(k);
    const entity = !o || !w || o.sp !== w.sp;
    if (!(entity || (text && o!.st !== w!.st))) continue;
    const r = (w ?? o)!;
    console.log(`#${++n} ${k} [${r.cueText}]\n   old: ${o ? `${o.st ?? '∅'} → ${o.sp ?? '∅'}` : 'no quote'}\n   new: ${w ? `${w.st ?? '∅'} → ${w.sp ?? '∅'}` : 'no quote'}\n   | ${r.ctx.replace(/\n/g, ' ⏎ ')}`);
  }
  console.error(`${n} quotes changed`);
} else {
  const every = Number(flag('every', '1'));
  const re = flag('re', '') ? new RegExp(flag('re', '')) : null;
  const out = flag('out', '/tmp/quote-speakers.jsonl');
  const resources = loadResources();
  const analyzer = createAnalyzer(resources, buildStages(resources).filter((s) => !s.id.startsWith('events')));
  const rows: string[] = [];
  let articles = 0;
  for await (const { line, id, article } of corpusLineRange({ from: 1, to: 17537, every })) {
    if (re && !re.test(article.text)) continue;
    const a = analyzer.analyzeArticle({ id, title: article.title ?? null, text: article.text, date: article.date ?? null, source: null });
    articles++;
    const t = a.document.text;
    for (const q of a.quotes) {
      const e = q.speaker ? a.entities.find((x) => x.id === q.speaker) : undefined;
      const ctx = `${t.slice(Math.max(0, q.cue.start - 200), q.cue.start)}【${q.cue.text}】${t.slice(q.cue.end, q.cue.end + 120)}`;
      const row: Row = { line, id, cue: q.cue.start, cueText: q.cue.text, st: q.speakerText, sp: e ? `${e.nameEn ?? e.name} <${e.kbId ?? e.type}>` : null, ctx };
      rows.push(JSON.stringify(row));
    }
  }
  writeFileSync(out, rows.join('\n') + '\n');
  console.error(`${articles} articles, ${rows.length} quotes`);
}
