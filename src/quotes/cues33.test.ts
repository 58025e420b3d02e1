/**
 * Cues of the quotes33 recall pass (docs/quotes.md, "Fifteenth session"): عبر as the preposition "via" between a verb
 * of saying and its clause, "كما أفاد X" closing a sentence with no comma before it, تحدث عن "...". The sentences are
 * written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotesOf as run } from './speaker-cases.ts';

const contentOf = (text: string) => run(text, []).map((q) => q.text);

test('"قال X، عبر وسائل ...، إن": عبر with no عن after it is "via", and the قال before it keeps its clause', () => {
  const quotes = run('وقال رئيس الوزراء، عبر وسائل التواصل الاجتماعي، إن الحكومة ستخفض الضرائب.', []);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.cue.text, 'قال');
  assert.equal(quotes[0]!.speakerText, 'رئيس الوزراء');
  assert.equal(quotes[0]!.text, 'الحكومة ستخفض الضرائب');
  const unmarked = run('وقال رئيس الوزراء عبر منصات التواصل إن الحكومة ستخفض الضرائب.', []);
  assert.equal(unmarked.length, 1);
  assert.equal(unmarked[0]!.text, 'الحكومة ستخفض الضرائب');
});

test('عبر X عن (expressed) is still a cue, past commas and an adverbial', () => {
  const quotes = run('وعبر رئيس الوزراء، في كلمة متلفزة، عن أمله في عودة المهجرين.', []);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.cue.text, 'عبر');
  assert.equal(quotes[0]!.speakerText, 'رئيس الوزراء');
  // عن inside the clause of a قال does not make عبر a verb: the clause is the minister's.
  const inClause = run('وقال الوزير، عبر التلفزيون، إن اللجنة ستتحدث عن النتائج غدا.', []);
  assert.equal(inClause.length, 1);
  assert.equal(inClause[0]!.cue.text, 'قال');
});

test('"..., كما أفادت X." with no comma attributes the clause before it when X closes the sentence', () => {
  const quotes = run('غرق قارب يقل عشرين مهاجرا قبالة الساحل كما أفادت مصادر محلية.', []);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.cue.text, 'كما أفادت');
  assert.equal(quotes[0]!.speakerText, 'مصادر محلية');
  assert.equal(quotes[0]!.text, 'غرق قارب يقل عشرين مهاجرا قبالة الساحل');
});

test('كما with no comma and an object after the verb (also) attributes nothing; at a sentence start it is also', () => {
  assert.deepEqual(contentOf('وصل الوفد إلى العاصمة كما أعلن الوزير استقالته.'), []);
  assert.deepEqual(contentOf('وصل الوفد إلى العاصمة كما أعلن الوزير تشكيل حكومة جديدة.'), []);
  const also = run('كما قال الوزير إن المفاوضات ستستأنف قريبا.', []);
  assert.equal(also.length, 1);
  assert.equal(also[0]!.cue.text, 'قال');
});

test('أفاد عن is left out: the read gold counts it in some sets only (أفاد بـ stays a cue)', () => {
  assert.deepEqual(contentOf('وأفاد المرصد عن سقوط قذائف على حي سكني في المدينة.'), []);
  assert.equal(run('وأفاد المرصد بسقوط قذائف على حي سكني في المدينة.', []).length, 1);
});

test('تحدث عن "..." with the speaker\'s words quoted is a statement; a topic or a one-word term is not', () => {
  const quotes = run('وتحدث وزير الخارجية، في مؤتمر صحفي، عن "مرحلة جديدة من التعاون بين البلدين".', []);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.cue.text, 'تحدث');
  assert.equal(quotes[0]!.speakerText, 'وزير الخارجية');
  assert.equal(quotes[0]!.text, 'مرحلة جديدة من التعاون بين البلدين');
  assert.equal(quotes[0]!.direct, true);
  assert.deepEqual(contentOf('وتحدث وزير الخارجية عن الأزمة الاقتصادية في البلاد.'), []);
  assert.deepEqual(contentOf('وتحدث وزير الخارجية عن "الأزمة" في البلاد.'), []);
  assert.deepEqual(contentOf('وتحدث وزير الخارجية عن "عالمنا العربي" قبل أن يغادر.'), []);
});

test('a present تحدث right after an indefinite noun is an adjectival clause, no statement', () => {
  assert.deepEqual(contentOf('وصلت إلى الشرطة رسالة تتحدث عن "سيارة مشبوهة قرب المدرسة".'), []);
  // A definite subject before it keeps it a statement.
  assert.equal(run('الحكومة تتحدث عن "خطة شاملة لإصلاح التعليم"', []).length, 1);
});

test('تحدث with no quotation after عن is no verb: it does not end the clause of a قال before it', () => {
  const quotes = run('وقال الوزير، الذي تحدث للصحفيين بعد الاجتماع، إن الاتفاق بات قريبا.', []);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.cue.text, 'قال');
  assert.equal(quotes[0]!.text, 'الاتفاق بات قريبا');
});

test('"شاهد ... الفيديو التالي: ..." is a link line, no headline quote; "شاهد عيان: ..." still can be', () => {
  assert.deepEqual(contentOf('شاهد سقوط الجسر في الفيديو التالي: لقطات من موقع الحادث في المدينة\nوانهار الجسر صباح اليوم.'), []);
  const witness = run('شاهد عيان: سمعنا انفجارا قويا قبل انهيار الجسر\nوانهار الجسر صباح اليوم.', []);
  assert.equal(witness.filter((q) => q.cue.text === ':').length, 1);
});

const sami = [{ id: 'P', type: 'PER' as const, kbId: null, forms: [['سامي علي', 'name']] as Array<[string, 'name']> }];

test('the past نفى (written with ى) with a denied noun reports it, pro-drop too; the verbal noun نفي does not', () => {
  const quotes = run('واستقبل سامي علي الصحفيين في مكتبه. وقد نفى صحة الأنباء عن استقالته.', sami);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.cue.text, 'نفى');
  assert.equal(quotes[0]!.speaker, 'P');
  assert.equal(quotes[0]!.text, 'صحة الأنباء عن استقالته');
  assert.equal(run('واستقبل سامي علي الصحفيين في مكتبه. ونفى الاتهامات الموجهة إليه.', sami).length, 1);
  assert.deepEqual(run('واستقبل سامي علي الصحفيين في مكتبه. وجاء نفي صحة الأنباء بعد ساعات.', sami).map((q) => q.text), []);
});

test('اتهم with an object pronoun reports its clause (وتتهمه الشرطة بأنه ...); with a noun object it reports nothing', () => {
  const quotes = run('وتتهمه الشرطة بأنه سرب وثائق سرية إلى جهات أجنبية.', []);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.cue.text, 'تتهمه');
  assert.equal(quotes[0]!.speakerText, 'الشرطة');
  assert.equal(quotes[0]!.text, 'سرب وثائق سرية إلى جهات أجنبية');
  assert.deepEqual(contentOf('وهو الموظف الذي تتهمه الشرطة بتسريب وثائق سرية.'), []);
});

test('خصوصا right after a pro-drop verb is no subject: the running speaker goes on', () => {
  const quotes = run('وقال سامي علي إن المحادثات كانت مثمرة. وتحدث خصوصا عن "الجهد الدبلوماسي الضخم لإبقاء الضغط" على الجانبين.', sami);
  assert.equal(quotes.length, 2);
  assert.equal(quotes[1]!.speaker, 'P');
});

test('اتهم does not reach a clause past an attribution or بيد: the accusation was a noun object', () => {
  const quotes = run('اعتقلت السلطات سبعة أشخاص تتهمهم بالتواصل مع جهات أجنبية، بحسب الوكالة الرسمية، بيد أن منظمة العفو تقول إنهم ناشطون.', []);
  assert.deepEqual(quotes.map((q) => q.cue.text), ['بحسب', 'تقول']);
  // Commas around an adverbial between the subject and the object keep the clause.
  assert.equal(run('واتهمت المعارضة، في بيان، الحكومة بأنها زورت الانتخابات.', []).length, 1);
});
