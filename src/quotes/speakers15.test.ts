/**
 * Cue rules of the quotes15 pass, found with a recall audit of random corpus text (scripts/quote-recall-audit.ts: the
 * reporting cues no quote covered) and checked on another corpus sample: sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotesOf as run, type Spec } from './speaker-cases.ts';

test('a long quotation without a colon after a long subject and adverbials is the statement', () => {
  const quotes = run('وقال رئيس الحزب سالم العبيدي في مؤتمر صحافي السبت في بغداد "قررنا المشاركة في هذه الانتخابات لأننا لا نقبل البقاء على الهامش".', [
    { id: 'e1', type: 'PER', kbId: 'x:per:1', forms: [['سالم العبيدي', 'name']] },
  ]);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.speaker, 'e1');
  assert.equal(quotes[0]!.direct, true);
  assert.match(quotes[0]!.text, /^قررنا المشاركة/);
});

test('a place in -ا and a quoted channel name inside the words before the quotation do not stop it', () => {
  const one = run('وقال الوزير للصحفيين في الميناء قبل مغادرته في رحلة إلى آسيا "سنقدم كل الدعم الذي تحتاجه الوزارة لإيواء المحتجزين".', [
    { id: 'e1', type: 'LOC', kbId: null, forms: [['آسيا', 'name']] },
  ]);
  assert.equal(one.length, 1);
  assert.match(one[0]!.text, /^سنقدم كل الدعم/);
  const two = run('وقالت سلمى داود إحدى سكان المبنى لموقع "في إن برس" المحلي "كنا نائمين عندما استيقظنا على صوت انفجار كبير".', [
    { id: 'e1', type: 'PER', kbId: 'x:per:2', forms: [['سلمى داود', 'name']] },
  ]);
  assert.equal(two.length, 1);
  assert.equal(two[0]!.speaker, 'e1');
  assert.match(two[0]!.text, /^كنا نائمين/);
});

test('ذكر and كتب quote a long quotation without a colon; their subject speaks', () => {
  const quotes = run('وذكر البيان "نحث كل الأطراف في المنطقة على الامتناع عن أي تصرف يعرض الهدنة للخطر". وكتب كريم منصور "التجارة المنصفة تصبح غبية إذا لم تكن متبادلة بين البلدين".', [
    { id: 'e1', type: 'PER', kbId: 'x:per:3', forms: [['كريم منصور', 'name']] },
  ]);
  assert.equal(quotes.length, 2);
  assert.match(quotes[0]!.text, /^نحث كل الأطراف/);
  assert.equal(quotes[1]!.speaker, 'e1');
  assert.match(quotes[1]!.text, /^التجارة المنصفة/);
});

test('a short quotation, a titled work and a quotation that does not end the clause are not statements', () => {
  // A name in quotes after a statement noun (بعنوان، صحيفة) names the work.
  assert.equal(run('وكتب الصحفي مقالا بعنوان "كيف خسرت المعارضة معركتها الأخيرة في البرلمان".', []).length, 0);
  assert.equal(run('وذكر الكاتب في مقاله المنشور في صحيفة "الشرق الأوسط اللندنية الصادرة في العاصمة البريطانية".', []).length, 0);
  // ذكر with a short quotation (a name) is no statement.
  assert.equal(run('وذكر التقرير منظمة "أطباء بلا حدود".', []).length, 0);
  // The verb's own preposition opens its object (أشار إلى + a noun, a quote of its own): the quotation at the end is no
  // separate statement.
  const quotes = run('وكانت سلمى تشير في الجملة السابقة إلى الرئيس الذي يتعرض لانتقادات واسعة بسبب "سلوكه السلطوي ورفضه لمبادئ الديمقراطية في البلاد".', []);
  assert.ok(!quotes.some((q) => q.direct || q.text.startsWith('سلوكه')));
});

test('نقل عن X followed by a long quotation: X speaks, the agency is the channel', () => {
  const quotes = run('ونقلت وكالة الأنباء عن سامر خليل "هناك قرينة على محاولة اغتيال وتمجيد جريمة ذات طابع إرهابي".', [
    { id: 'e1', type: 'PER', kbId: 'x:per:4', forms: [['سامر خليل', 'name']] },
    { id: 'e2', type: 'ORG', kbId: 'x:org:5', forms: [['وكالة الأنباء', 'name']] },
  ]);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.speaker, 'e1');
  assert.equal(quotes[0]!.via, 'e2');
  assert.match(quotes[0]!.text, /^هناك قرينة/);
});

test('an aside in brackets (an age) inside the subject does not stop the quotation', () => {
  const quotes = run('وقال شاب (22 عاما) كان بين مجموعة تقوم بإشعال الإطارات "لا نخاف مهما أطلقوا الرصاص والغاز علينا".', []);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.speaker, null);
  assert.match(quotes[0]!.text, /^لا نخاف/);
});

test('a quotation right after a verb of saying is its content, with the words after it', () => {
  const quotes = run('وقالت سلمى داود إن الوضع صعب. وأضافت "لقد شاهدنا تدهور الوضع بشكل كبير منذ مطلع العام" خلال أربعة أشهر.', [
    { id: 'e1', type: 'PER', kbId: 'x:per:6', forms: [['سلمى داود', 'name']] },
  ]);
  assert.equal(quotes.length, 2);
  assert.equal(quotes[1]!.speaker, 'e1');
  assert.match(quotes[1]!.text, /لقد شاهدنا تدهور الوضع/);
  assert.match(quotes[1]!.text, /خلال أربعة أشهر$/);
});

test('a quoted name right after the verb is its subject, not its content', () => {
  // Before a complementizer: the quoted words name the speaker.
  const one = run('وقالت "منصة المواطنة الإسبانية حول الإسلاموفوبيا" (وهي منظمة حقوقية) إن البلاد شهدت مئات الحوادث.', []);
  assert.equal(one.length, 1);
  assert.match(one[0]!.text, /^البلاد شهدت/);
  // In apposition with a comma: the announcement that follows is the content, not the name.
  const two = run('وأعلن "تحالف دعم الشرعية في اليمن"، الذي تقوده السعودية، "تدمير منظومة دفاع جوي في صنعاء".', [
    { id: 'e1', type: 'ORG', kbId: 'x:org:7', forms: [['تحالف دعم الشرعية في اليمن', 'name']] },
  ]);
  assert.ok(!two.some((q) => q.text.startsWith('"تحالف') || q.text.startsWith('تحالف')));
});

test('a noun-object verb reaches its preposition or object past time words, adverbs and a phrase between commas', () => {
  const un: Spec = { id: 'e1', type: 'ORG', kbId: 'x:org:8', forms: [['الأمم المتحدة', 'name']] };
  for (const text of ['وأعربت الأمم المتحدة، الأسبوع الماضي، عن قلقها حيال مصير اللاجئين.', 'وأعربت الأمم المتحدة الخميس عن قلقها حيال مصير اللاجئين.']) {
    const quotes = run(text, [un]);
    assert.equal(quotes.length, 1, text);
    assert.equal(quotes[0]!.speaker, 'e1');
    assert.match(quotes[0]!.text, /^عن قلقها/);
  }
  const body = run('وأكدت قيادة التحالف، وفي تصريح لمتحدثها الرسمي، التزامها بتسهيل عمل موظفي الإغاثة.', [
    { id: 'e2', type: 'ORG', kbId: 'x:org:9', forms: [['قيادة التحالف', 'name']] },
  ]);
  assert.equal(body.length, 1);
  assert.equal(body[0]!.speaker, 'e2');
  assert.match(body[0]!.text, /^التزامها/);
  const pentagon = run('ونفت وزارة الدفاع "البنتاغون" الاتهامات الموجهة إليها.', [{ id: 'e3', type: 'ORG', kbId: 'x:org:10', forms: [['وزارة الدفاع', 'name']] }]);
  assert.equal(pentagon.length, 1);
  assert.equal(pentagon[0]!.speaker, 'e3');
  assert.match(pentagon[0]!.text, /^الاتهامات/);
});

test('a subject placed first, then the verb, a comma and asides before its preposition', () => {
  const quotes = run('وكانت وزارة العدل دعت، الخميس، إلى تجاهل المعلومات غير الصحيحة.', [
    { id: 'e1', type: 'ORG', kbId: 'x:org:11', forms: [['وزارة العدل', 'name']] },
  ]);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.speaker, 'e1');
  assert.match(quotes[0]!.text, /^إلى تجاهل/);
  // The person named between the comma and the preposition is the one invited, not the speaker.
  const invited = run('وكان الحزب الحاكم دعا، الأسبوع الماضي، كريم منصور إلى الترشح لولاية خامسة.', [
    { id: 'e2', type: 'PER', kbId: 'x:per:12', forms: [['كريم منصور', 'name']] },
  ]);
  assert.ok(invited.every((q) => q.speaker !== 'e2'));
});

test('a pro-drop verb, an adverb and a possessed object', () => {
  const quotes = run('لكنه نفى مرارا صلته بتجارة المخدرات.', []);
  assert.equal(quotes.length, 1);
  assert.match(quotes[0]!.text, /^صلته/);
});

test('"، كما ذكر X." after a clause attributes the clause to X, as حسبما does', () => {
  const quotes = run('ووصل الوزير صباح الاثنين إلى دمشق لإجراء محادثات، كما قال الناطق باسم الخارجية سامر خليل خلال مؤتمر صحفي.', [
    { id: 'e1', type: 'PER', kbId: 'x:per:13', forms: [['سامر خليل', 'name']] },
  ]);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.speaker, 'e1');
  assert.match(quotes[0]!.text, /^وصل الوزير/);
  // كما (also) with a verb that has its own object or clause is a new statement or act, not an attribution.
  assert.ok(run('وفرضت الحكومة رسوما على الواردات، كما هدد الوزير بفرض المزيد.', []).every((q) => !q.text.startsWith('فرضت')));
  const also = run('وعقد الوزير اجتماعا مع نظيره، كما أكد أن البلدين متفقان.', []);
  assert.equal(also.length, 1);
  assert.match(also[0]!.text, /^البلدين متفقان/);
});
