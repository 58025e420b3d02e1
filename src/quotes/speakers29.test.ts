/**
 * Rules of the quotes29 pass (docs/quotes.md): link lines hold no quote, a carried finite cue agrees in gender with
 * its speaker, a name in a relative clause is no sentence's subject while another is named, a country named first in
 * a headline is its verb's subject, a counted phrase is no singular participle's subject. The sentences are written
 * for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotesOf as run, type Spec } from './speaker-cases.ts';
import { cueKey } from './lexicon.ts';
import { loadResources } from '../resources/load.ts';

const envoy: Spec = { id: 'e', type: 'PER', kbId: 'per:envoy', forms: [['كريم الساعدي', 'name'], ['الساعدي', 'name']] };
const north: Spec = { id: 'n', type: 'LOC', kbId: 'cty:NOR', forms: [['شمالستان', 'name']] };
const south: Spec = { id: 's', type: 'LOC', kbId: 'cty:SOU', forms: [['جنوبستان', 'name']] };
const hala: Spec = { id: 'h', type: 'PER', kbId: 'per:hala', forms: [['هالة سعيد', 'name']] };
const union: Spec = { id: 'u', type: 'ORG', kbId: null, forms: [['اتحاد المعلمين', 'name']] };

test('a line that opens with a link label and a colon holds no quote', () => {
  const text = 'وقال كريم الساعدي إن المفاوضات ستستأنف.\nاقرأ أيضا: جنوبستان تؤكد أنها لن تتراجع عن شروطها\nوأضاف الساعدي أن الوفد سيصل غدا.';
  const qs = run(text, [envoy, south]);
  assert.deepEqual(qs.map((q) => q.cue.text), ['قال', 'أضاف']);
  const more = run('وقال كريم الساعدي إن المفاوضات ستستأنف.\nللمزيد: شمالستان تنفي إرسال قوات إلى الحدود\nوتابع "لن نقبل بأقل من ذلك".', [envoy, north]);
  assert.deepEqual(more.map((q) => q.cue.text), ['قال', 'تابع']);
  // The carried speaker skips the link line: the envoy goes on, not the state its headline names.
  assert.equal(more.at(-1)?.speaker, 'e');
  // A label inside a sentence (no colon right after it at the line's start) is no link.
  const inside = run('وقال كريم الساعدي إن على الجميع أن يقرأ الاتفاق: "لا شيء فيه يضر أحدا".', [envoy]);
  assert.equal(inside.length, 1);
});

test('a feminine carried cue does not go on with a masculine body quoted in between', () => {
  const text = 'وقالت هالة سعيد إن الرواتب لم تدفع منذ شهور. ودعا اتحاد المعلمين إلى إضراب عام. وأضافت أن المعلمين لن يعودوا إلى الفصول.';
  const qs = run(text, [hala, union]);
  assert.equal(qs.length, 3);
  assert.equal(qs[1]!.speaker, 'u');
  assert.equal(qs[2]!.speaker, 'h');
  // A masculine continuation keeps the body.
  const masc = run('وقالت هالة سعيد إن الرواتب لم تدفع منذ شهور. ودعا اتحاد المعلمين إلى إضراب عام. وأضاف أن المعلمين لن يعودوا إلى الفصول.', [hala, union]);
  assert.equal(masc.at(-1)?.speaker, 'u');
});

test('a feminine carried cue skips a masculine body named in a relative clause', () => {
  const text = 'وقالت هالة سعيد إن الرواتب لم تدفع منذ شهور. وشاركت المعلمة في الوقفة التي نظمها اتحاد المعلمين أمام الوزارة. وتقول: "لن نعود إلى الفصول قبل أن ندفع".';
  const qs = run(text, [hala, union]);
  assert.equal(qs.at(-1)?.speaker, 'h');
});

test('a name in a relative clause is not the subject when the sentence names another', () => {
  const minister: Spec = { id: 'm', type: 'PER', kbId: 'per:minister', forms: [['نادر الحلبي', 'name']] };
  const rival: Spec = { id: 'r', type: 'PER', kbId: 'per:rival', forms: [['كريم الساعدي', 'name']] };
  const text = 'وبعد الانتخابات التي فاز فيها كريم الساعدي تولى نادر الحلبي رئاسة الحكومة. وقد تعهد بأن يجري إصلاحات خلال عام.';
  const qs = run(text, [rival, minister]);
  assert.equal(qs.at(-1)?.speaker, 'm');
  // With no other name, the relative clause's subject still carries.
  const alone = run('هذه الخطوة شملت الوزارة التي انتقدها كريم الساعدي أمس. وأوضح أن "الإصلاح لا يكون بالقوة".', [rival]);
  assert.equal(alone.at(-1)?.speaker, 'r');
});

test('a country named first in a headline is its verb\'s subject, not the object after the verb', () => {
  const qs = run('شمالستان تدعو جنوبستان إلى وقف التصعيد على الحدود\n\nحذرت شمالستان اليوم من تداعيات خطيرة.', [north, south]);
  assert.equal(qs[0]!.cue.text, 'تدعو');
  assert.equal(qs[0]!.speaker, 'n');
});

test('a counted phrase after a verb is no singular participle\'s subject', () => {
  const text = 'وقال كريم الساعدي إن اللقاء ممكن. وعدد ثلاثة شروط لعقد اللقاء، قائلا: "إذا قبلوا الحوار سنلتقي بهم".';
  const qs = run(text, [envoy]);
  assert.equal(qs.at(-1)?.cue.text, 'قائلا');
  assert.equal(qs.at(-1)?.speaker, 'e');
  const digits = run('وقال كريم الساعدي إن اللقاء ممكن. وعرض 3 مقترحات للحل، مضيفا أن "الكرة في ملعبهم".', [envoy]);
  assert.equal(digits.at(-1)?.speaker, 'e');
});

test('the loader reads link labels, body genders and number words from data/quotes/cues.json', () => {
  const cues = loadResources().quoteCues;
  assert.ok(cues.linkLabels.has([cueKey('اقرأ'), cueKey('أيضا')].join(' ')));
  assert.ok(cues.linkLabels.has(cueKey('للمزيد')));
  assert.ok(cues.feminineBodies.has(cueKey('الوزارة')));
  assert.ok(cues.masculineBodies.has(cueKey('اتحاد')));
  assert.ok(!cues.masculineBodies.has(cueKey('منظمة')));
  assert.ok(cues.numberWords.has(cueKey('ثلاثة')));
});
