/**
 * Blind title annotation (titles13): draws random corpus articles (gold and reserved ids left out, scripts/corpus-pool.ts)
 * and prints each one's text with every office-title phrase marked ⟦k:…⟧ (the head words of scripts/title-audit.ts),
 * WITHOUT running rasd, so that a person can write down who each title names before seeing rasd's answer.
 *
 *   nice -n 10 npx tsx scripts/titles13-blind.ts --seed N [--n 10] [--min-titles 2] [--id-re RE] --json draws.json
 *
 * The person then writes an annotation file, one line a phrase: `k<TAB>holder` (the English name of the person the
 * phrase names in the article on its date, `-` for no one: an office, an indefinite, a plural; `?` to leave it out),
 * and runs scripts/titles13-compare.ts on the two files. Text to the terminal only (no article text in the repo).
 */
import { writeFileSync } from 'node:fs';
import { sharedPath } from '../src/resources/shared.ts';
import { shuffledCorpusPool } from './corpus-pool.ts';
import { flag } from './flag.ts';
import { TITLE_PHRASE } from './titles13-phrases.ts';

const seed = Number(flag('seed', '1'));
const n = Number(flag('n', '10'));
const minTitles = Number(flag('min-titles', '2'));
const jsonOut = flag('json', '');
// --id-re: only articles whose id matches (e.g. '^(SK|CN|BB)-middleEast-' for the outlets the read sets cover least).
const idRe = flag('id-re', '') ? new RegExp(flag('id-re', '')) : null;
const corpus = flag('corpus', sharedPath('data/news/ant-corpus.jsonl.gz') ?? '');
const { pool } = await shuffledCorpusPool(corpus, seed);
const draws: { k: number; id: string; date: string | null; start: number; head: string }[] = [];
let arts = 0;
for (const art of pool) {
  if (arts >= n) break;
  if (idRe && !idRe.test(art.id)) continue;
  const found = [...art.text.matchAll(TITLE_PHRASE)];
  if (found.length < minTitles) continue;
  arts++;
  let out = '';
  let at = 0;
  for (const m of found) {
    const k = draws.length + 1;
    draws.push({ k, id: art.id, date: art.date, start: m.index!, head: m[1]! });
    out += art.text.slice(at, m.index!) + `⟦${k}:` + m[1]! + '⟧';
    at = m.index! + m[1]!.length;
  }
  out += art.text.slice(at);
  console.log(`## ${art.id} ${art.date}\n${art.title ?? ''}\n${out}\n`);
}
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(draws, null, 1));
