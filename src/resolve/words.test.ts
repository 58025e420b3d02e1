import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { RasdError } from '../core/errors.ts';
import { normalize } from '../text/normalize.ts';
import { alternation, buildResolverWords, RESOLVER_WORDS, RESOLVER_WORD_SECTIONS } from './words.ts';

const file = (): Record<string, unknown> => JSON.parse(readFileSync(new URL('../../data/kb/resolver-words.json', import.meta.url), 'utf8')) as Record<string, unknown>;

const throwsE008 = (json: unknown, pattern: RegExp): void => {
  assert.throws(
    () => buildResolverWords(json),
    (e: unknown) => e instanceof RasdError && e.code === 'RASD_E008' && pattern.test(e.message),
  );
};

test('resolver-words.json: every section has a rule comment and compiles into a non-empty Set', () => {
  const json = file();
  assert.equal(typeof json.$comment, 'string');
  for (const name of Object.keys(RESOLVER_WORD_SECTIONS)) {
    const sec = json[name] as Record<string, unknown>;
    assert.match(String(sec.$comment), /read as [A-Z_]+ in src\/resolve\//, name);
    assert.ok(RESOLVER_WORDS[name as keyof typeof RESOLVER_WORD_SECTIONS].size > 0, name);
  }
});

test('resolver words: normalized sections hold normalized words, raw sections keep the spelling', () => {
  assert.ok(RESOLVER_WORDS.kinWords.has(normalize('زوجته')));
  assert.ok(!RESOLVER_WORDS.kinWords.has('زوجة'), 'ة is compared as ه');
  assert.ok(RESOLVER_WORDS.kinWords.has(normalize('زوجة')));
  assert.ok(RESOLVER_WORDS.ranks.has(normalize('اللواء')));
  assert.ok(RESOLVER_WORDS.facilityHeads.has('مستشفى'), 'raw: ى stays');
  assert.ok(!RESOLVER_WORDS.facilityHeads.has(normalize('مستشفى')));
});

test('resolver words: a malformed file or section is RASD_E008', () => {
  throwsE008([], /not a JSON object/);
  const missing = file();
  delete missing.kinWords;
  throwsE008(missing, /"kinWords" is missing/);
  const compare = file();
  compare.ranks = { ...(compare.ranks as object), compare: 'raw' };
  throwsE008(compare, /"ranks" must say "compare": "normalized"/);
  const empty = file();
  empty.placeWords = { ...(empty.placeWords as object), words: [] };
  throwsE008(empty, /"placeWords" has no words/);
  const blank = file();
  blank.choosing = { ...(blank.choosing as object), words: ['تعيين', ' '] };
  throwsE008(blank, /"choosing" has an entry/);
  const extra = file();
  extra.surplus = { compare: 'normalized', words: ['x'] };
  throwsE008(extra, /unknown section "surplus"/);
});

test('resolver words: alternation keeps the file order and escapes regular-expression characters', () => {
  assert.equal(alternation(new Set(['المنتخب', 'المؤقت'])), 'المنتخب|المؤقت');
  assert.equal(alternation(new Set(['a.b', '(x)'])), 'a\\.b|\\(x\\)');
  const designate = new RegExp(`^\\s*(?:${alternation(RESOLVER_WORDS.designateAdjectives)})(?=[\\s،,.:]|$)`);
  assert.ok(designate.test(' بالإنابة،'));
  assert.ok(!designate.test(' المنتخبين'));
});
