import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createSegmenter } from '../text/clitics.ts';
import { TAGS, TAG_INDEX } from './model.ts';
import { compileLexicon } from './features.ts';
import { createSpanGuard } from './span-guard.ts';

// Invented lists: two multi-word cities, one that opens with a word that is never a city alone (ديرفيل), and
// one-word entries; the counts only tell the segmenter which proclitics exist.
const lexicon = compileLexicon({
  triggers: { loc: ['محافظة'] },
  cities: ['نهر السلام', 'ديرفيل العليا', 'ديرفيل السفلى', 'السلام', 'كفرنا', 'محافظة الوادي'],
  countries: ['بلادنا'],
});
const freq = new Map<string, number>([
  ['السلام', 50],
  ['وكفرنا', 5],
  ['كفرنا', 20],
  ['بنهر', 4],
  ['نهر', 40],
]);
const guard = createSpanGuard(lexicon, createSegmenter(freq));
const tags = (...t: string[]) => Int32Array.from(t, (x) => TAG_INDEX.get(x)!);
const names = (t: Int32Array) => Array.from(t, (x) => TAGS[x]);

test('two chunks of one type that together are a listed name become one', () => {
  const t = tags('O', 'B-LOC', 'B-LOC', 'O');
  assert.equal(guard.apply(['زار', 'نهر', 'السلام', 'أمس'], t), 1);
  assert.deepEqual(names(t), ['O', 'B-LOC', 'I-LOC', 'O']);
});

test('the first word may carry a proclitic (بنهر)', () => {
  const t = tags('B-LOC', 'B-LOC');
  assert.equal(guard.apply(['بنهر', 'السلام'], t), 1);
  assert.deepEqual(names(t), ['B-LOC', 'I-LOC']);
});

test('a word that only opens longer names joins the next chunk of its type, whatever its spelling', () => {
  const t = tags('O', 'B-LOC', 'B-LOC', 'O');
  assert.equal(guard.apply(['في', 'ديرفيل', 'الوسطى', 'قتلى'], t), 1);
  assert.deepEqual(names(t), ['O', 'B-LOC', 'I-LOC', 'O']);
});

test('a second name after a conjunction or another type is left alone', () => {
  const coordinated = tags('B-LOC', 'B-LOC');
  assert.equal(guard.apply(['السلام', 'وكفرنا'], coordinated), 0);
  assert.deepEqual(names(coordinated), ['B-LOC', 'B-LOC']);
  const otherType = tags('B-LOC', 'B-PERS');
  assert.equal(guard.apply(['نهر', 'السلام'], otherType), 0);
  assert.deepEqual(names(otherType), ['B-LOC', 'B-PERS']);
});

test('two one-word names side by side that no list holds together stay two', () => {
  // كفرنا is a city alone, so it opens nothing; "كفرنا بلادنا" is no entry
  const t = tags('B-LOC', 'B-LOC');
  assert.equal(guard.apply(['كفرنا', 'بلادنا'], t), 0);
  assert.deepEqual(names(t), ['B-LOC', 'B-LOC']);
});

test('a title or head word of the triggers opens no name, and a word opens only names of its own type', () => {
  // محافظة opens the listed "محافظة الوادي" but is a trigger: the knowledge base resolves the name after it alone
  const head = tags('B-LOC', 'B-LOC');
  assert.equal(guard.apply(['محافظة', 'الشمال'], head), 0);
  assert.deepEqual(names(head), ['B-LOC', 'B-LOC']);
  // ديرفيل opens places only: two persons side by side stay two
  const persons = tags('B-PERS', 'B-PERS');
  assert.equal(guard.apply(['ديرفيل', 'الوسطى'], persons), 0);
  assert.deepEqual(names(persons), ['B-PERS', 'B-PERS']);
});

test('a word that opens longer names does not swallow a listed name after it', () => {
  // ديرفيل opens "ديرفيل العليا", but السلام is a listed place of its own
  const t = tags('B-LOC', 'B-LOC');
  assert.equal(guard.apply(['ديرفيل', 'السلام'], t), 0);
  assert.deepEqual(names(t), ['B-LOC', 'B-LOC']);
});
