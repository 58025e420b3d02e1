/**
 * Known forms that do not fire (issue #6, branch events36): over a stretch of the unlabelled corpus (gold and reserved
 * articles left out, scripts/gold-ids.ts), every word whose form the lexicon knows only as part of a pattern (a verb of
 * entries that all need an object word, or the first word of a multiword noun pattern) and where the event stage made
 * no trigger. Prints, per entry, how often that happened and the most frequent words right after the form (the object
 * word the entry's list may lack), so that a list found too narrow can be widened as a class, not sentence by sentence.
 *
 *   npx tsx scripts/event-known-probe.ts --from 1 --to 17537 --every 10 [--top 15] [--entry ID] [--examples N]
 *
 * --entry ID with --examples N prints N contexts of that entry's unmatched forms (the word and the six words after it).
 * Its output holds words of article text: it stays on the machine.
 */
import { loadResources } from '../src/resources/load.ts';
import { buildStages, createAnalyzer } from '../src/analyzer.ts';
import { setEventTrace, type TriggerTrace } from '../src/events/stage.ts';
import { normalize } from '../src/text/normalize.ts';
import { tokenize } from '../src/text/tokenize.ts';
import { corpusLineRange, corpusRangeFlags } from './corpus-pool.ts';
import { flag } from './flag.ts';

const { from, to, every, exclude } = corpusRangeFlags();
const top = Number(flag('top', '15'));
const onlyEntry = flag('entry', '');
const examples = Number(flag('examples', '0'));
const resources = loadResources();
const analyzer = createAnalyzer(resources, buildStages(resources));
const lex = resources.eventLexicon;
let traces: TriggerTrace[] = [];
setEventTrace((t) => traces.push(t));

const ENCLITICS = ['هما', 'هم', 'ها', 'ه'];
/** The lexicon's verb entries for a word after و/ف, the future س or the ل of purpose, and an object pronoun. */
function verbEntries(w: string): string[] {
  const cands = new Set<string>([w]);
  for (const c of [...cands]) if (/^[وف]/.test(c) && c.length > 3) cands.add(c.slice(1));
  for (const c of [...cands]) if (/^[سل][يتنا]/.test(c) && c.length > 3) cands.add(c.slice(1));
  for (const c of [...cands]) for (const e of ENCLITICS) if (c.endsWith(e) && c.length - e.length >= 3) cands.add(c.slice(0, -e.length));
  const out = new Set<string>();
  for (const c of cands) for (const vf of lex.verbForms.get(c) ?? []) out.add(vf.entry.id + (vf.entry.objectSeqs.length ? '' : '!plain'));
  return [...out];
}
const seqFirsts = new Map<string, Set<string>>();
for (const s of lex.nounSeqs) {
  const f = s.words[0]!;
  const set = seqFirsts.get(f) ?? new Set<string>();
  set.add(s.entry.id);
  seqFirsts.set(f, set);
}
function seqEntries(w: string): string[] {
  const c = w.replace(/^[وف]/, '').replace(/^(بال|لل|ال|ب|ل|ك)/, '');
  if (lex.nounForms.has(c)) return [];
  return [...(seqFirsts.get(c) ?? seqFirsts.get(c.replace(/ا$/, '')) ?? [])];
}

const counts = new Map<string, number>();
const nextWords = new Map<string, Map<string, number>>();
const shown = new Map<string, number>();
for await (const { id, article } of corpusLineRange({ from, to, every, exclude })) {
  traces = [];
  const a = analyzer.analyzeArticle(article);
  const toks = tokenize(a.document.text);
  const spans = traces.map((t) => t.span);
  const covered = (s: number, e: number) => spans.some((sp) => sp.start < e && s < sp.end);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.kind !== 'arabic' || covered(t.start, t.end)) continue;
    const w = normalize(t.text);
    const ve = verbEntries(w);
    const keys = ve.length && ve.every((k) => !k.endsWith('!plain')) ? ve.map((k) => `V ${k}`) : seqEntries(w).map((k) => `N ${k}`);
    if (!keys.length) continue;
    const next: string[] = [];
    for (let j = i + 1; j < toks.length && next.length < 6; j++) if (toks[j]!.kind === 'arabic') next.push(normalize(toks[j]!.text));
    for (const k of keys) {
      if (onlyEntry && !k.endsWith(` ${onlyEntry}`)) continue;
      counts.set(k, (counts.get(k) ?? 0) + 1);
      const m = nextWords.get(k) ?? new Map<string, number>();
      for (const x of next.slice(0, 3)) m.set(x, (m.get(x) ?? 0) + 1);
      nextWords.set(k, m);
      if (examples && (shown.get(k) ?? 0) < examples) {
        shown.set(k, (shown.get(k) ?? 0) + 1);
        console.log(`EX\t${k}\t${id}\t${t.text} ${next.join(' ')}`);
      }
    }
  }
}
for (const [k, n] of [...counts].sort((x, y) => y[1] - x[1])) {
  const m = [...(nextWords.get(k) ?? new Map<string, number>())].sort((x, y) => y[1] - x[1]).slice(0, top);
  console.log(`${n}\t${k}\t${m.map(([w, c]) => `${w}:${c}`).join(' ')}`);
}
