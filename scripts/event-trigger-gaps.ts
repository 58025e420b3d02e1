/**
 * Where the event lexicon is silent: over a stretch of the unlabelled corpus, the sentences that name at
 * least two actors of different countries (entities with a country or actor code) and in which rasd codes
 * no event. Counts the content words there by their normalized stem (src/text clitic segmentation), the
 * words that are trigger forms of the lexicon there (a trigger the rules failed to use), and the words
 * right before and after those triggers (phrasal patterns the lexicon does not know). Driven by
 * unlabelled text, not by gold errors; gold articles are skipped.
 *
 *   npx tsx scripts/event-trigger-gaps.ts [--from 5000] [--to 8000] [--top 300] [--examples 2]
 *
 * (events54) Also the stems of the dyadic sentences in which no word is a trigger form of the lexicon at all (the
 * lexicon's gaps proper, kind E on new text), with examples, after the other tables.
 *
 * Lines are 1-based lines of ../shared/data/news/ant-corpus.jsonl.gz.
 */
import { parseArgs } from 'node:util';
import { readJsonLines } from '../src/io/corpus.ts';
import { loadResources } from '../src/resources/load.ts';
import { buildStages, createAnalyzer } from '../src/analyzer.ts';
import { sharedPath } from '../src/resources/shared.ts';
import { goldArticleIds } from './gold-ids.ts';

const { values } = parseArgs({ options: { from: { type: 'string' }, to: { type: 'string' }, top: { type: 'string' }, examples: { type: 'string' } } });
const from = Number(values.from ?? 5000);
const to = Number(values.to ?? 8000);
const top = Number(values.top ?? 300);
const exampleCount = Number(values.examples ?? 2);

// Function words, pronouns, numbers and reporting frames: not acts.
const STOP = new Set(
  ('في من على الى إلى عن مع ان أن إن بين هذا هذه ذلك تلك التي الذي الذين كان كانت يكون تكون قد لقد لم لن لا ما ' +
    'هو هي هم كما او أو ثم حتى بعد قبل خلال عند منذ اي أي كل بعض غير عبر حول ضد لدى امام أمام وفق وقال قال قالت ' +
    'اضاف أضاف اكد أكد اعلن أعلن اشار أشار تابع اوضح أوضح يوم الاثنين الثلاثاء الاربعاء الخميس الجمعة السبت الاحد ' +
    'العام عام اليوم امس أمس اخرى أخرى اخر آخر الى حيث بينما لكن وقد ايضا أيضا فقط نحو مثل له لها لهم به بها منه ' +
    'منها عليه عليها فيه فيها اليه اليها انه أنه انها أنها هناك هنا وذلك الا إلا اذا إذا سنة ذات جديد رئيس الرئيس وزير')
    .split(/\s+/)
    .map((w) => w.replace(/[أإآ]/g, 'ا').replace(/ى/g, 'ي')),
);

const inc = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
const addExample = (m: Map<string, string[]>, k: string, s: string) => {
  const l = m.get(k) ?? [];
  if (l.length < exampleCount) l.push(s.length > 220 ? s.slice(0, 220) + '…' : s);
  m.set(k, l);
};

const resources = loadResources();
const analyzer = createAnalyzer(resources, buildStages(resources));
const lex = resources.eventLexicon;
const corpus = sharedPath('data/news/ant-corpus.jsonl.gz');
if (!corpus) throw new Error('no ../shared/data/news/ant-corpus.jsonl.gz');
const gold = goldArticleIds(new URL('../test/gold/', import.meta.url).pathname);

const stems = new Map<string, number>();
const stemExamples = new Map<string, string[]>();
const unusedTriggers = new Map<string, number>();
const before = new Map<string, number>();
const after = new Map<string, number>();
const patternExamples = new Map<string, string[]>();
const bareStems = new Map<string, number>();
const bareExamples = new Map<string, string[]>();
let bare = 0;
let line = 0;
let articles = 0;
let sentencesSeen = 0;
let dyadic = 0;
let silent = 0;

