/**
 * Rules of the quotes47 pass (docs/quotes.md, "Twenty-first session (quotes47)"). The sentences are written for these
 * tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotesOf, type Spec } from './speaker-cases.ts';

const emir: Spec = { id: 'e', type: 'PER', kbId: 'per:e', forms: [['الشيخ سالم الحمد', 'name'], ['أمير البلاد', 'title']] };
const council: Spec = { id: 'c', type: 'ORG', kbId: 'org:c', forms: [['مجلس الشورى', 'name']] };
const former: Spec = { id: 'f', type: 'PER', kbId: 'per:f', forms: [['الشيخ ناجي', 'name']] };

test('a verb joined by و after an accusative object goes on with the subject of the clause before, not the object', () => {
  const qs = quotesOf('وقدم الشيخ ناجي استقالته، وأصدر أمير البلاد، الشيخ سالم الحمد، أمرا بحل مجلس الشورى ودعا إلى انتخابات جديدة.', [emir, council, former]);
  const q = qs.find((x) => x.cue.text === 'دعا');
  assert.equal(q?.speaker, 'e');
});

const minister: Spec = { id: 'm', type: 'PER', kbId: 'per:m', forms: [['سمير داود', 'name'], ['داود', 'name']] };
const premier: Spec = { id: 'p', type: 'PER', kbId: 'per:p', forms: [['هالة مراد', 'name'], ['مراد', 'name']] };

test('a relative pronoun whose verb disagrees with it in gender is not the verb subject', () => {
  // التي is feminine, قال masculine: the strategy (or Murad) is not who said it; the sentence subject is.
  const qs = quotesOf('واستقال سمير داود من الحكومة، احتجاجا على سياسة هالة مراد التي قال إنها تضر بالبلاد.', [minister, premier]);
  assert.equal(qs[0]?.speaker, 'm');
  // A verb that agrees still has the antecedent for subject.
  const agree = quotesOf('واستقبل سمير داود الوزيرة هالة مراد التي أكدت أن الزيارة ناجحة.', [minister, premier]);
  assert.equal(agree[0]?.speaker, 'p');
  // "تصريحات X التي قال فيها": the pronoun after the verb resumes the statements, whose owner speaks.
  const owner = quotesOf('وانتقدت هالة مراد تصريحات سمير داود التي قال فيها إن الاتفاق فشل.', [minister, premier]);
  assert.equal(owner[0]?.speaker, 'm');
});

test('a name and قد after a complementizer are the subject of the verb after them', () => {
  const qs = quotesOf('ويشار إلى أن سمير داود قد أكد أن الانتخابات ستجرى في موعدها.', [minister]);
  assert.equal(qs[0]?.speaker, 'm');
  // Its joined verb goes on with it.
  const joined = quotesOf('يذكر أن سمير داود قد قال إن الحوار مستمر، وأعرب عن أمله في اتفاق قريب.', [minister]);
  assert.deepEqual(joined.map((x) => x.speaker), ['m', 'm']);
});

const reporter: Spec = { id: 'r', type: 'PER', kbId: 'per:r', forms: [['ليلى حسن', 'name']] };

test('a teaser line (قد يهمك| ...) keeps its quote but no speaker goes on from it', () => {
  const text = 'وقال سمير داود إن المحادثات مستمرة.\nقد يهمك| ليلى حسن تؤكد أن المطالب عادلة\nوأضاف أن الجولة المقبلة ستعقد الشهر المقبل.';
  const qs = quotesOf(text, [minister, reporter]);
  const teaser = qs.find((x) => x.cue.text === 'تؤكد');
  assert.equal(teaser?.speaker, 'r');
  const added = qs.find((x) => x.cue.text === 'أضاف');
  assert.equal(added?.speaker, 'm');
  // A subjectless verb right after the teaser goes on with the story's sentence before it, not with the teaser's names.
  const named = quotesOf('ووصل سمير داود إلى العاصمة أمس في زيارة رسمية.\nقد يهمك/ ليلى حسن: لن نتراجع عن مطالبنا\nوأضاف أن الجولة المقبلة ستعقد الشهر المقبل.', [minister, reporter]);
  assert.equal(named.find((x) => x.cue.text === 'أضاف')?.speaker, 'm');
});

const lawyer: Spec = { id: 'l', type: 'PER', kbId: 'per:l', forms: [['كريم سعيد', 'name']] };

test('a described person followed by a relative pronoun is the person named with that noun before', () => {
  const qs = quotesOf('وأوضح المحامي كريم سعيد أن التهم باطلة. وقال المحامي الذي ترافع عن المتهمين إن الحكم سيستأنف.', [lawyer]);
  const q = qs.find((x) => x.cue.text === 'قال');
  assert.equal(q?.speaker, 'l');
});

const agency: Spec = { id: 'a', type: 'ORG', kbId: 'org:a', forms: [['وكالة النهار', 'name']] };
const army: Spec = { id: 'y', type: 'ORG', kbId: 'org:y', forms: [['الجيش الوطني', 'name']] };

test('a verb of saying whose subject is followed by نقلا عن and a named source relays that source, commas or not', () => {
  const qs = quotesOf('وذكرت وكالة النهار نقلا عن الجيش الوطني أن الطائرة سقطت قرب الحدود.', [agency, army]);
  assert.equal(qs.length, 1);
  assert.equal(qs[0]!.speaker, 'y');
  assert.equal(qs[0]!.via, 'a');
  // A person who cites an agency speaks himself.
  const person = quotesOf('وقال سمير داود نقلا عن وكالة النهار إن الطائرة سقطت قرب الحدود.', [minister, agency]);
  assert.equal(person[0]?.speaker, 'm');
});
