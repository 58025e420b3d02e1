/**
 * Time and place audit (qa11): analyzes a fixed-seed sample of random corpus articles (gold and reserved ids left out,
 * scripts/corpus-pool.ts) without the event and quote stages, and lists what a user checking them would flag:
 *
 *   nice -n 10 npx tsx scripts/time-place-audit.ts [--seed 1129] [--n 200] [--all]
 *
 * Times: a value that is not a well-formed TIMEX3 value; a DATE/TIME whose year is before 1900 or more than 5 years
 * after the dateline (the year's digits not written in the expression), or more than 2 years from the dateline
 * while the expression names no year at all (a relative or year-less date should land near the dateline).
 * Places: coordinates outside the world; a point not inside (nor within about 50 km of) the country it is given, by
 * the country outlines of world-countries; a place whose country differs from its entity's country.
 * --all prints every time expression and place, one line each, for reading.
 */
import { createAnalyzer, buildStages } from '../src/analyzer.ts';
import { loadResources } from '../src/resources/load.ts';
import { sharedPath } from '../src/resources/shared.ts';
import { shuffledCorpusPool } from './corpus-pool.ts';
import { flag } from './flag.ts';
import { inCountry } from './country-outline.ts';

const seed = Number(flag('seed', '1129'));
const n = Number(flag('n', '200'));
const all = process.argv.includes('--all');
const corpus = flag('corpus', sharedPath('data/news/ant-corpus.jsonl.gz') ?? '');

const resources = loadResources();
const stages = buildStages(resources).filter((s) => s.assigns !== 'events' && s.assigns !== 'quotes');
const analyzer = createAnalyzer(resources, stages);


const TIMEX = /^(?:\d{4}(?:-(?:\d{2}(?:-\d{2})?|W\d{2}(?:-\d)?|Q\d|H\d|SP|SU|FA|WI))?|\d{2,3}|XXXX(?:-[\dX]{2}(?:-[\dX]{2})?|-WXX(?:-\d)?)?)(?:T(?:\d{2}(?::\d{2})?|MO|AF|EV|NI|MI|DT))?(?:\[[^\]]*\])?$|^T\d{2}(?::\d{2})?$|^P(?:\d+|X)(?:[YMWD]|DE|CE|T?H|TM|TS)?$|^PT(?:\d+|X)[HMS]$|^(?:PAST|PRESENT|FUTURE)_REF$/;
const arabicDigits = (s: string) => s.replace(/[٠-٩]/g, (c) => String(c.charCodeAt(0) - 0x660)).replace(/[۰-۹]/g, (c) => String(c.charCodeAt(0) - 0x6f0));

const { pool } = await shuffledCorpusPool(corpus, seed);
const counts: Record<string, number> = {};
let times = 0, places = 0, articles = 0;
const flagIt = (kind: string, line: string) => {
  counts[kind] = (counts[kind] ?? 0) + 1;
  console.log(`${kind}\t${line}`);
};
for (const art of pool.slice(0, n)) {
  articles++;
  const a = analyzer.analyze(art.text, { title: art.title ?? undefined, date: art.date ?? undefined, id: art.id });
  const dct = a.document.date;
  const dctYear = dct ? Number(dct.slice(0, 4)) : null;
  const text = a.document.text;
  for (const t of a.times) {
    times++;
    const ctx = text.slice(Math.max(0, t.start - 30), Math.min(text.length, t.end + 30)).replace(/\s+/g, ' ');
    const line = `${art.id}\t${dct}\t${t.type}\t${t.value}\t${t.text}\t…${ctx}…`;
    if (all) console.log(`TIME\t${line}`);
    if (text.slice(t.start, t.end) !== t.text) flagIt('time-offset', line);
    if (!TIMEX.test(t.value)) flagIt('time-malformed', line);
    const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(t.value);
    if (!m || (t.type !== 'DATE' && t.type !== 'TIME')) continue;
    const y = Number(m[1]);
    if (m[2] && (Number(m[2]) < 1 || Number(m[2]) > 12)) flagIt('time-bad-month', line);
    if (m[3] && (Number(m[3]) < 1 || Number(m[3]) > 31)) flagIt('time-bad-day', line);
    const spanDigits = arabicDigits(t.text);
    const yearWritten = spanDigits.includes(m[1]!) || spanDigits.includes(m[1]!.slice(2));
    const anyYear = /\d{4}/.test(spanDigits);
    if (y < 1900 && !yearWritten) flagIt('time-before-1900', line);
    else if (dctYear !== null && y > dctYear + 5 && !yearWritten) flagIt('time-far-future', line);
    else if (dctYear !== null && !anyYear && Math.abs(y - dctYear) > 2) flagIt('time-far-from-dct-no-year', line);
  }
  for (const p of a.places) {
    places++;
    const e = a.entities.find((x) => x.id === p.entity);
    const line = `${art.id}\t${e?.name}\t${e?.nameEn}\t${e?.kbId}\tentity:${e?.country}\tplace:${p.country}\t${p.feature}\t${p.lat},${p.lon}`;
    if (all) console.log(`PLACE\t${line}`);
    if (!e) { flagIt('place-dangling', line); continue; }
    if (!(p.lat >= -90 && p.lat <= 90 && p.lon >= -180 && p.lon <= 180)) flagIt('place-outside-world', line);
    if (p.country && e.country && p.country !== e.country) flagIt('place-country-differs', line);
    if (p.country) {
      const inside = inCountry(p.lon, p.lat, p.country);
      if (inside === false) flagIt('place-outside-country', line);
      if (inside === null) flagIt('place-country-no-outline', line);
    }
  }
}
console.log(`# ${articles} articles (seed ${seed}), ${times} time expressions, ${places} places`);
for (const [k, v] of Object.entries(counts).sort()) console.log(`# ${k}: ${v}`);
