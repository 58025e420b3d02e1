/**
 * events46: precision on new text — the modality of acts after "any" (أي), after a word of preparing, and after بعد under a
 * governing intention; a side that is a backer (المدعومة من X) is no side of another act. Sentences written for these tests.
 */
import { test } from 'node:test';
import { hasTriple as has, lacksTriple as hasNot } from './test-kit.ts';

test('an attack after أي is hypothetical, under a negation negated', () => {
  has('حذرت القاهرة أمس من أي اجتماع بين العراق وتركيا.', 'CONSULT IRQ>TUR hypothetical');
  has('وقال المتحدث العراقي إنه لا يوجد أي تواصل مع الأتراك حتى الآن.', 'CONSULT IRQ>TUR negated');
  hasNot('وقال المتحدث العراقي إنه لا يوجد أي تواصل مع الأتراك حتى الآن.', 'CONSULT IRQ>TUR asserted');
  // guard: a plain attack stays asserted
  has('شنت تركيا هجوما على مواقع في العراق أمس.', 'ASSAULT TUR>IRQ asserted');
});

test('an act right after a word of preparing is future', () => {
  has('رفعت الشرطة المصرية حالة التأهب استعدادا لزيارة الرئيس التركي إلى القاهرة.', 'CONSULT TUR>EGY future');
  has('وصل وزير الخارجية الفرنسي إلى عمان تمهيدا لقمة بين فرنسا والأردن.', 'CONSULT FRA>JOR future');
});

test('an act right after بعد is what happened, not what an intention governs', () => {
  has('وتحاول القوات التركية بعد انسحابها من العراق التحصن في الجبال.', 'RETREAT TUR>IRQ asserted');
  // guard: the intended act itself keeps its modality
  has('وتحاول القوات التركية الانسحاب من العراق.', 'RETREAT TUR>IRQ intended');
});

test('a backer is no side of the battle it backs', () => {
  const battle = 'اندلعت معارك عنيفة بين القوات العراقية المدعومة من قبل فرنسا والأردن من جهة، والمسلحين الأتراك من جهة أخرى.';
  hasNot(battle, 'ASSAULT FRA>IRQ asserted');
  hasNot(battle, 'ASSAULT IRQ>FRA asserted');
  // guard: the backing itself, and a request for support from a state
  has('وتقدمت القوات العراقية بدعم من فرنسا نحو الحدود التركية.', 'AID FRA>IRQ asserted');
  has('وطلبت مصر دعما من فرنسا.', 'REQUEST EGY>FRA asserted');
  // guards: a backing phrase of two words keeps its own event; a conjoined actor that is itself backed is no backer
  has('حررت القوات العراقية بإسناد جوي من الطائرات الفرنسية مواقع في الموصل.', 'AID FRA>IRQ asserted');
  has('وينظر كثيرون إلى النزاع بين الحكومة العراقية المدعومة من فرنسا والأتراك المدعومين من مصر.', 'SUPPORT EGY>TUR asserted');
});

test('backed by an air force or troops is aid, backed by a state support', () => {
  has('وتستمر القوات العراقية، مدعومة بالطيران الفرنسي، بقصف المواقع التركية.', 'AID FRA>IRQ asserted');
  has('وتقاتل القوات العراقية مدعومة من فرنسا في الموصل.', 'SUPPORT FRA>IRQ asserted');
});

test('an act planned (يخطط، بالتخطيط) is future', () => {
  has('وتخطط مصر لعقد محادثات مع تركيا.', 'CONSULT EGY>TUR future');
  has('واعتقلت الشرطة الفرنسية رجلين بتهمة التخطيط لمهاجمة السفارة التركية.', 'COERCE FRA>TUR asserted');
});

test('an act of a named doer refused by another stays asserted', () => {
  has('ورفضت مصر الهجوم التركي على العراق.', 'ASSAULT TUR>IRQ asserted');
  hasNot('ورفضت مصر الهجوم التركي على العراق.', 'ASSAULT TUR>IRQ negated');
  // guards: the refuser's own act (its state named before) and an act with no doer adjective stay negated
  has('وقالت تركيا إنها ترفض الهجوم التركي على العراق.', 'ASSAULT TUR>IRQ negated');
  has('ورفضت مصر شن هجوم على العراق.', 'ASSAULT EGY>IRQ negated');
});
