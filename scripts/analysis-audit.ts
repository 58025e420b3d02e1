/**
 * Mechanical audit of analyses (qa12): reads JSON Lines of `rasd analyze --format jsonl` output and lists, by kind,
 * what breaks a promise of the contract or is implausible on its face:
 *
 *   npx tsx src/cli/main.ts analyze --format jsonl ARTICLES.jsonl > out.jsonl
 *   npx tsx scripts/analysis-audit.ts out.jsonl [--list]
 *
 * Checks: the JSON Schema (schema/analysis.schema.json) and checkAnalysis (spans slice back to their text,
 * references point at entities); a span given to two entities; an event's trigger outside its sentence; two events
 * or two quotes on one span; English names that are empty, padded or hold Arabic letters; Arabic names that are
 * empty; times whose TIMEX3 value is malformed or, for dates the text gives no year for, far from the dateline;
 * event dates far from the dateline; places outside the world or outside the outline of the country they are given
 * (world-countries, about 50 km slack), or given another country than their entity's. --list prints each finding.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { checkAnalysis } from '../src/core/validate.ts';
import { REPO_ROOT } from '../src/resources/shared.ts';
import type { Analysis } from '../src/core/analysis.ts';
import { inCountry } from './country-outline.ts';

const file = process.argv.slice(2).find((a) => !a.startsWith('--'));
if (!file) {
  console.error('usage: npx tsx scripts/analysis-audit.ts ANALYSES.jsonl [--list]');
  process.exit(2);
}
const list = process.argv.includes('--list');

const schema = JSON.parse(readFileSync(join(REPO_ROOT, 'schema', 'analysis.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);


const TIMEX = /^(?:\d{4}(?:-(?:\d{2}(?:-\d{2})?|W\d{2}(?:-\d)?|Q\d|H\d|SP|SU|FA|WI))?|\d{2,3}|XXXX(?:-[\dX]{2}(?:-[\dX]{2})?|-WXX(?:-\d)?)?)(?:T(?:\d{2}(?::\d{2})?|MO|AF|EV|NI|MI|DT))?(?:\[[^\]]*\])?$|^T\d{2}(?::\d{2})?$|^P(?:\d+|X)(?:[YMWD]|DE|CE|T?H|TM|TS)?$|^PT(?:\d+|X)[HMS]$|^(?:PAST|PRESENT|FUTURE)_REF$/;
const ARABIC = /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/;
const westernDigits = (s: string) => s.replace(/[٠-٩]/g, (c) => String(c.charCodeAt(0) - 0x660)).replace(/[۰-۹]/g, (c) => String(c.charCodeAt(0) - 0x6f0));

const counts = new Map<string, number>();
const totals = { articles: 0, entities: 0, mentions: 0, quotes: 0, events: 0, times: 0, places: 0 };
function flagIt(kind: string, id: string, detail: string) {
  counts.set(kind, (counts.get(kind) ?? 0) + 1);
  if (list) console.log(`${kind}\t${id}\t${detail}`);
}

for (const line of readFileSync(file, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const a = JSON.parse(line) as Analysis;
  const id = a.document?.id ?? '?';
  totals.articles++;
  if (!validate(a)) for (const e of validate.errors ?? []) flagIt('schema', id, `${e.instancePath} ${e.message}`);
  for (const p of checkAnalysis(a)) flagIt('contract', id, p);
  const text = a.document.text;
  const dct = a.document.date;
  const dctYear = dct ? Number(dct.slice(0, 4)) : null;
  const ctx = (s: number, e: number) => text.slice(Math.max(0, s - 25), Math.min(text.length, e + 25)).replace(/\s+/g, ' ');
  const entity = new Map(a.entities.map((e) => [e.id, e]));

  const spanOwner = new Map<string, string>();
  for (const e of a.entities) {
    totals.entities++;
    if (!e.name || !e.name.trim()) flagIt('name-empty', id, `${e.id} ${JSON.stringify(e.name)}`);
    if (e.nameEn !== null) {
      if (!e.nameEn.trim()) flagIt('nameEn-empty', id, `${e.id} ${e.name}`);
      else if (ARABIC.test(e.nameEn)) flagIt('nameEn-arabic', id, `${e.id} ${e.name} → ${e.nameEn}`);
      else if (e.nameEn !== e.nameEn.trim() || /\s{2}/.test(e.nameEn)) flagIt('nameEn-spacing', id, `${e.id} ${JSON.stringify(e.nameEn)}`);
      else if (/[^\p{L}\p{M}\d\s.'’\-(),&/]/u.test(e.nameEn)) flagIt('nameEn-odd-char', id, `${e.id} ${e.name} → ${e.nameEn}`);
    }
    if (e.country !== null && !/^(?:[A-Z]{3}|IGO)$/.test(e.country)) flagIt('country-code', id, `${e.id} ${e.name} ${e.country}`);
    if (e.mentions.length === 0) flagIt('entity-no-mentions', id, `${e.id} ${e.name}`);
    for (const m of e.mentions) {
      totals.mentions++;
      if (m.start === m.end) flagIt('mention-empty', id, `${e.id} ${m.start}`);
      if (m.text !== m.text.trim()) flagIt('mention-padded', id, `${e.id} ${JSON.stringify(m.text)}`);
      const key = `${m.start}:${m.end}`;
      const prev = spanOwner.get(key);
      if (prev && prev !== e.id) flagIt('mention-two-entities', id, `${prev}/${e.id} "${m.text}" …${ctx(m.start, m.end)}…`);
      spanOwner.set(key, e.id);
    }
  }

  const quoteSpans = new Set<string>();
  for (const q of a.quotes) {
    totals.quotes++;
    const key = `${q.start}:${q.end}`;
    if (quoteSpans.has(key)) flagIt('quote-duplicate', id, `[${q.start},${q.end}) ${q.text.slice(0, 60)}`);
    quoteSpans.add(key);
    if (q.start === q.end || !q.text.trim()) flagIt('quote-empty', id, `[${q.start},${q.end})`);
    if (q.speakerText === '') flagIt('quote-speakerText-empty', id, `[${q.start},${q.end})`);
  }
  const sortedQ = [...a.quotes].sort((x, y) => x.start - y.start);
  for (let i = 1; i < sortedQ.length; i++) {
    if (sortedQ[i]!.start < sortedQ[i - 1]!.end && `${sortedQ[i]!.start}:${sortedQ[i]!.end}` !== `${sortedQ[i - 1]!.start}:${sortedQ[i - 1]!.end}`)
      flagIt('quote-overlap', id, `[${sortedQ[i - 1]!.start},${sortedQ[i - 1]!.end}) / [${sortedQ[i]!.start},${sortedQ[i]!.end})`);
  }

  const eventKeys = new Set<string>();
  for (const ev of a.events) {
    totals.events++;
    const t = ev.trigger;
    const key = `${t.start}:${t.end}:${ev.source}:${ev.target}:${ev.cameo}`;
    if (eventKeys.has(key)) flagIt('event-duplicate', id, `${ev.cameo} "${t.text}" ${ev.source}→${ev.target} …${ctx(t.start, t.end)}…`);
    eventKeys.add(key);
    const s = a.sentences[ev.sentence];
    if (s && (t.start < s.start || t.end > s.end)) flagIt('event-trigger-outside-sentence', id, `"${t.text}" [${t.start},${t.end}) sentence ${ev.sentence} [${s.start},${s.end})`);
    if (ev.source !== null && ev.source === ev.target) flagIt('event-self', id, `${ev.cameo} "${t.text}" ${entity.get(ev.source)?.name}`);
    if (ev.date !== null && !TIMEX.test(ev.date)) flagIt('event-date-malformed', id, `${ev.date} "${t.text}"`);
    const y = ev.date ? /^(\d{4})/.exec(ev.date)?.[1] : undefined;
    if (y && dctYear !== null && (Number(y) > dctYear + 1)) flagIt('event-date-future', id, `${ev.date} (dateline ${dct}) "${t.text}" …${ctx(t.start, t.end)}…`);
  }
  // the same trigger span with two different readings
  const byTrigger = new Map<string, number>();
  for (const ev of a.events) byTrigger.set(`${ev.trigger.start}:${ev.trigger.end}`, (byTrigger.get(`${ev.trigger.start}:${ev.trigger.end}`) ?? 0) + 1);
  for (const [k, n] of byTrigger) if (n > 1) flagIt('event-trigger-shared', id, `${k} ×${n} "${text.slice(...(k.split(':').map(Number) as [number, number]))}"`);

  for (const t of a.times) {
    totals.times++;
    const where = `${t.type} ${t.value} "${t.text}" …${ctx(t.start, t.end)}…`;
    if (!TIMEX.test(t.value)) flagIt('time-malformed', id, where);
    const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(t.value);
    if (!m || (t.type !== 'DATE' && t.type !== 'TIME')) continue;
    if (m[2] && (Number(m[2]) < 1 || Number(m[2]) > 12)) flagIt('time-bad-month', id, where);
    if (m[3] && (Number(m[3]) < 1 || Number(m[3]) > 31)) flagIt('time-bad-day', id, where);
    const digits = westernDigits(t.text);
    const written = digits.includes(m[1]!) || digits.includes(m[1]!.slice(2));
    if (!written && dctYear !== null && !/\d{4}/.test(digits) && Math.abs(Number(m[1]) - dctYear) > 2) flagIt('time-far-from-dateline', id, where);
  }

  for (const p of a.places) {
    totals.places++;
    const e = entity.get(p.entity);
    const where = `${e?.name} ${e?.nameEn} ${p.feature} ${p.country} ${p.lat},${p.lon}`;
    if (!(p.lat >= -90 && p.lat <= 90 && p.lon >= -180 && p.lon <= 180)) flagIt('place-outside-world', id, where);
    if (p.country && e?.country && e.country !== 'IGO' && p.country !== e.country) flagIt('place-country-differs', id, `${where} (entity ${e.country})`);
    if (p.country && inCountry(p.lon, p.lat, p.country) === false) flagIt('place-outside-country', id, where);
  }
}

console.log(`# ${totals.articles} analyses: ${totals.entities} entities (${totals.mentions} mentions), ${totals.quotes} quotes, ${totals.events} events, ${totals.times} times, ${totals.places} places`);
for (const [k, v] of [...counts].sort()) console.log(`# ${k}: ${v}`);
if (counts.size === 0) console.log('# nothing found');
