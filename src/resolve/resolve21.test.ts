/**
 * (resolve21) Places read as persons (docs/knowledge-base.md, "Seventeenth session (resolve21)"). The sentences are
 * written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, entityAt, titleOf } from './title-test-kit.ts';
import { NAMED_FACILITIES, REGIONAL_LEADER_TITLES } from './words21.ts';
import type { Analysis } from '../core/analysis.ts';

/** The kbId of the entity with a name mention (not a title's) that is exactly `words`. */
const nameOf = (a: Analysis, words: string): string | null =>
  a.entities.find((e) => e.mentions.some((m) => m.kind === 'name' && m.text === words))?.kbId ?? null;

test('a region after a leader\'s title is the place, and the person starts after it', () => {
  const a = run('وقال رئيس وزراء هيسن فولكر بوفيير إن الانتخابات مهمة.', '2018-10-20');
  assert.equal(nameOf(a, 'هيسن'), 'loc:hesse');
  assert.match(entityAt(a, 'فولكر') ?? '', /^PER Volker/);
  const b = run('وأعلن حاكم كاليفورنيا جيري براون حالة الطوارئ.', '2018-08-01');
  assert.equal(nameOf(b, 'كاليفورنيا'), 'loc:california');
  assert.match(entityAt(b, 'جيري') ?? '', /^PER Jerry Brown/);
});

test('a name after a place\'s head noun names the place, not a person', () => {
  const a = run('وأقيمت المباراة على ملعب الملك فهد الدولي أمس.', '2018-08-01');
  assert.ok(!a.entities.some((e) => e.type === 'PER' && e.mentions.some((m) => m.text.includes('فهد'))));
  const b = run('وتجمع المحتجون في شارع محمد الخامس وسط المدينة.', '2018-08-01');
  assert.ok(!b.entities.some((e) => e.type === 'PER' && e.mentions.some((m) => m.text.includes('محمد'))));
  // The title inside the place's name is no one (not the sitting king).
  const d = run('وسقط صاروخ قرب مطار الملك خالد الدولي في الرياض.', '2018-03-26');
  assert.ok(!d.entities.some((e) => e.type === 'PER'));
  // A bare title after such a noun, with no name after it, is still the holder's (the queen's garden).
  const e = run('وقالت ملكة بريطانيا إليزابيث الثانية إنها سعيدة. وقطفت الزهور من حديقة الملكة في قصرها الريفي.', '2018-05-18');
  assert.equal(titleOf(e, 'الملكة في'), 'per:elizabeth-ii');
  // A person's house is the person's: منزل is no place head of the list.
  const c = run('وتجمع المحتجون أمام منزل محمد العبيدي وسط المدينة.', '2018-08-01');
  assert.ok(c.entities.some((e) => e.type === 'PER' && e.mentions.some((m) => m.text.includes('العبيدي'))));
});

test('the word lists load normalized', () => {
  assert.ok(REGIONAL_LEADER_TITLES.has('حاكم'));
  assert.ok(NAMED_FACILITIES.has('مطار'));
  assert.ok(!NAMED_FACILITIES.has('منزل'));
});
