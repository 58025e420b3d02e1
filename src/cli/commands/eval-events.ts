/**
 * rasd eval events [--gold DIR] [--standin] [--verbose] [--split SPLIT]
 *
 * Runs the analyzer over the articles named in the event gold files and
 * prints precision and recall on (PLOVER type, source country, target
 * country) per article, and modality accuracy on matched events. When no
 * stage of the analyzer assigns entities (knowledge-base resolution not yet
 * merged), or with --standin, entities come from the stand-in country finder
 * (src/events/standin.ts) and the output says so.
 */
import { parseArgs } from '../args.ts';
import { basename, join } from 'node:path';
import { createAnalyzer, buildStages } from '../../analyzer.ts';
import { loadResources, readDataFile } from '../../resources/load.ts';
import type { ArticleInput } from '../../core/document.ts';
import { corpusArticles, corpusKey, goldArticleFile, goldFilesIn, goldSplit, readArticleGold, requireSplit } from '../gold-corpus.ts';
import { createEventStage } from '../../events/stage.ts';
import { createStandinFinder, type StandinActorData } from '../../events/standin.ts';
import { addScores, emptyScore, scoreArticle, toTriples, type GoldFile } from '../../events/eval.ts';
import { REPO_ROOT } from '../../resources/shared.ts';
import type { Stage } from '../../core/stage.ts';
import type { Entity } from '../../core/analysis.ts';

const HELP = `usage: rasd eval events [--gold DIR] [--standin] [--verbose] [--split SPLIT]

Scores events against the gold files in DIR (default test/gold/events).
  --standin   take entities from the stand-in country finder even when the
              analyzer resolves entities itself
  --verbose   print missed and spurious triples per article
  --split S   with --verbose, list only the articles of split S (dev, dev2 ... dev7, corpus1 ... corpus4, heldout: the split a gold file names)

Each gold file has a "split" field: "dev" (tuned on) or "heldout" (only measured). A gold file
names an article file ("article") or a record of a JSON-lines corpus ("corpus" and "id").
Scores are printed for dev, heldout and all.`;

const pct = (a: number, b: number) => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)}%`);

/** Splits in reading order: dev, dev2, dev3 ..., then corpus1, corpus2 ..., then heldout, then any other by name. */
function bySplit(a: string, b: string): number {
  const rank = (s: string): [number, number, string] => {
    const m = /^(dev|corpus)(\d*)$/.exec(s);
    if (m) return [m[1] === 'dev' ? 0 : 1, Number(m[2] || 1), ''];
    return s === 'heldout' ? [2, 0, ''] : [3, 0, s];
  };
  const [x, y] = [rank(a), rank(b)];
  return x[0] - y[0] || x[1] - y[1] || (x[2] < y[2] ? -1 : x[2] > y[2] ? 1 : 0);
}

export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { gold: { type: 'string' }, split: { type: 'string' }, standin: { type: 'boolean' }, verbose: { type: 'boolean', short: 'v' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const goldDir = values.gold ?? join(REPO_ROOT, 'test/gold/events');
  // the gold is read and checked before the resources load: a bad folder or file is one line, not a crash mid-run (qa12)
  const goldPaths = goldFilesIn(goldDir, '.json');
  const golds = readArticleGold<GoldFile>(goldPaths, 'json', `${goldDir} (one .json file an article)`);
  requireSplit(values.split, golds, 'gold file', goldDir);
  const files = goldPaths.map((p) => basename(p));
  const resources = loadResources();
  const stages = buildStages(resources);
  const hasEntities = stages.some((s) => s.assigns === 'entities');
  const standin = values.standin || !hasEntities;
  const eventStage = createEventStage(resources.eventLexicon, resources.eventLexicon.cameo);
  let pipelineStages: Stage[];
  if (standin) {
    const finder = createStandinFinder(JSON.parse(readDataFile('events/standin-actors.json')) as StandinActorData);
    const entityStage: Stage<'entities'> = { id: 'standin.v1', requires: [], assigns: 'entities', run: (doc) => finder(doc) };
    pipelineStages = [...stages.filter((s) => s.assigns !== 'entities' && s.assigns !== 'events' && !s.requires.includes('entities')), entityStage, eventStage];
  } else {
    pipelineStages = stages.some((s) => s.assigns === 'events') ? stages : [...stages, eventStage];
  }
  const analyzer = createAnalyzer(resources, pipelineStages);
  console.log(`entities: ${standin ? 'STAND-IN country finder (src/events/standin.ts), not knowledge-base resolution' : 'analyzer (resolve stage)'}`);
  const scoreOne = (file: string, gold: GoldFile, article: ArticleInput) => {
    const analysis = analyzer.analyzeArticle(article);
    const entities: Entity[] = analysis.entities;
    const s = scoreArticle(toTriples(analysis.events, entities), gold.events);
    const split = goldSplit(gold);
    add(split, s);
    add('all', s);
    if (values.verbose && (!values.split || values.split === split)) {
      console.log(`${file} [${split}]: P ${pct(s.matched, s.predicted)} R ${pct(s.matched, s.gold)}`);
      for (const m of s.missed) console.log(`  missed   ${m}`);
      for (const m of s.spurious) console.log(`  spurious ${m}`);
    }
  };
  const totals = new Map<string, { score: ReturnType<typeof emptyScore>; articles: number }>();
  const add = (split: string, s: ReturnType<typeof emptyScore>) => {
    const t = totals.get(split) ?? { score: emptyScore(), articles: 0 };
    totals.set(split, { score: addScores(t.score, s), articles: t.articles + 1 });
  };
  const fromCorpus = await corpusArticles(golds);
  for (const [fi, file] of files.entries()) {
    const gold = golds[fi]!;
    if (gold.corpus) {
      const article = fromCorpus.get(corpusKey(gold.corpus, gold.id ?? ''));
      if (!article) {
        console.error(`rasd eval events: ${file}: article ${gold.id} not found in ${gold.corpus} (is ../shared present?)`);
        return 1;
      }
      scoreOne(file, gold, article);
      continue;
    }
    const read = goldArticleFile(gold.article!);
    if (!read) {
      console.error(`rasd eval events: ${file}: article ${gold.article} not found (is ../shared present?)`);
      return 1;
    }
    if ('error' in read) {
      console.error(`rasd eval events: ${file}: ${read.error}`);
      return 1;
    }
    scoreOne(file, gold, read.article);
  }
  for (const split of [...[...totals.keys()].filter((k) => k !== 'all').sort(bySplit), 'all']) {
    const t = totals.get(split);
    if (!t) continue;
    const total = t.score;
    const p = total.predicted ? total.matched / total.predicted : 0;
    const r = total.gold ? total.matched / total.gold : 0;
    const f = p + r ? (2 * p * r) / (p + r) : 0;
    console.log(`${split.padEnd(8)} articles ${t.articles}, gold triples ${total.gold}, predicted ${total.predicted}, matched ${total.matched}`);
    console.log(`${split.padEnd(8)} precision ${pct(total.matched, total.predicted)}  recall ${pct(total.matched, total.gold)}  F1 ${(100 * f).toFixed(1)}%  modality ${pct(total.modalityRight, total.modalityTotal)} (${total.modalityRight}/${total.modalityTotal} matched gold events)`);
  }
  return 0;
}
