/**
 * The span audit of resolve13: reads a dump of scripts/span-dump.ts and lists the entity mentions whose span holds a
 * word that cannot belong to a name, by kind, with a count of each kind and a random sample to read:
 *
 *   npx tsx scripts/span-audit.ts DUMP.jsonl [--sample 40] [--kind K] [--seed 1]
 *
 * Kinds (a mention may have several; it is counted under the first):
 *   quote      a quotation mark inside the span
 *   space      two spaces or a line break in the mention or the entity's name
 *   conj-verb  a word after the first with و/ف and a verb's shape (وشرحت، ويؤكد), seldom inside names
 *   verb       a word with a verb's shape (imperfect ي/ت/ن + consonant; past + ت/وا), seldom inside names
 *   prep-noun  a word after the first with the preposition ب/ل (بقرار، للمناصحة), seldom inside names
 *   proclitic  ل/ب/ك/و on the first word where the rest is a KB name or a common word, and the span holds it
 * "Seldom inside names": the recognizer's auto-lexicon (nameEvidence) puts it in a name in under 30% of its 20+ sightings.
 */
import { readFileSync } from 'node:fs';
import { loadResources } from '../src/resources/load.ts';
import { createSegmenter, segmentationKey } from '../src/text/clitics.ts';
import { tokenize } from '../src/text/tokenize.ts';
import { normalize } from '../src/text/normalize.ts';
import { seededRandom } from '../src/ner/train.ts';
import { flag } from './flag.ts';

const file = process.argv[2]!;
const sampleN = Number(flag('sample', '40'));
const only = flag('kind', '');
const rnd = seededRandom(Number(flag('seed', '1')));
const res = loadResources();
const kb = res.kb;
const freq = res.wordFrequencies;
const ev = res.nameEvidence!;
const seg = createSegmenter(freq);

const share = (key: string): number | null => {
  const e = ev.get(key);
  if (!e || e[0]! < 20) return null;
  return (e[1]! + e[2]! + e[3]! + e[4]!) / e[0]!;
};
/** Seldom inside names: known evidence under 30%, or unknown to the evidence but 50+ in the word counts. */
const seldom = (base: string): boolean => {
  if (kb.isNamePart(base) || kb.lookup(base).length) return false;
  const s = share(normalize(base));
  if (s !== null) return s < 0.3;
  return (freq.get(segmentationKey(base)) ?? 0) >= 50;
};
const QUOTE = /["«»“”„]/;
const IMPERFECT = /^[يتن][^اويىء][\u0621-\u064a]{2,}$/;
const PAST = /^(?!ال)[\u0621-\u064a]{2,4}[^ا](ت|وا|تا)$/;

interface Row { id: string; start: number; end: number; type: string; kind: string; text: string; name: string; nameEn: string | null; kbId: string | null; before: string; after: string }
const kinds = new Map<string, Row[]>();
let total = 0;
const seen = new Set<string>();
for (const line of readFileSync(file, 'utf8').split('\n')) {
  if (!line) continue;
  const r = JSON.parse(line) as Row;
  total++;
  if (r.kind === 'demonym') continue;
  const key = `${r.id}|${r.start}|${r.end}`;
  if (seen.has(key)) continue;
  seen.add(key);
  const k = classify(r);
  if (!k) continue;
  if (!kinds.has(k)) kinds.set(k, []);
  kinds.get(k)!.push(r);
}

function classify(r: Row): string | null {
  if (QUOTE.test(r.text)) return 'quote';
  // A name the KB knows as written may hold any word (هيئة تحرير الشام); a title phrase holds ل (رئيس اللجنة ... للحوثيين).
  const known = kb.lookup(r.text).length > 0;
  if (/\s{2,}|\n/.test(r.text) || /\s{2,}|\n/.test(r.name)) return 'space';
  const toks = tokenize(r.text).filter((t) => t.kind === 'arabic');
  if (known || r.kind === 'title') return firstWord(r, toks);
  for (let i = 1; i < toks.length; i++) {
    const w = toks[i]!.text.replace(/[\u064b-\u0652]/g, '');
    const s = seg(w);
    const base = w.slice(s.baseStart);
    const p = s.proclitics;
    if ((p.includes('و') || p.includes('ف')) && !p.includes('ال') && (IMPERFECT.test(normalize(base)) || PAST.test(normalize(base))) && seldom(base)) return 'conj-verb';
  }
  for (let i = 0; i < toks.length; i++) {
    const w = toks[i]!.text.replace(/[\u064b-\u0652]/g, '');
    const s = seg(w);
    if (s.baseStart === 0 && !w.startsWith('ال') && (IMPERFECT.test(normalize(w)) || (i > 0 && PAST.test(normalize(w)))) && seldom(w)) return 'verb';
  }
  for (let i = 1; i < toks.length; i++) {
    const w = toks[i]!.text.replace(/[\u064b-\u0652]/g, '');
    const s = seg(w);
    if ((s.proclitics.includes('ب') || s.proclitics.includes('ل')) && seldom(w.slice(s.baseStart))) return 'prep-noun';
  }
  return firstWord(r, toks);
}

/** ل/ب/ك/و on the first word: at a word's start (لاتحاد الأمريكي), or inside one (ل⟦لحكومة⟧, the article's alef elided) with an unknown name. */
function firstWord(r: Row, toks: ReturnType<typeof tokenize>): string | null {
  const w = toks[0]?.text;
  if (!w || !/^[لبكو]/.test(w) || toks[0]!.start !== 0 || kb.lookup(r.text).length) return null;
  const midWord = r.before !== '' && !/\s$/.test(r.before) && /[\u0621-\u064a]$/.test(r.before);
  const rest = r.text.slice(1);
  const restWord = w.slice(1);
  const common = !kb.isNamePart(w) && (freq.get(segmentationKey(restWord)) ?? 0) >= 5 * ((freq.get(segmentationKey(w)) ?? 0) + 1);
  if (midWord) return r.name.startsWith('ل') && !r.kbId?.match(/^(per|org|loc|cty):/) ? 'proclitic-in-word' : null;
  if (kb.lookup(rest).length || kb.lookup('ال' + rest).length) return 'proclitic-kb';
  return common ? 'proclitic-common' : null;
}

console.log(`mentions ${total}, distinct non-demonym spans ${seen.size}`);
for (const [k, rows] of [...kinds].sort((a, b) => b[1].length - a[1].length)) {
  const arts = new Set(rows.map((r) => r.id)).size;
  console.log(`\n## ${k}: ${rows.length} mentions in ${arts} articles`);
  if (only && only !== k) continue;
  const pick = [...rows];
  for (let i = pick.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [pick[i], pick[j]] = [pick[j]!, pick[i]!]; }
  for (const r of pick.slice(0, sampleN)) console.log(`${r.type}\t${r.text}\t${r.name}\t→ ${r.nameEn ?? r.name} [${r.kbId ?? ''}]\t…${r.before}⟦${r.text}⟧${r.after}…`);
}
