/**
 * Rules of the quotes44 pass (docs/quotes.md, "Twentieth session (quotes44)"). The sentences are written for these
 * tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotesOf, type Spec } from './speaker-cases.ts';

const leader: Spec = { id: 'l', type: 'PER', kbId: 'per:l', forms: [['كمال النوري', 'name'], ['النوري', 'name']] };
const envoy: Spec = { id: 'e', type: 'PER', kbId: 'per:e', forms: [['هالة الصافي', 'name']] };
const channel: Spec = { id: 'n', type: 'ORG', kbId: 'org:n', forms: [['نجم الشرق', 'name']] };

test('a relative pronoun with و after a comma: the name before the comma speaks, not the sentence\'s first name', () => {
  const text = 'وجاءت تصريحات النوري، بعد أخرى صادرة عن وزيرة الخارجية، هالة الصافي، والتي قالت إن بلادها تملك وثائق.';
  const q = quotesOf(text, [leader, envoy]).find((x) => x.text.includes('وثائق'));
  assert.ok(q, 'the relative clause is quoted');
  assert.equal(q.speaker, 'e');
  // A quoted channel name before the comma is the interview's, not its speaker: the rule leaves the sentence alone.
  const interview = 'وتحدث النوري في لقاء مع قناة "نجم الشرق"، والذي قال فيه إن الحوار مستمر.';
  assert.notEqual(quotesOf(interview, [leader, channel]).find((x) => x.text.includes('الحوار'))?.speaker, 'n');
});

test('أما + a title, the name between commas, then ف + the verb: the name is the subject', () => {
  const text = 'وانتقد النوري القرار بشدة. أما وزيرة الخارجية، هالة الصافي، فقالت إن القرار صائب.';
  const q = quotesOf(text, [leader, envoy]).find((x) => x.text.includes('صائب'));
  assert.ok(q);
  assert.equal(q.speaker, 'e');
  assert.match(q.speakerText ?? '', /هالة الصافي/);
  // A name already in the topic keeps the topic up to its comma.
  const named = quotesOf('أما هالة الصافي، وزيرة الخارجية، فقالت إن القرار صائب.', [envoy]).find((x) => x.text.includes('صائب'));
  assert.equal(named?.speaker, 'e');
  assert.equal(named?.speakerText, 'هالة الصافي');
});

test('a time word with its pronoun (وقتها) between an attribution\'s verb and its source is skipped', () => {
  const observatory: Spec = { id: 'o', type: 'ORG', kbId: 'org:o', forms: [['المرصد الوطني', 'name']] };
  const qs = quotesOf('وتراجعت أسعار القمح في الأسواق المحلية بشدة، وفق ما ذكر وقتها المرصد الوطني.', [observatory]);
  assert.equal(qs.length, 1);
  assert.equal(qs[0]!.speaker, 'o');
});

test('a line that opens with a definite speaker noun before a present verb has it for subject, not the words after the verb', () => {
  const qs = quotesOf('الإيرانيون يقولون دائما إنهم يرفضون التفاوض على برنامجهم.', []);
  assert.equal(qs.length, 1);
  assert.equal(qs[0]!.speakerText, 'الإيرانيون');
  const head = quotesOf('التحالف يكشف سبب الغارة: هدف عسكري مشروع', []);
  assert.equal(head[0]?.speakerText, 'التحالف');
  // A verb with و is no such opening: the rules before stand.
  const joined = quotesOf('والتحالف يكشف سبب الغارة: هدف عسكري مشروع', []);
  assert.notEqual(joined[0]?.speakerText, 'التحالف');
});