for await (const rec of readJsonLines(corpus, to)) {
  line++;
  if (line < from || typeof rec.text !== 'string' || !rec.text.trim()) continue;
  if (rec.id && gold.has(rec.id)) continue;
  articles++;
  const doc = analyzer.document({ id: rec.id ?? null, title: rec.title ?? null, text: rec.text, source: rec.source ?? null });
  const a = analyzer.analyzeDocument(doc);
  const coded = new Set(a.events.map((e) => e.sentence));
  // Token index → the entity (code) whose mention covers it.
  const mentionCode = new Map<number, string>();
  const codeAt = (start: number, end: number, code: string) => {
    for (let i = 0; i < doc.tokens.length; i++) if (doc.tokens[i]!.start >= start && doc.tokens[i]!.end <= end) mentionCode.set(i, code);
  };
  for (const e of a.entities) {
    const code = e.country ?? e.actor;
    if (!code) continue;
    for (const m of e.mentions) codeAt(m.start, m.end, code.slice(0, 3));
  }
  let t = 0;
  doc.sentences.forEach((s, si) => {
    sentencesSeen++;
    const first = t;
    while (t < doc.tokens.length && doc.tokens[t]!.start < s.end) t++;
    const countries = new Set<string>();
    for (let i = first; i < t; i++) if (mentionCode.has(i)) countries.add(mentionCode.get(i)!);
    if (countries.size < 2) return;
    dyadic++;
    if (coded.has(si)) return;
    silent++;
    const sentence = doc.text.slice(s.start, s.end).replace(/\s+/g, ' ');
    const seen: string[] = [];
    let anyTrigger = false;
    for (let i = first; i < t; i++) {
      const tok = doc.tokens[i]!;
      if (tok.kind !== 'arabic' || mentionCode.has(i)) continue;
      const norm = doc.norm(i);
      const stem = doc.segment(i).stem;
      if (stem.length < 3 || STOP.has(norm) || STOP.has(stem)) continue;
      inc(stems, stem);
      addExample(stemExamples, stem, sentence);
      seen.push(stem);
      // A word the lexicon knows as a trigger (verb form with its proclitics stripped, or a noun stem).
      const bare = norm.replace(/^[وف]/, '').replace(/^س(?=[يتن])/, '');
      const verbs = lex.verbForms.get(norm) ?? lex.verbForms.get(bare);
      const nouns = lex.nounForms.get(stem);
      const entry = verbs?.[0]?.entry.id ?? nouns?.[0]?.id;
      if (!entry) continue;
      anyTrigger = true;
      inc(unusedTriggers, entry);
      const prev = i > first && doc.tokens[i - 1]!.kind === 'arabic' ? doc.segment(i - 1).stem : null;
      const next = i + 1 < t && doc.tokens[i + 1]!.kind === 'arabic' ? doc.segment(i + 1).stem : null;
      if (prev && !mentionCode.has(i - 1)) inc(before, `${prev} _${entry}`);
      if (next && !mentionCode.has(i + 1)) {
        inc(after, `${entry}_ ${next}`);
        addExample(patternExamples, `${entry}_ ${next}`, sentence);
      }
    }
    if (anyTrigger) return;
    bare++;
    for (const stem of new Set(seen)) {
      inc(bareStems, stem);
      addExample(bareExamples, stem, sentence);
    }
  });
}

const list = (m: Map<string, number>, n: number) => [...m].sort((x, y) => y[1] - x[1]).slice(0, n);
console.log(`corpus lines ${from}-${to} (${articles} articles, gold ones left out); ${sentencesSeen} sentences, ${dyadic} with two actors of different countries, ${silent} of them with no event coded`);
console.log('\n## Stems in dyadic sentences with no event (count, stem, example)');
for (const [k, c] of list(stems, top)) console.log(`${c}\t${k}\t${stemExamples.get(k)?.[0] ?? ''}`);
console.log('\n## Lexicon triggers present in those sentences but coding nothing (entry, count)');
for (const [k, c] of list(unusedTriggers, 80)) console.log(`${c}\t${k}`);
console.log('\n## Words right before an uncoded trigger');
for (const [k, c] of list(before, 60)) console.log(`${c}\t${k}`);
console.log('\n## Words right after an uncoded trigger (with an example)');
for (const [k, c] of list(after, 100)) console.log(`${c}\t${k}\t${patternExamples.get(k)?.[0] ?? ''}`);
console.log(`\n## (events54) Stems of the ${bare} dyadic sentences with no event and no trigger form at all (count, stem, examples)`);
for (const [k, c] of list(bareStems, top)) console.log(`${c}\t${k}\t${(bareExamples.get(k) ?? []).join(' ‖ ')}`);
