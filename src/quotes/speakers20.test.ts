/**
 * Rules of the quotes20 pass, for kinds of error that a recall audit of 10 random corpus articles (test/gold/quotes/
 * audit10.jsonl) showed and that recur on a 2,000-article corpus sample: an unnamed correspondent of an outlet is an
 * unnamed source; participle forms that news mostly writes as nouns (ومقره، معلمين، لافتة، مطالبة) are no cue unless
 * a comma, a clause or the verb's preposition makes them one; a quotation without a colon closed by a comma and a
 * circumstantial participle or "في إشارة"; an accusative between قال/أضاف/تابع and a long quotation. The sentences are
 * written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotesOf as run, type Spec } from './speaker-cases.ts';

const outlet: Spec = { id: 'e1', type: 'ORG', kbId: 'x:org:1', forms: [['وكالة الأنباء الوطنية', 'name']] };
const reporter: Spec = { id: 'e2', type: 'PER', kbId: 'x:per:2', forms: [['سامي الحلبي', 'name']] };
const observatory: Spec = { id: 'e3', type: 'ORG', kbId: 'x:org:3', forms: [['المرصد الوطني للحقوق', 'name']] };
const minister: Spec = { id: 'e4', type: 'PER', kbId: 'x:per:4', forms: [['خالد المصري', 'name']] };

test('an unnamed correspondent of an outlet is an unnamed source, a named one is that person', () => {
  for (const text of ['وقال مراسل وكالة الأنباء الوطنية إن القصف استمر طوال الليل.', 'وأفادت مراسلة وكالة الأنباء الوطنية بأن القصف استمر طوال الليل.']) {
    const quotes = run(text, [outlet]);
    assert.equal(quotes.length, 1, text);
    assert.equal(quotes[0]!.speaker, null, text);
    assert.ok(quotes[0]!.speakerText?.startsWith('مراسل'), text);
  }
  const named = run('وقال مراسل وكالة الأنباء الوطنية سامي الحلبي إن القصف استمر طوال الليل.', [outlet, reporter]);
  assert.equal(named[0]?.speaker, 'e2');
});

test('ومقره X inside a subject is the body\'s seat, no cue, and the verb keeps its clause', () => {
  const quotes = run('وقال المرصد الوطني للحقوق، ومقره لندن، إن عشرة مدنيين قتلوا في القصف.', [observatory]);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.cue.text, 'قال');
  assert.equal(quotes[0]!.speaker, 'e3');
  assert.ok(quotes[0]!.text.startsWith('عشرة مدنيين'));
  // Nor is a body's seat after تتخذ من a participle of أقر.
  const seat = run('وقالت المنظمة التي تتخذ من جنيف مقرا لها إن الاجتماع سيعقد غدا.', []);
  assert.deepEqual(seat.map((q) => q.cue.text), ['قالت']);
});

test('nouns that look like participles (teachers, a banner, a demand) are no cues', () => {
  const teachers = run('وأضاف خالد المصري الذي يقود لجنة تضم معلمين وخبراء "نحن عازمون على العمل بسرعة لأنه لا وقت لدينا".', [minister]);
  assert.equal(teachers.length, 1);
  assert.equal(teachers[0]!.cue.text, 'أضاف');
  assert.equal(teachers[0]!.speaker, 'e4');
  assert.equal(teachers[0]!.direct, true);
  assert.equal(run('ورفع المحتجون لافتة كبيرة أمام مبنى البرلمان.', []).length, 0);
  assert.equal(run('وتفاقمت الأزمة بين البلدين إثر مطالبة الحكومة العمال بمغادرة البلاد.', []).length, 0);
});

test('the same forms still report after a comma or with their preposition or clause', () => {
  const comma = run('وأدانت المنظمة الهجوم، مطالبة المجتمع الدولي بالتحقيق فيه.', []);
  assert.ok(comma.some((q) => q.cue.text === 'مطالبة'));
  const prep = run('وأعلنت الشرطة حصيلة القتلى لافتة إلى أن التحقيق مستمر.', []);
  assert.ok(prep.some((q) => q.cue.text === 'لافتة' && q.text.startsWith('التحقيق مستمر')));
});

test('a quotation without a colon closed by a comma and a circumstantial participle or في إشارة is the content', () => {
  for (const [text, first] of [
    ['وأضاف "ليس هناك أحد في البلاد مؤهل أكثر منه لتولي هذا المنصب"، مناشدا البرلمان الموافقة بسرعة.', 'ليس هناك'],
    ['وقال "الأمر لا يتعلق بالسياسة وإنما يتعلق بأمن الدولة"، في إشارة إلى الخلاف مع الجيران.', 'الأمر لا'],
  ] as const) {
    const quotes = run(`قال خالد المصري إن الوضع مستقر. ${text}`, [minister]);
    assert.equal(quotes.length, 2, text);
    assert.equal(quotes[1]!.speaker, 'e4', text);
    assert.equal(quotes[1]!.direct, true, text);
    assert.ok(quotes[1]!.text.startsWith(first), text);
  }
  // A quoted name in apposition, with a relative clause after the comma, is no content.
  assert.equal(run('وأعلن "تحالف الشمال الكبير"، الذي تقوده المعارضة، بدء العملية.', []).length, 0);
});

test('an accusative circumstance between قال and a long quotation does not stop it', () => {
  const quotes = run('وقال خالد المصري أثناء زيارة إلى باريس مرافقا رئيس الحكومة أمس "نحن سعداء بما اتفقنا عليه اليوم مع الجانب الفرنسي".', [minister]);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.speaker, 'e4');
  assert.ok(quotes[0]!.text.startsWith('نحن سعداء'));
});

test('أكد/نفى with a verbal noun of what is affirmed or denied quote that noun object', () => {
  const army: Spec = { id: 'e5', type: 'ORG', kbId: 'x:org:5', forms: [['الجيش الوطني', 'name']] };
  const cases: Array<[string, string, string | null]> = [
    ['وأكد الجيش الوطني مقتل عشرين مسلحا في المعارك.', 'مقتل', 'e5'],
    ['وأكدت المصادر مصرع قيادي في الجماعة.', 'مصرع', null],
    ['وأكد خالد المصري على ضرورة وقف إطلاق النار فورا.', 'ضرورة', 'e4'],
    ['وأكد خالد المصري في بيان له، أهمية الحوار بين الأطراف.', 'أهمية', 'e4'],
    ['ونفى خالد المصري صحة التقارير عن استقالته.', 'صحة', 'e4'],
  ];
  for (const [text, first, speaker] of cases) {
    const quotes = run(text, [army, minister]);
    assert.equal(quotes.length, 1, text);
    assert.ok(quotes[0]!.text.startsWith(first), text);
    assert.equal(quotes[0]!.speaker, speaker, text);
  }
  // A pro-drop verb carries the speaker of the statement before.
  const carried = run('قال خالد المصري إن المحادثات مستمرة. كما أكد التزام حكومته بالاتفاق.', [minister]);
  assert.equal(carried.length, 2);
  assert.equal(carried[1]!.speaker, 'e4');
  assert.ok(carried[1]!.text.startsWith('التزام'));
});

test('things that confirm (evidence, a relative clause of a thing) state nothing', () => {
  for (const text of [
    'وعرض المتحدث عدة أدلة تؤكد استمرار القصف على المدينة.',
    'وأبدت الوزارة قلقها من المعلومات التي تؤكد وقوع هجمات على المهاجرين.',
    'وارتفعت الأسعار، الأمر الذي أكد عدم نجاح الخطة.',
  ]) assert.equal(run(text, [{ id: 'e5', type: 'ORG', kbId: 'x:org:5', forms: [['الجيش الوطني', 'name']] }]).length, 0, text);
});

test('بالقول and إلى القول open a quotation like قائلا, and after a verb of saying only repeat it', () => {
  const alone = run('قال خالد المصري إن المحادثات مستمرة. واكتفى بالقول "نحافظ على حقنا في حرية الملاحة في المنطقة".', [minister]);
  assert.equal(alone.length, 2);
  assert.equal(alone[1]!.speaker, 'e4');
  assert.ok(alone[1]!.text.startsWith('نحافظ'));
  const concluded = run('وخلص خالد المصري إلى القول "نبقى في انتظار رد رسمي على هذه التساؤلات".', [minister]);
  assert.equal(concluded.length, 1);
  assert.equal(concluded[0]!.speaker, 'e4');
  // "وتابع X بالقول:" stays the quote of تابع.
  const continued = run('وتابع خالد المصري بالقول: "نحن نمتلك إدراكا جيدا للتطورات".', [minister]);
  assert.deepEqual(continued.map((q) => q.cue.text), ['تابع']);
  // "وختم تغريدته بالقول": the tweet is the object; the speaker is the one quoted before.
  const closed = run('قال خالد المصري إن المحادثات مستمرة. وختم تغريدته بالقول "سنفتقدها كثيرا".', [minister]);
  assert.equal(closed.length, 2);
  assert.equal(closed[1]!.speaker, 'e4');
});

test('أكمل and اختتم report with a colon or a quotation only', () => {
  const went = run('قال خالد المصري إن المحادثات مستمرة. وأكمل: "كنت وقتها أبحث عن حل يرضي الجميع".', [minister]);
  assert.deepEqual(went.map((q) => q.cue.text), ['قال', 'أكمل']);
  assert.equal(went[1]!.speaker, 'e4');
  const closed = run('واختتم خالد المصري كلمته: "سنواصل العمل حتى النهاية".', [minister]);
  assert.equal(closed.length, 1);
  assert.equal(closed[0]!.speaker, 'e4');
  for (const text of ['وأكمل الطالب دراسته في جامعة القاهرة.', 'واختتم المؤتمر أعماله بالتأكيد على ضرورة أن تتوقف الحرب.'])
    assert.equal(run(text, []).length, 0, text);
});
