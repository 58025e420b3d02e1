/**
 * A recall audit of the quote stage on random corpus text: the reporting cues rasd left without a quote. Draws
 * ARTICLES articles from the corpus pool (scripts/corpus-pool.ts: no gold or reserved article, 500-4,000 characters,
 * shuffled with SEED; --skip N starts further down the same order, so a check can use articles the audit did not
 * read), runs the analyzer without events, and lists every sentence holding a reporting cue that no quote covers:
 * a verb of the quote lexicon (data/quotes/cues.json) in any form it derives, a verb of a broader list of verbs of
 * saying kept here (EXTRA_VERBS: what the lexicon may lack), the lexicon's statement and report nouns, an
 * attribution head (بحسب، وفق، نقلا عن ...), or an opening quotation mark. A cue is covered when it lies inside a
 * quote's cue or content (a mark up to two characters before the content). Prints counts by cue kind and by cue
 * word, then SAMPLE of the uncovered sentences drawn with the seed, each with the sentence before it, for a reader
 * to classify. Article text is printed, never written to a file.
 *
 * `--dump FILE` writes the quotes of the drawn articles (doc, cue offset, span, speaker; no article text) and
 * `--compare FILE` prints, for the same draw, the quotes added, removed or given another speaker since that dump,
 * with their sentences (at most SHOW of each, drawn with the seed): how a rule is checked on a sample.
 *
 *   nice -n 10 npx tsx scripts/quote-recall-audit.ts --seed 15 [--articles 150] [--skip 0] [--sample 100] [--kinds verb,extra] [--clause] [--long-marks]
 *   nice -n 10 npx tsx scripts/quote-recall-audit.ts --seed 15 --skip 600 --articles 1500 --dump /tmp/before.jsonl
 *   nice -n 10 npx tsx scripts/quote-recall-audit.ts --seed 15 --skip 600 --articles 1500 --compare /tmp/before.jsonl [--show 40]
 *   --contains STR keeps only the drawn articles whose text holds STR (before --skip and --articles apply).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createAnalyzer, buildStages } from '../src/analyzer.ts';
import { loadResources } from '../src/resources/load.ts';
import { sharedPath } from '../src/resources/shared.ts';
import { buildQuoteLexicon, cueKey, type CueVerbData } from '../src/quotes/lexicon.ts';
import { seededRandom } from '../src/ner/train.ts';
import { shuffledCorpusPool } from './corpus-pool.ts';
import { flag } from './flag.ts';
import type { Doc } from '../src/core/document.ts';

const seed = Number(flag('seed', '15'));
const nArticles = Number(flag('articles', '150'));
const skip = Number(flag('skip', '0'));
const sampleSize = Number(flag('sample', '100'));
// --clause: only verb cues with a complementizer, colon or quotation mark within the next 12 tokens of the sentence
// (the misses most likely to be statements by the gold convention, test/gold/quotes/README.md).
const clauseOnly = process.argv.includes('--clause');
const longMarks = process.argv.includes('--long-marks');
const kindsWanted = new Set(flag('kinds', 'verb,extra,noun,according,mark').split(','));
const dumpPath = flag('dump', '');
const comparePath = flag('compare', '');
const show = Number(flag('show', '40'));
const corpus = flag('corpus', sharedPath('data/news/ant-corpus.jsonl.gz') ?? '');

/** Verbs of saying that a reader of news would take as reporting a statement, beyond the lexicon (audit only). */
const EXTRA_VERBS: CueVerbData[] = [
  ['أدان', 'يدين', null], ['استنكر', 'يستنكر', 'مستنكرا'], ['رحب', 'يرحب', 'مرحبا'], ['انتقد', 'ينتقد', 'منتقدا'],
  ['ناشد', 'يناشد', 'مناشدا'], ['حث', 'يحث', 'حاثا'], ['طمأن', 'يطمئن', 'مطمئنا'], ['نبه', 'ينبه', 'منبها'],
  ['استبعد', 'يستبعد', 'مستبعدا'], ['أمل', 'يأمل', 'آملا'], ['تمنى', 'يتمنى', 'متمنيا'], ['أوصى', 'يوصي', 'موصيا'],
  ['وعد', null, 'واعدا'], ['توعد', 'يتوعد', 'متوعدا'], ['طلب', 'يطلب', 'طالبا'], ['أخبر', 'يخبر', 'مخبرا'],
  ['لاحظ', 'يلاحظ', 'ملاحظا'], ['استدرك', 'يستدرك', 'مستدركا'], ['تحدث', 'يتحدث', 'متحدثا'], ['هاجم', 'يهاجم', 'مهاجما'],
  ['رفض', 'يرفض', 'رافضا'], ['أيد', 'يؤيد', 'مؤيدا'], ['عارض', 'يعارض', null], ['أعرب', 'يعرب', 'معربا'],
  ['أفصح', 'يفصح', 'مفصحا'], ['أوضح', 'يوضح', 'موضحا'], ['لمح', 'يلمح', 'ملمحا'], ['قدر', 'يقدر', 'مقدرا'],
  ['اعتقد', 'يعتقد', 'معتقدا'], ['ظن', 'يظن', 'ظانا'], ['أوعز', 'يوعز', 'موعزا'], [null, 'يأمر', null],
  ['نشر', 'ينشر', 'ناشرا'], ['بث', 'يبث', 'باثا'], ['أذاع', 'يذيع', 'مذيعا'], ['أصدر', 'يصدر', 'مصدرا'],
  ['اشترط', 'يشترط', 'مشترطا'], ['قرر', 'يقرر', 'مقررا'], ['أبلغ', 'يبلغ', 'مبلغا'], ['أجاب', 'يجيب', 'مجيبا'],
  ['استهل', 'يستهل', 'مستهلا'], ['اختتم', 'يختتم', 'مختتما'], ['أفتى', 'يفتي', 'مفتيا'], ['ادعى', 'يدعي', 'مدعيا'],
  ['حذر', 'يحذر', 'محذرا'], ['دافع', 'يدافع', 'مدافعا'], ['برر', 'يبرر', 'مبررا'], ['أقسم', 'يقسم', 'مقسما'],
  ['أنكر', 'ينكر', 'منكرا'], ['كذب', 'يكذب', 'مكذبا'], ['تبنى', 'يتبنى', 'متبنيا'], ['أعرب', 'يعرب', 'معربا'],
].map(([past, present, participle]) => ({ lemma: (past ?? present)!, past, present, participle }));

