import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadQuoteLexicon } from '../resources/quotes.ts';
import { cueKey, withForm } from './lexicon.ts';

const lex = loadQuoteLexicon();
const cue = (w: string) => lex.verbs.get(cueKey(w));

test('reporting verbs come in every person, tense and the participle', () => {
  for (const w of ['قال', 'قالت', 'قالوا', 'قالا', 'يقول', 'تقول', 'يقولون', 'سيقول', 'أكدت', 'أكدا', 'يؤكد', 'ستؤكد', 'نفت', 'دعت', 'رأت', 'يرى']) {
    assert.ok(cue(w), `${w} is a cue`);
  }
  for (const w of ['قائلا', 'قائلة', 'مؤكدا', 'مؤكدة', 'مؤكدين', 'مشيرا', 'مضيفة', 'لافتا', 'معتبرا', 'محذرا']) {
    assert.equal(cue(w)?.form, 'participle', w);
  }
  assert.equal(cue('أضاف')?.form, 'past');
  assert.equal(cue('يضيف')?.form, 'present');
});

test('words that only look like cues are not verbs', () => {
  assert.equal(cue('بين'), undefined); // the preposition "between"
  assert.equal(cue('ردا'), undefined); // "in response"
  assert.equal(cue('عبر')?.objectOnly, true); // also the preposition "via"
});

test('the lexicon knows complementizers, attributions and anonymous heads', () => {
  for (const w of ['إن', 'أن', 'بأن', 'إنه']) assert.ok(lex.complementizers.has(cueKey(w)), w);
  assert.ok(lex.accordingTo.some((p) => p.join(' ') === cueKey('بحسب')));
  assert.ok(lex.afterQuote.some((p) => p.join(' ') === ['وفق', 'تعبيره'].map(cueKey).join(' ')));
  assert.ok(lex.anonymous.has(cueKey('مصدر')));
});

test('no first person plural present (نجيب is a name, نصف a noun), no present of أبلغ (تبلغ قيمته), رجح and علق in the past only', () => {
  for (const w of ['نجيب', 'نصف', 'نقول', 'تبلغ', 'يبلغ', 'يرجح', 'يعلق', 'مبلغا']) assert.equal(cue(w), undefined, w);
  assert.equal(cue('رجحت')?.form, 'past');
  assert.equal(cue('علق')?.form, 'past');
});

test('(pg17) every cue verb has one set of fields in one order, the stage\'s variants too', () => {
  // One order of fields from one object literal is one V8 hidden class for all of them (withForm's comment).
  const order = Object.keys(cue('قال')!);
  for (const [key, v] of lex.verbs) assert.deepEqual(Object.keys(v), order, key);
  const said = cue('قال')!;
  const variant = withForm(said, 'participle');
  assert.deepEqual(Object.keys(variant), order);
  assert.deepEqual({ ...variant, form: said.form }, said);
  assert.equal(said.form, 'past'); // the lexicon's entry is not changed
  const explained = withForm(cue('أوضح')!, 'past', 'بين');
  assert.equal(explained.lemma, 'بين');
  assert.deepEqual(Object.keys(explained), order);
});
