/**
 * Branch events40: families and forms found by measuring the lexicon's coverage on corpus clauses with two actors and no
 * event (scripts/event-clause-gaps.ts; docs/events.md, "Sixteenth session: coverage from the corpus (events40)").
 * Sentences written for these tests, entities from the stand-in surface finder.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { triples, state, type TripleOptions } from './test-kit.ts';

const ISR = state('isr', 'ISR', ['إسرائيل', 'تل أبيب'], ['الإسرائيلي', 'الإسرائيلية', 'إسرائيليين', 'إسرائيلية', 'إسرائيلي']);
const PSE = state('pse', 'PSE', ['فلسطين', 'نابلس'], ['الفلسطيني', 'الفلسطينية', 'الفلسطينيين', 'فلسطيني', 'فلسطينيين']);
const YEM = state('yem', 'YEM', ['اليمن', 'صنعاء'], ['اليمني', 'اليمنية', 'يمنية']);
// places as the entity layer gives them: entities of their own, with their country
const place = (id: string, country: string, name: string) => ({ id, type: 'LOC' as const, name, country, actor: null, surfaces: [name] });
const HODEIDAH = place('hodeidah', 'YEM', 'الحديدة');
const GHOUTA = place('ghouta', 'SYR', 'الغوطة');
const HOUTHI = { id: 'houthi', type: 'ORG' as const, name: 'الحوثيين', country: 'YEM', actor: 'YEMREB', surfaces: ['الحوثيين', 'الحوثي'] };
const SYR = state('syr', 'SYR', ['سوريا', 'دمشق'], ['السوري', 'السورية', 'سوري']);
const SAU = state('sau', 'SAU', ['السعودية', 'الرياض'], ['السعودي', 'السعودية', 'سعودية']);
const opts: TripleOptions = { extra: [ISR, PSE, YEM, HOUTHI, SYR, SAU, HODEIDAH, GHOUTA] };

test('a death met (لقي مصرعه) by an agent is a killing by the agent, as مقتل', () => {
  const t = triples('ولقي جندي إسرائيلي مصرعه برصاص مسلحين فلسطينيين قرب نابلس.', opts);
  assert.ok(t.includes('ASSAULT PSE>ISR asserted'), t.join(' | '));
  // a death with no agent (an accident) is no event
  assert.deepEqual(triples('ولقي سائح فرنسي مصرعه في حادث سير قرب باريس.', opts), []);
});

test('liberating a place (حرر، تحرير) is an assault on the place\'s side', () => {
  const t = triples('وحررت القوات السعودية مدينة الحديدة من الحوثيين.', opts);
  assert.ok(t.includes('ASSAULT SAU>YEM asserted'), t.join(' | '));
  const n = triples('وتمكن الجيش اليمني من تحرير الحديدة من الحوثيين.', opts);
  assert.ok(n.includes('ASSAULT YEM>YEM asserted'), n.join(' | '));
});

test('تحرير in a name or another sense is no assault (منظمة التحرير، ميدان التحرير، رئيس التحرير، freeing a hostage)', () => {
  assert.ok(!triples('وانتقد رئيس تحرير الصحيفة الفرنسية الحكومة السورية.', opts).some((x) => x.startsWith('ASSAULT')));
  assert.ok(!triples('وتظاهر المصريون في ميدان التحرير بالقاهرة ضد إسرائيل.', opts).some((x) => x.startsWith('ASSAULT')));
  assert.ok(!triples('وحررت القوات السعودية رهينة فرنسية في اليمن.', opts).some((x) => x.startsWith('ASSAULT')));
});

test('retaking control (استعاد السيطرة على) is an assault on the place taken', () => {
  const t = triples('واستعادت القوات السورية السيطرة على الغوطة بعد معارك عنيفة.', opts);
  assert.ok(t.includes('ASSAULT SYR>SYR asserted'), t.join(' | '));
  const n = triples('وأعلن الجيش اليمني استعادة السيطرة على الحديدة.', opts);
  assert.ok(n.includes('ASSAULT YEM>YEM asserted'), n.join(' | '));
  // regaining confidence or funds is no assault
  assert.deepEqual(triples('واستعادت السعودية ثقة المستثمرين في اليمن.', opts).filter((x) => x.startsWith('ASSAULT')), []);
});

const IRN = state('irn', 'IRN', ['إيران', 'طهران'], ['الإيرانية', 'الإيراني', 'إيرانيا']);
const GBR = state('gbr', 'GBR', ['بريطانيا', 'لندن'], ['بريطانيا', 'البريطاني', 'البريطانية']);
const LBN = state('lbn', 'LBN', ['لبنان', 'بيروت'], ['اللبناني', 'اللبنانية']);
const more: TripleOptions = { extra: [...(opts.extra ?? []), IRN, GBR, LBN] };

test('forms of known families: سجن (jail), دك (bombard)', () => {
  assert.ok(triples('وسجنت السلطات الإيرانية صحفيا بريطانيا لمدة عامين.', more).includes('COERCE IRN>GBR asserted'));
  assert.ok(triples('ودكت مقاتلات التحالف السعودي مواقع الحوثيين في صعدة.', more).some((x) => x.startsWith('ASSAULT SAU>YEM')));
  // "التي سجنتها إسرائيل": the pronoun-suffixed forms are left out (a relative clause read them reversed on the corpus)
  assert.ok(!triples('وأفرجت إسرائيل عن الناشطة الفلسطينية التي سجنتها ثمانية أشهر.', more).some((x) => x.startsWith('COERCE PSE>ISR')));
});

test('a liberation or retaking "بإسناد من" an ally does not take the ally for the side liberated from', () => {
  for (const s of ['وحررت القوات اليمنية بإسناد من التحالف السعودي مدينة الحديدة.', 'واستعادت القوات اليمنية بإسناد من مقاتلات سعودية السيطرة على الحديدة.']) {
    const t = triples(s, more);
    assert.ok(!t.some((x) => x.startsWith('ASSAULT YEM>SAU')), `${s}: ${t.join(' | ')}`);
  }
});

test('taking control as a noun (سيطرة X على Y) is an assault by X on Y; a state of control is not', () => {
  const t = triples('وبعد سيطرة القوات السعودية على الحديدة تدخلت الأمم المتحدة.', more);
  assert.ok(t.includes('ASSAULT SAU>YEM asserted'), t.join(' | '));
  // under control, living under it, ending it: no act of taking
  assert.ok(!triples('وتعيش المناطق الخاضعة لسيطرة القوات السعودية في الحديدة أوضاعا صعبة.', more).some((x) => x.startsWith('ASSAULT')));
  assert.ok(!triples('وتعيش الحديدة التي تخضع لسيطرة القوات السعودية أوضاعا صعبة.', more).some((x) => x.startsWith('ASSAULT')));
  assert.ok(!triples('وطالب بإنهاء سيطرة القوات السعودية على الحديدة.', more).some((x) => x.startsWith('ASSAULT')));
});

test('a liberation named as a purpose (لتحرير) is no trigger: the read gold codes the battle, not the aim', () => {
  assert.ok(!triples('وأكد الوزير أن عمليات القوات السعودية لتحرير الحديدة مستمرة.', more).some((x) => x.startsWith('ASSAULT')));
});
