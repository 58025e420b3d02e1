/**
 * Branch events23: the weakest event types. Aid named by its noun (مساعدات، مساعدة، معونة) takes its receiver after
 * ل/إلى; a noun of stopped aid (وقف المساعدات) is no aid; threats of force name their target inside the threatened
 * act (هدد بتوجيه ضربة إلى، توعد بشن هجوم على); threats to leave or cancel a deal (هدد بالانسحاب من، بالتخلي عن) and
 * to boycott are THREATEN; a verb after قد stays a verb; arrests by القبض (noun, ألقى X القبض على, قبض على). Sentences
 * written for these tests, entities from the stand-in surface finder.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ALL, expectTriples, state, triples, type TripleOptions } from './test-kit.ts';

const LBN = state('lbn', 'LBN', ['لبنان', 'بيروت'], ['اللبناني', 'اللبنانية']);
const AFG = state('afg', 'AFG', ['أفغانستان', 'كابول'], ['الأفغاني', 'الأفغانية']);
const USA = state('usa', 'USA', ['الولايات المتحدة', 'واشنطن'], ['الأمريكي', 'الأمريكية', 'أمريكية', 'أمريكي', 'أمريكيا']);
const SYR = state('syr', 'SYR', ['سوريا', 'دمشق'], ['السوري', 'السورية']);
const IRN = state('irn', 'IRN', ['إيران', 'طهران'], ['الإيراني', 'الإيرانية']);
const DEU = state('deu', 'DEU', ['ألمانيا', 'برلين'], ['الألماني', 'الألمانية', 'ألماني', 'ألمانيا']);
const opts: TripleOptions = { extra: [...ALL, LBN, AFG, USA, SYR, IRN, DEU] };

test('an aid noun takes its receiver after ل past an amount, and after a pronoun naming the giver', () => {
  assert.ok(triples('وأعلنت فرنسا عن مساعدات بقيمة 550 مليون يورو للبنان.', opts).includes('AID FRA>LBN asserted'));
  assert.ok(triples('وعززت الولايات المتحدة مساعدتها العسكرية لأفغانستان.', opts).includes('AID USA>AFG asserted'));
});

test('stopped aid is no aid', () => {
  const got = triples('وهدد الرئيس الأمريكي بوقف المساعدات للبنان.', opts);
  assert.ok(!got.some((t) => t.startsWith('AID ')), got.join('; '));
  const cut = triples('وقررت الولايات المتحدة وقف المساعدات لأفغانستان.', opts);
  assert.ok(cut.includes('SANCTION USA>AFG asserted'), cut.join('; '));
});

test('a threat of force names its target inside the threatened act', () => {
  expectTriples('وكان الرئيس الأمريكي هدد بتوجيه ضربة عسكرية إلى النظام السوري.', ['THREATEN USA>SYR asserted'], opts);
  const got = triples('وتوعدت تركيا بشن هجوم على النظام السوري.', opts);
  assert.ok(got.includes('THREATEN TUR>SYR asserted'), got.join('; '));
});

test('a verb after قد stays a verb after a verb-first subject', () => {
  const got = triples('وكانت تركيا قد توعدت بضرب النظام السوري.', opts);
  assert.ok(got.some((t) => t.startsWith('THREATEN TUR>SYR')), got.join('; '));
});

test('a threat to leave a deal or to boycott is a threat to its other side', () => {
  const got = triples('إذ هدد الرئيس الفرنسي بالتخلي عن الاتفاق الموقع مع طهران.', opts);
  assert.ok(got.includes('THREATEN FRA>IRN asserted'), got.join('; '));
});

test('arrests named by القبض', () => {
  const noun = triples('وأعلنت السلطات التركية إلقاء القبض على صحفي ألماني.', opts);
  assert.ok(noun.includes('COERCE TUR>DEU asserted'), noun.join('; '));
  const verb = triples('وقبضت الشرطة المصرية على مواطن عراقي.', opts);
  assert.ok(verb.includes('COERCE EGY>IRQ asserted'), verb.join('; '));
  const split = triples('وألقت الشرطة التركية القبض على رجل ألماني.', opts);
  assert.ok(split.includes('COERCE TUR>DEU asserted'), split.join('; '));
});

test('a grip is no arrest', () => {
  const got = triples('وشدد الرئيس التركي قبضته على الدولة.', opts);
  assert.ok(!got.some((t) => t.startsWith('COERCE ')), got.join('; '));
});
