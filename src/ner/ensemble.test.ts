import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TAGS, TAG_INDEX } from './model.ts';
import { chunksOf, combineTags, isEnsembleRule } from './ensemble.ts';

// Tag sequences of invented sentences, e.g. "زار أحمد سالم مدينة الواحة الكبرى أمس": the words are only named in the
// test names; the rules read tags alone.
const tags = (...t: string[]) => Int32Array.from(t, (x) => TAG_INDEX.get(x)!);
const names = (t: Int32Array) => Array.from(t, (x) => TAGS[x]);

test('chunks are read as the stage reads them (an I-X without a B-X opens one)', () => {
  assert.deepEqual(chunksOf(tags('O', 'B-PERS', 'I-PERS', 'I-LOC', 'O', 'B-ORG')), [
    { start: 1, end: 3, begin: 1 },
    { start: 3, end: 4, begin: 3 },
    { start: 5, end: 6, begin: 5 },
  ]);
});

test('fill: main keeps its chunks and gains the other model\'s chunks it leaves wholly untagged', () => {
  // main: «أحمد سالم» PERS; other: «سالم» LOC (overlaps: dropped) and «الواحة» LOC (untagged by main: added)
  const main = tags('O', 'B-PERS', 'I-PERS', 'O', 'O', 'O');
  const other = tags('O', 'O', 'B-LOC', 'O', 'B-LOC', 'O');
  assert.deepEqual(names(combineTags(main, other, 'fill')), ['O', 'B-PERS', 'I-PERS', 'O', 'B-LOC', 'O']);
  // the inputs are left as they are
  assert.deepEqual(names(main), ['O', 'B-PERS', 'I-PERS', 'O', 'O', 'O']);
});

test('fill-type: the same words with another type take the other model\'s type', () => {
  const main = tags('O', 'B-LOC', 'I-LOC', 'O', 'B-ORG');
  const other = tags('O', 'B-PERS', 'I-PERS', 'O', 'B-ORG');
  assert.deepEqual(names(combineTags(main, other, 'fill-type')), ['O', 'B-PERS', 'I-PERS', 'O', 'B-ORG']);
  // a different span is no type disagreement: main's chunk stays
  const shorter = tags('O', 'B-PERS', 'O', 'O', 'O');
  assert.deepEqual(names(combineTags(main, shorter, 'fill-type')), ['O', 'B-LOC', 'I-LOC', 'O', 'B-ORG']);
});

test('fill-wide: a longer chunk of the other model over main\'s split or short chunks replaces them', () => {
  // main split «مدينة الواحة الكبرى» in two; the other has it whole
  const main = tags('O', 'B-LOC', 'B-LOC', 'I-LOC', 'O');
  const other = tags('O', 'B-LOC', 'I-LOC', 'I-LOC', 'O');
  assert.deepEqual(names(combineTags(main, other, 'fill-wide')), ['O', 'B-LOC', 'I-LOC', 'I-LOC', 'O']);
  // a chunk that sticks out of the other's is left alone
  const out = tags('B-PERS', 'I-PERS', 'O', 'O', 'O');
  const over = tags('O', 'B-PERS', 'I-PERS', 'I-PERS', 'O');
  assert.deepEqual(names(combineTags(out, over, 'fill-wide')), ['B-PERS', 'I-PERS', 'O', 'O', 'O']);
});

test('other-fill, agree and the single models', () => {
  const main = tags('B-PERS', 'I-PERS', 'O', 'B-LOC', 'O', 'B-ORG');
  const other = tags('B-PERS', 'O', 'B-MISC', 'B-LOC', 'O', 'O');
  assert.deepEqual(names(combineTags(main, other, 'other-fill')), ['B-PERS', 'O', 'B-MISC', 'B-LOC', 'O', 'B-ORG']);
  assert.deepEqual(names(combineTags(main, other, 'agree')), ['O', 'O', 'O', 'B-LOC', 'O', 'O']);
  assert.deepEqual(names(combineTags(main, other, 'main')), names(main));
  assert.deepEqual(names(combineTags(main, other, 'other')), names(other));
  assert.throws(() => combineTags(main, tags('O'), 'fill'));
  assert.ok(isEnsembleRule('fill') && !isEnsembleRule('union'));
});

test('other-wide: main only mends the other model\'s boundaries; other-wide-fill also adds main\'s untouched chunks', () => {
  // other: «أحمد» PERS cut short of «أحمد سالم»; main has it whole, and a place the other leaves untagged
  const main = tags('B-PERS', 'I-PERS', 'O', 'B-LOC', 'O');
  const other = tags('B-PERS', 'O', 'O', 'O', 'B-ORG');
  assert.deepEqual(names(combineTags(main, other, 'other-wide')), ['B-PERS', 'I-PERS', 'O', 'O', 'B-ORG']);
  assert.deepEqual(names(combineTags(main, other, 'other-wide-fill')), ['B-PERS', 'I-PERS', 'O', 'B-LOC', 'B-ORG']);
  // a main chunk no longer than the other's changes nothing
  assert.deepEqual(names(combineTags(tags('B-LOC', 'O', 'O', 'O', 'O'), other, 'other-wide')), names(other));
});

test('fill-listed and other-wide-listed: main adds a chunk the other leaves untagged only when the lists hold it', async () => {
  const { compileLexicon } = await import('./features.ts');
  const { createSegmenter } = await import('../text/clitics.ts');
  const { createListedName } = await import('./ensemble.ts');
  // invented lists: a one-word city and a two-word one; the counts only tell the segmenter which proclitics exist
  const lexicon = compileLexicon({ triggers: {}, cities: ['كفرنا', 'نهر السلام'] });
  const segment = createSegmenter(
    new Map([
      ['كفرنا', 20],
      ['وكفرنا', 5],
    ]),
  );
  // "زار وكفرنا ثم نهر السلام ومنطقة مأهولة": main tags وكفرنا, نهر السلام and مأهولة; the other none of them
  const words = ['زار', 'وكفرنا', 'ثم', 'نهر', 'السلام', 'ومنطقة', 'مأهولة'];
  const listed = createListedName(lexicon, segment)(words);
  assert.ok(listed(1, 2), 'وكفرنا is the listed كفرنا after a conjunction');
  assert.ok(listed(3, 5));
  assert.ok(!listed(6, 7) && !listed(4, 5));
  const main = tags('O', 'B-LOC', 'O', 'B-LOC', 'I-LOC', 'O', 'B-LOC');
  const other = tags('B-PERS', 'O', 'O', 'O', 'O', 'O', 'O');
  const want = ['B-PERS', 'B-LOC', 'O', 'B-LOC', 'I-LOC', 'O', 'O'];
  assert.deepEqual(names(combineTags(main, other, 'fill-listed', listed)), want);
  assert.deepEqual(names(combineTags(main, other, 'other-wide-listed', listed)), want);
  // plain fill keeps the unlisted one too
  assert.equal(names(combineTags(main, other, 'fill'))[6], 'B-LOC');
  // a chunk of main over one of the other's is kept by fill-listed whatever the lists say
  const over = tags('O', 'O', 'O', 'O', 'O', 'O', 'B-PERS');
  assert.equal(names(combineTags(main, over, 'fill-listed', listed))[6], 'B-LOC');
  assert.throws(() => combineTags(main, other, 'fill-listed'));
});
