/**
 * (resolve26) A demonym of a country whose names are not Arabic-derived in an apposition after an unknown person's
 * name (X، وهو صحفي أمريكي …؛ X الذي يحمل الجنسية الفرنسية) reads the name as foreign, as a demonym touching the name
 * does (resolve24). The sentences are written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './title-test-kit.ts';

const personEn = (text: string, first = 'كورا'): string | null | undefined =>
  run(text, '2018-06-01').entities.find((e) => e.type === 'PER' && e.mentions.some((m) => m.text.startsWith(first)))?.nameEn;

test('a non-Arab demonym after "، وهو/وهي" and a noun reads the name as foreign', () => {
  assert.equal(personEn('وقالت كورا سولتر، وهي صحفية أمريكية، إن الوضع صعب.'), 'Kora Solter');
  assert.equal(personEn('وقال كورا سولتر وهو مدرب ألماني إن الفريق جاهز.'), 'Kora Solter');
});

test('a non-Arab demonym after "الذي يحمل الجنسية" reads the name as foreign', () => {
  assert.equal(personEn('وقال كورا سولتر الذي يحمل الجنسية الفرنسية إنه عاد.'), 'Kora Solter');
});

test('an Arab demonym, or one further away, keeps the Arab scheme', () => {
  assert.equal(personEn('وقالت كورا سولتر، وهي صحفية مصرية، إن الوضع صعب.'), 'Koura Soultr');
  assert.equal(personEn('وقالت كورا سولتر، وهي صحفية تعمل في صحيفة أمريكية، إن الوضع صعب.'), 'Koura Soultr');
  assert.equal(personEn('وقالت كورا سولتر إن الوضع صعب.'), 'Koura Soultr');
});
