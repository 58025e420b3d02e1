/**
 * Side-finding probe (branch events22): over a stretch of the unlabelled corpus (gold and reserved ids skipped), lists
 * the coded events whose raw source stands before a complementizer (قال X إن ...، أكد X أن ...) with the trigger after it,
 * tagged by what follows the complementizer: a pronoun (أنه، أنها: the speaker's own act), an actor, or another noun (the
 * reported clause has a subject of its own). Its output holds article text, so it stays on the machine.
 *
 *   npx tsx scripts/event-side-probe.ts --from 3 --to 17537 --every 50 [--exclude-file scripts/reserved-articles.txt]
 */
import { loadResources } from '../src/resources/load.ts';
import { buildStages, createAnalyzer } from '../src/analyzer.ts';
import { toTriples, tripleKey } from '../src/events/eval.ts';
import { setEventTrace, type TriggerTrace } from '../src/events/stage.ts';
import { corpusLineRange, corpusRangeFlags } from './corpus-pool.ts';

const { from, to, every, exclude } = corpusRangeFlags();
const traces: TriggerTrace[] = [];
setEventTrace((t) => traces.push(t));
const resources = loadResources();
const analyzer = createAnalyzer(resources, buildStages(resources));
const COMP = /(^|\s)(?:[وف]?(?:ب|ل)?(?:أن|إن|ان))(ه|ها|هم|هما|نا|ني)?\s+(\S+)/g;
const counts = new Map<string, number>();
for await (const { id, article } of corpusLineRange({ from, to, every, exclude })) {
  traces.length = 0;
  const a = analyzer.analyzeArticle(article);
  const text = a.document.text;
  const coded = new Map<number, string[]>();
  const triples = toTriples(a.events, a.entities);
  a.events.forEach((e, i) => { const t = triples[i]; if (t) coded.set(e.trigger.start, [...(coded.get(e.trigger.start) ?? []), tripleKey(t)]); });
  // A conjoined verb (و/ف/كما/ثم before it) whose source stands right after it, while an earlier verb of the sentence had
  // another source before it: is the actor after the second verb its subject or its object?
  for (const [i, t] of traces.entries()) {
    if (!t.isVerb || !t.source || t.source.start < t.span.start || t.source.prep !== '') continue;
    const lead = text.slice(Math.max(0, t.span.start - 5), t.span.start);
    if (!/^[وف]/.test(t.span.text) && !/(كما|ثم)\s+$/.test(lead)) continue;
    const s = a.sentences.find((x) => x.start <= t.span.start && x.end > t.span.start);
    if (!s) continue;
    const prev = traces.slice(0, i).reverse().find((p) => p.isVerb && p.span.start >= s.start && p.source && p.source.start < p.span.start && p.source.entity.id !== t.source!.entity.id);
    if (!prev) continue;
    const gap = text.slice(t.span.end, t.source.start);
    if (gap.trim().split(/\s+/).filter(Boolean).length > 1) continue;
    counts.set('conj', (counts.get('conj') ?? 0) + 1);
    const side = (x: TriggerTrace['source']) => (x ? x.entity.name : '-');
    console.log(`conj\t${id}\t${coded.get(t.span.start)?.join(',') ?? 'none'}\t[${t.span.text}] src=${side(t.source)} tgt=${side(t.target)} prevsrc=${side(prev.source)}\t${text.slice(s.start, s.end).replace(/\s+/g, ' ').slice(0, 300)}`);
  }
  // The preposition and kind of each coded side (--roles): which readings to read first.
  if (process.argv.includes('--roles')) for (const t of traces) {
    if (!coded.has(t.span.start)) continue;
    const s = a.sentences.find((y) => y.start <= t.span.start && y.end > t.span.start);
    for (const [role, x] of [['source', t.source], ['target', t.target]] as const) {
      if (!x) continue;
      const where = x.start < t.span.start ? 'before' : 'after';
      const key = `role ${role} ${x.prep || '-'} ${x.kind} ${where}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      console.log(`${key}\t${id}\t${coded.get(t.span.start)!.join(',')}\t[${t.span.text}] ${role}=${x.entity.name}\t${s ? text.slice(s.start, s.end).replace(/\s+/g, ' ').slice(0, 300) : ''}`);
    }
  }
  // A side named as the report's source (حسب المرصد، وفق وكالة، نقلا عن مصادر): who tells is no side of the act.
  for (const t of traces) {
    if (!coded.has(t.span.start)) continue;
    for (const [role, x] of [['source', t.source], ['target', t.target]] as const) {
      if (!x) continue;
      const lead = text.slice(Math.max(0, x.start - 14), x.start);
      if (!/(حسب|وفق|وفقا ل|وفقاً ل|طبقا ل|نقلا عن|نقلاً عن|بحسب ما (?:أفاد|ذكر|أعلن)(?:ت)?)\s*$/.test(lead)) continue;
      counts.set(`attrib-${role}`, (counts.get(`attrib-${role}`) ?? 0) + 1);
      const s = a.sentences.find((y) => y.start <= t.span.start && y.end > t.span.start);
      console.log(`attrib-${role}\t${id}\t${coded.get(t.span.start)!.join(',')}\t[${t.span.text}] ${role}=${x.entity.name}\t${s ? text.slice(s.start, s.end).replace(/\s+/g, ' ').slice(0, 300) : ''}`);
    }
  }
  for (const t of traces) {
    if (!t.source || t.source.start >= t.span.start || !coded.has(t.span.start)) continue;
    const between = text.slice(t.source.start, t.span.start);
    if (/[.!?؟\n]/.test(between)) continue;
    const ms = [...between.matchAll(COMP)];
    if (!ms.length) continue;
    const m = ms[ms.length - 1]!;
    const at = t.source.start + m.index! + m[0].length - m[3]!.length;
    const mentionAt = a.entities.some((e) => e.mentions.some((x) => x.start <= at && x.end > at));
    const tag = m[2] ? 'pronoun' : mentionAt ? 'actor' : t.span.start <= at ? 'trigger' : 'noun';
    counts.set(tag, (counts.get(tag) ?? 0) + 1);
    const s = a.sentences.find((x) => x.start <= t.span.start && x.end > t.span.start);
    console.log(`${tag}\t${id}\t${coded.get(t.span.start)!.join(',')}\t[${t.span.text}] src=${t.source.entity.name}\t${s ? text.slice(s.start, s.end).replace(/\s+/g, ' ').slice(0, 300) : ''}`);
  }
}
console.error([...counts].sort((x, y) => y[1] - x[1]).map(([k, n]) => `${k} ${n}`).join('\n'));
