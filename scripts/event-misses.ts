/**
 * For every gold event of a folder whose triple rasd misses, prints the sentences that contain its trigger word,
 * with the entity mentions (country/actor) and the events rasd coded there: the misses of a whole split at once,
 * for reading error classes. Its output holds article text, so it stays on the machine.
 *   npx tsx scripts/event-misses.ts test/gold/events-corpus4 [--spurious]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadResources } from '../src/resources/load.ts';
import { buildStages, createAnalyzer } from '../src/analyzer.ts';
import { readInput } from '../src/io/input.ts';
import { resolveSharedPath } from '../src/resources/shared.ts';
import { corpusArticles, corpusKey } from '../src/cli/gold-corpus.ts';
import { scoreArticle, toTriples, type GoldFile } from '../src/events/eval.ts';
import { normalize } from '../src/text/normalize.ts';

const dir = process.argv[2]!;
const showSpurious = process.argv.includes('--spurious');
const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
const golds = files.map((f) => ({ f, g: JSON.parse(readFileSync(join(dir, f), 'utf8')) as GoldFile }));
const resources = loadResources();
const analyzer = createAnalyzer(resources, buildStages(resources));
const corpus = await corpusArticles(golds.map((x) => x.g).filter((g) => g.corpus) as Array<GoldFile & { corpus: string; id: string }>);
for (const { f, g } of golds) {
  const article = g.corpus ? corpus.get(corpusKey(g.corpus, g.id ?? ''))! : readInput(resolveSharedPath(g.article!)!)[0]!.article!;
  const a = analyzer.analyzeArticle(article);
  const text = a.document.text;
  const s = scoreArticle(toTriples(a.events, a.entities), g.events);
  if (!s.missed.length && !(showSpurious && s.spurious.length)) continue;
  console.log(`\n##### ${f} [${g.split}]`);
  const byId = new Map(a.entities.map((e) => [e.id, e]));
  const code = (id: string | null, actor: string | null) => { const e = id ? byId.get(id) : null; return e ? `${e.name}[${e.actor ?? e.country ?? '?'}]` : actor ? `[${actor}]` : '-'; };
  const sentences = a.sentences ?? [];
  const show = (i: number) => {
    const st = sentences[i]!;
    console.log(`   [${i}] ${text.slice(st.start, st.end)}`);
    const ms = a.entities.flatMap((e) => e.mentions.filter((m) => m.start >= st.start && m.end <= st.end).map((m) => ({ m, e })));
    ms.sort((x, y) => x.m.start - y.m.start);
    console.log('      ents: ' + ms.map(({ m, e }) => `${text.slice(m.start, m.end)}→${e.actor ?? e.country ?? '?'}`).join(' | '));
    for (const ev of a.events.filter((ev) => ev.sentence === i)) console.log(`      EV ${ev.plover} ${code(ev.source, ev.sourceActor)} > ${code(ev.target, ev.targetActor)} "${ev.trigger.text}" ${ev.modality}`);
  };
  for (const m of s.missed) {
    const evs = g.events.filter((e) => `${e.plover} ${e.source ?? '-'}>${e.target ?? '-'}` === m);
    for (const e of evs) {
      console.log(` MISSED ${m} ${e.modality} "${e.trigger}"`);
      const trig = normalize(e.trigger ?? '');
      let shown = 0;
      for (let i = 0; i < sentences.length && shown < 2; i++) {
        const st = sentences[i]!;
        if (trig && normalize(text.slice(st.start, st.end)).includes(trig)) { show(i); shown++; }
      }
    }
  }
  if (showSpurious) for (const sp of s.spurious) {
    console.log(` SPURIOUS ${sp}`);
    for (const ev of a.events) {
      if (`${ev.plover} ${toTriples([ev], a.entities)[0]?.source ?? '-'}>${toTriples([ev], a.entities)[0]?.target ?? '-'}` === sp) { show(ev.sentence); break; }
    }
  }
}
