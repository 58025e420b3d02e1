/**
 * (quotes30) State organs named alone get the story state's organ (src/resolve/state-organs.ts). The sentences are
 * written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadResources } from '../resources/load.ts';
import { buildStages, createAnalyzer } from '../analyzer.ts';
import type { Analysis } from '../core/analysis.ts';

const resources = loadResources();
const analyzer = createAnalyzer(resources, buildStages(resources).filter((s) => !s.id.startsWith('events')));

/** The speaker entity (English name, KB id) of each quote whose speaker words are `words`. */
function speakersOf(a: Analysis, words: string): Array<{ en: string | null; kbId: string | null } | null> {
  return a.quotes
    .filter((q) => q.speakerText === words)
    .map((q) => {
      const e = q.speaker ? a.entities.find((x) => x.id === q.speaker) : undefined;
      return e ? { en: e.nameEn, kbId: e.kbId } : null;
    });
}

function checkSpans(a: Analysis, text: string): void {
  for (const e of a.entities) for (const m of e.mentions) assert.equal(text.slice(m.start, m.end), m.text);
}

test('a bare police of the story state is the KB body named "<organ> <demonym>"', () => {
  const text = 'اندلعت مواجهات في القدس مساء السبت. وتشهد إسرائيل احتجاجات منذ أسابيع. وقالت الشرطة إن عشرة أشخاص اعتقلوا.';
  const a = analyzer.analyzeArticle({ text, date: '2018-05-01' });
  checkSpans(a, text);
  assert.deepEqual(speakersOf(a, 'الشرطة'), [{ en: 'Israel Police', kbId: 'org:israel-police' }]);
});

test('an organ the KB lacks for that state is an organ of its own, named with the demonym', () => {
  const text = 'وقعت حوادث شغب في زغرب ليلة الجمعة. وتستضيف كرواتيا البطولة هذا العام. وأعلنت الشرطة أنها أوقفت عشرين مشجعا.';
  const a = analyzer.analyzeArticle({ text, date: '2018-05-01' });
  checkSpans(a, text);
  const [sp] = speakersOf(a, 'الشرطة');
  assert.equal(sp?.en, 'Croatian police');
  assert.match(sp?.kbId ?? '', /^x:org:/);
  const police = a.entities.find((e) => e.nameEn === 'Croatian police')!;
  assert.equal(police.name, 'الشرطة الكرواتية');
  assert.equal(police.country, 'HRV');
});

test('the state whose place the sentence names after في wins over the most named state', () => {
  const text = 'تتهم إسرائيل جيرانها بتهريب السلاح. وتكرر إسرائيل الاتهام كل أسبوع. وفي ألمانيا، قالت الشرطة إنها صادرت شحنة أسلحة.';
  const a = analyzer.analyzeArticle({ text, date: '2018-05-01' });
  assert.equal(speakersOf(a, 'الشرطة')[0]?.en, 'German police');
});

test('no organ without a story state, after an adjective or a possessed noun, or before a qualifying word', () => {
  // No state named twice: nothing to give.
  const none = analyzer.analyzeArticle({ text: 'وقالت الشرطة إن عشرة أشخاص اعتقلوا بعد المباراة.', date: '2018-05-01' });
  assert.deepEqual(speakersOf(none, 'الشرطة'), [null]);
  const text = 'زار الرئيس الألماني برلين أمس. وتريد ألمانيا تغيير سياستها الخارجية. وتبقى ألمانيا حذرة. وناقش البرلمان الشؤون الداخلية للحزب. وانتشرت الشرطة المحلية في الشوارع.';
  const a = analyzer.analyzeArticle({ text, date: '2018-05-01' });
  for (const e of a.entities) {
    if (!e.nameEn || !/Ministry|police/i.test(e.nameEn)) continue;
    for (const m of e.mentions) assert.ok(!['الخارجية', 'الداخلية', 'الشرطة'].includes(m.text), `${m.text} → ${e.nameEn}`);
  }
});

test('a government named alone gets no organ: the quote stage gives it the story state (the gold names the country)', () => {
  const text = 'وصل آلاف اللاجئين إلى ألمانيا هذا الأسبوع. وتواجه ألمانيا أزمة سكن حادة. وقالت الحكومة إن المخيمات امتلأت.';
  const a = analyzer.analyzeArticle({ text, date: '2018-05-01' });
  assert.ok(!a.entities.some((e) => e.type === 'ORG' && e.mentions.some((m) => m.text === 'الحكومة')));
  assert.deepEqual(speakersOf(a, 'الحكومة'), [{ en: 'Germany', kbId: 'cty:DEU' }]);
});

test('an organ named before in the article is what the organ named alone refers back to, whatever the story state', () => {
  const text = 'قتل فلسطيني برصاص الجيش الإسرائيلي في رام الله. وشهدت رام الله والضفة الغربية مواجهات. وقال الجيش إن الشاب حاول طعن جندي.';
  const a = analyzer.analyzeArticle({ text, date: '2018-05-01' });
  assert.deepEqual(speakersOf(a, 'الجيش'), [{ en: 'Israel Defense Forces', kbId: 'org:idf' }]);
});

test('an officer or members of the organ speak unnamed; "بالنيابة" is no prosecution', () => {
  const text = 'وقعت حوادث شغب في زغرب ليلة الجمعة. وتستضيف كرواتيا البطولة هذا العام. وقال قائد الشرطة إن التحقيق مستمر. وقال وزراء الخارجية إن الوضع خطير. وتحدث الوزير بالنيابة عن الحكومة.';
  const a = analyzer.analyzeArticle({ text, date: '2018-05-01' });
  assert.deepEqual(speakersOf(a, 'قائد الشرطة'), [null]);
  assert.deepEqual(speakersOf(a, 'وزراء الخارجية'), [null]);
  assert.ok(!a.entities.some((e) => e.mentions.some((m) => /النيابة/.test(m.text))));
});

test('a hashtag glues the organ to its adjective: no organ of the story state there', () => {
  const text = 'تحتجز تركيا جنديين يونانيين. وتطالب اليونان تركيا بالإفراج عنهما. وتتهم تركيا الجنديين بالتجسس. وكان #الجيش_اليوناني قد ذكر أن السلطات على تواصل.';
  const a = analyzer.analyzeArticle({ text, date: '2018-05-01' });
  assert.ok(!a.entities.some((e) => e.country === 'TUR' && e.mentions.some((m) => m.text === 'الجيش')));
});
