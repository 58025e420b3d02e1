/**
 * Cue rules of the quotes16 pass: "وجاء في البيان" (a definite statement noun) and its issuer, found with the recall
 * audit of random corpus text (scripts/quote-recall-audit.ts) and checked on other corpus draws: sentences written
 * for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotesOf as run, type Spec } from './speaker-cases.ts';

const ministry: Spec = { id: 'e1', type: 'ORG', kbId: 'x:org:1', forms: [['وزارة الخارجية', 'name'], ['الخارجية', 'name']] };
const person: Spec = { id: 'e2', type: 'PER', kbId: 'x:per:1', forms: [['سالم العبيدي', 'name']] };

const byCue = (quotes: ReturnType<typeof run>, cue: string) => quotes.filter((q) => q.cue.text === cue);

test('"وجاء في البيان" is the statement of the body that issued the بيان named before', () => {
  const one = byCue(run('وأصدرت وزارة الخارجية بيانا مساء الأحد حول الحادث. وجاء في البيان أن الوزارة تتابع أوضاع المواطنين في الخارج.', [ministry]), 'البيان');
  assert.equal(one.length, 1);
  assert.equal(one[0]!.speaker, 'e1');
  assert.match(one[0]!.text, /^الوزارة تتابع/);
  const two = byCue(run('وقالت الخارجية في بيان إن الوفد وصل. وجاء في البيان "نحن نرحب بكل الجهود التي تبذل من أجل السلام في المنطقة".', [ministry]), 'البيان');
  assert.equal(two.length, 1);
  assert.equal(two[0]!.speaker, 'e1');
  assert.equal(two[0]!.direct, true);
});

test('the owner after صادر عن or after an adjective and ل issues the definite statement', () => {
  const one = byCue(run('وجاء في البيان الصادر عن وزارة الخارجية أن الوفد وصل إلى العاصمة.', [ministry]), 'البيان');
  assert.equal(one.length, 1);
  assert.equal(one[0]!.speaker, 'e1');
  const two = byCue(run('ووصل الوفد أمس. وجاء في البيان الختامي لوزارة الخارجية أن المحادثات كانت بناءة.', [ministry]), 'البيان');
  assert.equal(two.length, 1);
  assert.equal(two[0]!.speaker, 'e1');
});

test('a letter, a report and an announcement refer back to their author', () => {
  const letter = byCue(run('وبعث سالم العبيدي رسالة إلى الأمين العام. وجاء في الرسالة أن الحكومة ترفض القرار.', [person]), 'الرسالة');
  assert.equal(letter.length, 1);
  assert.equal(letter[0]!.speaker, 'e2');
  // No إعلان named before: the announcement is that of the verb أعلن quoted just before.
  const announced = byCue(run('أعلنت وزارة الخارجية أن السفير عاد إلى بلاده. وجاء في الإعلان "عملا بأحكام القانون تقرر استدعاء السفير للتشاور".', [ministry]), 'الإعلان');
  assert.equal(announced.length, 1);
  assert.equal(announced[0]!.speaker, 'e1');
});

test('an earlier definite البيان in a sentence that quotes its issuer names the issuer', () => {
  const quotes = byCue(run('كما أعرب سالم العبيدي عن قلقه من التصعيد، وذلك في البيان الذي نشره مكتبه. وجاء في البيان أن "الحل يمر عبر الحوار وحده".', [person]), 'البيان');
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.speaker, 'e2');
});

test('a joint statement speaks for no single body; a statement with no issuer found is left out', () => {
  const joint = byCue(run('وأصدرت وزارة الخارجية ووزارات أخرى بيانا مشتركا. وجاء في البيان أن الدول الأربع تدين الهجوم.', [ministry]), 'البيان');
  assert.equal(joint.length, 1);
  assert.equal(joint[0]!.speaker, null);
  assert.equal(joint[0]!.speakerText, 'البيان');
  assert.equal(byCue(run('تظاهر مئات في العاصمة أمس. وجاء في البيان أن المحتجين يطالبون بالإصلاح.', []), 'البيان').length, 0);
});

test('an agency that published a statement did not issue it', () => {
  const agency: Spec = { id: 'e3', type: 'ORG', kbId: 'x:org:3', forms: [['وكالة الأنباء الرسمية', 'name']] };
  const quotes = run('اعتقلت الشرطة عشرة أشخاص، بحسب بيان رسمي نشرته وكالة الأنباء الرسمية السبت. وجاء في البيان أن الأجهزة الأمنية أحبطت عدة هجمات.', [agency]);
  assert.equal(byCue(quotes, 'البيان').length, 0);
});

test('a press review: the newspaper placed first writes a quotation that the sentence goes on from', () => {
  const paper: Spec = { id: 'e4', type: 'ORG', kbId: 'x:org:4', forms: [['العرب', 'name']] };
  const quotes = run('صحيفة "العرب" تكتب "الرياض تغلق باب الوساطة في الأزمة مع جارتها" وتصر على اعتذار علني.', [paper]);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.speaker, 'e4');
  assert.match(quotes[0]!.text, /^"?الرياض تغلق باب الوساطة/);
});

test('a statement noun\'s quotation followed by a comma and a participle leaves the participle its own quote', () => {
  const g7: Spec = { id: 'e5', type: 'ORG', kbId: 'x:org:5', forms: [['مجموعة السبع', 'name']] };
  const quotes = run('ووقع زعماء مجموعة السبع السبت بيانا توفيقيا. وجاء في البيان الختامي للقمة "نؤكد على الدور الحاسم لنظام تجاري دولي"، مضيفا: "نحن ملتزمون تحديث منظمة التجارة العالمية".', [g7]);
  assert.equal(quotes.length, 2);
  assert.match(quotes[0]!.text, /^نؤكد على الدور/);
  assert.equal(quotes[1]!.cue.text, 'مضيفا');
  assert.equal(quotes[1]!.speaker, 'e5');
  assert.match(quotes[1]!.text, /^نحن ملتزمون/);
});