const grammar = JSON.parse(readFileSync(new URL('../data/quotes/grammar.json', import.meta.url), 'utf8'));
const cueData = JSON.parse(readFileSync(new URL('../data/quotes/cues.json', import.meta.url), 'utf8'));
const lex = buildQuoteLexicon(cueData, grammar);
// (quotes24) grammar.json's lemma sections must name verbs of the lexicon it is built with, so the broader list carries
// the lexicon's verbs of those lemmas too (they are covered cues either way; they only let the grammar check pass).
const extraLemmas = new Set(EXTRA_VERBS.map((v) => v.lemma));
const extra = buildQuoteLexicon({
  verbs: [...EXTRA_VERBS, ...(cueData.verbs as Array<{ lemma: string }>).filter((v) => !extraLemmas.has(v.lemma))] as typeof EXTRA_VERBS, nouns: [], reportNouns: [], accordingTo: [], afterQuote: [], complementizers: [], prepositionComplements: [],
  subjectMarkers: [], sameSource: [], anonymous: [], channels: [], adverbials: [], adverbialPrepositions: [], adverbialNouns: [],
  connectors: [], actorHeads: [], pronounSubjects: [],
}, grammar);
const ACCORDING_HEADS = new Set(lex.accordingTo.map((p) => p[0]!));
// Statement nouns with the clitics and endings news puts on them (بيانها، وبيان، ببيان، البيان): the bare noun is in the lexicon.
const NOUN_ENDINGS = ['', 'ه', 'ها', 'هم', 'هما', 'ا', 'ات', 'اته', 'اتها'];

function cueOf(word: string): { kind: string; cue: string } | null {
  const k = cueKey(word);
  for (const w of [k, k.replace(/^[وف]/, ''), k.replace(/^[وف]?[بل]/, ''), k.replace(/^[وف]?(?:[بل]?ال|لل)/, '')]) {
    if (!w) continue;
    const v = lex.verbs.get(w);
    if (v) return { kind: 'verb', cue: `${v.lemma}/${v.form}` };
    const x = extra.verbs.get(w);
    if (x) return { kind: 'extra', cue: `${x.lemma}/${x.form}` };
    if (lex.reportNouns.has(w)) return { kind: 'noun', cue: w };
    for (const end of NOUN_ENDINGS) if (w.endsWith(end) && lex.nouns.has(w.slice(0, w.length - end.length))) return { kind: 'noun', cue: w.slice(0, w.length - end.length) };
  }
  return null;
}

