/**
 * Coverage of the event lexicon measured on the corpus (issue #6, branch events40): over a stretch of the unlabelled
 * corpus (gold, reserved and unseen articles left out by scripts/gold-ids.ts), the clauses (a sentence cut at commas,
 * semicolons, colons and quotation marks) that hold two actor mentions (entities with a country or actor code, two
 * distinct entities) or one actor and an object word of a lexicon pattern (غارات، عقوبات، اتفاقا ...), and in which the
 * event stage made no event. In each such clause the content words that may head it (the first four words of the
 * clause before its first actor, and the three words right after the first actor when another actor follows) are
 * counted, once per clause, by their stem (src/text clitic segmentation). Ranked by the number of clauses, each with
 * its most frequent surface forms, the lexicon entry that knows the form (a known form that did not fire) and examples.
 *
 *   npx tsx scripts/event-clause-gaps.ts --from 1 --to 17537 --every 8 [--top 200] [--examples 2] [--known]
 *
 * --known: only stems whose surface forms the lexicon knows (verb form or noun stem): known forms in constructions the
 * matcher misses. Without it, stems the lexicon knows are marked with the entry id in the fourth column.
 * Its output holds words and clauses of article text: it stays on the machine.
 */
import { loadResources } from '../src/resources/load.ts';
import { buildStages, createAnalyzer } from '../src/analyzer.ts';
import { corpusLineRange, corpusRangeFlags } from './corpus-pool.ts';
import { flag } from './flag.ts';
import { normalize } from '../src/text/normalize.ts';

const { from, to, every, exclude } = corpusRangeFlags();
const top = Number(flag('top', '200'));
const exampleCount = Number(flag('examples', '2'));
const knownOnly = process.argv.includes('--known');

