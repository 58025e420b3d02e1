/**
 * Offsets are sacred: analyzes N articles drawn from the corpus pool (scripts/corpus-pool.ts: no gold, no reserved
 * article) and checks every span of every layer (any object with numeric `start`/`end`: sentences, mentions, quote
 * and cue spans, event triggers, times) lies inside `document.text` and, where it has `text`, slices back to it.
 * With --store it also writes the articles to a fresh SQLite store and checks the analyses it reads back, so that a
 * text the store cannot keep as it was (a lone surrogate, a NUL) shows up as a shifted span.
 *
 * With --mutate each article is first roughened the way real text is (seeded): diacritics and tatweel inside words,
 * zero-width and direction marks, emoji (surrogate pairs), CRLF line ends, no-break spaces, Arabic-Indic digits, so
 * the normalizer's offset map and the tokenizer are tested on what a clean corpus lacks.
 *
 *   npx tsx scripts/check-offsets.ts [--n 300] [--seed 9] [--store] [--mutate] [--corpus PATH]
 *
 * Prints one line per bad span (at most 20) and a summary; exit status 1 when any span is bad.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Analysis } from '../src/core/analysis.ts';
import { createRecordMaker } from '../src/ingest/record.ts';
import { sharedPath } from '../src/resources/shared.ts';
import type { ArticleRecord } from '../src/store/store.ts';
import { shuffledCorpusPool } from './corpus-pool.ts';

export interface SpanProblem {
  path: string;
  start: number;
  end: number;
  problem: string;
}

/** Every object under `analysis` with numeric start/end, checked against document.text. */
export function spanProblems(analysis: Analysis): SpanProblem[] {
  const text = analysis.document.text;
  const out: SpanProblem[] = [];
  const visit = (v: unknown, path: string): void => {
    if (Array.isArray(v)) {
      v.forEach((x, i) => visit(x, `${path}[${i}]`));
      return;
    }
    if (v === null || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number') {
      const { start, end } = o as { start: number; end: number };
      if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) {
        out.push({ path, start, end, problem: `outside the text (length ${text.length})` });
      } else if (typeof o.text === 'string' && text.slice(start, end) !== o.text) {
        out.push({ path, start, end, problem: `slices to ${JSON.stringify(text.slice(start, end))}, not ${JSON.stringify(o.text)}` });
      }
    }
    for (const [k, x] of Object.entries(o)) if (k !== 'document' && typeof x === 'object') visit(x, `${path}.${k}`);
  };
  visit(analysis, '');
  return out;
}

const INSERTS = ['\u064e', '\u064f', '\u0650', '\u0651', '\u0652', '\u064b', '\u0640', '\u200c', '\u200d', '\u200f', '\u200e', '\u061c'];
const EMOJI = ['😀', '🇸🇾', '👍🏽', '🕊️'];
const INDIC = '٠١٢٣٤٥٦٧٨٩';

/** `text` roughened the way real text is (see the header); `rand` is the seeded generator. */
export function roughen(text: string, rand: () => number): string {
  let out = '';
  for (const ch of text) {
    const r = rand();
    if (ch >= '0' && ch <= '9' && r < 0.5) out += INDIC[Number(ch)];
    else if (ch === ' ' && r < 0.03) out += '\u00a0';
    else if (ch === '\n' && r < 0.7) out += '\r\n';
    else out += ch;
    if (/[\u0621-\u064a]/.test(ch) && r > 0.93) out += INSERTS[Math.floor(rand() * INSERTS.length)];
    if (ch === ' ' && r > 0.995) out += `${EMOJI[Math.floor(rand() * EMOJI.length)]} `;
  }
  return out;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      n: { type: 'string', default: '300' },
      seed: { type: 'string', default: '9' },
      store: { type: 'boolean', default: false },
      mutate: { type: 'boolean', default: false },
      corpus: { type: 'string', default: sharedPath('data/news/ant-corpus.jsonl.gz') ?? '' },
    },
  });
  const n = Number(values.n);
  const { pool, next } = await shuffledCorpusPool(values.corpus!, Number(values.seed));
  const maker = createRecordMaker();
  const records: ArticleRecord[] = [];
  let spans = 0;
  let bad = 0;
  const report = (label: string, problems: SpanProblem[]) => {
    for (const p of problems) {
      if (bad < 20) console.log(`${label} ${p.path} [${p.start}, ${p.end}): ${p.problem}`);
      bad++;
    }
  };
  const countSpans = (a: Analysis) =>
    a.sentences.length + a.entities.reduce((s, e) => s + e.mentions.length, 0) + a.quotes.length * 2 + a.events.length + a.times.length;
  for (const art of pool.slice(0, n)) {
    const text = values.mutate ? roughen(art.text, next) : art.text;
    const title = values.mutate && art.title ? roughen(art.title, next) : art.title;
    const made = maker.make({ id: art.id, title, text, date: art.date });
    if (!made.record) {
      console.log(`${art.id}: ${made.error}`);
      bad++;
      continue;
    }
    records.push(made.record);
    spans += countSpans(made.record.analysis);
    report(art.id, spanProblems(made.record.analysis));
  }
  let stored = 0;
  if (values.store) {
    const { openStore } = await import('../src/store/open.ts');
    const dir = mkdtempSync(join(tmpdir(), 'rasd-offsets-'));
    try {
      const store = await openStore(join(dir, 'o.db'));
      const results = await store.putArticles(records);
      for (const r of results) {
        const back = await store.article(r.id);
        if (!back) continue;
        stored++;
        report(`store #${r.id}`, spanProblems(back.analysis));
      }
      await store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  console.log(
    `${records.length} articles${values.mutate ? ' (roughened)' : ''}, ${spans} spans checked${values.store ? `, ${stored} read back from a store` : ''}: ${bad} bad`,
  );
  return bad ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main();
