import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveWithSpans } from './spans-cases.ts';

// qa17: a surname alone that the recognizer took for a place ("وأوقفت السلطات جنينة" after "هشام جنينة" in a real
// article: two of seven mentions were a place "Geneina", and the arrest had no target) stayed a place of its own
test('qa17: a surname alone taken for a place or a body the KB does not know is the person named in full', () => {
  const text = 'قضت المحكمة بسجن كريم زيدوني ثلاث سنوات. وكانت الشرطة قد أوقفت زيدوني في آذار، وقال محامي زيدوني إنه سيستأنف.';
  const entities = resolveWithSpans(text, [['كريم زيدوني', 'PER'], ['زيدوني', 'LOC'], ['زيدوني', 'ORG']]);
  const person = entities.find((e) => e.name === 'كريم زيدوني')!;
  assert.equal(person.type, 'PER');
  assert.deepEqual(person.mentions.map((m) => m.text), ['كريم زيدوني', 'زيدوني', 'زيدوني']);
  assert.equal(entities.filter((e) => e.type !== 'PER').length, 0, JSON.stringify(entities.map((e) => [e.type, e.name])));
});

test('qa17: a place the KB knows keeps its link; a one-word place that is no one\'s surname stays a place', () => {
  const text = 'زار فيصل القاهرة الأسبوع الماضي. ووصل سامي بن عمر إلى القاهرة ثم إلى قرية بزيرة.';
  const entities = resolveWithSpans(text, [['فيصل القاهرة', 'PER'], ['سامي بن عمر', 'PER'], ['القاهرة', 'LOC'], ['بزيرة', 'LOC']]);
  const cairo = entities.find((e) => e.mentions.some((m) => m.text === 'القاهرة' && m.start > 30))!;
  assert.equal(cairo.type, 'LOC');
  assert.ok(!cairo.kbId?.startsWith('x:'), cairo.kbId ?? 'null');
  assert.equal(entities.find((e) => e.name === 'بزيرة')?.type, 'LOC');
});