const fold = (w: string) => w.replace(/[أإآ]/g, 'ا').replace(/ى/g, 'ي').replace(/ة/g, 'ه');
// Function words, pronouns, numbers, time words and reporting frames: never the head of an act.
const STOP = new Set(
  ('في من على الى إلى عن مع ان أن إن بين هذا هذه ذلك تلك التي الذي الذين اللذين اللتين كان كانت يكون تكون قد لقد لم لن لا ما ' +
    'هو هي هم هما كما او أو ثم حتى بعد قبل خلال عند منذ اي أي كل بعض غير عبر حول ضد لدى امام أمام وفق ' +
    'يوم الاثنين الثلاثاء الاربعاء الخميس الجمعة السبت الاحد العام عام اليوم امس أمس اخرى أخرى اخر آخر حيث بينما لكن ' +
    'وقد ايضا أيضا فقط نحو مثل له لها لهم به بها منه منها عليه عليها فيه فيها اليه اليها انه أنه انها أنها هناك هنا وذلك ' +
    'الا إلا اذا إذا سنة ذات جديد جديدة نفسه نفسها عدد عدة أكثر اكثر أول اول الأول الاولى مساء صباح الماضي المقبل الحالي ' +
    'إنه إنها لأن لان ليس ليست وهو وهي وهم وكان وكانت كانوا يكن سوف')
    .split(/\s+/)
    .map(fold),
);
const CUT = /^[،,؛;:«»"“”()\[\]\-–—]+$/;

const inc = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
const resources = loadResources();
const analyzer = createAnalyzer(resources, buildStages(resources));
const lex = resources.eventLexicon;
// The object words of the lexicon's patterns (first word of each), folded: a clause with one actor and one of them
// ("شنت إسرائيل غارات") is a candidate as well.
const objectWords = new Set<string>();
for (const e of lex.entries) for (const seq of e.objectSeqs) if (seq[0]) objectWords.add(fold(seq[0]));
const actorHeads = new Set([...lex.actorHeads].map(fold));

function knownEntry(norm: string, stem: string): string | undefined {
  const bare = norm.replace(/^[وف]/, '').replace(/^[سل](?=[يتن])/, '');
  const noun = lex.nounForms.get(normalize(stem)) ?? lex.nounForms.get(norm) ?? lex.nounForms.get(norm.replace(/^[وفبل]/, ''));
  return (lex.verbForms.get(norm) ?? lex.verbForms.get(bare))?.[0]?.entry.id ?? noun?.[0]?.id;
}

const clauses = new Map<string, number>(); // stem → clauses
const surfaces = new Map<string, Map<string, number>>();
const examples = new Map<string, string[]>();
const known = new Map<string, string>();
const kinds = new Map<string, { two: number; obj: number }>();
let articles = 0;
let clauseCount = 0;
let candidateClauses = 0;

for await (const { id, article } of corpusLineRange({ from, to, every, exclude })) {
  articles++;
  const doc = analyzer.document(article);
  const a = analyzer.analyzeDocument(doc);
  void id;
  const actorAt = new Map<number, string>(); // token → entity id (actors only)
  const mentionTok = new Set<number>(); // tokens of any entity mention
  const tokenRange = (start: number, end: number) => {
    const out: number[] = [];
    for (let i = 0; i < doc.tokens.length; i++) {
      const t = doc.tokens[i]!;
      if (t.start >= end) break;
      if (t.start >= start && t.end <= end) out.push(i);
    }
    return out;
  };
  for (const e of a.entities) {
    const coded = Boolean(e.country ?? e.actor);
    for (const m of e.mentions)
      for (const i of tokenRange(m.start, m.end)) {
        mentionTok.add(i);
        if (coded) actorAt.set(i, e.id);
      }
  }
  const eventTokens = new Set<number>();
  for (const ev of a.events) for (const i of tokenRange(ev.trigger.start, ev.trigger.end)) eventTokens.add(i);
  // clauses: runs of tokens between cut marks and sentence ends
  let start = 0;
  const sentenceEnd = new Set<number>();
  for (const s of doc.sentences) {
    const last = tokenRange(s.start, s.end).at(-1);
    if (last !== undefined) sentenceEnd.add(last);
  }
  for (let i = 0; i <= doc.tokens.length; i++) {
    const atEnd = i === doc.tokens.length || CUT.test(doc.tokens[i]!.text) || sentenceEnd.has(i - 1);
    if (!atEnd) continue;
    const toks: number[] = [];
    for (let k = start; k < i; k++) if (!CUT.test(doc.tokens[k]!.text)) toks.push(k);
    start = CUT.test(doc.tokens[i]?.text ?? '') ? i + 1 : i;
    if (!toks.length) continue;
    clauseCount++;
    if (toks.some((k) => eventTokens.has(k))) continue;
    // actors in order (one per entity run)
    const actorStarts: number[] = [];
    const seen = new Set<string>();
    for (const k of toks) {
      const e = actorAt.get(k);
      if (e && !actorAt.has(k - 1)) {
        actorStarts.push(k);
        seen.add(e);
      }
    }
    const hasObject = toks.some((k) => !mentionTok.has(k) && objectWords.has(fold(doc.norm(k).replace(/^[وفبل]/, ''))));
    const two = seen.size >= 2;
    if (!two && !(seen.size >= 1 && hasObject)) continue;
    candidateClauses++;
    const firstActor = actorStarts[0]!;
    const lastActor = actorStarts.at(-1)!;
    const cand: number[] = [];
    let before = 0;
    for (const k of toks) {
      if (k >= firstActor) break;
      if (before++ >= 4) break;
      cand.push(k);
    }
    if (lastActor > firstActor || hasObject) {
      let after = 0;
      for (let k = firstActor; k < toks.at(-1)! && after < 3; k++) {
        if (mentionTok.has(k)) continue;
        after++;
        cand.push(k);
      }
    }
    const clauseText = doc.text.slice(doc.tokens[toks[0]!]!.start, doc.tokens[toks.at(-1)!]!.end).replace(/\s+/g, ' ');
    const stemsHere = new Set<string>();
    for (const k of cand) {
      const tok = doc.tokens[k]!;
      if (tok.kind !== 'arabic' || mentionTok.has(k)) continue;
      const norm = doc.norm(k);
      const stem = doc.segment(k).stem;
      if (stem.length < 3 || STOP.has(fold(norm)) || STOP.has(fold(stem)) || actorHeads.has(fold(norm)) || actorHeads.has(fold(stem))) continue;
      if (objectWords.has(fold(norm.replace(/^[وفبل]/, '')))) continue; // the object word itself: its verb is what is sought
      const entry = knownEntry(norm, stem);
      if (knownOnly && !entry) continue;
      if (entry && !known.has(stem)) known.set(stem, entry);
      const sm = surfaces.get(stem) ?? new Map<string, number>();
      inc(sm, norm);
      surfaces.set(stem, sm);
      if (stemsHere.has(stem)) continue;
      stemsHere.add(stem);
      inc(clauses, stem);
      const kd = kinds.get(stem) ?? { two: 0, obj: 0 };
      if (two) kd.two++;
      else kd.obj++;
      kinds.set(stem, kd);
      const ex = examples.get(stem) ?? [];
      if (ex.length < exampleCount) ex.push(clauseText.length > 200 ? clauseText.slice(0, 200) + '…' : clauseText);
      examples.set(stem, ex);
    }
  }
}

console.log(
  `corpus lines ${from}-${to} every ${every} (${articles} articles, gold and reserved left out): ${clauseCount} clauses, ` +
    `${candidateClauses} with two actors (or an actor and a pattern's object word) and no event`,
);
console.log('rank\tclauses\ttwo/obj\tstem\tknown entry\tsurface forms\texamples');
const ranked = [...clauses].sort((x, y) => y[1] - x[1]).slice(0, top);
ranked.forEach(([stem, c], r) => {
  const forms = [...(surfaces.get(stem) ?? [])].sort((x, y) => y[1] - x[1]).slice(0, 4).map(([f, n]) => `${f}:${n}`).join(' ');
  const kd = kinds.get(stem)!;
  console.log(`${r + 1}\t${c}\t${kd.two}/${kd.obj}\t${stem}\t${known.get(stem) ?? '-'}\t${forms}\t${(examples.get(stem) ?? []).join(' ‖ ')}`);
});
