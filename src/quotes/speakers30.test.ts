/**
 * Rules of the quotes30 pass (docs/quotes.md, "Fourteenth session: the speaker's entity"). The sentences are written
 * for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotesOf as run, type Spec } from './speaker-cases.ts';

test('"الوكالة" after "وكالة X" whose name mention leaves the noun out is that body (a noun whose own first letter is و)', () => {
  const body: Spec = { id: 'b', type: 'ORG', kbId: 'x:org:1', forms: [['مكافحة الفيضانات', 'name']] };
  const text = 'غمرت المياه قرى الساحل. وقالت وكالة مكافحة الفيضانات إن عدد القتلى ارتفع. كما أفادت الوكالة أن آلاف الأشخاص مفقودون.';
  const qs = run(text, [body]);
  assert.equal(qs.at(-1)?.speakerText, 'الوكالة');
  assert.equal(qs.at(-1)?.speaker, 'b');
  // Another noun before the name is its own thing: "الهيئة" is not the body named after "لجنة".
  const other = run('غمرت المياه قرى الساحل. وقالت لجنة مكافحة الفيضانات إن عدد القتلى ارتفع. كما أفادت الهيئة أن آلاف الأشخاص مفقودون.', [body]);
  assert.equal(other.at(-1)?.speaker, null);
});
