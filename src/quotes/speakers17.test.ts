/**
 * Speaker rules of the quotes17 pass, for the commonest kind of wrong speaker in a fixed-seed audit of random corpus
 * quotes (test/audit/quotes17-sample1.jsonl): a subjectless verb or participle that carried the wrong subject. Each rule
 * was checked on other corpus lines by reading what it changed (docs/quotes.md); the sentences are written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotesOf as run, type Spec } from './speaker-cases.ts';

const ministry: Spec = { id: 'e1', type: 'ORG', kbId: 'x:org:1', forms: [['وزارة الدفاع', 'name']] };
const minister: Spec = { id: 'e2', type: 'PER', kbId: 'x:per:1', forms: [['سالم العبيدي', 'name'], ['العبيدي', 'name']] };
const person: Spec = { id: 'e3', type: 'PER', kbId: 'x:per:2', forms: [['خالد المصري', 'name']] };
const germany: Spec = { id: 'e4', type: 'LOC', kbId: 'cty:DEU', forms: [['ألمانيا', 'name']] };
const militia: Spec = { id: 'e5', type: 'ORG', kbId: 'x:org:2', forms: [['الحوثية', 'name']] };

const byCue = (quotes: ReturnType<typeof run>, cue: string) => quotes.filter((q) => q.cue.text === cue);

test('a preposition written with و opens an adverbial before the verb and its subject', () => {
  const quotes = byCue(run('وفي مطلع يوليو، أعلنت ألمانيا تعليق الهجوم على المدينة، مطالبة بانسحاب المسلحين منها.', [germany, minister]), 'مطالبة');
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.speaker, 'e4');
});

test('a sentence naming a body only after a preposition leaves the speaker quoted before running', () => {
  const text = 'قال وزير الخارجية سالم العبيدي إن المحادثات مستمرة. واقترح أولا عقد لقاء في مقر وزارة الدفاع قرب العاصمة. وأضاف أن الموعد لم يحدد بعد.';
  const quotes = byCue(run(text, [ministry, minister]), 'أضاف');
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.speaker, 'e2');
});

test('an unnamed source right after the verb is the subject, not a body named in the object', () => {
  const text = 'وقال مصدر عسكري إن القوات تقدمت. وأكد المصدر، مقتل وجرح أعداد كبيرة في صفوف المليشيات الحوثية. وأضاف أن فرق الهندسة تعمل.';
  const quotes = byCue(run(text, [militia]), 'أضاف');
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.speaker, null);
  assert.match(quotes[0]!.speakerText ?? '', /مصدر/);
});

test('a country named first, after كان or before a verb, is the subject of its participle and of the next pro-drop verb', () => {
  const kanParticiple = byCue(run('وقال خالد المصري إن الدعم كبير. وكانت ألمانيا رفضت الطلب من قبل قائلة إنها بحاجة لمزيد من البراهين.', [person, germany]), 'قائلة');
  assert.equal(kanParticiple.length, 1);
  assert.equal(kanParticiple[0]!.speaker, 'e4');
  const kanNext = byCue(run('وقال خالد المصري إن الدعم كبير. وكانت ألمانيا قد رفضت الطلب. وقالت إنها بحاجة لمزيد من البراهين.', [person, germany]), 'قالت');
  assert.equal(kanNext.length, 1);
  assert.equal(kanNext[0]!.speaker, 'e4');
  const first = byCue(run('وقال خالد المصري إن الدعم كبير. ألمانيا رفضت الطلب، قائلة إنها بحاجة لمزيد من البراهين.', [person, germany]), 'قائلة');
  assert.equal(first.length, 1);
  assert.equal(first[0]!.speaker, 'e4');
});

test('a cue right after a relative pronoun that follows a person has that person for subject when its content is an object', () => {
  const bolton: Spec = { id: 'e6', type: 'PER', kbId: 'x:per:3', forms: [['جون بولتون', 'name']] };
  const korea: Spec = { id: 'e7', type: 'LOC', kbId: 'cty:PRK', forms: [['كوريا الشمالية', 'name']] };
  const police: Spec = { id: 'e8', type: 'ORG', kbId: 'x:org:3', forms: [['الشرطة', 'name']] };
  const called = byCue(run('وانتقد المسؤول مستشار الأمن القومي جون بولتون الذي دعا كوريا الشمالية إلى التخلص من ترسانتها النووية.', [bolton, korea]), 'دعا');
  assert.equal(called.length, 1);
  assert.equal(called[0]!.speaker, 'e6');
  // With a comma before the pronoun, and a participle going on with the same speaker.
  const net: Spec = { id: 'e9', type: 'PER', kbId: 'x:per:4', forms: [['سالم العبيدي', 'name']] };
  const party: Spec = { id: 'e10', type: 'ORG', kbId: 'x:org:4', forms: [['الحركة', 'name']] };
  const quotes = run('وهو الموقف الذي أعرب عنه سالم العبيدي، الذي اعتبر الحركة "منظمة إرهابية" مضيفا أن "من واجب كل بلد الدفاع عن أراضيه".', [net, party]);
  assert.equal(byCue(quotes, 'مضيفا')[0]?.speaker, 'e9');
  // A relative clause with a subject of its own and a complementizer keeps that subject.
  const own = byCue(run('واعتقل جون بولتون الذي قالت الشرطة إنه كان في المكان.', [bolton, police]), 'قالت');
  assert.equal(own.length, 1);
  assert.equal(own[0]!.speaker, 'e8');
});

test('a country or city opening the subject is its head; a name after it without a comma or و is the object', () => {
  const korea: Spec = { id: 'e11', type: 'LOC', kbId: 'cty:PRK', forms: [['كوريا الشمالية', 'name']] };
  const agency: Spec = { id: 'e12', type: 'ORG', kbId: 'x:org:5', forms: [['وكالة الأمم المتحدة للطيران', 'name']] };
  const told = byCue(run('أبلغت كوريا الشمالية وكالة الأمم المتحدة للطيران إنها لن تجري تجارب صاروخية مفاجئة.', [korea, agency]), 'أبلغت');
  assert.equal(told.length, 1);
  assert.equal(told[0]!.speaker, 'e11');
  const israel: Spec = { id: 'e13', type: 'LOC', kbId: 'cty:ISR', forms: [['إسرائيل', 'name']] };
  const leader: Spec = { id: 'e15', type: 'PER', kbId: 'x:per:5', forms: [['سالم العبيدي', 'name']] };
  const warned = byCue(run('وحذرت إسرائيل الرئيس سالم العبيدي من أن بلاده ستدفع الثمن.', [israel, leader]), 'حذرت');
  assert.equal(warned.length, 1);
  assert.equal(warned[0]!.speaker, 'e13');
  // A comma between the place and the name leaves the old ranking (a person before a place).
  const joint = byCue(run('وحذرت إسرائيل، سالم العبيدي، من أن بلاده ستدفع الثمن.', [israel, leader]), 'حذرت');
  assert.equal(joint[0]?.speaker, 'e15');
});
