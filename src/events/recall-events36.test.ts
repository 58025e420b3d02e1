/**
 * Branch events36: known trigger forms in constructions the matcher missed, and the sides of events32's open cases
 * (docs/events.md, "Fourteenth session"). A feminine past verb spelt as the construct of its verbal noun (أدانت: إدانة)
 * opening a verb-first clause keeps the verbal noun after its subject as its object (also after قد and a manner adverb);
 * a welcome of a meeting "بين زعيمي X وY" supports both sides; a request for a mutual act between parties (دعا إلى حوار بين
 * X وY) asks each party. Sentences written for these tests, entities from the stand-in surface finder.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { triples, state, type TripleOptions } from './test-kit.ts';

const ISR = state('isr', 'ISR', ['إسرائيل', 'تل أبيب'], ['الإسرائيلي', 'الإسرائيلية']);
const PSE = state('pse', 'PSE', ['غزة', 'فلسطين'], ['الفلسطيني', 'الفلسطينية', 'الفلسطينيين']);
const KWT = state('kwt', 'KWT', ['الكويت'], ['الكويتي', 'الكويتية']);
const IRN = state('irn', 'IRN', ['إيران', 'طهران'], ['الإيراني', 'الإيرانية']);
const SAU = state('sau', 'SAU', ['السعودية', 'الرياض'], ['السعودي', 'السعودية']);
const GBR = state('gbr', 'GBR', ['بريطانيا', 'المملكة المتحدة'], ['البريطاني', 'البريطانية']);
const PRK = state('prk', 'PRK', ['كوريا الشمالية', 'بيونغ يانغ'], ['الكوري الشمالي']);
const KOR = state('kor', 'KOR', ['كوريا الجنوبية', 'سيول'], ['الكوري الجنوبي']);
const USA = state('usa', 'USA', ['الولايات المتحدة', 'واشنطن'], ['الأمريكي', 'الأمريكية']);
const opts: TripleOptions = { extra: [ISR, PSE, KWT, IRN, SAU, GBR, PRK, KOR, USA] };

test('a feminine past verb opening its clause keeps the verbal noun after the subject as its object', () => {
  for (const s of ['وأدانت الكويت قصف إسرائيل غزة.', 'وقد أدانت الكويت قصف إسرائيل غزة.', 'وأدانت الكويت بشدة قصف إسرائيل غزة.']) {
    const got = triples(s, opts);
    assert.ok(got.includes('ACCUSE KWT>ISR asserted'), `${s}: ${got.join('; ')}`);
    assert.ok(got.includes('ASSAULT ISR>PSE asserted'), `${s}: ${got.join('; ')}`);
    assert.ok(!got.includes('ASSAULT KWT>ISR asserted'), `${s}: ${got.join('; ')}`);
  }
  // a manner adverb is no subject-window word: the demonym after the object does not become the subject
  assert.ok(triples('وقالت إن "بريطانيا تدين بشدة الهجمات الإيرانية ضد إسرائيل".', opts).includes('ACCUSE GBR>IRN asserted'));
});

test('a welcome of a meeting between the leaders of two states supports both', () => {
  const got = triples('رحبت الولايات المتحدة بالاجتماع بين زعيمي كوريا الشمالية وكوريا الجنوبية.', opts);
  assert.ok(got.includes('SUPPORT USA>PRK asserted'), got.join('; '));
  assert.ok(got.includes('SUPPORT USA>KOR asserted'), got.join('; '));
  // a word that is no head between بين and the actor gives no side
  assert.ok(!triples('رحبت الولايات المتحدة بالاجتماع بين مدن كوريا الشمالية وكوريا الجنوبية.', opts).some((t) => t.startsWith('SUPPORT USA>PRK')));
});

test('a call for a dialogue between two parties asks each of them; the dialogue itself stays requested', () => {
  const got = triples('ودعت الكويت إلى حوار بين السعودية وإيران.', opts);
  assert.ok(got.includes('REQUEST KWT>SAU asserted'), got.join('; '));
  assert.ok(got.includes('REQUEST KWT>IRN asserted'), got.join('; '));
  assert.ok(got.includes('CONSULT SAU>IRN requested'), got.join('; '));
  // the requester is not asked itself
  assert.ok(!triples('ودعت السعودية إلى حوار بين السعودية وإيران.', opts).includes('REQUEST SAU>SAU asserted'));
  // a verb between the request and the act: the act is not what was requested
  assert.ok(!triples('ودعت الكويت إلى التهدئة وقالت إن الحوار بين السعودية وإيران ممكن.', opts).some((t) => t.startsWith('REQUEST KWT>SAU')));
});
