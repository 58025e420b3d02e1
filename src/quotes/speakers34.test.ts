/**
 * Rules and data of the quotes34 pass (docs/quotes.md, "Sixteenth session: speakers on new text (quotes34)"). The
 * sentences are written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotesOf, quotesOfArticle, type Spec } from './speaker-cases.ts';

const hamas: Spec = { id: 'h', type: 'ORG', kbId: 'org:hamas', forms: [['حركة حماس', 'name']] };

test('a cue after a relative pronoun with a resumptive object pronoun: the antecedent is the object', () => {
  const samer: Spec = { id: 's', type: 'PER', kbId: null, forms: [['سامر الخطيب', 'name']] };
  const qs = quotesOf('أعلنت حركة حماس، الخميس، عن مقتل سامر الخطيب الذي وصفته بـ"العقل المدبر" للهجوم على الموكب.', [hamas, samer]);
  const q = qs.find((x) => x.cue.text === 'وصفته');
  assert.ok(q, 'the quote of وصفته');
  assert.equal(q.speaker, 'h');
  // Without the pronoun the relative's antecedent speaks, as before.
  const own = quotesOf('أعلنت حركة حماس مقتل عنصرين. والتقى الوفد سامر الخطيب الذي وصف الهجوم بـ"العمل الجبان".', [hamas, samer]);
  assert.equal(own.find((x) => x.cue.text === 'وصف')?.speaker, 's');
});

test('an unnamed source noun before a relative pronoun is the subject of the cue after it', () => {
  const body: Spec = { id: 'b', type: 'ORG', kbId: null, forms: [['الهيئة الوطنية للطوارئ', 'name']] };
  const qs = quotesOf('أعلنت الهيئة الوطنية للطوارئ أن البحث خطر. وكانت هذه حجة المسؤولين الذين قالوا إنه من غير المرجح العثور على ناجين.', [body]);
  const q = qs.find((x) => x.cue.text === 'قالوا');
  assert.ok(q);
  assert.equal(q.speaker, null);
  assert.equal(q.speakerText, 'المسؤولين');
});

test('a participle after a letter to a titled person: the opening verb\'s definite subject speaks, not the addressee', () => {
  const emir: Spec = { id: 't', type: 'PER', kbId: 'per:tamim', forms: [['أمير قطر تميم بن حمد', 'name']] };
  const qs = quotesOf('ووجهت الطبيبة رسالة إلى أمير قطر تميم بن حمد، قائلة فيها إن بلاده مسؤولة عن الأضرار التي لحقت بالمرضى.', [emir]);
  const q = qs.find((x) => x.cue.text === 'قائلة');
  assert.ok(q);
  assert.equal(q.speaker, null);
  assert.equal(q.speakerText, 'الطبيبة');
  const putin: Spec = { id: 'p', type: 'PER', kbId: 'per:putin', forms: [['فلاديمير بوتين', 'name']] };
  const qs2 = quotesOf('وبعث الناشط برسالة إلى الرئيس الروسي فلاديمير بوتين، مطالبا إياه بالإفراج عن المعتقلين.', [putin]);
  assert.equal(qs2.find((x) => x.cue.text === 'مطالبا')?.speakerText, 'الناشط');
  // The name as the sentence's subject still speaks.
  const shoukry: Spec = { id: 'k', type: 'PER', kbId: 'per:shoukry', forms: [['سامح شكري', 'name']] };
  const qs3 = quotesOf('والتقى وزير الخارجية سامح شكري بنظيره الأمريكي، مؤكدا أن العلاقات قوية.', [shoukry]);
  assert.equal(qs3.find((x) => x.cue.text === 'مؤكدا')?.speaker, 'k');
  // A body's head (منظمة) with ل is no preposition over the name after it; nor is a person's title with ل.
  const salim: Spec = { id: 's', type: 'PER', kbId: null, forms: [['سليم داود', 'name']] };
  const parl: Spec = { id: 'p', type: 'ORG', kbId: 'org:parl', forms: [['البرلمان', 'name']] };
  const qs4 = quotesOf('ودان أمين سر اللجنة التنفيذية لمنظمة التحرير سليم داود قرار البرلمان، مؤكدا أن القرار باطل.', [salim, parl]);
  assert.equal(qs4.find((x) => x.cue.text === 'مؤكدا')?.speaker, 's');
  const qs5 = quotesOf('وفي تصريحات لوزيرة التجارة سليم داود إنه "لا تراجع عن الطلب". وأضافت أن الطلب قدم أمس.', [salim]);
  assert.equal(qs5.find((x) => x.cue.text === 'وأضافت' || x.cue.text === 'أضافت')?.speaker, 's');
});

test('a headline opening with an indefinite noun and its nisba before a present verb: that unnamed subject speaks', () => {
  const qatar: Spec = { id: 'q', type: 'LOC', kbId: 'cty:QAT', forms: [['قطر', 'name']] };
  const france: Spec = { id: 'f', type: 'LOC', kbId: 'cty:FRA', forms: [['فرنسية', 'demonym']] };
  const qs = quotesOfArticle('طبيبة فرنسية تطالب قطر بتعويض المرضى', 'طالبت طبيبة قطر بتعويض المرضى عن الأضرار.', [qatar, france]);
  const q = qs.find((x) => x.cue.text === 'تطالب');
  assert.ok(q);
  assert.equal(q.speaker, null);
  assert.equal(q.speakerText, 'طبيبة فرنسية');
});

test('a headline of a body noun and a country\'s adjective before a colon is a quote (cues.json bodyHeadlineHeads)', () => {
  const belgium: Spec = { id: 'b', type: 'LOC', kbId: 'cty:BEL', forms: [['البلجيكي', 'demonym']] };
  const qs = quotesOfArticle('الادعاء البلجيكي: المشتبه به خطط لتفجير المطار', 'أوقفت الشرطة رجلا في بروكسل أمس.', [belgium]);
  const q = qs.find((x) => x.cue.text === ':');
  assert.ok(q, 'the headline quote');
  assert.equal(q.speakerText, 'الادعاء البلجيكي');
  // A topic of the same shape is a label.
  const topic = quotesOfArticle('الانتخابات البلجيكية: المشتبه به خطط لتفجير المطار', 'أوقفت الشرطة رجلا في بروكسل أمس.', [{ ...belgium, forms: [['البلجيكية', 'demonym']] }]);
  assert.equal(topic.filter((x) => x.cue.text === ':').length, 0);
});

test('a relay with القول: the source after إلى ends before it', () => {
  const qs = quotesOf('ونسبت الوكالة إلى مصادر أمنية القول إن المهاجمين فروا من المكان.', []);
  assert.equal(qs[0]?.speakerText, 'مصادر أمنية');
});

test('a sentence opening with a verb of saying and a named body, then "حسبما نقلت" an agency: the body speaks, the agency is the channel', () => {
  const mod: Spec = { id: 'm', type: 'ORG', kbId: 'org:mod', forms: [['وزارة الدفاع', 'name']] };
  const agency: Spec = { id: 'a', type: 'ORG', kbId: 'org:agency', forms: [['وكالة الأنباء الوطنية', 'name'], ['وان', 'name']] };
  const qs = quotesOf('أعلنت وزارة الدفاع، الثلاثاء، سقوط طائرة تدريب في المنطقة الشمالية، حسبما نقلت وكالة الأنباء الوطنية "وان"، التي أشارت إلى نجاة طاقمها.', [mod, agency]);
  const q = qs.find((x) => x.cue.text === 'حسبما');
  assert.ok(q);
  assert.equal(q.speaker, 'm');
  assert.equal(q.via, 'a');
  // The relative after the agency's quoted short name is the agency's.
  assert.equal(qs.find((x) => x.cue.text === 'أشارت')?.speaker, 'a');
  // An attribution after a sentence that opens with no verb of saying still names the speaker.
  const plain = quotesOf('سقطت طائرة تدريب في المنطقة الشمالية، حسبما نقلت وكالة الأنباء الوطنية.', [agency]);
  assert.equal(plain.find((x) => x.cue.text === 'حسبما')?.speaker, 'a');
});
