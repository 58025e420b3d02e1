/**
 * (resolve34) Bare body nouns as mentions of the article's bodies (docs/knowledge-base.md, "Twenty-second session
 * (resolve34)"): a KB paper, channel or group named bare lends its KB name's head (الصحيفة الفرنسية after لوفيغارو،
 * الجماعة after الإخوان); نقابة، جماعة and تلفزيون are organization heads, so the body has an entity and the bare head
 * refers back to it; a possessed noun after a body's name is not part of it; الوزارة with no ministry named before is
 * the ministry of the minister's title. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadResources } from '../resources/load.ts';
import { createAnalyzer } from '../analyzer.ts';
import type { Entity } from '../core/analysis.ts';

const analyzer = createAnalyzer(loadResources());

function entities(text: string): Entity[] {
  const a = analyzer.analyzeArticle({ text, title: null, date: '2018-05-01', source: null } as never);
  for (const e of a.entities) for (const m of e.mentions) assert.equal(a.document.text.slice(m.start, m.end), m.text);
  return a.entities;
}

/** The entity with a mention of exactly these words (the n-th such mention), or undefined. */
function owner(list: Entity[], words: string, n = 0): Entity | undefined {
  return list.filter((e) => e.mentions.some((m) => m.text === words)).flatMap((e) => e.mentions.filter((m) => m.text === words).map(() => e))[n];
}

test('a KB paper named bare lends صحيفة: الصحيفة الفرنسية and الصحيفة after it are that paper', () => {
  const list = entities('نشرت لوفيغارو تقريرا عن الانتخابات.\nوكتبت الصحيفة الفرنسية أن الرئيس يواجه صعوبات.\nوتضيف الصحيفة أن الحكومة قلقة.');
  assert.equal(owner(list, 'الصحيفة الفرنسية')?.kbId, 'org:le-figaro');
  assert.equal(owner(list, 'الصحيفة')?.kbId, 'org:le-figaro');
});

test('a KB group named without جماعة is الجماعة after it', () => {
  const list = entities('دعا الإخوان المسلمون أنصارهم إلى التظاهر.\nوقالت الجماعة في بيان إن مطالبها سلمية.');
  assert.equal(owner(list, 'الجماعة')?.kbId, 'org:muslim-brotherhood');
});

test('a union the KB lacks has an entity, and النقابة after it refers back', () => {
  const list = entities('أصدرت نقابة الصحفيين المصريين بيانا أمس.\nوقالت النقابة إن أعضاءها ممنوعون من التغطية.');
  const union = owner(list, 'نقابة الصحفيين المصريين');
  assert.ok(union);
  assert.match(union.nameEn ?? '', /^Egyptian .*Syndicate$/);
  assert.equal(union.actor, 'EGYLAB');
  assert.equal(owner(list, 'النقابة'), union);
});

test('a group the KB lacks: its possessed object is no word of its name, and الجماعة refers back', () => {
  const list = entities('أعلنت جماعة بيت سياف مسؤوليتها عن الهجوم.\nوقالت الجماعة إن مقاتليها عادوا إلى قواعدهم.');
  const group = owner(list, 'جماعة بيت سياف');
  assert.ok(group, 'the span ends before مسؤوليتها');
  assert.equal(owner(list, 'الجماعة'), group);
});

test('جماعة as a common noun is no body', () => {
  assert.equal(entities('اعتقلت الشرطة جماعة من المتظاهرين قرب الساحة.').filter((e) => e.type === 'ORG' && /جماعة/.test(e.mentions[0]!.text)).length, 0);
  // A word of a union's name read only as a genitive: not after a definite subject (the verb's object).
  assert.ok(!entities('حذرت الحكومة الصحفيين من نشر الشائعات.').some((e) => e.mentions.some((m) => m.text.includes('الصحفيين'))));
});

test('a state broadcaster by its country, with الرسمي dropped, and التلفزيون after it', () => {
  const list = entities('قال التلفزيون السوري الرسمي إن الجيش دخل البلدة.\nوأضاف التلفزيون أن المسلحين غادروا.\nوذكر التلفزيون الرسمي السوري أن الطرق فتحت.');
  const tv = owner(list, 'التلفزيون السوري');
  assert.ok(tv);
  assert.equal(tv.actor, 'SYRMED');
  assert.equal(owner(list, 'التلفزيون'), tv);
  assert.equal(owner(list, 'التلفزيون الرسمي السوري'), tv);
  // On television, with no channel named: no body.
  assert.equal(entities('ظهر الرئيس على التلفزيون مساء أمس.').filter((e) => e.type === 'ORG').length, 0);
});

test('الوزارة with no ministry named before is the ministry of the minister title', () => {
  const one = entities('التقى وزير الخارجية الأميركي مايك بومبيو نظيره الياباني.\nوأضافت الوزارة في بيان أن المحادثات مثمرة.');
  assert.equal(owner(one, 'الوزارة')?.kbId, 'org:us-state-department');
  // Two ministers of different portfolios: which ministry is open.
  const two = entities('قال وزير الدفاع الأميركي إن الجيش مستعد.\nوقال وزير الخارجية الأميركي إن الحل دبلوماسي.\nوأضافت الوزارة أن الحوار مستمر.');
  assert.equal(owner(two, 'الوزارة'), undefined);
});

test('guards: a counted noun after a number, a feminine demonym of the noun before, a KB person after جماعة', () => {
  // 13 نقابة: thirteen unions, no body (nor its quoted words).
  assert.equal(entities('وقالت 13 نقابة "لم تحصل على الترخيص" إنها ستطعن.').filter((e) => e.type === 'ORG').length, 0);
  // قنوات التلفزيون الكندية: Canadian channels, not a Canadian television body.
  assert.equal(entities('وبثت قنوات التلفزيون الكندية صورا للحادث.').filter((e) => e.type === 'ORG').length, 0);
  // جماعة عبدالملك الحوثي: al-Houthi's group; the person stays whole.
  const list = entities('لم يبق أمام جماعة عبدالملك الحوثي إلا التفاوض.');
  assert.equal(owner(list, 'عبدالملك الحوثي')?.kbId, 'per:abdul-malik-al-houthi');
});
