/**
 * Speaker and cue rules of the quotes13 pass, found on a fixed-seed audit of random corpus quotes
 * (scripts/quote-audit.ts, verdicts in test/audit/quotes13-sample1.jsonl) and checked on unlabelled corpus text
 * (scripts/quote-speaker-gaps.ts --compare): sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotesOf as run } from './speaker-cases.ts';
import { createDoc } from '../core/document.ts';
import { createSegmenter } from '../text/clitics.ts';
import { loadResources } from '../resources/load.ts';

test('نقلت القناة عن فلان قوله "...": the quotation after the report noun is his, the channel is via, and أضاف goes on with him', () => {
  const quotes = run('ونقلت "قناة الشروق" عن رئيس فريق الإنقاذ كريم سالم قوله "نعمل بلا توقف منذ الفجر". وأضاف: "لن نترك أحدا تحت الأنقاض".', [
    { id: 'tv', type: 'ORG', kbId: 'org:tv', forms: [['قناة الشروق', 'name']] },
    { id: 'p1', type: 'PER', kbId: null, forms: [['كريم سالم', 'name']] },
  ]);
  assert.equal(quotes.length, 2);
  assert.equal(quotes[0]!.speaker, 'p1');
  assert.equal(quotes[0]!.via, 'tv');
  assert.equal(quotes[0]!.direct, true);
  assert.match(quotes[0]!.text, /^نعمل بلا توقف/);
  assert.equal(quotes[1]!.speaker, 'p1');
});

test('a quotation after نقل with no report noun before it is still no quote without a colon', () => {
  const quotes = run('ونقلت الصحيفة تقريرا عن "أزمة المياه" في المدينة.', []);
  assert.equal(quotes.length, 0);
});

test('a dotted acronym in parentheses ends no sentence: the cue before it keeps its content and speaker', () => {
  const quotes = run('وقال نادر فهمي لتلفزيون (إس.تي.في) إن "المفاوضات لم تفشل بعد". وأضاف أن الوفد سيعود غدا.', [
    { id: 'p1', type: 'PER', kbId: null, forms: [['نادر فهمي', 'name']] },
  ]);
  assert.equal(quotes.length, 2);
  assert.equal(quotes[0]!.speaker, 'p1');
  assert.equal(quotes[1]!.speaker, 'p1');
});

test('the sentence splitter keeps a dotted acronym whole but still ends a sentence at a lone dot without a space', () => {
  const resources = loadResources();
  const seg = createSegmenter(resources.wordFrequencies);
  assert.equal(createDoc({ text: 'بثت قناة إن.بي.سي الخبر. ثم نفته الوزارة.' }, seg).sentences.length, 2);
  assert.equal(createDoc({ text: 'وصل الوفد إلى مصر.في اليوم التالي عاد.' }, seg).sentences.length, 2);
});

test('a platform between commas after a prepositional phrase is no speaker: the tweet is the person named before', () => {
  const quotes = run('انتقد الوزير سالم العتيبي قرار المجلس. جاء ذلك في تغريدة للعتيبي على صفحته بموقع التواصل الاجتماعي، تويتر، حيث قال: "القرار لا يخدم أحدا".', [
    { id: 'p1', type: 'PER', kbId: null, forms: [['سالم العتيبي', 'name'], ['العتيبي', 'name', 1]] },
    { id: 'tw', type: 'ORG', kbId: 'org:twitter', forms: [['تويتر', 'name']] },
  ]);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.speaker, 'p1');
});

test('a plural participle after a group that a preposition follows is not the platform the group wrote on', () => {
  const quotes = run('وأطلق ناشطون عبر موقعي فيسبوك وتويتر، حملة للتضامن مع الصيادين، قائلين إن الحصار ظالم.', [
    { id: 'fb', type: 'ORG', kbId: 'org:facebook', forms: [['فيسبوك', 'name']] },
    { id: 'tw', type: 'ORG', kbId: 'org:twitter', forms: [['تويتر', 'name']] },
  ]);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.speaker, null);
});

test('a plural participle keeps a person named in its own sentence (one of the group)', () => {
  const quotes = run('وأكد الرئيس حسن داود ونظيره منير سعد على أهمية التعاون، مشيرين إلى اتفاقيات جديدة بين البلدين.', [
    { id: 'p1', type: 'PER', kbId: null, forms: [['حسن داود', 'name']] },
    { id: 'p2', type: 'PER', kbId: null, forms: [['منير سعد', 'name']] },
  ]);
  const participle = quotes.find((q) => q.cue.text === 'مشيرين');
  assert.ok(participle);
  assert.equal(participle.speaker, 'p1');
});

test('كان X قد + verb + a named object: X speaks, and the participle after it is X too', () => {
  const quotes = run('وكان وزير الداخلية، سامي فؤاد، قد أبلغ رئيس الحكومة عادل منصور أن "الخطة اكتملت"، مؤكدا أن التنفيذ يبدأ الأحد.', [
    { id: 'p1', type: 'PER', kbId: null, forms: [['سامي فؤاد', 'name']] },
    { id: 'p2', type: 'PER', kbId: null, forms: [['عادل منصور', 'name']] },
  ]);
  assert.equal(quotes.length, 2);
  assert.equal(quotes[0]!.speaker, 'p1');
  assert.equal(quotes[1]!.speaker, 'p1');
});

test('a statement a channel received (بيان وصل لموقع X نسخة منه، وذكر) is the body quoted before, not the channel', () => {
  const quotes = run('قالت وزارة الزراعة إنها أوقفت الاستيراد. جاء ذلك في بيان وصل لموقع الرصد نسخة منه، وذكر: "القرار مؤقت حتى إشعار آخر".', [
    { id: 'min', type: 'ORG', kbId: 'org:min', forms: [['وزارة الزراعة', 'name']] },
    { id: 'site', type: 'ORG', kbId: 'org:site', forms: [['الرصد', 'name']] },
  ]);
  assert.equal(quotes.length, 2);
  assert.equal(quotes[1]!.speaker, 'min');
});

test('an indefinite subject after the verb speaks when the only name in the sentence follows a preposition', () => {
  const quotes = run('في المقابل، انتقدت طالبة جامعية، يحمل حسابها بتويتر اسم مستعار، القرار، قائلة "لن نقبل بهذا".', [
    { id: 'tw', type: 'ORG', kbId: 'org:twitter', forms: [['تويتر', 'name']] },
  ]);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.speaker, null);
  assert.match(quotes[0]!.speakerText ?? '', /^طالبة جامعية/);
});

test('a name right before كان (قد) is the subject, not a name earlier in the sentence', () => {
  const quotes = run('وجاء ذلك بعد زيارة الرئيس سامي ناجي للحدود. يذكر أن الحكومة المصرية كانت قد أعلنت سابقا أنها ستغلق المعبر.', [
    { id: 'p1', type: 'PER', kbId: null, forms: [['سامي ناجي', 'name']] },
    { id: 'gov', type: 'ORG', kbId: 'org:gov', forms: [['الحكومة المصرية', 'name']] },
  ]);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.speaker, 'gov');
});

test('a sentence that only names the channel (بحسب ما نقلت وكالة ...) leaves the speaker before it running', () => {
  const quotes = run('وقال نبيل حداد، رئيس البلدية، "المياه مقطوعة منذ أسبوع". بحسب ما نقلت وكالة رويترز. وأضاف "لن نصمت بعد اليوم".', [
    { id: 'p1', type: 'PER', kbId: null, forms: [['نبيل حداد', 'name']] },
    { id: 'reu', type: 'ORG', kbId: 'org:reuters', forms: [['رويترز', 'name']] },
  ]);
  const added = quotes.find((q) => q.cue.text === 'أضاف');
  assert.ok(added);
  assert.equal(added.speaker, 'p1');
});

test('a quotation that closes right before وقال is the previous quote content, not the subject of قال', () => {
  const quotes = run('وأكد الوزير سامي فؤاد أن "مصر لن تتراجع" وقال إن الحوار مستمر.', [
    { id: 'p1', type: 'PER', kbId: null, forms: [['سامي فؤاد', 'name']] },
    { id: 'egy', type: 'LOC', kbId: 'cty:EGY', forms: [['مصر', 'name']] },
  ]);
  assert.equal(quotes.length, 2);
  assert.equal(quotes[1]!.speaker, 'p1');
});
