/**
 * Rules of the quotes48 pass (docs/quotes.md, "Twenty-second session (quotes48)"). The sentences are written for these
 * tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotesOf, quotesOfArticle, type Spec } from './speaker-cases.ts';

const officer: Spec = { id: 'o', type: 'PER', kbId: 'per:o', forms: [['سامر داود', 'name']] };
const leader: Spec = { id: 'l', type: 'PER', kbId: 'per:l', forms: [['هشام نادر', 'name']] };
const france: Spec = { id: 'f', type: 'LOC', kbId: 'cty:FRA', forms: [['فرنسا', 'name']] };
const embassy: Spec = { id: 'e', type: 'ORG', kbId: null, forms: [['السفارة', 'name']] };

test('an opening attribution with no comma: its source ends before the verb of the clause it attributes', () => {
  // After a plural in -ين a singular verb is no relative clause of it: the activists speak, not the officer named after the verb.
  const qs = quotesOf('ووفقا لناشطين يعتبر سامر داود من أبرز الضباط في المدينة، وخاصة في السجن.', [officer]);
  assert.equal(qs.length, 1);
  assert.equal(qs[0]!.speaker, null);
  assert.equal(qs[0]!.speakerText, 'ناشطين');
  assert.ok(qs[0]!.text.startsWith('يعتبر سامر داود'));
  // After a definite word: a future verb opens the clause.
  const media = quotesOf('ووفق وسائل الإعلام الرسمية ستجري الانتخابات في موعدها.', []);
  assert.equal(media[0]?.speakerText, 'وسائل الإعلام الرسمية');
  assert.equal(media[0]?.text, 'ستجري الانتخابات في موعدها');
  // A verb after الذي/التي is the source's own relative clause: no clause is cut from it.
  const rel = quotesOf('وحسب التقرير الذي نشرته الصحيفة يعتبر سامر داود مسؤولا عن الهجوم.', [officer]);
  assert.ok(!rel.some((q) => q.cue.text === 'حسب' && q.speakerText === 'التقرير'));
});

test('a definite speaker noun with و or ف opens the line before a present verb', () => {
  const qs = quotesOf('ويأتي الافتتاح في فترة حساسة. فالفلسطينيون يعتبرون أن الموعد يشكل "استفزازا" لهم في السفارة.', [embassy]);
  const q = qs.find((x) => x.cue.text === 'يعتبرون');
  assert.equal(q?.speaker, null);
  assert.equal(q?.speakerText, 'الفلسطينيون');
});

test('a title in the construct state with its definite words opens a headline before a present verb', () => {
  const qs = quotesOfArticle('وزير الدفاع التركي يحذر فرنسا من "اجتياح" الشمال السوري', 'وقال هشام نادر إن بلاده سترد.', [france, leader]);
  const q = qs.find((x) => x.cue.text === 'يحذر');
  assert.notEqual(q?.speaker, 'f');
  assert.equal(q?.speakerText, 'وزير الدفاع التركي');
});

const ministry: Spec = { id: 'm', type: 'ORG', kbId: 'org:m', forms: [['وزارة الخارجية الفنزويلية', 'name']] };

test('جاء فيه after a statement noun reports that statement: its issuer speaks', () => {
  const qs = quotesOf('وأصدرت وزارة الخارجية الفنزويلية بيانا جاء فيه أن السفير غادر البلاد.', [ministry]);
  assert.equal(qs.length, 1);
  assert.equal(qs[0]!.cue.text, 'جاء');
  assert.equal(qs[0]!.speaker, 'm');
  assert.equal(qs[0]!.text, 'السفير غادر البلاد');
  // جاء في without the pronoun is the noun-cue rule's, not this one; جاء alone reports nothing.
  assert.equal(quotesOf('وجاء الوزير إلى المدينة أمس.', []).length, 0);
});

const president: Spec = { id: 'p', type: 'PER', kbId: 'per:p', forms: [['محمد عبد الله', 'name']] };

test('a cue carried from a sentence that opens with a verb and a bare body noun goes on with that body', () => {
  const qs = quotesOf('وأصدرت الحكومة بيانا بعد لقاء الرئيس محمد عبد الله بالوفد. وأكدت أن المحادثات كانت إيجابية.', [president]);
  assert.equal(qs[0]?.speaker, null);
  assert.equal(qs[0]?.speakerText, 'الحكومة');
  // A masculine cue does not agree with الحكومة: the person named goes on as before.
  const m = quotesOf('وأصدرت الحكومة بيانا بعد لقاء الرئيس محمد عبد الله بالوفد. وأكد أن المحادثات كانت إيجابية.', [president]);
  assert.equal(m[0]?.speaker, 'p');
});
