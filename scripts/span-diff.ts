/**
 * What a change did to the entity mentions of a random corpus draw: two dumps of scripts/span-dump.ts (before, after)
 * compared by article and span; each added, dropped or changed mention (span, entity name, English name or id) is
 * listed with its context, and a random sample of at most --sample of each class (resolve13's checks):
 *
 *   npx tsx scripts/span-diff.ts BEFORE.jsonl AFTER.jsonl [--sample 40] [--seed 1] [--all]
 */
import { readFileSync } from 'node:fs';
import { seededRandom } from '../src/ner/train.ts';
import { flag } from './flag.ts';

interface Row { id: string; start: number; end: number; type: string; kind: string; text: string; name: string; nameEn: string | null; kbId: string | null; before: string; after: string }
const read = (f: string): Row[] => readFileSync(f, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Row);
const [a, b] = [read(process.argv[2]!), read(process.argv[3]!)];
const sampleN = process.argv.includes('--all') ? Infinity : Number(flag('sample', '40'));
const rnd = seededRandom(Number(flag('seed', '1')));
const key = (r: Row) => `${r.id}|${r.start}|${r.end}|${r.kind}`;
const show = (r: Row) => `${r.type} ${r.kind} «${r.text}» ${r.name} → ${r.nameEn ?? ''} [${r.kbId ?? ''}]`;
const ctx = (r: Row) => `…${r.before}⟦${r.text}⟧${r.after}…`;
const ma = new Map(a.map((r) => [key(r), r]));
const mb = new Map(b.map((r) => [key(r), r]));
const changed: string[] = [];
const added: Row[] = [];
const dropped: Row[] = [];
for (const [k, r] of mb) {
  const o = ma.get(k);
  if (!o) added.push(r);
  else if (o.name !== r.name || o.nameEn !== r.nameEn || o.kbId !== r.kbId || o.type !== r.type) changed.push(`${show(o)}\n   ⇒ ${show(r)}\n   ${ctx(r)}`);
}
for (const [k, r] of ma) if (!mb.has(k)) dropped.push(r);
// An added mention over a dropped one of the same article that overlaps it is a span moved: shown as a pair.
const moved: string[] = [];
const addedLeft: Row[] = [];
for (const r of added) {
  const i = dropped.findIndex((o) => o.id === r.id && o.start < r.end && r.start < o.end);
  if (i >= 0) {
    const o = dropped.splice(i, 1)[0]!;
    moved.push(`${show(o)}\n   ⇒ ${show(r)}\n   ${ctx(r)}`);
  } else addedLeft.push(r);
}
const sample = <T>(xs: T[]): T[] => {
  const p = [...xs];
  for (let i = p.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [p[i], p[j]] = [p[j]!, p[i]!]; }
  return p.slice(0, sampleN);
};
console.log(`before ${a.length} mentions, after ${b.length}; moved ${moved.length}, changed ${changed.length}, added ${addedLeft.length}, dropped ${dropped.length}`);
console.log(`\n## moved (span changed)`); for (const x of sample(moved)) console.log(x);
console.log(`\n## changed (same span, other entity)`); for (const x of sample(changed)) console.log(x);
console.log(`\n## added`); for (const r of sample(addedLeft)) console.log(`${show(r)}\n   ${ctx(r)}`);
console.log(`\n## dropped`); for (const r of sample(dropped)) console.log(`${show(r)}\n   ${ctx(r)}`);
