/**
 * determinism19: an article's output must not depend on the articles analyzed before it in the same process (the
 * store dedups by content and workers take articles in any order). Each text is analyzed by a fresh analyzer, and
 * again by one analyzer after every other text (forwards and backwards); entities, quotes and events must be equal.
 * Sentences written for the test; they exercise the caches that live across documents (the segmenter's and the NER
 * feature cache, the resolver's tolerant-name and normalization caches, the per-KB office and country tables).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadResources } from './resources/load.ts';
import { createAnalyzer } from './analyzer.ts';

const resources = loadResources();

const TEXTS = [
  'قال رئيس الوزراء الإسرائيلي بنيامين نتنياهو إن مجلس الوزراء الأمني المصغر سيجتمع الأحد لبحث الوضع في غزة.',
  'وأعلنت جامعة الشرق الأوسط التقنية في أنقرة أن الرئيس التركي رجب طيب أردوغان سيزور الجامعة الأسبوع المقبل، وقال أرودغان إن التعليم أولوية.',
  'وقال المتحدث باسم وزارة الخارجية الإيرانية إن طهران لن تتفاوض، فيما قال أرودغان إن بلاده تدعم الحل السياسي.',
  'والتقى مستشار الأمن القومي الأمريكي جون بولتون نظيره الروسي في جنيف، وقال بولتون إن المحادثات كانت مثمرة.',
  'ذكرت وكالة الأنباء السعودية أن ولي العهد الأمير محمد بن سلمان استقبل وزير الخارجية المصري سامح شكري في الرياض.',
];

type Out = ReturnType<ReturnType<typeof createAnalyzer>['analyze']>;

function digest(a: Out): string {
  const ents = a.entities
    .map((e) => [e.type, e.name, e.kbId ?? '-', e.country ?? '-', e.mentions.map((m) => `${m.start}-${m.end}:${m.kind}`).join(',')].join('|'))
    .sort();
  // quotes and events whole (their ids and entity ids are per document, so equal too)
  return JSON.stringify({ ents, entities: a.entities, quotes: a.quotes, events: a.events });
}

const analyze = (an: ReturnType<typeof createAnalyzer>, text: string) => digest(an.analyze(text, { date: '2018-07-18' }));

test('each text gives the same output alone and after the other texts, in either order', () => {
  const alone = TEXTS.map((t) => analyze(createAnalyzer(resources), t));
  for (const order of [TEXTS.map((_, i) => i), TEXTS.map((_, i) => TEXTS.length - 1 - i)]) {
    const an = createAnalyzer(resources);
    for (const i of order) assert.equal(analyze(an, TEXTS[i]!), alone[i], `text ${i} after the others (order ${order.join(',')})`);
  }
});

test('a text analyzed twice in a row by one analyzer gives the same output', () => {
  const an = createAnalyzer(resources);
  for (const t of TEXTS) assert.equal(analyze(an, t), analyze(an, t));
});
