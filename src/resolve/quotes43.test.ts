/**
 * (quotes43) Subjects the quote stage read too short after a contrast opener (docs/quotes.md, "Nineteenth session
 * (quotes43)"): a long title phrase and a name between لكن and its verb with no comma; بيد أن as an opener like غير أن.
 * The sentences are written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './title-test-kit.ts';
import { loadQuoteLexicon } from '../resources/quotes.ts';

/** The first quote's speaker: its words and the entity's English name. */
const speakerOf = (text: string): string => {
  const a = run(text);
  const q = a.quotes[0];
  const e = q?.speaker ? a.entities.find((x) => x.id === q.speaker) : undefined;
  return `${q?.speakerText ?? '-'} | ${e?.nameEn ?? '-'}`;
};

test('a long title and a name after لكن, no comma, are the subject of the verb', () => {
  assert.equal(
    speakerOf('وتحدث المسؤولون عن الاتفاق. لكن نائب وزير الدفاع الكوري الجنوبي جون سميث اتهم الحكومة بأنها تماطل في المفاوضات.'),
    'نائب وزير الدفاع الكوري الجنوبي جون سميث | John Smith',
  );
});

test('بيد أن opens a contrast subject like غير أن', () => {
  const lex = loadQuoteLexicon();
  assert.ok(lex.contrastAnnaLeads.has('بيد') && lex.contrastAnnaLeads.has('غير') && lex.contrastAnnaLeads.has('الا'));
  for (const opener of ['غير أن', 'بيد أن']) {
    assert.equal(
      speakerOf(`وتحدث المسؤولون عن الاتفاق. ${opener} وزير التجارة الدولية في حكومة البلاد جون سميث، قال لمراسلنا إن الحكومة تماطل في المفاوضات.`),
      'وزير التجارة الدولية في حكومة البلاد جون سميث | John Smith',
      opener,
    );
  }
});

test('a name in an opening subordinate clause is not the subject while the main clause names one', () => {
  assert.equal(
    speakerOf('وعندما انتهى الرئيس الأمريكي جون سميث من خطابه، نشر رئيس الوزراء الكندي بيتر براون مقطعا مصورا وهو يثني على القرار قائلا إن هذا يوم تاريخي.').split(' | ')[1],
    'Peter Brown',
  );
  // With no one named in the main clause, the name in the opening clause is still the one found.
  assert.equal(
    speakerOf('عندما انتهى الرئيس الأمريكي جون سميث من خطابه، نشر مقطعا مصورا وهو يثني على القرار قائلا إن هذا يوم تاريخي.').split(' | ')[1],
    'John Smith',
  );
});
