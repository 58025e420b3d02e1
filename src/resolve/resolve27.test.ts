/**
 * (resolve27) Recognizer spans that are not names: numbers alone, closed-class words, a lone accusative or a verb's
 * only shape (src/resolve/not-names.ts). The mentions are built by hand over sentences written for these tests, so
 * that the rule is tested whatever the tagger does with them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadResources } from '../resources/load.ts';
import { createAnalyzer } from '../analyzer.ts';
import type { EntityType } from '../core/analysis.ts';
import { normalize } from '../text/normalize.ts';
import { buildClosedClass, notNames, CLOSED_CLASS } from './not-names.ts';
import { mentionOver } from './span-test-kit.ts';

const resources = loadResources();
const analyzer = createAnalyzer(resources);
const deps = {
  kb: resources.kb,
  tn: (doc: { tokens: Array<{ text: string }> }, j: number) => normalize(doc.tokens[j]?.text ?? ''),
  // The accusative test belongs to the resolver; here a word ending in alef whose stem is a common noun.
  accusativeWord: (doc: { tokens: Array<{ text: string }> }, j: number) => ['بلدا', 'معطوبا', 'ثوريا', 'حديبوا'].includes(doc.tokens[j]!.text),
  seldomInNames: () => false,
  freq: resources.wordFrequencies,
  nameEvidence: resources.nameEvidence,
};
const never = () => false;

/** The mention of `words` in `text`, typed `type`, trimmed by notNames: its text, or null when dropped. */
function trimmed(text: string, words: string, type: EntityType, inLonger = never): string | null {
  const doc = analyzer.document({ text });
  const m = mentionOver(doc, words, type);
  const out = notNames(deps as never, doc, m, inLonger);
  if (out) assert.equal(doc.text.slice(out.start, out.end), out.text);
  return out ? out.text : null;
}

test('numbers alone are no name', () => {
  assert.equal(trimmed('انضم البلد إلى المنظمة ١٩٩٤ بعد مفاوضات.', '١٩٩٤', 'LOC'), null);
  assert.equal(trimmed('وفي 2016 عاد الوفد.', '2016', 'MISC'), null);
  assert.equal(trimmed('وصل المدرب فريد سالم إلى المدينة.', 'فريد سالم', 'PER'), 'فريد سالم');
});

test('a closed-class word alone is no name, and none ends one', () => {
  assert.equal(trimmed('وقال لي إن الطريق مغلق.', 'لي', 'PER'), null);
  assert.equal(trimmed('وأكد عليه المسؤول أمس.', 'عليه', 'PER'), null);
  assert.equal(trimmed('وصرح سامر قندوز بأنه سيعود غدا.', 'سامر قندوز بأنه', 'PER'), 'سامر قندوز');
  assert.equal(trimmed('وأعلن نادي الفرسان لأنه خسر.', 'نادي الفرسان لأنه', 'ORG'), 'نادي الفرسان');
  // A foreign name word that is also a particle stays when it is a word of a longer name of the article.
  assert.equal(trimmed('والتقى الوزير مع لي أمس.', 'لي', 'PER', () => true), 'لي');
  // ... and is not cut from the end of a name (Bruce Lee).
  assert.equal(trimmed('شاهد الجمهور فيلم بروس لي أمس.', 'بروس لي', 'PER'), 'بروس لي');
  // Nor هي of a Korean name, nor بي of a spelled-out acronym.
  assert.equal(trimmed('وقالت المغنية شوي جين-هي إنها سعيدة.', 'شوي جين-هي', 'PER'), 'شوي جين-هي');
  assert.equal(trimmed('وباعت الشركة ذاكرة يو أس بي جديدة.', 'يو أس بي', 'ORG'), 'يو أس بي');
});

test('a lone accusative common word is no place or body; a person keeps trimName', () => {
  assert.equal(trimmed('وشكل الحزب تحالفا ثوريا جديدا.', 'ثوريا', 'ORG'), null);
  // An alef after و is no accusative ending, nor a verb's plural when the word without it is a town (حديبو).
  assert.equal(trimmed('وخرج الأهالي إلى شوارع مدينة حديبوا أمس.', 'حديبوا', 'LOC', never), 'حديبوا');
  // A word ending in alef whose stem the counts do not hold may be a place (a camp, a town).
  assert.equal(trimmed('وجد الفريق جهازا معطوبا قرب البوابة.', 'معطوبا', 'LOC'), 'معطوبا');
  assert.equal(trimmed('ودعم أربعون بلدا الطلب.', 'بلدا', 'ORG'), null);
  assert.equal(trimmed('ودعم أربعون بلدا الطلب.', 'بلدا', 'PER'), 'بلدا');
});

test('a lone verb of a verb-only shape is no place, body or thing; a person is left to the other rules', () => {
  assert.equal(trimmed('وقالوا إن الناخبين "ينقلبون" على الحكومة.', 'ينقلبون', 'MISC'), null);
  assert.equal(trimmed('وقالت نتالي إن الاجتماع انتهى.', 'نتالي', 'PER'), 'نتالي');
  // A word ending in ني without an imperfect's prefix may be a place.
  assert.equal(trimmed('وصوت الناخبون في مركز اقتراع بمنطقة كاتاني أمس.', 'كاتاني', 'LOC'), 'كاتاني');
  assert.equal(trimmed('وقالوا إن الناخبين "ينقلبون" على الحكومة.', 'ينقلبون', 'PER'), 'ينقلبون');
});

test('a common noun with a pronoun suffix alone is no name', () => {
  assert.equal(trimmed('ونشر الوزير السابق مذكراته العام الماضي.', 'مذكراته', 'MISC'), null);
  assert.equal(trimmed('وزار الوفد مدينة ميلانو أمس.', 'ميلانو', 'LOC'), 'ميلانو');
  // A final ي on a common stem: "my", a dual in construct, a nisba adjective; a name's nisba is spared by its stem.
  assert.equal(trimmed('وقال إن حارسي الخاص كان معه.', 'حارسي', 'PER'), null);
  assert.equal(trimmed('وأغلقت السلطات مطاري المدينتين أمس.', 'مطاري', 'LOC'), null);
  assert.equal(trimmed('وقال الكاتب المصري إن الرواية جاهزة.', 'المصري', 'PER'), 'المصري');
  assert.equal(trimmed('وقال حسيني إن الرواية جاهزة.', 'حسيني', 'PER'), 'حسيني');
});

test('the closed-class file is checked', () => {
  assert.ok(CLOSED_CLASS.has(normalize('بأنه')));
  assert.ok(!CLOSED_CLASS.has(normalize('لي')));
  assert.throws(() => buildClosedClass({ words: [], oneWordOnly: ['لي'] }), /RASD_E008|closed-class/);
  assert.throws(() => buildClosedClass({ words: ['بأنه'], oneWordOnly: ['Lee'] }), /RASD_E008|closed-class/);
});
