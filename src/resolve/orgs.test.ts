import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadResources } from '../resources/load.ts';
import { createAnalyzer } from '../analyzer.ts';
import { countryAdjective, englishOfParts, orgNameEn } from './orgs.ts';

const analyzer = createAnalyzer(loadResources());
const run = (text: string) => {
  const a = analyzer.analyze(text, { date: '2024-05-01' });
  for (const e of a.entities) for (const m of e.mentions) assert.equal(a.document.text.slice(m.start, m.end), m.text);
  return a.entities;
};
const org = (text: string, en: string) => run(text).find((e) => e.type === 'ORG' && e.nameEn === en);

test('English word order: adjectives before their noun, genitives first', () => {
  assert.equal(englishOfParts([{ en: 'Security', adj: false, name: false }, { en: 'National', adj: true, name: false }]), 'National Security');
  const ministry = { en: 'Ministry', form: 'of' as const, sector: 'GOV' };
  assert.equal(orgNameEn(ministry, [], [{ en: 'Health', adj: false, name: false }], 'Iraqi'), 'Iraqi Ministry of Health');
  const paper = { en: 'Newspaper', form: 'pre' as const, sector: 'MED', bare: true };
  assert.equal(orgNameEn(paper, [], [{ en: 'Jutarnji List', adj: false, name: true }], null), 'Jutarnji List');
  assert.equal(countryAdjective('New Zealander', 'New Zealand'), 'New Zealand');
  assert.equal(countryAdjective('Croatian', 'Croatia'), 'Croatian');
});

test('a ministry the KB does not know: name, English, country, actor, and الوزارة after it', () => {
  const e = org('أعلنت وزارة الزراعة الكورية الجنوبية أن الوزارة سترسل وفدا.', 'South Korean Ministry of Agriculture');
  assert.ok(e);
  assert.equal(e.country, 'KOR');
  assert.equal(e.actor, 'KORGOV');
  assert.deepEqual(e.mentions.map((m) => m.text), ['وزارة الزراعة الكورية الجنوبية', 'الوزارة']);
  assert.match(e.kbId ?? '', /^x:org:/);
  // The same organization gets the same id in another article.
  assert.equal(org('وقالت وزارة الزراعة الكورية الجنوبية في بيان.', 'South Korean Ministry of Agriculture')?.kbId, e.kbId);
});

test('police by demonym, and الشرطة refers back to it', () => {
  const e = org('وأعلنت الشرطة الكرواتية العثور على جثتين، وقالت الشرطة إن التحقيق مستمر.', 'Croatian Police');
  assert.ok(e);
  assert.equal(e.actor, 'HRVGOV');
  assert.equal(e.mentions.length, 2);
  assert.ok(org('وقالت شرطة العاصمة الفرنسية إن الشرطة اعتقلت رجلا.', 'French Metropolitan Police'));
});

test('foreign names with or without quotation marks; KB organizations inside the pattern', () => {
  assert.equal(org('وقالت منظمة هيومن رايتس ووتش إن المنظمة وثقت الانتهاكات.', 'Human Rights Watch')?.mentions.length, 2);
  assert.ok(org('وقالت منظمة "هيومن رايتس ووتش" في تقرير.', 'Human Rights Watch'));
  const paper = run('ونقلت صحيفة "يوتارني ليست" عن شهود أن الصحيفة تلقت صورا.').find((e) => e.type === 'ORG');
  assert.equal(paper?.actor, null);
  assert.equal(paper?.mentions.length, 2);
  assert.ok(!/Newspaper/.test(paper?.nameEn ?? ''));
});

test('translated words, parties, news agencies', () => {
  assert.ok(org('قال حزب الوسط الديمقراطي في بيان إن الحزب سيشارك.', 'Democratic Center Party'));
  assert.ok(org('وقالت وزارة الصحة العراقية إن خمسة أشخاص قتلوا.', 'Iraqi Ministry of Health'));
  assert.equal(org('أفادت وكالة الأنباء الكرواتية بأن الاجتماع انتهى.', 'Croatian News Agency')?.actor, 'HRVMED');
});

test('a longer name wins over a KB name only with known words (مجلس الأمن القومي)', () => {
  const es = run('وقال مجلس الأمن القومي الباكستاني إن مجلس الأمن سيجتمع.');
  assert.ok(es.some((e) => e.nameEn === 'Pakistani National Security Council'));
  assert.ok(es.some((e) => e.kbId === 'org:un-security-council' && e.mentions[0]!.text === 'مجلس الأمن'));
});

test('no organization from a head used as a common noun or without a name', () => {
  assert.equal(run('ظهر الجسم على هيئة كرة نارية في السماء.').filter((e) => e.type === 'ORG').length, 0);
  assert.equal(run('شكلت الحكومة لجنة وزارية لمراجعة الإجراءات.').filter((e) => e.type === 'ORG' && e.kbId?.startsWith('x:')).length, 0);
  assert.equal(run('وقالت الوزارة إن الوضع مستقر.').filter((e) => e.type === 'ORG').length, 0);
  assert.equal(run('اشترت شركة أمريكية المبنى.').filter((e) => e.type === 'ORG').length, 0);
  // A day after the head ends the name.
  assert.equal(run('وقالت الشرطة الأحد إن الطريق مغلق.').filter((e) => e.type === 'ORG').length, 0);
});

test('a description and then a quoted name: the quoted name is the organization, not the description', () => {
  const es = run('وبحسب ورقة أعدها مركز الدراسات "هنري جاكسون سوسايتي"، فإن الخطر كبير.');
  const o = es.find((e) => e.type === 'ORG');
  assert.ok(o && (o.nameEn ?? '').startsWith('Henry Jackson'), es.map((e) => e.nameEn).join('|'));
  assert.ok(!es.some((e) => e.nameEn === 'Studies Center' || e.type === 'PER'));
});

test('a district (مديرية + a place) and its seat are the place, not a directorate', () => {
  const es = run('وتقدمت القوات في مديرية الدريهمي ووصلت إلى مركز مديرية زبيد.');
  assert.deepEqual(es.map((e) => e.kbId).sort(), ['loc:al-durayhimi', 'loc:zabid']);
});
