import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, entityAt } from './title-test-kit.ts';

// qa14: the KB wrote these names with ديمقراطية only; news also writes ديموقراطية, and North Korea's official name
// with its two adjectives the other way round. "جمهورية كوريا" was then read as South Korea (events against the
// wrong state), the SDF as Syria, and "جمهورية الكونغو" as the Republic of the Congo.
test('names written with ديموقراطية, and North Korea as الشعبية الديمقراطية, are their entities', () => {
  const a = run('وصل وفد من جمهورية كوريا الشعبية الديموقراطية إلى بكين أمس.', '2018-06-12');
  assert.equal(entityAt(a, 'جمهورية كوريا الشعبية الديموقراطية'), 'cty:PRK');
  const b = run('وقال المندوب إن جمهورية كوريا الديموقراطية الشعبية ترفض العقوبات.', '2018-06-12');
  assert.equal(entityAt(b, 'جمهورية كوريا الديموقراطية الشعبية'), 'cty:PRK');
  const c = run('وقاتلت قوات سوريا الديموقراطية المسلحين في الرقة.', '2018-06-12');
  assert.equal(entityAt(c, 'قوات سوريا الديموقراطية'), 'org:sdf');
  const d = run('وصل وفد من جمهورية الكونغو الديموقراطية إلى القاهرة.', '2018-06-12');
  assert.equal(entityAt(d, 'جمهورية الكونغو الديموقراطية'), 'cty:COD');
  // the spelling the KB had still reads so, and South Korea's own name is still South Korea
  const e = run('وصل وفد من جمهورية كوريا الديمقراطية الشعبية إلى بكين أمس.', '2018-06-12');
  assert.equal(entityAt(e, 'جمهورية كوريا الديمقراطية الشعبية'), 'cty:PRK');
  const f = run('ووقعت جمهورية كوريا اتفاقا تجاريا مع اليابان.', '2018-06-12');
  assert.equal(entityAt(f, 'جمهورية كوريا'), 'cty:KOR');
});
