/**
 * Rules of the quotes19 pass, for kinds of missed statement that a recall audit of 40 random corpus articles
 * (test/audit/quotes19-recall.jsonl) showed: a description with وصف whose words stand in quotation marks after بـ, a
 * quotation without a colon after an adverbial that ends on a noun with a clitic preposition or holds an accusative of
 * purpose, the site's own correspondent as the source of an attribution, a position restated with جدد in a quotation,
 * and نسب إلى X قوله. The sentences are written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotesOf as run, type Spec } from './speaker-cases.ts';

const minister: Spec = { id: 'e1', type: 'PER', kbId: 'x:per:1', forms: [['خالد المصري', 'name']] };
const agency: Spec = { id: 'e2', type: 'ORG', kbId: 'x:org:1', forms: [['وكالة الأنباء الرسمية', 'name']] };
const source: Spec = { id: 'e3', type: 'ORG', kbId: 'x:org:2', forms: [['وكالة الأنباء الوطنية', 'name']] };

test('وصف X بـ"..." quotes the description, with the verb\'s subject as speaker', () => {
  for (const text of ['ووصف خالد المصري الاقتراح بـ"غير المقبول على الإطلاق".', 'ووصف خالد المصري، في مؤتمر صحفي، الاقتراح الأخير بـ"الخطوة المتهورة".']) {
    const quotes = run(text, [minister]);
    assert.equal(quotes.length, 1, text);
    assert.equal(quotes[0]!.speaker, 'e1', text);
    assert.equal(quotes[0]!.direct, true, text);
    assert.ok(!quotes[0]!.text.includes('"'), text);
  }
  // The participle and a relative ما وصفه (a past form with an object pronoun) quote it too.
  const participle = run('وانتقد خالد المصري الخطة، واصفا إياها بـ"الكارثية".', [minister]);
  assert.ok(participle.some((q) => q.cue.text === 'واصفا' && q.text === 'الكارثية' && q.speaker === 'e1'));
  const relative = run('وانتقد خالد المصري ما وصفه بـ"تدخل أجنبي سافر" في شؤون بلاده.', [minister]);
  assert.ok(relative.some((q) => q.cue.text === 'وصفه' && q.text === 'تدخل أجنبي سافر'));
});

test('a relative ما/من وصفه inside another quote\'s content is that speaker\'s', () => {
  const quotes = run('وقال خالد المصري إن العملية ضد من وصفهم بـ"المتمردين" ستستمر.', [minister]);
  const described = quotes.find((q) => q.cue.text === 'وصفهم');
  assert.ok(described);
  assert.equal(described.speaker, 'e1');
});

test('وصف with a pronoun after a preposition is a verbal noun, and its إن is another verb\'s', () => {
  // "بعد وصفه الغارة": his describing; no quote of وصف with the object for speaker.
  for (const text of ['وتراجع التحالف عن موقفه، بعد وصفه الغارة بأنها عمل عسكري مشروع.', 'وتراجع التحالف عن موقفه وبعد وصفه الغارة بأنها عمل عسكري مشروع.'])
    assert.ok(!run(text, []).some((q) => q.cue.text === 'وصفه'), text);
  // "وقال المصدر الذي وصفته الوكالة "بالمأذون" إن ...": the source's statement, not the agency's description.
  const said = run('وقال المصدر الذي وصفته وكالة الأنباء الوطنية "بالمأذون" إن المفاوضات لم تبدأ بعد.', [source]);
  const q = said.find((x) => x.cue.text === 'قال');
  assert.ok(q);
  assert.match(q.text, /^المفاوضات لم تبدأ/);
  assert.ok(!said.some((x) => x.cue.text === 'وصفته'));
});

test('a long quotation without a colon after an adverbial ending on a clitic preposition or holding an accusative of purpose', () => {
  const meeting = run('وقال خالد المصري خلال مؤتمر صحفي في ختام اجتماع أسبوعي للحكومة "نحن مصممون على مواصلة العمل من أجل السلام في المنطقة".', [minister]);
  assert.equal(meeting.length, 1);
  assert.equal(meeting[0]!.speaker, 'e1');
  assert.equal(meeting[0]!.direct, true);
  assert.match(meeting[0]!.text, /^نحن مصممون/);
  const purpose = run('وقال خالد المصري لصحفيين أجانب خلال حفل في العاصمة احتفالا بالذكرى العاشرة لتأسيس المدينة "من أجل المستقبل علينا أن نعمل معا".', [minister]);
  assert.equal(purpose.length, 1);
  assert.match(purpose[0]!.text, /^من أجل المستقبل/);
  // After a channel with a clitic preposition the quotation is the channel's name, however long, and a name of a
  // body of five words or fewer stays a name.
  assert.equal(run('وقال خالد المصري في ختام زيارته الرسمية إلى العاصمة أمس لصحيفة "الأخبار اليومية المستقلة في العاصمة الجديدة".', [minister]).length, 0);
  assert.equal(run('وقال خالد المصري في ختام زيارته الرسمية إلى العاصمة أمس لحزب "الأمل الوطني الجديد للعمال".', [minister]).length, 0);
});

test('the site\'s own correspondent is an unnamed source of an attribution', () => {
  for (const text of ['وقتل عشرة أشخاص في الهجوم، حسب ما أفاد مراسلنا.', 'وسقطت ثلاث قذائف على المدينة، وفق ما أورد مراسلنا.', 'وانفجرت سيارة مفخخة في السوق، بحسب مراسلنا.']) {
    const quotes = run(text, []);
    assert.equal(quotes.length, 1, text);
    assert.equal(quotes[0]!.speaker, null, text);
    assert.equal(quotes[0]!.speakerText, 'مراسلنا', text);
  }
});

test('جدد with a quotation and نسب إلى X قوله report', () => {
  const restated = run('وبسؤاله عن القرار، جدد "موقف بلاده الثابت من دعم الحل السياسي في المنطقة".', []);
  assert.equal(restated.length, 1);
  assert.match(restated[0]!.text, /^موقف بلاده/);
  const relayed = run('ونسبت وكالة الأنباء الرسمية إلى خالد المصري قوله "لن نتراجع عن مواقفنا أبدا".', [minister, agency]);
  assert.equal(relayed.length, 1);
  assert.equal(relayed[0]!.speaker, 'e1');
  assert.equal(relayed[0]!.via, 'e2');
  assert.match(relayed[0]!.text, /^لن نتراجع/);
  const clause = run('ونسبت وكالة الأنباء الرسمية إلى خالد المصري قوله إن بلاده لن تتراجع.', [minister, agency]);
  assert.equal(clause[0]?.speaker, 'e1');
  // جدد with a noun object and no quotation or clause is no statement.
  assert.equal(run('وجدد خالد المصري دعم بلاده للحل السياسي.', [minister]).length, 0);
});

test('an attribution that stands as a sentence of its own attributes the sentence before', () => {
  const agency2: Spec = { id: 'e4', type: 'ORG', kbId: 'x:org:3', forms: [['رويترز', 'name']] };
  const quotes = run('وأحبطت القوات المشتركة محاولة تسلل في محافظة الحديدة بالساحل الغربي. بحسب رويترز.', [agency2]);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.speaker, 'e4');
  assert.match(quotes[0]!.text, /^أحبطت القوات/);
  // After a sentence that holds a quote of its own, it only names the channel.
  const said = run('وقال خالد المصري إن القوات سيطرت على المطار. بحسب رويترز.', [minister, agency2]);
  assert.equal(said.length, 1);
  assert.equal(said[0]!.speaker, 'e1');
  assert.equal(said[0]!.via, 'e4');
});

test('a noun-object verb reaches its preposition past a subject marker, a time word and a named addressee', () => {
  const france: Spec = { id: 'e5', type: 'LOC', kbId: 'cty:FRA', forms: [['فرنسا', 'name']] };
  const usa: Spec = { id: 'e6', type: 'LOC', kbId: 'cty:USA', forms: [['الولايات المتحدة', 'name']] };
  const call = run('ودعت فرنسا من جهتها السبت، الولايات المتحدة إلى إعطاء إشارات إيجابية لحلفائها.', [france, usa]);
  assert.equal(call.length, 1);
  assert.equal(call[0]!.speaker, 'e5');
  assert.match(call[0]!.text, /^إلى إعطاء/);
  const warn = run('وحذر خالد المصري من جهته الولايات المتحدة من عواقب التصعيد.', [minister, usa]);
  assert.equal(warn.length, 1);
  assert.equal(warn[0]!.speaker, 'e1');
  assert.match(warn[0]!.text, /^من عواقب/);
});

test('وعد reports with a clause, not as "returned" or "was considered"', () => {
  const quotes = run('ووعد خالد المصري بأن تتحسن الخدمات في العاصمة قبل نهاية العام.', [minister]);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.speaker, 'e1');
  assert.match(quotes[0]!.text, /^تتحسن الخدمات/);
  assert.equal(run('وعدت إلى غرفتي بعد أسابيع قليلة.', []).length, 0);
  assert.equal(run('وعدت تلك أول إشارة من الحكومة إلى الحادث.', []).length, 0);
});
