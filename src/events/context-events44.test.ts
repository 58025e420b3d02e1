/**
 * Branch events44: acts that are not what they seem. A word near the trigger (lexicon `contextCodes`) gives another
 * code: backing "بدعم من" of a request or a draft resolution is political support, not aid. docs/events.md,
 * "Seventeenth session: acts that are not what they seem (events44)". Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { triples, state, type TripleOptions } from './test-kit.ts';

const USA = state('usa', 'USA', ['الولايات المتحدة', 'واشنطن'], ['الأمريكي', 'الأمريكية']);
const SYR = state('syr', 'SYR', ['سوريا', 'دمشق'], ['السوري', 'السورية']);
const opts: TripleOptions = { extra: [USA, SYR] };

test('backing of a request or a draft resolution is support, not aid', () => {
  const a = triples('ودعت مصر، بدعم من فرنسا وتركيا، مجلس الأمن إلى الانعقاد.', opts);
  assert.ok(a.some((x) => x.startsWith('SUPPORT FRA>EGY')), a.join(' | '));
  assert.ok(!a.some((x) => x.startsWith('AID')), a.join(' | '));
  const b = triples('وطرحت مصر مشروع قرار بدعم من الولايات المتحدة.', opts);
  assert.ok(b.some((x) => x.startsWith('SUPPORT USA>EGY')), b.join(' | '));
});

test('backing of forces stays aid', () => {
  const a = triples('وتقدمت القوات العراقية بدعم من الولايات المتحدة نحو الحدود.', opts);
  assert.ok(a.some((x) => x.startsWith('AID USA>IRQ')), a.join(' | '));
  // a military word in the reach keeps aid even beside a word of politics
  const b = triples('ونفذت القوات العراقية خطة عسكرية بدعم من تركيا.', opts);
  assert.ok(b.some((x) => x.startsWith('AID TUR>IRQ')), b.join(' | '));
  // so do forces that call on someone (the backing is of the forces)
  const c = triples('ودعت القوات العراقية، بدعم من تركيا، السكان إلى المغادرة.', opts);
  assert.ok(c.some((x) => x.startsWith('AID TUR>IRQ')), c.join(' | '));
});

test('an attack verb with words of speech after it is criticism', () => {
  const a = triples('وهاجم الرئيس الأمريكي تركيا في تغريدة قال فيها إنها تخطئ.', opts);
  assert.ok(a.some((x) => x.startsWith('ACCUSE USA>TUR')), a.join(' | '));
  assert.ok(!a.some((x) => x.startsWith('ASSAULT')), a.join(' | '));
  const b = triples('وشن الرئيس الأمريكي هجوما على تركيا في خطابه أمام الأمم المتحدة.', opts);
  assert.ok(b.some((x) => x.startsWith('ACCUSE USA>TUR')), b.join(' | '));
});

test('an attack reported by a statement, or one before a comma, stays an assault', () => {
  const a = triples('وشن الجيش التركي هجوما على مواقع في العراق بحسب بيان صحفي.', opts);
  assert.ok(a.some((x) => x.startsWith('ASSAULT TUR>IRQ')), a.join(' | '));
  const b = triples('وشنت تركيا هجوما على العراق، وقال الرئيس في كلمة إن الحرب انتهت.', opts);
  assert.ok(b.some((x) => x.startsWith('ASSAULT TUR>IRQ')), b.join(' | '));
});

test('teams in a match are no states meeting or clashing', () => {
  const a = triples('ويلتقي منتخب مصر نظيره التركي في مباراة ودية.', opts);
  assert.ok(!a.some((x) => x.startsWith('CONSULT')), a.join(' | '));
  const b = triples('وفي المباراة الثانية، التقت فرنسا مع تركيا على ملعب القاهرة.', opts);
  assert.ok(!b.some((x) => x.startsWith('CONSULT')), b.join(' | '));
});

test('a meeting or a clash with no word of sport stays', () => {
  const a = triples('والتقى الرئيس المصري نظيره التركي في القاهرة.', opts);
  assert.ok(a.some((x) => x.startsWith('CONSULT EGY>TUR')), a.join(' | '));
  const b = triples('واشتبكت القوات التركية مع القوات العراقية قرب الحدود.', opts);
  assert.ok(b.some((x) => x.startsWith('ASSAULT TUR>IRQ')), b.join(' | '));  // المنتخب after a title is "elected"; الدوري is "periodic"
  const c = triples('والتقى الرئيس المصري الرئيس التركي المنتخب في القاهرة.', opts);
  assert.ok(c.some((x) => x.startsWith('CONSULT EGY>TUR')), c.join(' | '));
  const d = triples('وفي إطار التشاور الدوري بين مصر وتركيا التقى الرئيسان.', opts);
  assert.ok(d.some((x) => x.startsWith('CONSULT EGY>TUR')), d.join(' | '));
  // a place named like a sport (حي القدم, a district) is no fixture
  const e = triples('وشنت القوات التركية غارات على سوريا قرب حي القدم.', opts);
  assert.ok(e.some((x) => x.startsWith('ASSAULT TUR>SYR')), e.join(' | '));
});
