/**
 * Speaker rules for roles, authorities and relatives (quotes7): sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotesOf as run } from './speaker-cases.ts';

test('a spokesperson the article does not name is unnamed, and stays so when the role is repeated', () => {
  const quotes = run('وقال متحدث باسم شركة الطيران إن الرحلات ستستأنف غدا. وأضاف المتحدث أن الركاب سيعوضون.', [
    { id: 'e1', type: 'PER', kbId: 'x:per:1', forms: [['متحدث باسم شركة الطيران', 'title'], ['المتحدث', 'title']] },
  ]);
  assert.equal(quotes.length, 2);
  assert.deepEqual(quotes.map((q) => q.speaker), [null, null]);
  assert.equal(quotes[0]!.speakerText, 'متحدث باسم شركة الطيران');
});

test('a role followed by the name the resolver found: the named person speaks', () => {
  const quotes = run('وقال المتحدث باسم الجيش الكندي العقيد جون ماكاي إن الدورية عادت سالمة.', [
    { id: 'e1', type: 'PER', kbId: 'x:per:1', forms: [['المتحدث باسم الجيش الكندي', 'title']] },
    { id: 'e2', type: 'PER', kbId: 'x:per:2', forms: [['جون ماكاي', 'name']] },
  ]);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.speaker, 'e2');
});

test('an unnamed minister keeps the entity the resolver gave the role', () => {
  const quotes = run('وقال وزير الزراعة البيروفي إن المحصول تضاعف هذا العام.', [
    { id: 'e1', type: 'PER', kbId: 'x:per:1', forms: [['وزير الزراعة البيروفي', 'title']] },
  ]);
  assert.equal(quotes[0]!.speaker, 'e1');
});

test("a country's authorities speak as the country", () => {
  const quotes = run('وقالت السلطات البيروفية إن الحدود أغلقت. وأعلنت الحكومة البيروفية أنها سترسل مساعدات.', [
    { id: 'e1', type: 'LOC', kbId: 'cty:PER', forms: [['البيروفية', 'demonym']] },
  ]);
  assert.deepEqual(quotes.map((q) => q.speaker), ['e1', 'e1']);
  // The feminine demonym read as the country's name.
  const named = run('وتقول السلطات السعودية إن الطريق مفتوح.', [{ id: 'e1', type: 'LOC', kbId: 'cty:SAU', forms: [['السعودية', 'name']] }]);
  assert.equal(named[0]!.speaker, 'e1');
});

test('a bare role after a quote names the speaker introduced with that role, not another holder', () => {
  const quotes = run(
    'وانتقدت نائبة وزير الخارجية ليلى حداد الخطة. وقال وزير المالية سمير نصار إن الميزانية متوازنة. وأضاف الوزير أن الديون ستنخفض.',
    [
      { id: 'e1', type: 'PER', kbId: 'per:x', forms: [['ليلى حداد', 'name'], ['الوزير', 'title']] },
      { id: 'e2', type: 'PER', kbId: null, forms: [['سمير نصار', 'name']] },
    ],
  );
  assert.deepEqual(quotes.map((q) => q.speaker), ['e2', 'e2']);
});

test('a relative of a named person is not that person', () => {
  const quotes = run('وقال نجل الرئيس إن العائلة بخير.', [{ id: 'e1', type: 'PER', kbId: 'per:x', forms: [['الرئيس', 'title']] }]);
  assert.equal(quotes[0]!.speaker, null);
  assert.equal(quotes[0]!.speakerText, 'نجل الرئيس');
});

test('a present-tense "ويضيف أن" right after a quote goes on with its speaker; "ويذكر أن" stays impersonal', () => {
  const quotes = run('ويرى الباحث سمير داود أن الاتفاق صمد طويلا. ويضيف أن الانسحاب منه سيضر الجميع. ويذكر أن الاتفاق وقع قبل ثلاث سنوات.', [
    { id: 'e1', type: 'PER', kbId: null, forms: [['سمير داود', 'name']] },
  ]);
  assert.deepEqual(quotes.map((q) => [q.cue.text, q.speaker]), [['يرى', 'e1'], ['يضيف', 'e1']]);
});

test('a subject does not end on باسم: "أكد متحدث باسم الشركة تلقي الرسالة"', () => {
  const quotes = run('وأكد متحدث باسم الشركة تلقي الرسالة.', [{ id: 'e1', type: 'PER', kbId: 'x:per:1', forms: [['متحدث باسم', 'title']] }]);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.text, 'تلقي الرسالة');
  assert.equal(quotes[0]!.speaker, null);
  assert.equal(quotes[0]!.speakerText, 'متحدث باسم الشركة');
});

test('"بحسب البيان" names the issuer of the statement named before', () => {
  const quotes = run('وقالت السفارة الكندية في بيان إن القرار مؤسف. والتأشيرات لن تمنح قبل الصيف، بحسب البيان.', [
    { id: 'e1', type: 'ORG', kbId: null, forms: [['السفارة الكندية', 'name']] },
  ]);
  assert.deepEqual(quotes.map((q) => [q.cue.text, q.speaker]), [['قالت', 'e1'], ['بحسب', 'e1']]);
});

test('a feminine verb does not take a man titled as one for its speaker', () => {
  const quotes = run('والتقى الرئيس الكيني بالوفد. وقالت الرئاسة في بيان إن اللقاء كان مثمرا.', [
    { id: 'e1', type: 'PER', kbId: 'per:x', forms: [['الرئيس الكيني', 'title'], ['الرئاسة', 'name']] },
  ]);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.speaker, null);
  // A woman titled as one keeps the feminine verb.
  const woman = run('وقالت الوزيرة سارة كيم إن الخطة جاهزة.', [{ id: 'e1', type: 'PER', kbId: 'per:x', forms: [['الوزيرة', 'title'], ['سارة كيم', 'name']] }]);
  assert.equal(woman[0]!.speaker, 'e1');
});

test('"نقلت الوكالة عن الرئيس" keeps the man: the agency is the feminine subject', () => {
  const quotes = run('ونقلت الوكالة عن الرئيس الكيني قوله إن اللقاء كان مثمرا.', [{ id: 'e1', type: 'PER', kbId: 'per:x', forms: [['الرئيس الكيني', 'title']] }]);
  assert.equal(quotes[0]!.speaker, 'e1');
});

test('a definite plural in -ين right after the verb is its object: the speaker is the subject before', () => {
  const quotes = run('وقالت الشرطة الكندية إن الطريق أغلق، وحذرت المواطنين من الاقتراب من المنطقة.', [
    { id: 'e1', type: 'ORG', kbId: null, forms: [['الشرطة الكندية', 'name']] },
  ]);
  assert.deepEqual(quotes.map((q) => [q.cue.text, q.speaker]), [['قالت', 'e1'], ['حذرت', 'e1']]);
});

test('"الرئيس" after "رئيس الوزراء X" keeps the president the resolver found when the KB knows both', () => {
  const quotes = run('وقال رئيس الوزراء سمير نصار إن الحكومة باقية. وقال الرئيس إن الانتخابات ستجري في موعدها.', [
    { id: 'e1', type: 'PER', kbId: 'per:nassar', forms: [['سمير نصار', 'name']] },
    { id: 'e2', type: 'PER', kbId: 'per:president', forms: [['الرئيس', 'title', 0]] },
  ]);
  assert.deepEqual(quotes.map((q) => q.speaker), ['e1', 'e2']);
});

test('"وأضاف الوزير" after a minister is not the vice-minister the resolver titled as a woman', () => {
  const quotes = run('وانتقدت نائبة وزير الخارجية ليلى حداد الخطة. وقال وزير المالية سمير نصار إن الميزانية متوازنة. وأضاف الوزير أن الديون ستنخفض.', [
    { id: 'e1', type: 'PER', kbId: 'per:haddad', forms: [['ليلى حداد', 'name'], ['نائبة وزير الخارجية', 'title'], ['الوزير', 'title']] },
    { id: 'e2', type: 'PER', kbId: 'per:nassar', forms: [['سمير نصار', 'name']] },
  ]);
  assert.deepEqual(quotes.map((q) => q.speaker), ['e2', 'e2']);
});

test('"حسب ما أعلنه X": the verb with the pronoun of ما is not part of the speaker', () => {
  const quotes = run('ووصل الوفد إلى العاصمة، حسب ما أعلنه المتحدث باسم الحكومة سمير نصار.', [
    { id: 'e1', type: 'PER', kbId: null, forms: [['سمير نصار', 'name']] },
  ]);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.speaker, 'e1');
  assert.ok(!quotes[0]!.speakerText!.startsWith('أعلنه'));
});

test('"وهذا ما أشار إليه X": a preposition with a pronoun object reports nothing after it', () => {
  const quotes = run('وهذا ما أشار إليه الباحث سمير نصار المسؤول السابق لمساعد الوزير.', [{ id: 'e1', type: 'PER', kbId: null, forms: [['سمير نصار', 'name']] }]);
  assert.equal(quotes.length, 0);
});

test('عبر before a possessed noun is "via", a participle after عدم is a verbal noun, أبدى with a noun object reports nothing', () => {
  assert.equal(run('وفي تغريدة عبر حسابه على تويتر، تحدث الكاتب عن "الأزمة" قائلا: "الوضع صعب".', []).map((q) => q.cue.text).join(','), 'قائلا');
  assert.equal(run('ودعا الشيخ النساء إلى عدم مطالبة أزواجهن بالطلاق.', []).filter((q) => q.cue.text === 'مطالبة').length, 0);
  assert.equal(run('وأبدت الحكومة استعدادها للحوار.', []).length, 0);
  // عبر with a subject and عن still reports.
  assert.equal(run('وعبر الوزير عن قلقه من التصعيد.', []).length, 1);
});

test('عبر still reports before فيه/له and a feminine noun: "عبرت فيه عن"، "عبرت أميرة عن"', () => {
  assert.equal(run('وأصدرت الوزارة بيانا عبرت فيه عن قلقها من التصعيد.', []).length, 1);
  assert.equal(run('وعبرت أميرة أردنية عن انزعاجها من التعليقات.', []).length, 1);
});

test('a sentence that opens with a verb and a place: the country speaks for a later joined cue', () => {
  const quotes = run('عقب إعلان الرئيس الكيني إلغاء الزيارة، أبدت كمبالا أسفها وشددت على أنها مستعدة للحوار.', [
    { id: 'e1', type: 'PER', kbId: 'per:x', forms: [['الرئيس الكيني', 'title']] },
    { id: 'e2', type: 'LOC', kbId: 'cty:UGA', forms: [['كمبالا', 'name']] },
  ]);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.speaker, 'e2');
});

test('a body in the genitive of a noun after a preposition (على موقع "تويتر") is not the subject', () => {
  const quotes = run('وفي تغريدة على موقع "تويتر"، تحدث الوزير سمير نصار عن الأزمة قائلا: "الوضع صعب".', [
    { id: 'e1', type: 'ORG', kbId: 'org:twitter', forms: [['تويتر', 'name']] },
    { id: 'e2', type: 'PER', kbId: null, forms: [['سمير نصار', 'name']] },
  ]);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.speaker, 'e2');
});