/** An attribution phrase of the lexicon (بحسب، وفقا لما، نقلا عن، على لسان) starting at token i, with a clitic و/ف allowed. */
function accordingAt(doc: Doc, i: number): { kind: string; cue: string } | null {
  for (const p of lex.accordingTo) {
    const first = cueKey(doc.tokens[i]!.text);
    if (first !== p[0] && first !== 'و' + p[0] && first !== 'ف' + p[0]) continue;
    if (p.every((w, j) => j === 0 || cueKey(doc.tokens[i + j]?.text ?? '') === w)) return { kind: 'according', cue: p.join(' ') };
  }
  return null;
}

function clauseAfter(doc: Doc, from: number, to: number): boolean {
  let n = 0;
  for (const t of doc.tokens) {
    if (t.start < from) continue;
    if (t.start >= to || ++n > 12) break;
    if (t.text === ':' || t.text === '«' || t.text === '“' || t.text === '"' || lex.complementizers.has(cueKey(t.text))) return true;
  }
  return false;
}

const resources = loadResources();
const analyzer = createAnalyzer(resources, buildStages(resources).filter((s) => !s.id.startsWith('events')));
const { pool: drawn } = await shuffledCorpusPool(corpus, seed);
// --contains STR: only the drawn articles whose text holds STR (quotes27: the articles with "إدارة الرئيس").
const contains = flag('contains', '');
const pool = contains ? drawn.filter((a) => a.text.includes(contains)) : drawn;

