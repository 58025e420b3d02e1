/**
 * rasd eval times [--gold FILE] [--verbose]
 *
 * Analyzes every article named in the time gold (test/gold/times/*.jsonl:
 * one line per article with its path under ../shared, its split and its
 * expressions) and prints, per split and overall, the share of gold
 * expressions found, the share of those with the right value, and precision.
 */
import { join } from 'node:path';
import { parseArgs } from '../args.ts';
import { RasdError } from '../../core/errors.ts';
import { createAnalyzer } from '../../analyzer.ts';
import { loadResources } from '../../resources/load.ts';
import { goldArticleFile, goldFilesIn, readGoldRecords, requireGold } from '../gold-corpus.ts';
import { REPO_ROOT } from '../../resources/shared.ts';
import { emptyScore, formatScore, scoreTimes, type GoldTime, type TimeScore } from '../../time/eval.ts';

const GOLD_DIR = join(REPO_ROOT, 'test/gold/times');

const HELP = `usage: rasd eval times [--gold FILE] [--verbose]

Scores the time stage on the gold annotations (default: every .jsonl in
test/gold/times/). Articles are read from the paths in the gold (../shared/...,
found as src/resources/shared.ts says: $RASD_SHARED, else a shared/ beside the
repository or one level above).
  --verbose  list the gold expressions missed or valued wrong`;

interface GoldDoc {
  path: string;
  split?: string;
  times: GoldTime[];
}

export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { gold: { type: 'string' }, verbose: { type: 'boolean', short: 'v' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const files = values.gold ? [values.gold] : goldFilesIn(GOLD_DIR, '.jsonl');
  const golds = files.map((f) => readGoldRecords<GoldDoc>(f, 'jsonl', (o) => typeof o.path === 'string' && o.path !== '' && Array.isArray(o.times), '"path" and "times"'));
  requireGold(golds.flat().length, files.join(', '));
  const analyzer = createAnalyzer(loadResources());
  const scores = new Map<string, TimeScore>([['all', emptyScore()]]);
  let articles = 0;
  for (const fileGolds of golds) {
    for (const gold of fileGolds) {
      const read = goldArticleFile(gold.path);
      if (!read) throw new RasdError('RASD_E006', `article not found: ${gold.path}`);
      if ('error' in read) throw new RasdError('RASD_E006', `cannot read ${gold.path}: ${read.error}`);
      const analysis = analyzer.analyzeArticle(read.article);
      for (const g of gold.times) {
        if (analysis.document.text.slice(g.start, g.end) !== g.text) throw new RasdError('RASD_E007', `${gold.path}: gold span ${g.start}-${g.end} is not "${g.text}" in the analyzed text`);
      }
      const split = gold.split ?? 'all';
      if (!scores.has(split)) scores.set(split, emptyScore());
      const errors = scoreTimes(scores.get('all')!, gold.times, analysis.times);
      if (split !== 'all') scoreTimes(scores.get(split)!, gold.times, analysis.times);
      articles++;
      if (values.verbose) {
        for (const e of errors) console.log(`${gold.path.split('/').pop()}\t${e.gold.start}\t«${e.gold.text}» ${e.gold.type} ${e.gold.value}\t${e.got ? `got «${e.got.text}» ${e.got.type} ${e.got.value}` : 'missed'}`);
      }
    }
  }
  console.log(`time expressions, ${articles} articles (overlap match; value = same TIMEX3 type and value)`);
  for (const [name, s] of scores) if (name !== 'all') console.log(formatScore(name, s));
  console.log(formatScore('all', scores.get('all')!));
  return 0;
}
