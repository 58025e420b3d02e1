/**
 * rasd eval quotes [--gold FILE] [--verbose] [--split dev|dev2|dev3|dev4|dev5|heldout]
 *
 * Runs the analyzer over the articles of the quote gold set
 * (test/gold/quotes/ant-dev.jsonl) and prints the share of gold quotes found,
 * the share of those with the right speaker, and precision, for the dev
 * articles (rules tuned on them), dev2 (a second set, measured before tuning
 * on it, then tuned on), dev3 (a third such set), the held-out ones (only
 * measured), corpus1 (articles of the unlabelled corpus, only measured) and all.
 * Article paths in the gold are relative to the repository root
 * ("../shared/..."); when the checkout is not beside shared/, RASD_SHARED (the
 * shared folder) is used. A gold line may name a corpus document instead of a
 * file: {"corpus": "../shared/data/news/ant-corpus.jsonl.gz", "id": "..."}.
 * Without --gold, every .jsonl file of test/gold/quotes/ is read.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from '../args.ts';
import { createAnalyzer } from '../../analyzer.ts';
import { RasdError } from '../../core/errors.ts';
import { corpusArticles, corpusKey, goldArticleFile, goldFilesIn, goldSplit, readArticleGold, requireSplit } from '../gold-corpus.ts';
import type { ArticleInput } from '../../core/document.ts';
import { loadResources } from '../../resources/load.ts';
import { createQuoteStage } from '../../quotes/stage.ts';
import { loadQuoteLexicon } from '../../resources/quotes.ts';
import { addScore, emptyScore, scoreArticle, type GoldArticle, type QuoteScore } from '../../quotes/eval.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const GOLD_DIR = join(ROOT, 'test/gold/quotes');

const HELP = `usage: rasd eval quotes [--gold FILE] [--verbose] [--split dev|dev2|dev3|dev4|dev5|heldout|corpus1|corpus2|...]

Scores quote extraction against the hand-annotated gold set, per split
(dev: tuned on; dev2, dev3: measured first, then tuned on; heldout: only measured) and for all articles.
  --gold      gold file (default: every .jsonl file of test/gold/quotes/)
  --verbose   list misses, wrong speakers and spurious quotes
  --split S   with --verbose, list only the articles of split S

The "read" line totals every split but the unseen ones (test/gold/unseen.json); --verbose without --split lists the
read splits only, so that nobody reads the errors of an unseen set by accident.`;

function readArticle(path: string): ArticleInput | null {
  const read = goldArticleFile(path);
  if (read && 'error' in read) throw new RasdError('RASD_E006', `cannot read ${path}: ${String(read.error).replace(/ \[RASD_E\d+\]$/, '')}`);
  return read?.article ?? null;
}

/** The quote splits test/gold/unseen.json names: kept out of the "read" line and of --verbose without --split. */
function unseenQuoteSplits(): string[] {
  const path = join(GOLD_DIR, '..', 'unseen.json');
  if (!existsSync(path)) return [];
  const data = JSON.parse(readFileSync(path, 'utf8')) as { quotes?: string[] };
  return data.quotes ?? [];
}

const pct = (a: number, b: number) => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)}%`);

export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { gold: { type: 'string' }, split: { type: 'string' }, verbose: { type: 'boolean', short: 'v' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const goldPaths = values.gold ? [values.gold] : goldFilesIn(GOLD_DIR, '.jsonl');
  const golds = readArticleGold<GoldArticle>(goldPaths, 'jsonl');
  requireSplit(values.split, golds, 'gold article');
  const fromCorpus = await corpusArticles(golds);
  const resources = loadResources();
  const analyzer = createAnalyzer(resources);
  const hasQuoteStage = analyzer.pipeline.stages.some((s) => s.assigns === 'quotes');
  const quoteStage = hasQuoteStage ? null : createQuoteStage(resources.quoteCues ?? loadQuoteLexicon());
  const unseen = new Set(unseenQuoteSplits());
  const totals = new Map<string, { score: QuoteScore; articles: number }>();
  const add = (split: string, s: QuoteScore) => {
    const t = totals.get(split) ?? { score: emptyScore(), articles: 0 };
    addScore(t.score, s);
    t.articles++;
    totals.set(split, t);
  };
  for (const gold of golds) {
    const article = gold.corpus ? fromCorpus.get(corpusKey(gold.corpus, gold.id ?? '')) : readArticle(gold.article ?? '');
    if (!article) throw new RasdError('RASD_E006', `gold article not found: ${gold.article ?? `${gold.corpus}#${gold.id}`} (set RASD_SHARED to the shared folder)`);
    const doc = analyzer.document(article);
    const layers = analyzer.pipeline.run(doc);
    const quotes = quoteStage ? quoteStage.run(doc, layers) : layers.quotes ?? [];
    const score = emptyScore();
    scoreArticle(score, gold, doc.text, doc.bodyStart, quotes, layers.entities ?? []);
    const split = goldSplit(gold);
    add(split, score);
    if (!unseen.has(split)) add('read', score);
    add('all', score);
  }
  const resolved = analyzer.pipeline.stages.some((s) => s.assigns === 'entities');
  if (!resolved) console.log('(no entity stage: every named speaker counts as wrong; see the surface figure)');
  // The known splits in order, then any other split a gold file names (corpus2, corpus3 ...), then all.
  const known = ['dev', 'dev2', 'dev3', 'dev4', 'dev5', 'heldout', 'corpus1'];
  const splits = [...known, ...[...totals.keys()].filter((s) => s !== 'all' && s !== 'read' && !known.includes(s)).sort(), 'read', 'all'];
  for (const split of splits) {
    const t = totals.get(split);
    if (!t) continue;
    const score = t.score;
    console.log(`quotes [${split}]: ${t.articles} articles, ${score.gold} gold quotes, ${score.predicted} found by rasd`);
    console.log(`  found (recall)      ${pct(score.found, score.gold)}  (${score.found}/${score.gold})`);
    console.log(`  right speaker       ${pct(score.rightSpeaker, score.found)}  (${score.rightSpeaker}/${score.found} of those found; entity by kbId / English name)`);
    console.log(`  speaker by surface  ${pct(score.rightSpeakerSurface, score.found)}  (${score.rightSpeakerSurface}/${score.found}; words shared with the gold speaker)`);
    console.log(`  precision           ${pct(score.matchedPredicted, score.predicted)}  (${score.matchedPredicted}/${score.predicted})`);
    console.log(`  direct/indirect     ${pct(score.rightDirect, score.found)}  right of those found`);
  }
  if (values.verbose) {
    const t = totals.get(values.split ?? 'read');
    const score = t?.score ?? emptyScore();
    for (const [title, list] of [['missed', score.misses], ['wrong speaker', score.wrongSpeakers], ['spurious', score.spurious]] as const) {
      console.log(`\n${title} (${list.length}):`);
      for (const line of list) console.log(`  ${line.replace(/^.*ant-dev\//, '')}`);
    }
  }
  return 0;
}