interface Miss { doc: string; sentence: string; before: string; cues: string[]; kinds: Set<string>; quoted: boolean }
const misses: Miss[] = [];
const byKind = new Map<string, [number, number]>(); // kind → [cues, uncovered]
const byCue = new Map<string, [number, number]>();
let nQuotes = 0;
interface Dumped { doc: string; cueAt: number; cue: string; start: number; end: number; speakerText: string | null; speaker: string | null }
const dumped: Dumped[] = [];
const old = comparePath ? new Map(readFileSync(comparePath, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Dumped).map((d) => [`${d.doc}@${d.cueAt}`, d])) : null;
const changes: Array<{ what: string; line: string }> = [];
const seen = new Set<string>();
for (const art of pool.slice(skip, skip + nArticles)) {
  const doc = analyzer.document({ id: art.id, title: art.title, text: art.text, date: art.date });
  const a = analyzer.analyzeDocument(doc);
  const text = doc.text;
  nQuotes += a.quotes.length;
  for (const q of a.quotes) {
    const e = q.speaker ? a.entities.find((x) => x.id === q.speaker) : undefined;
    const d: Dumped = { doc: art.id, cueAt: q.cue.start, cue: q.cue.text, start: q.start, end: q.end, speakerText: q.speakerText, speaker: e ? (e.kbId ?? e.nameEn ?? e.name) : null };
    dumped.push(d);
    if (!old) continue;
    const key = `${art.id}@${q.cue.start}`;
    seen.add(key);
    const was = old.get(key);
    const ctx = () => {
      const sent = doc.sentences.find((x) => x.start <= q.cue.start && q.cue.start < x.end) ?? { start: q.start, end: q.end };
      return text.slice(sent.start, q.cue.start) + '【' + q.cue.text + '】' + text.slice(q.cue.end, Math.min(sent.end, Math.max(q.cue.end, q.end) + 20));
    };
    const who = `${q.speakerText ?? '∅'} → ${d.speaker ?? '∅'}${q.direct ? ' (direct)' : ''}`;
    if (!was) changes.push({ what: 'added', line: `${key} [${q.cue.text}] ${who}\n   content: ${q.text.slice(0, 100)}\n   | ${ctx().replace(/\n/g, ' ⏎ ')}` });
    else if (was.speaker !== d.speaker || was.speakerText !== d.speakerText || was.start !== d.start) changes.push({ what: 'changed', line: `${key} [${q.cue.text}] ${who}; was ${was.speakerText ?? '∅'} → ${was.speaker ?? '∅'}${was.start !== d.start ? ` (content moved ${was.start}-${was.end} → ${d.start}-${d.end})` : ''}\n   | ${ctx().replace(/\n/g, ' ⏎ ')}` });
  }
  if (old) for (const [key, was] of old) if (was.doc === art.id && !seen.has(key)) {
    const sent = doc.sentences.find((x) => x.start <= was.cueAt && was.cueAt < x.end)!;
    changes.push({ what: 'removed', line: `${key} [${was.cue}] ${was.speakerText ?? '∅'} → ${was.speaker ?? '∅'}\n   | ${text.slice(sent.start, sent.end).replace(/\n/g, ' ⏎ ')}` });
  }
  // A cue token overlapping a quote's cue (the cue may leave out a clitic و) or its content (a mark may stand before it).
  const covered = (at: number, end: number) => a.quotes.some((q) => (at < q.cue.end && end > q.cue.start) || (at < q.end && end > q.start - 2));
  let tok = 0;
  for (let s = 0; s < doc.sentences.length; s++) {
    const sent = doc.sentences[s]!;
    const marks: Array<{ at: number; end: number; kind: string; cue: string }> = [];
    let straight = 0;
    while (tok < doc.tokens.length && doc.tokens[tok]!.start < sent.end) {
      const t = doc.tokens[tok++]!;
      if (t.start < sent.start) continue;
      if (t.text === '«' || t.text === '“' || (t.text === '"' && straight++ % 2 === 0)) {
        // --long-marks: only quotations of five words or more (a name or a phrase in quotes is no statement).
        const close = text.indexOf(t.text === '«' ? '»' : t.text === '“' ? '”' : '"', t.end);
        const words = close < 0 ? 0 : text.slice(t.end, close).split(/\s+/).filter(Boolean).length;
        if (!longMarks || words >= 5) marks.push({ at: t.start, end: t.end, kind: 'mark', cue: t.text });
      }
      else {
        const c = cueOf(t.text) ?? accordingAt(doc, tok - 1);
        if (c) marks.push({ at: t.start, end: t.end, ...c });
      }
    }
    const open = marks.filter((m) => kindsWanted.has(m.kind) && (!clauseOnly || clauseAfter(doc, m.end, sent.end)));
    for (const m of open) {
      const hit = covered(m.at, m.end);
      const kk = byKind.get(m.kind) ?? [0, 0];
      kk[0]++; if (!hit) kk[1]++;
      byKind.set(m.kind, kk);
      const ck = byCue.get(`${m.kind} ${m.cue}`) ?? [0, 0];
      ck[0]++; if (!hit) ck[1]++;
      byCue.set(`${m.kind} ${m.cue}`, ck);
    }
    const missed = open.filter((m) => !covered(m.at, m.end));
    if (missed.length === 0) continue;
    let shown = '';
    let from = sent.start;
    for (const m of missed) { shown += text.slice(from, m.at) + '【' + text.slice(m.at, m.end) + '】'; from = m.end; }
    shown += text.slice(from, sent.end);
    const prev = s > 0 ? doc.sentences[s - 1]! : null;
    misses.push({
      doc: art.id,
      sentence: shown.replace(/\n/g, ' ⏎ '),
      before: prev ? text.slice(Math.max(prev.start, prev.end - 160), prev.end).replace(/\n/g, ' ⏎ ') : '',
      cues: missed.map((m) => `${m.kind}:${m.cue}`),
      kinds: new Set(missed.map((m) => m.kind)),
      quoted: a.quotes.some((q) => q.cue.start >= sent.start && q.cue.start < sent.end),
    });
  }
}
if (dumpPath) writeFileSync(dumpPath, dumped.map((d) => JSON.stringify(d)).join('\n') + '\n');
if (old) {
  const pick = seededRandom(seed + 2);
  for (const what of ['added', 'removed', 'changed']) {
    const all = changes.filter((c) => c.what === what);
    console.log(`\n== ${what}: ${all.length}${all.length > show ? ` (${show} shown)` : ''}`);
    const shown = all.map((c, i) => ({ c, i, r: pick() })).sort((x, y) => x.r - y.r).slice(0, show).sort((x, y) => x.i - y.i);
    shown.forEach(({ c }, n) => console.log(`#${n + 1} ${c.line}`));
  }
}
console.log(`${Math.min(nArticles, pool.length - skip)} articles (seed ${seed}, skip ${skip}), ${nQuotes} quotes, ${misses.length} sentences with an uncovered cue`);
for (const [k, [n, u]] of [...byKind].sort((x, y) => y[1][1] - x[1][1])) console.log(`  ${k.padEnd(10)} cues ${n}, uncovered ${u}`);
console.log('uncovered by cue (≥ 3):');
for (const [k, [n, u]] of [...byCue].filter(([, v]) => v[1] >= 3).sort((x, y) => y[1][1] - x[1][1])) console.log(`  ${k.padEnd(24)} ${u}/${n}`);
const next = seededRandom(seed + 1);
const order = misses.map((m, i) => ({ m, i, r: next() })).sort((x, y) => x.r - y.r).slice(0, sampleSize).sort((x, y) => x.i - y.i);
let n = 0;
for (const { m } of order) {
  console.log(`\n#${++n} ${m.doc} [${m.cues.join(' ')}]${m.quoted ? ' (sentence has a quote)' : ''}`);
  if (m.before) console.log(`   before: …${m.before}`);
  console.log(`   | ${m.sentence.slice(0, 700)}`);
}
