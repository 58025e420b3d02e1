/**
 * Rules of the quotes41 pass (docs/quotes.md, "Nineteenth session (quotes41)"). The sentences are written for these
 * tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotesOf, type Spec } from './speaker-cases.ts';

const coach: Spec = { id: 'c', type: 'PER', kbId: 'per:c', forms: [['سامر الخطيب', 'name'], ['الخطيب', 'name']] };
const singer: Spec = { id: 's', type: 'PER', kbId: 'per:s', forms: [['نادر الحلو', 'name']] };
const club: Spec = { id: 'k', type: 'ORG', kbId: 'org:k', forms: [['نادي الشروق', 'name']] };

test('a subject no mention covers right after the verb of the sentence before: the running speaker goes on, not a name further in it', () => {
  const text =
    'وقال الخطيب إن الفريق تدرب جيدا قبل المباراة. وخلال المران، ارتدى سليم وزملاؤه قمصانا حمراء، مثلما فعل المغني نادر الحلو في حفله. ولاحقا، قال إنه اختار اللون بنفسه.';
  const qs = quotesOf(text, [coach, singer]);
  const later = qs.find((q) => q.text.startsWith('إنه') || q.text.startsWith('اختار'));
  assert.ok(later, 'the later statement is quoted');
  assert.equal(later.speaker, 'c');
  // The first named person right after the verb is the subject and goes on speaking.
  const named = quotesOf('وقال الخطيب إن الفريق تدرب جيدا. وارتدى نادر الحلو قميصا أحمر في الحفل. وقال إنه اختار اللون بنفسه.', [coach, singer]);
  assert.equal(named.find((q) => /اختار/.test(q.text))?.speaker, 's');
  // A title right after the verb heads the subject; its name after a comma is that subject.
  const titled = quotesOf('وقال الخطيب إن الفريق تدرب جيدا. وارتدى المغني الشهير، نادر الحلو، قميصا أحمر في الحفل. وقال إنه اختار اللون بنفسه.', [coach, singer]);
  assert.equal(titled.find((q) => /اختار/.test(q.text))?.speaker, 's');
  // With no speaker quoted before, the name further on is kept (as before).
  const alone = quotesOf('ارتدى سليم وزملاؤه قمصانا حمراء مثلما فعل نادي الشروق. وقال إنه اختار اللون بنفسه.', [club]);
  assert.equal(alone.find((q) => /اختار/.test(q.text))?.speaker, 'k');
});

const agency: Spec = { id: 'a', type: 'ORG', kbId: 'org:a', forms: [['وكالة الأنباء', 'name']] };
const envoy: Spec = { id: 'e', type: 'PER', kbId: 'per:e', forms: [['ليلى السعدي', 'name'], ['السعدي', 'name']] };
const council: Spec = { id: 'u', type: 'ORG', kbId: 'org:u', forms: [['مجلس الشورى', 'name']] };

test('a document a medium obtained is the source, the medium its channel', () => {
  for (const phrase of ['وفقا لوثيقة سرية اطلعت عليها وكالة الأنباء', 'بحسب رسالة حصلت وكالة الأنباء على نسخة منها']) {
    const qs = quotesOf(`ستفرض الحكومة رسوما جديدة على الواردات الشهر المقبل، ${phrase}.`, [agency]);
    assert.equal(qs.length, 1);
    assert.equal(qs[0]!.speaker, null, phrase);
    assert.equal(qs[0]!.via, 'a', phrase);
    assert.match(qs[0]!.speakerText ?? '', /^(وثيقة سرية|رسالة)$/);
  }
  // Without a verb of obtaining the medium is the source, as before.
  const plain = quotesOf('ستفرض الحكومة رسوما جديدة على الواردات الشهر المقبل، وفقا لوكالة الأنباء.', [agency]);
  assert.equal(plain[0]?.speaker, 'a');
});

test('a relative clause after the statement noun is not the subject', () => {
  const text = 'وقالت ليلى السعدي إن المحادثات ستستأنف قريبا. وأكدت في البيان، الذي وزعه مجلس الشورى على الأعضاء، أن الاتفاق قريب.';
  const qs = quotesOf(text, [envoy, council]);
  const second = qs.find((q) => /الاتفاق قريب/.test(q.text));
  assert.ok(second);
  assert.equal(second.speaker, 'e');
});

test('a cue right after a relative pronoun with no subject of its own: the noun phrase before the pronoun, unnamed', () => {
  const text = 'واستقبل الوزير سالم الحداد وفدا من النقابة. وتواصلت الاحتجاجات الشعبية التي تطالب باستقالة الحكومة.';
  const minister: Spec = { id: 'p', type: 'PER', kbId: 'per:p', forms: [['سالم الحداد', 'name']] };
  const qs = quotesOf(text, [minister]);
  const demand = qs.find((q) => q.cue.text === 'تطالب');
  assert.ok(demand, 'the demand is quoted');
  assert.equal(demand.speaker, null);
  assert.equal(demand.speakerText, 'الاحتجاجات الشعبية');
  // A person right before the pronoun is the subject (quotes17's rule), and a pronoun resuming it keeps the main clause's.
  const named = quotesOf('وانتقد النواب قرار ليلى السعدي التي طالبت بتأجيل الانتخابات.', [envoy]);
  assert.equal(named.find((q) => q.cue.text === 'طالبت')?.speaker, 'e');
  // "وهو الذي دعا": the pronoun's referent, not the words before it.
  const pron = quotesOf('وقالت ليلى السعدي إن الوقت مناسب، وهي التي دعت إلى الحوار منذ سنوات.', [envoy]);
  assert.equal(pron.find((q) => q.cue.text === 'دعت')?.speaker ?? 'e', 'e');
});

test('the quotes41 rules leave a name in apposition and a statement about the antecedent alone', () => {
  // A relation word right after the verb with its name after it is the subject (not a word no mention covers).
  const husband: Spec = { id: 'h', type: 'PER', kbId: 'per:h', forms: [['سامي العلي', 'name']] };
  const qs = quotesOf('وقال مجلس الشورى إن القضية معقدة. وينظم زوجها سامي العلي حملة للإفراج عنها. وقال إن التهم باطلة.', [council, husband]);
  assert.equal(qs.find((q) => /التهم باطلة/.test(q.text))?.speaker, 'h');
  // "للأهداف التي تقول إنها مرافق": the complementizer's pronoun resumes the antecedent; the targets do not speak.
  const targets = quotesOf('وأطلق مجلس الشورى صواريخ على الأهداف التي يقول إنها مخازن للأسلحة.', [council]);
  const said = targets.find((q) => q.cue.text === 'يقول');
  assert.notEqual(said?.speakerText, 'الأهداف');
});
