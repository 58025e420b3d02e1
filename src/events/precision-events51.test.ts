/**
 * events51: precision on new text — a denied perfect past the governors' window (نفى ... أن تكون ... قد سلمت), the future form
 * of عمل carrying an act noun (سيعمل الجانبان على تكثيف الزيارات), preparations as a plural noun (الاستعدادات لقمته), and a
 * stadium near the act (على ملعبه) as a sports fixture. Sentences written for these tests.
 */
import { test } from 'node:test';
import { hasTriple as has, lacksTriple as hasNot } from './test-kit.ts';

test('a denial reaches "أن تكون ... قد" + a past verb past a long subject', () => {
  const s = 'نفى وزير الخارجية المصري سامح شكري، الأحد، أن تكون بلاده قد سلمت الوثائق إلى فرنسا.';
  has(s, 'COOPERATE EGY>FRA negated');
  hasNot(s, 'COOPERATE EGY>FRA asserted');
  // guard: an assertion with the same form stays asserted
  has('أكد وزير الخارجية المصري سامح شكري، الأحد، أن تكون بلاده قد سلمت الوثائق إلى فرنسا.', 'COOPERATE EGY>FRA asserted');
  // guard: another verb between the denial and أن (the denial is of something else)
  hasNot('نفى وزير الخارجية المصري الاتهامات وأعلن في مؤتمر صحفي أمس أن تكون بلاده قد سلمت الوثائق إلى فرنسا.', 'COOPERATE EGY>FRA negated');
});

test('the future form of عمل carrying an act noun makes it future', () => {
  has('ستعمل تركيا على تعزيز التعاون مع الأردن.', 'COOPERATE TUR>JOR future');
  has('وقال البيان إن تركيا ستعمل على تكثيف زياراتها إلى الأردن.', 'CONSULT TUR>JOR future');
  // guard: the past form asserts
  has('عملت تركيا على تعزيز التعاون مع الأردن.', 'COOPERATE TUR>JOR asserted');
});

test('an act right after الاستعدادات is future', () => {
  has('يركز الرئيس التركي على الاستعدادات لقمته مع الرئيس العراقي في بغداد.', 'CONSULT TUR>IRQ future');
  // guard: the act itself, with no word of preparing, stays asserted
  has('عقد الرئيس التركي قمة مع الرئيس العراقي في بغداد.', 'CONSULT TUR>IRQ asserted');
});

test('a stadium near the act marks a sports fixture, not a figurative court', () => {
  hasNot('واستقبل الفريق المصري نظيره التركي على ملعبه في الدور نصف النهائي.', 'CONSULT EGY>TUR asserted');
  // guard: "الكرة في ملعب" (the ball in one's court) is no stadium
  has('التقى الرئيس الفرنسي بالرئيس العراقي في باريس، والكرة الآن في ملعب بغداد.', 'CONSULT FRA>IRQ asserted');
});

test('an act after a word of protest or anger is what happened, not what a governor before asks or intends', () => {
  const s = 'وأراد المتظاهرون التعبير عن غضبهم من نقل السفارة الفرنسية إلى بغداد.';
  has(s, 'SUPPORT FRA>IRQ asserted');
  hasNot(s, 'SUPPORT FRA>IRQ intended');
  // guard: the intended act itself keeps its modality
  has('وأراد المتظاهرون نقل السفارة الفرنسية إلى بغداد.', 'SUPPORT FRA>IRQ intended');
});

test('a finite verb joined by و after a refusal and its object is a new predicate, not what is refused', () => {
  const noun = 'وتؤكد تركيا رفضها للتهديدات العراقية وتتوعد بالرد على العراق.';
  has(noun, 'THREATEN TUR>IRQ asserted');
  hasNot(noun, 'THREATEN TUR>IRQ negated');
  has('ورفضت تركيا التهديدات العراقية وتوعدت بالرد على العراق.', 'THREATEN TUR>IRQ asserted');
  // guards: a verb after أن is what is refused; a verbal noun after و is still the request's
  has('وأكدت تركيا رفضها أن تهاجم العراق.', 'ASSAULT TUR>IRQ negated');
  has('طالبت مصر العراق بوقف القصف وسحب قواته من الأردن.', 'RETREAT IRQ>JOR requested');
});

test('لا/ما before a form of زال is "still", not a negation of the act after it', () => {
  const still = 'ولا تزال تحتجز تركيا صحفيين عراقيين منذ عامين.';
  has(still, 'COERCE TUR>IRQ asserted');
  hasNot(still, 'COERCE TUR>IRQ negated');
  has('وما زالت تحاصر القوات التركية مدينة عراقية.', 'COERCE TUR>IRQ asserted');
  // ما two words back with a present verb of its own between
  has('تضررت تركيا من الأزمة، ما يعزز رفضها للحكومة العراقية.', 'REJECT TUR>IRQ asserted');
  // guards: "no longer" and a plain negation stay negated
  has('لم تعد تهاجم تركيا العراق.', 'ASSAULT TUR>IRQ negated');
  has('لم تهاجم تركيا العراق.', 'ASSAULT TUR>IRQ negated');
});
