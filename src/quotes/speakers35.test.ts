/**
 * Rules and data of the quotes35 pass (docs/quotes.md, "Sixteenth session: report nouns and relays (quotes35)"). The
 * sentences are written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotesOf, type Spec } from './speaker-cases.ts';

const lawyer: Spec = { id: 'l', type: 'PER', kbId: null, forms: [['سامر الخطيب', 'name']] };

test('تضمن with an indefinite statement noun is a noun cue: the owner after ل speaks, not the speaker before', () => {
  const qs = quotesOf('وقال المحامي سامر الخطيب إن موكله بريء. وتضمن بيان للشرطة أنها اعتقلت ثلاثة أشخاص في المدينة.', [lawyer]);
  const q = qs.find((x) => x.cue.text === 'بيان');
  assert.ok(q, 'the quote of تضمن بيان');
  assert.equal(q.speaker, null);
  assert.equal(q.speakerText, 'الشرطة');
  assert.equal(q.text, 'اعتقلت ثلاثة أشخاص في المدينة');
  // A definite البيان after تضمن is left to the other rules (no noun cue at it).
  const def = quotesOf('وتضمن البيان تفاصيل كثيرة عن الحادث.', []);
  assert.equal(def.filter((x) => x.cue.text === 'البيان').length, 0);
});

test('the owner after ل: a person named after a title, not a medium that published the statement', () => {
  const doctor: Spec = { id: 'd', type: 'PER', kbId: 'per:d', forms: [['خالد العمري', 'name']] };
  const ministry: Spec = { id: 'm', type: 'ORG', kbId: 'org:m', forms: [['وزارة الصحة', 'name']] };
  const qs = quotesOf('وتضمن بيان للمتحدث باسم وزارة الصحة خالد العمري قوله إن عدد المصابين ارتفع إلى عشرين.', [doctor, ministry]);
  assert.equal(qs.find((x) => x.cue.text === 'بيان')?.speaker, 'd');
  const coalition: Spec = { id: 'c', type: 'ORG', kbId: 'org:c', forms: [['لتحالف', 'name']] };
  const agency: Spec = { id: 'a', type: 'ORG', kbId: 'org:a', forms: [['وكالة الأنباء الرسمية', 'name']] };
  const qs2 = quotesOf('وجاء في بيان للتحالف نشرته وكالة الأنباء الرسمية أن الدفاعات الجوية اعترضت صاروخا فوق المدينة.', [coalition, agency]);
  assert.equal(qs2.find((x) => x.cue.text === 'بيان')?.speaker, 'c');
  // With no name: the body's head after ل, not the speaker carried from before.
  const qs3 = quotesOf('وقال المحامي سامر الخطيب إن موكله بريء. وجاء في بيان لوزارة الداخلية أن الهجوم أسفر عن مقتل شخصين.', [lawyer]);
  const q3 = qs3.find((x) => x.cue.text === 'بيان');
  assert.equal(q3?.speaker, null);
  assert.equal(q3?.speakerText, 'وزارة الداخلية');
  // بيان لها: the pronoun is the running speaker, as before.
  const qs4 = quotesOf('وأكد المحامي سامر الخطيب أن موكله بريء. وجاء في بيان له أن الحكم سيستأنف.', [lawyer]);
  assert.equal(qs4.find((x) => x.cue.text === 'بيان')?.speaker, 'l');
});

test('a relay نسب with the clitic ل on the source: the source speaks, the agency is the via', () => {
  const lavrov: Spec = { id: 'v', type: 'PER', kbId: 'per:lavrov', forms: [['لافروف', 'name']] };
  const agency: Spec = { id: 'a', type: 'ORG', kbId: 'org:a', forms: [['وكالة رويترز للأنباء', 'name']] };
  const qs = quotesOf('ونسبت وكالة رويترز للأنباء للافروف قوله إن بلاده لن تغير موقفها من الأزمة.', [lavrov, agency]);
  const q = qs.find((x) => x.cue.text === 'نسبت' || x.cue.text === 'ونسبت');
  assert.ok(q, 'the relay is a quote');
  assert.equal(q.speaker, 'v');
  assert.equal(q.via, 'a');
  assert.equal(q.text, 'بلاده لن تغير موقفها من الأزمة');
  // An unnamed source with a country's adjective: the sources, not the country.
  const turkey: Spec = { id: 't', type: 'LOC', kbId: 'cty:TUR', forms: [['تركية', 'name']] };
  const qs2 = quotesOf('ونسبت الصحيفة لمصادر أمنية تركية القول إن التحقيق سيطول.', [turkey]);
  const q2 = qs2.find((x) => /نسبت/.test(x.cue.text));
  assert.equal(q2?.speaker, null);
  assert.equal(q2?.speakerText, 'مصادر أمنية تركية');
  // Attributing an act, with no report noun, quotes no one.
  const qs3 = quotesOf('ونسبت الشرطة الهجوم لجماعة مسلحة تنشط في المنطقة.', []);
  assert.equal(qs3.filter((x) => /نسبت/.test(x.cue.text)).length, 0);
});

test('a participle after a relative clause with its own subject: that subject speaks when the genders agree', () => {
  const mayor: Spec = { id: 'm', type: 'PER', kbId: 'per:mayor', forms: [['رئيسة البلدية سلمى الحداد', 'name']] };
  const boy: Spec = { id: 'b', type: 'PER', kbId: null, forms: [['يوسف', 'name']] };
  const qs = quotesOf('واحتفى السكان بالفتى يوسف، الذي هاتفته رئيسة البلدية سلمى الحداد، معربة عن شكرها لشجاعته.', [mayor, boy]);
  assert.equal(qs.find((x) => x.cue.text === 'معربة')?.speaker, 'm');
  // Genders that differ: the participle is not the relative clause's subject's.
  const qs2 = quotesOf('وقالت الوزيرة إن الحزب، الذي يقوده سامر الخطيب، خسر الانتخابات، مشيرة إلى أن النتائج نهائية.', [lawyer]);
  assert.notEqual(qs2.find((x) => x.cue.text === 'مشيرة')?.speaker, 'l');
  // No subject of its own after the verb (an adverbial with ب): the main subject as before.
  const qs3 = quotesOf('وانتقد سامر الخطيب القرار، الذي اتخذه بتسرع واضح، داعيا إلى مراجعته.', [lawyer]);
  assert.equal(qs3.find((x) => x.cue.text === 'داعيا')?.speaker, 'l');
});

test('a joint statement after تضمن is anonymous; a feminine cue after a relay to a masculine source goes on with the agency', () => {
  const a: Spec = { id: 'a', type: 'PER', kbId: 'per:a', forms: [['كمال يوسف', 'name']] };
  const b: Spec = { id: 'b', type: 'PER', kbId: 'per:b', forms: [['ماري لوران', 'name']] };
  const qs = quotesOf('وتضمن بيان مشترك لرئيس الوزراء كمال يوسف ونظيرته ماري لوران أن البلدين سيوقعان الاتفاق قريبا.', [a, b]);
  const q = qs.find((x) => x.cue.text === 'بيان');
  assert.ok(q);
  assert.equal(q.speaker, null);
  const agency: Spec = { id: 'g', type: 'ORG', kbId: 'org:g', forms: [['وكالة الأنباء المحلية', 'name']] };
  const qs2 = quotesOf('ونسبت وكالة الأنباء المحلية لأحد شهود العيان قوله إن القصف استمر ساعتين. وأوضحت أن الطرق مغلقة.', [agency]);
  assert.equal(qs2.find((x) => /نسبت/.test(x.cue.text))?.speakerText, 'أحد شهود العيان');
  assert.equal(qs2.find((x) => /أوضحت/.test(x.cue.text))?.speaker, 'g');
});

test('a masculine past verb opening with ت (تبناه) is no feminine subject for a feminine participle', () => {
  const ministry: Spec = { id: 'm', type: 'ORG', kbId: 'org:m', forms: [['وزارة الخارجية', 'name']] };
  const parl: Spec = { id: 'p', type: 'ORG', kbId: 'org:p', forms: [['البرلمان', 'name']] };
  const qs = quotesOf('ودانت وزارة الخارجية القانون، الذي تبناه البرلمان أمس، واصفة إياه بأنه "ظالم".', [ministry, parl]);
  assert.equal(qs.find((x) => x.cue.text === 'واصفة')?.speaker, 'm');
});
