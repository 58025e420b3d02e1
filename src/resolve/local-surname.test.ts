/** A surname alone after the article named a person the KB lacks in full (quotes10). Sentences written for the tests. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadResources } from '../resources/load.ts';
import { createAnalyzer } from '../analyzer.ts';

const analyzer = createAnalyzer(loadResources());

function entityOf(text: string, at: string) {
  const a = analyzer.analyze(text, { date: '2018-08-28' });
  const pos = a.document.text.lastIndexOf(at);
  return a.entities.find((e) => e.mentions.some((m) => m.start <= pos && pos < m.end));
}

test('a surname goes to the full name the article gave before, not to a KB namesake it never named', () => {
  const e = entityOf('وقال ريتشارد غيتس إنه مستعد لقبول الحكم. وأضاف غيتس أن عائلته تعرف الحقيقة.', 'غيتس أن');
  assert.ok(e, 'the surname is a mention');
  assert.notEqual(e!.kbId, 'per:robert-gates');
  assert.ok(e!.mentions.some((m) => m.text === 'ريتشارد غيتس'));
});

test('a KB person the article names in full keeps the surname', () => {
  const e = entityOf('وقال وزير الدفاع الأسبق روبرت غيتس إن الحرب طويلة، فيما قال ريتشارد غيتس إنه بريء. وأضاف غيتس أن الجيش يحتاج إلى وقت.', 'غيتس أن');
  assert.equal(e?.kbId, 'per:robert-gates');
});
