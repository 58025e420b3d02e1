/**
 * Branch events41: a group of states named by its members (دول عدة، من بينها X وY; عقوبات على دول منها X) stands for
 * them as the sides. docs/events.md, "Sixteenth session: members and purposes (events41)". Sentences written for these
 * tests, entities from the stand-in surface finder.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { triples, state, type TripleOptions } from './test-kit.ts';

const ISR = state('isr', 'ISR', ['إسرائيل', 'تل أبيب'], ['الإسرائيلي', 'الإسرائيلية']);
const IRN = state('irn', 'IRN', ['إيران', 'طهران'], ['الإيراني', 'الإيرانية']);
const EGY = state('egy', 'EGY', ['مصر', 'القاهرة'], ['المصري', 'المصرية']);
const JOR = state('jor', 'JOR', ['الأردن', 'عمان'], ['الأردني', 'الأردنية']);
const USA = state('usa', 'USA', ['الولايات المتحدة', 'واشنطن'], ['الأمريكي', 'الأمريكية']);
const FRA = state('fra', 'FRA', ['فرنسا', 'باريس'], ['الفرنسي', 'الفرنسية']);
const SYR = state('syr', 'SYR', ['سوريا', 'دمشق'], ['السوري', 'السورية']);
const ALEPPO = { id: 'aleppo', type: 'LOC' as const, name: 'حلب', country: 'SYR', actor: null, surfaces: ['حلب'] };
const opts: TripleOptions = { extra: [ISR, IRN, EGY, JOR, USA, FRA, SYR, ALEPPO] };

test('the members of a subject group are the doers (من بينها، منها، في طليعتها)', () => {
  const a = triples('وأدانت دول عدة، من بينها مصر والأردن، إسرائيل.', opts);
  assert.ok(a.includes('ACCUSE EGY>ISR asserted') && a.includes('ACCUSE JOR>ISR asserted'), a.join(' | '));
  const b = triples('وانتقدت دول غربية منها فرنسا إيران.', opts);
  assert.deepEqual(b, ['ACCUSE FRA>IRN asserted']);
  // the opener after the object and a comma resumes the group (من بينها)
  const c = triples('واتهمت دول عدة إيران بدعم الإرهاب، من بينها مصر وفرنسا.', opts);
  assert.ok(c.includes('ACCUSE EGY>IRN asserted') && c.includes('ACCUSE FRA>IRN asserted'), c.join(' | '));
});

test('the members of a group after the trigger are the targets', () => {
  const t = triples('وفرضت الولايات المتحدة عقوبات على دول عدة من بينها إيران.', opts);
  assert.ok(t.includes('SANCTION USA>IRN asserted'), t.join(' | '));
});

test('a city after the opener is no member', () => {
  // a city is no member of a group of states
  const g = triples('وانتقدت دول غربية منها حلب إيران.', opts);
  assert.ok(!g.some((x) => x.startsWith('ACCUSE SYR>')), g.join(' | '));
});

test('a group right after a verbal noun is its doer, not its target', () => {
  const t = triples('واختار الرئيس باريس بعد منع دول أوروبية عدة على رأسها فرنسا إقامة المهرجانات.', opts);
  assert.ok(!t.some((x) => />FRA /.test(x)), t.join(' | '));
});

test('a group right after the verb is its subject over a side from an earlier clause; a quantity word carries the preposition', () => {
  const t = triples('واتهمت فرنسا إيران بالهجوم، وطردت حكومات غربية من بينها الولايات المتحدة دبلوماسيين إيرانيين.', opts);
  assert.ok(t.some((x) => /^(COERCE|SANCTION) USA>IRN/.test(x)), t.join(' | '));
  assert.ok(!t.some((x) => / FRA>USA/.test(x)), t.join(' | '));
  const q = triples('وتوجه الولايات المتحدة انتقادات للعديد من الدول الأوروبية وفي طليعتها فرنسا.', opts);
  assert.ok(q.includes('ACCUSE USA>FRA asserted'), q.join(' | '));
});
