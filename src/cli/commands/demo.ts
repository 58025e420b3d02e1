/**
 * rasd demo: the main job on the project's own sample articles (samples/):
 * ingest them into the store and serve the API and web UI, printing the URL.
 * `--print` instead analyzes them and prints what was found, readable in a
 * terminal.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { createAnalyzer } from '../../analyzer.ts';
import { loadResources } from '../../resources/load.ts';
import { readInput } from '../../io/input.ts';
import { formatPretty } from '../pretty.ts';

export const SAMPLES_DIR = fileURLToPath(new URL('../../../samples/', import.meta.url));

const HELP = `usage: rasd demo [--db FILE] [--port N] [--smoke]
       rasd demo --print

Ingests the sample articles in samples/ into the store (default rasd.db) and
serves the API and web UI on 127.0.0.1, printing the URL (Ctrl-C stops it).
  --smoke   start the server, check the API and the web UI answer, stop, exit
  --print   instead, analyze the samples and print what rasd found in each`;

export async function run(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(HELP);
    return 0;
  }
  if (!argv.includes('--print')) return (await import('../demo-serve.ts')).runDemoServe(argv.filter((a) => a !== '--serve'), SAMPLES_DIR);
  // `--print --db x` or `--print --bogus` printed as if the other arguments were not there (qa14)
  const other = argv.find((a) => a !== '--print');
  if (other !== undefined) {
    console.error(`rasd demo: --print takes no other argument (${other})\n${HELP}`);
    return 2;
  }
  const started = performance.now();
  const analyzer = createAnalyzer(loadResources());
  const files = readdirSync(SAMPLES_DIR).filter((f) => f.endsWith('.txt')).sort();
  const totals = { articles: 0, sentences: 0, entities: 0, quotes: 0, events: 0, times: 0, places: 0 };
  let failed = 0;
  for (const file of files) {
    for (const item of readInput(join(SAMPLES_DIR, file))) {
      if (!item.article) {
        console.error(`rasd demo: ${item.label}: ${item.error}`);
        failed++;
        continue;
      }
      const a = analyzer.analyzeArticle(item.article);
      totals.articles++;
      totals.sentences += a.sentences.length;
      totals.entities += a.entities.length;
      totals.quotes += a.quotes.length;
      totals.events += a.events.length;
      totals.times += a.times.length;
      totals.places += a.places.length;
      console.log(`${'═'.repeat(70)}\n${file}\n${formatPretty(a)}\n`);
    }
  }
  const ms = Math.round(performance.now() - started);
  console.log(
    `rasd demo: ${totals.articles} articles, ${totals.sentences} sentences, ${totals.entities} entities, ${totals.quotes} quotes, ${totals.events} events, ${totals.times} times, ${totals.places} places in ${ms} ms (stages: ${analyzer.version})`,
  );
  return failed > 0 ? 1 : 0;
}
