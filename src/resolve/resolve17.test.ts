/**
 * (resolve17) Local bodies with a unit noun, the place inside them, bodies' names that open with an adjective, and the
 * organs of the story's state that no quote or event names (docs/knowledge-base.md, "Fifteenth session (resolve17)").
 * The sentences are written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './title-test-kit.ts';
import { buildWordSet, LOCAL_UNITS, ADJECTIVE_BODIES } from './words17.ts';
import { normalize } from '../text/normalize.ts';
import type { Analysis } from '../core/analysis.ts';

function at(a: Analysis, words: string, type?: string): Array<{ en: string | null; kbId: string | null; text: string }> {
  const s = a.document.text.indexOf(words);
  assert.ok(s >= 0, words);
  const e = s + words.length;
  return a.entities
    .filter((x) => !type || x.type === type)
    .flatMap((x) => x.mentions.filter((m) => m.start === s && m.end === e).map((m) => ({ en: x.nameEn, kbId: x.kbId, text: m.text })));
}

test('a local body with a unit noun before a KB place is that place\'s body, and the place stays a mention', () => {
  const a = run('اعتذرت الشرطة في ولاية كاليفورنيا عن الحادث. وقالت الشرطة إن التحقيق مستمر.', '2018-06-01');
  assert.deepEqual(at(a, 'الشرطة في ولاية كاليفورنيا', 'ORG').map((x) => x.en), ['California Police']);
  assert.deepEqual(at(a, 'كاليفورنيا', 'LOC').map((x) => x.kbId), ['loc:california']);
  // The bare organ after it refers back to the same body.
  const police = a.entities.find((x) => x.nameEn === 'California Police')!;
  assert.equal(police.mentions.length, 2);
  for (const x of a.entities) for (const m of x.mentions) assert.equal(a.document.text.slice(m.start, m.end), m.text);
});

test('the place named right after في stays a mention inside the local body', () => {
  const a = run('وأعلنت الشرطة في بغداد اعتقال ثلاثة أشخاص.', '2018-06-01');
  assert.deepEqual(at(a, 'الشرطة في بغداد', 'ORG').map((x) => x.en), ['Baghdad Police']);
  assert.deepEqual(at(a, 'بغداد', 'LOC').map((x) => x.kbId), ['loc:baghdad']);
});

test('a district noun or an unknown place after the unit noun makes no local body', () => {
  const a = run('وأطلق رجل النار على الشرطة في منطقة بروكلين بمدينة نيويورك.', '2018-06-01');
  assert.ok(!a.entities.some((x) => x.nameEn === 'Brooklyn Police'));
  const b = run('وقالت الشرطة في مدينة زرقونيا إن الطريق أغلق.', '2018-06-01');
  assert.ok(!b.entities.some((x) => x.type === 'ORG' && /Police/.test(x.nameEn ?? '') && x.mentions.some((m) => m.text.includes('زرقونيا'))));
});

test('a ministry\'s name after a definite noun is the adjective of that noun, and its demonym the country', () => {
  const a = run('وانتقد الكاتب السياسة الخارجية الأمريكية في الشرق الأوسط.', '2018-06-01');
  assert.deepEqual(at(a, 'الخارجية الأمريكية', 'ORG'), []);
  assert.deepEqual(at(a, 'الأمريكية', 'LOC').map((x) => x.kbId), ['cty:USA']);
  const b = run('وتحدث المسؤول عن الشؤون الداخلية الكويتية مطولا.', '2018-06-01');
  assert.deepEqual(at(b, 'الداخلية الكويتية', 'ORG'), []);
  // After a verb or a noun in construct it is the ministry.
  const c = run('وأعلنت الخارجية الأمريكية أمس فرض عقوبات جديدة. وقال بيان الخارجية الكويتية إن الوفد وصل.', '2018-06-01');
  assert.deepEqual(at(c, 'الخارجية الأمريكية', 'ORG').map((x) => x.kbId), ['org:us-state-department']);
  assert.equal(at(c, 'الخارجية الكويتية', 'ORG').length, 1);
});

test('an organ of the story state that no quote or event names is not listed; one that speaks is', () => {
  const text = 'شهدت مدينة مونتريال الكندية احتفالات واسعة. وانتشرت عناصر من الشرطة في الشوارع. وتستضيف كندا القمة المقبلة.';
  const a = run(text, '2018-06-01');
  assert.ok(!a.entities.some((x) => x.nameEn === 'Canadian police'), a.entities.map((x) => x.nameEn).join(', '));
  const b = run('شهدت مدينة مونتريال الكندية احتفالات واسعة. وقالت الشرطة إن الاحتفالات مرت بسلام. وتستضيف كندا القمة المقبلة.', '2018-06-01');
  const police = b.entities.find((x) => x.nameEn === 'Canadian police');
  assert.ok(police, b.entities.map((x) => x.nameEn).join(', '));
  assert.ok(b.quotes.some((q) => q.speaker === police!.id));
});

test('the word files are checked', () => {
  assert.ok(LOCAL_UNITS.has(normalize('ولاية')) && !LOCAL_UNITS.has(normalize('منطقة')));
  assert.ok(ADJECTIVE_BODIES.has(normalize('الخارجية')));
  assert.throws(() => buildWordSet('x.json', { words: [] }), /RASD_E008|non-empty/);
  assert.throws(() => buildWordSet('x.json', { words: ['two words'] }), /RASD_E008|non-empty/);
});

test('a KB person named by a shorter name takes in the rest of that name (بن ... آل ...)', () => {
  const a = run('استقبل الملك سلمان بن عبد العزيز آل سعود الوفد. وهنأ الشيخ محمد بن زايد آل نهيان الفائزين.', '2018-06-01');
  assert.deepEqual(at(a, 'الملك سلمان بن عبد العزيز آل سعود', 'PER').map((x) => x.kbId), ['per:salman-bin-abdulaziz']);
  assert.deepEqual(at(a, 'الشيخ محمد بن زايد آل نهيان', 'PER').map((x) => x.kbId), ['per:mohamed-bin-zayed-al-nahyan']);
  // A word that is not of the person's own names ends the mention: ابن الملك, a kinship phrase.
  const b = run('وزار الملك سلمان ابن الملك عبدالعزيز المدينة.', '2018-06-01');
  assert.ok(!b.entities.some((x) => x.mentions.some((m) => m.text.startsWith('الملك سلمان ابن'))));
});

test('a person named as the leader of a body (حكومة نوري المالكي) is a mention of that person, and not the holder of a title before it', () => {
  const a = run('وانتقد السياسي حكومة نوري المالكي بشدة.', '2018-06-01');
  assert.deepEqual(at(a, 'نوري المالكي', 'PER').map((x) => x.kbId), ['per:nouri-al-maliki']);
  const b = run('وقال وزير المالية في حكومة بنيامين نتانياهو إن الميزانية أقرت.', '2018-06-01');
  assert.deepEqual(at(b, 'بنيامين نتانياهو', 'PER').map((x) => x.kbId), ['per:benjamin-netanyahu']);
  const pm = b.entities.find((x) => x.kbId === 'per:benjamin-netanyahu')!;
  assert.ok(!pm.mentions.some((m) => m.kind === 'title'), pm.mentions.map((m) => m.text).join('|'));
  // A company named after a person is no mention of a person.
  const c = run('وقالت شركة توماس كوك إن الرحلات ألغيت.', '2018-06-01');
  assert.ok(!c.entities.some((x) => x.type === 'PER'));
});

test('a state body read without a country, في and a country, is that country\'s; an embassy is not the host\'s', () => {
  const a = run('وأعلنت وزارة الدفاع في مالي مقتل جنديين.', '2018-06-01');
  assert.deepEqual(at(a, 'وزارة الدفاع', 'ORG').map((x) => x.en), ['Malian Defence Ministry']);
  assert.deepEqual(at(a, 'مالي', 'LOC').map((x) => x.kbId), ['cty:MLI']);
  const b = run('وأعلنت وزارة الداخلية في البحرين القبض على 14 شخصا.', '2018-06-01');
  assert.deepEqual(at(b, 'وزارة الداخلية', 'ORG').map((x) => x.kbId), ['org:bahraini-interior-ministry']);
  const c = run('وقالت السفارة الأميركية في إسرائيل إن المبنى جاهز.', '2018-06-01');
  assert.ok(!c.entities.some((x) => x.country === 'ISR' && x.type === 'ORG'));
});
