/**
 * events59: precision on new text — ambassadors named in the plural as the subject (سفراء فرنسا وإيطاليا), the verb ثمن
 * (appreciated) kept apart from "ثمن النهائي" (the round of sixteen) and "دفع ثمن" (to pay the price), مالي as "financial"
 * after nouns of money (دعم مالي، فساد مالي) rather than Mali, and the owner of a decision or stance that a verbal noun
 * is about (انتقاد قرار الولايات المتحدة) as its target, not its doer. Sentences written for these tests.
 */
import { test } from 'node:test';
import { hasTriple as has, lacksTriple as hasNot, state } from './test-kit.ts';

// Mali: the entity layer tags the bare word مالي as the state wherever it stands.
const MLI = state('mli', 'MLI', ['مالي', 'باماكو'], ['المالي', 'المالية']);
const extra = [MLI];

test('ambassadors of conjoined states are co-subjects, not source and target', () => {
  // سفراء is an actor head like سفير: the states after it are the subjects, the object after them the target
  has('وحث سفراء فرنسا ومصر تركيا على الحوار.', 'REQUEST FRA>TUR asserted');
  has('وحث سفراء فرنسا ومصر تركيا على الحوار.', 'REQUEST EGY>TUR asserted');
  hasNot('وحث سفراء فرنسا ومصر تركيا على الحوار.', 'REQUEST FRA>EGY asserted');
  hasNot('وحث سفراء فرنسا ومصر والأردن في بغداد، في بيان مشترك، الأحزاب السياسية على تشكيل الحكومة.', 'REQUEST FRA>EGY asserted');
});

test('ثمن before النهائي is the round of sixteen, and after دفع the price: no praise', () => {
  hasNot('يواجه الفريق المصري اليوم نظيره الأردني في إطار الدور ثمن النهائي للبطولة بتركيا.', 'SUPPORT JOR>TUR asserted');
  hasNot('وقال الوزير إن على تركيا دفع ثمن وجود قواتها في العراق.', 'SUPPORT TUR>IRQ asserted');
  // guard: the verb of appreciation itself
  has('وثمن الرئيس المصري دور الأردن في دعم الاستقرار.', 'SUPPORT EGY>JOR asserted');
  has('ويثمن العراق موقف تركيا من الاتفاق.', 'SUPPORT IRQ>TUR asserted');
});

test('مالي after a noun of money is "financial", not Mali', () => {
  const s = 'وتعهدت فرنسا بتقديم دعم مالي للحكومة الأردنية.';
  hasNot(s, 'AGREE FRA>MLI asserted', { extra });
  has(s, 'AID FRA>JOR asserted', { extra });
  hasNot('وأوقفت الشرطة المصرية مسؤولين أتراكا بتهمة فساد مالي.', 'COERCE MLI>TUR asserted', { extra });
  // guard: Mali named as a state stays Mali
  has('وشنت القوات الفرنسية غارات على مالي.', 'ASSAULT FRA>MLI asserted', { extra });
});

test('the owner of a decision or stance a verbal noun is about is its target, not its doer', () => {
  hasNot('وجاء ذلك بعد انتقاد قرار تركيا الاعتراف بحكومة العراق.', 'ACCUSE TUR>IRQ asserted');
  has('وشارك الأردن في انتقاد قرار تركيا بشأن العراق.', 'ACCUSE JOR>TUR asserted');
  has('وشارك الأردن في انتقاد موقف تركيا من العراق.', 'ACCUSE JOR>TUR asserted');
  // guards: the act decided on keeps the decision's owner as its doer; a genitive right after the noun is its doer
  has('وجاء ذلك بعد انتقاد قرار تركيا الاعتراف بحكومة العراق.', 'SUPPORT TUR>IRQ asserted');
  has('وجاء انتقاد الحكومة التركية لمصر بعد يومين.', 'ACCUSE TUR>EGY asserted');
});

test('نشر with a video, photos or a report is publishing, not a deployment', () => {
  hasNot('والوكالة التركية تنشر فيديو لصواريخ أطلقت على العراق.', 'MOBILIZE TUR>IRQ asserted');
  hasNot('ونشرت القوات التركية صورا لمواقع في العراق.', 'MOBILIZE TUR>IRQ asserted');
  hasNot('وأظهرت لقطات فيديو نشرتها السلطات التركية اقتحام مقر في العراق.', 'MOBILIZE TUR>IRQ asserted');
  // guard: troops deployed stay a deployment
  has('ونشرت تركيا قوات في العراق.', 'MOBILIZE TUR>IRQ asserted');
  has('وأرسلت مصر تعزيزات إلى الحدود مع الأردن.', 'MOBILIZE EGY>JOR asserted');
});
