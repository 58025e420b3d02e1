/**
 * rasd analyze [--format json|jsonl|pretty] [--date YYYY-MM-DD] PATH...
 *
 * Prints one analysis per document: a JSON object for one document, JSON
 * Lines for several (or with --format jsonl), readable text with --format
 * pretty. A bad file or item gets one line on stderr and the exit status
 * becomes 1, while the other documents are still analyzed and printed.
 */
import { shownName } from '../shown.ts';
import { parseArgs } from '../args.ts';
import { isValidDate } from '../../core/document.ts';
import { RasdError } from '../../core/errors.ts';
import { createAnalyzer } from '../../analyzer.ts';
import { loadResources } from '../../resources/load.ts';
import { readInput, type InputItem } from '../../io/input.ts';
import { expandPaths, fileKind, readSource } from '../../ingest/sources.ts';
import { formatPretty } from '../pretty.ts';
import { unreadDateNote } from '../../readers/date.ts';

const HELP = `usage: rasd analyze [--format json|jsonl|pretty] [--date YYYY-MM-DD] PATH...

Reads each PATH (a file, a folder's files recursively, a quoted glob such as
'news/*.txt', or - for stdin) in any format rasd knows (seed, ANT, JSON,
JSON Lines, gzip, RSS/Atom feeds, saved HTML pages, plain text) and prints
the analysis of every article in it.
  --format   json (default for one document; an array for several), jsonl (default for several), pretty
  --date     publication date for documents that give none (plain text)`;

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { format: { type: 'string', short: 'f' }, date: { type: 'string', short: 'd' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  // the options first: `analyze --date FILE` took the file for the date, then said only "no input files" (qa12)
  const format = values.format ?? null;
  if (format !== null && !['json', 'jsonl', 'pretty'].includes(format)) throw new RasdError('RASD_E007', `unknown --format "${format}" (json, jsonl or pretty)`);
  if (values.date !== undefined && !isValidDate(values.date)) throw new RasdError('RASD_E007', `--date "${values.date}" is not a valid YYYY-MM-DD date`);
  if (positionals.length === 0) throw new RasdError('RASD_E007', `no input files\n${HELP}`);

  const analyzer = createAnalyzer(loadResources());
  let failed = 0;
  // saved HTML pages and RSS/Atom feeds are read as ingest reads them (they were analyzed as raw markup, qa9)
  const items: InputItem[] = [];
  // folders and quoted globs as ingest reads them: a folder was "is a directory", a glob "no such file" (qa12)
  for (const p of expandPaths(positionals)) {
    if (p !== '-' && ['feed', 'html', 'xml'].includes(fileKind(p))) {
      for await (const it of readSource(p)) {
        if (it.article && !it.article.date && values.date) it.article.date = values.date;
        items.push(it);
      }
    } else items.push(...readInput(p, { date: values.date ?? null }));
  }
  const articles = items.filter((i) => i.article).length;
  const mode = format ?? (articles > 1 ? 'jsonl' : 'json');
  let first = true;
  for (const item of items) {
    if (item.error || !item.article) {
      console.error(`rasd analyze: ${shownName(item.label)}: ${item.error ?? 'unreadable'}`);
      failed++;
      continue;
    }
    if (item.unreadDate) {
      // a date the input gives and rasd cannot read: analyzed without it (or with --date), said in one line (qa12)
      console.error(`rasd analyze: ${shownName(item.label)}: ${unreadDateNote(item.unreadDate, 'analyzed', item.article.date ?? null)}`);
      failed++;
    }
    let analysis;
    try {
      analysis = analyzer.analyzeArticle(item.article);
    } catch (err) {
      console.error(`rasd analyze: ${shownName(item.label)}: ${err instanceof Error ? err.message : String(err)}`);
      failed++;
      continue;
    }
    if (analysis.document.language !== 'ar') {
      console.error(`rasd analyze: ${shownName(item.label)}: not Arabic (language "${analysis.document.language}"); analyzed anyway`);
      failed++;
    }
    if (mode === 'pretty') {
      process.stdout.write(`${first ? '' : '\n' + '─'.repeat(60) + '\n\n'}${formatPretty(analysis)}\n`);
    } else if (mode === 'json') {
      // several documents in --format json are one JSON array (they were objects back to back: not JSON, qa9)
      const json = JSON.stringify(analysis, null, 2);
      process.stdout.write(articles > 1 ? `${first ? '[\n' : ',\n'}${json}` : `${json}\n`);
    } else {
      process.stdout.write(`${JSON.stringify(analysis)}\n`);
    }
    first = false;
  }
  if (mode === 'json' && articles > 1) process.stdout.write(first ? '[]\n' : '\n]\n');
  return failed > 0 ? 1 : 0;
}
