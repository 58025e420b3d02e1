/**
 * Rules of the quotes21 pass, for kinds of wrong speaker that a speaker audit of 130 random corpus quotes showed (docs/
 * quotes.md, "Speaker audit on random news"): the name علي (Ali) opening a person's mention is no preposition على, and a
 * preposition with a pronoun between the verb and its subject (قال عنه، قالت لها، ردت عليه) does not hide the
 * subject after it. The sentences are written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotesOf as run, type Spec } from './speaker-cases.ts';

const ali: Spec = { id: 'e1', type: 'PER', kbId: 'x:per:1', forms: [['علي حسن الكبيسي', 'name']] };
const minister: Spec = { id: 'e2', type: 'PER', kbId: 'x:per:2', forms: [['خالد المصري', 'name']] };
const president: Spec = { id: 'e3', type: 'PER', kbId: 'x:per:3', forms: [['سعيد العمري', 'name']] };

test('a speaker named علي after the verb is the subject, not a preposition\'s object', () => {
  for (const verb of ['وقال', 'وأكد', 'ويطالب']) {
    const text = `وغادر خالد المصري العاصمة أمس. ${verb} علي حسن الكبيسي ${verb === 'ويطالب' ? 'بأن' : 'أن'} تحقق الحكومة في الحادث.`;
    const quotes = run(text, [minister, ali]);
    assert.equal(quotes.length, 1, text);
    assert.equal(quotes[0]!.speaker, 'e1', text);
  }
  // The preposition على stays one: "وأكد على ضرورة" has no subject of its own.
  const prep = run('وقال خالد المصري إن الوضع صعب. وأكد على ضرورة الحل السريع للأزمة.', [minister]);
  assert.ok(prep.every((q) => q.speaker === 'e2'));
});

test('a preposition with a pronoun between the verb and its subject is skipped', () => {
  const before = 'وتحدث خالد المصري عن الأزمة أمس. ';
  for (const [text, who] of [
    [`${before}وقال عنه الرئيس سعيد العمري إنه رجل مخلص.`, 'e3'],
    [`${before}وقال لها الرئيس سعيد العمري إن الحل قريب.`, 'e3'],
    [`${before}وردت عليه الرئيس سعيد العمري بأن الحل قريب.`, 'e3'],
  ] as const) {
    const quotes = run(text, [minister, president]);
    const q = quotes.find((x) => x.cue.start > before.length);
    assert.equal(q?.speaker, who, text);
  }
  // With no subject after it, the speaker before goes on.
  const carried = run('وقال خالد المصري إن الوضع صعب. وقال له إن الحل قريب.', [minister]);
  assert.equal(carried.length, 2);
  assert.equal(carried[1]!.speaker, 'e2');
});

test('a participle whose gender differs from the running speaker\'s cue goes with the sentence\'s own subject', () => {
  const text = 'وأوضح خالد المصري أن المفاوضات مستمرة مع الوفد. ونفت الفصائل المعارضة مشاركتها في أي مفاوضات مع وزارة الخارجية، مؤكدة رفضها سياسة الإجلاء.';
  const ministry: Spec = { id: 'e4', type: 'ORG', kbId: 'x:org:4', forms: [['وزارة الخارجية', 'name']] };
  const quotes = run(text, [minister, ministry]);
  const q = quotes.find((x) => x.cue.text === 'مؤكدة');
  assert.ok(q);
  assert.equal(q.speaker, null);
  assert.equal(q.speakerText, 'الفصائل المعارضة');
  // A participle of the same gender goes on with the running speaker.
  const same = run('وأوضح خالد المصري أن المفاوضات مستمرة مع الوفد. وانتقد بشدة التصريحات الصادرة عن وزارة الخارجية، مؤكدا رفضه سياسة الإجلاء.', [minister, ministry]);
  assert.equal(same.find((x) => x.cue.text === 'مؤكدا')?.speaker, 'e2');
});

test('"فيما وصفه بـ" is the describer\'s: the quote around it, not the noun before ما', () => {
  const country: Spec = { id: 'e5', type: 'LOC', kbId: 'cty:ISR', forms: [['إسرائيل', 'name']] };
  const quotes = run('وقال خالد المصري إن إسرائيل تشارك فيما وصفه بـ"العدوان" على البلاد.', [minister, country]);
  assert.equal(quotes.find((q) => q.cue.text === 'وصفه')?.speaker, 'e2');
  // With a subject of its own after the verb, that subject describes.
  const own = run('وقال خالد المصري إن الجيش انسحب فيما وصفه الإعلام الرسمي بأنه "خطوة أولى".', [minister]);
  const q = own.find((x) => x.cue.text === 'وصفه');
  assert.ok(!q || q.speaker !== 'e2');
});
