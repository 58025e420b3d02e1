/**
 * Branch events43: precision on new text. A side inside a phrase of topic (حول، بشأن، حيال ...) that follows its
 * trigger or closes a clause before it is no side; a cut of relations takes its target after ب. docs/events.md,
 * "Seventeenth session: precision on new text (events43)". Sentences written for these tests, entities from the
 * stand-in surface finder.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { triples, state, type TripleOptions } from './test-kit.ts';

const USA = state('usa', 'USA', ['الولايات المتحدة', 'واشنطن'], ['الأمريكي', 'الأمريكية']);
const SYR = state('syr', 'SYR', ['سوريا', 'دمشق'], ['السوري', 'السورية']);
const opts: TripleOptions = { extra: [USA, SYR] };

test('a state spoken of after حول or بشأن is no side of a later act', () => {
  const a = triples('ودعت مصر الأردن إلى لقاء للتباحث حول مستقبل جنوب سوريا، كما تشاورت في المسألة مع فرنسا.', opts);
  assert.ok(!a.some((x) => x.includes('SYR>FRA') || x.includes('FRA>SYR')), a.join(' | '));
  const b = triples('وتستضيف مصر مؤتمرا بشأن إعادة إعمار العراق.', opts);
  assert.ok(!b.some((x) => x.startsWith('CONSULT') && x.includes('IRQ')), b.join(' | '));
});

test('a side in the same topic phrase as its act, or heading a relative clause, stays', () => {
  const a = triples('وانتقدت مصر تصريحات الوزير حول عزم واشنطن فرض عقوبات على سوريا.', opts);
  assert.ok(a.some((x) => x.startsWith('SANCTION USA>SYR')), a.join(' | '));
  const b = triples('ويجري تحقيق بشأن تركيا، التي تنفي اتهامات فرنسا.', opts);
  assert.ok(b.some((x) => x.startsWith('REJECT TUR>FRA')), b.join(' | '));
});

test('an act whose target is a topic preposition of its entry keeps it', () => {
  // the talks are held "مع" a side after the topic phrase: a new preposition ends it
  const a = triples('وفشلت مصر في التوصل إلى اتفاق حول المياه مع تركيا.', opts);
  assert.ok(a.some((x) => x.startsWith('AGREE EGY>TUR')), a.join(' | '));
});

test('a cut of relations takes its target after ب', () => {
  const a = triples('وفي عام 1967 قطعت سوريا علاقاتها بالولايات المتحدة مع بدء الحرب بين مصر وإسرائيل.', opts);
  assert.ok(a.includes('SANCTION SYR>USA asserted'), a.join(' | '));
});

test('a verbal noun after خلال is when the governing act happens, not what it asks', () => {
  const a = triples('وطالب الرئيس المصري خلال اتصال هاتفي مع الرئيس الفرنسي بوقف الحرب.', opts);
  assert.ok(a.includes('CONSULT EGY>FRA asserted'), a.join(' | '));
  const b = triples('ويسعى الرئيس الفرنسي خلال زيارته إلى مصر إلى عقد صفقات.', opts);
  assert.ok(b.includes('CONSULT FRA>EGY asserted'), b.join(' | '));
  // a request for the act itself stays requested
  const d = triples('وطالب الرئيس المصري بإجراء محادثات مع فرنسا.', opts);
  assert.ok(d.some((x) => x.startsWith('CONSULT EGY>FRA requested')), d.join(' | '));
});

test('قد with a conjunction before a present form is a possibility', () => {
  const a = triples('فقد تهاجم تركيا المطارات في العراق.', opts);
  assert.ok(a.some((x) => x.startsWith('ASSAULT TUR>IRQ hypothetical')), a.join(' | '));
  const b = triples('وقد يزور الرئيس المصري فرنسا.', opts);
  assert.ok(b.some((x) => x.startsWith('CONSULT EGY>FRA hypothetical')), b.join(' | '));
  // before a past form قد asserts
  const c = triples('وقد زار الرئيس المصري فرنسا.', opts);
  assert.ok(c.some((x) => x.startsWith('CONSULT EGY>FRA asserted')), c.join(' | '));
});

test('the seat of a body is no side', () => {
  const a = triples('وقالت المنظمة، ومقرها باريس، إنها فتحت تحقيقا في هجمات سوريا.', opts);
  assert.ok(!a.some((x) => x.includes('FRA>')), a.join(' | '));
  // a state right after the body, with no headquarters word, stays its side
  const b = triples('وقالت فرنسا إنها فتحت تحقيقا في هجمات سوريا.', opts);
  assert.ok(b.some((x) => x.startsWith('ACCUSE FRA>SYR')), b.join(' | '));
});

test('قد before a past form opening with ت or ن asserts', () => {
  const a = triples('فقد نفذت تركيا غارات على العراق.', opts);
  assert.ok(a.some((x) => x.startsWith('ASSAULT TUR>IRQ asserted')), a.join(' | '));
  const b = triples('وقد تعهدت مصر بتقديم مساعدات إلى العراق.', opts);
  assert.ok(!b.some((x) => x.includes('hypothetical')), b.join(' | '));
});

test('an act one does not rule out (لا تستبعد، لم يستبعد) is hypothetical, not negated', () => {
  const a = triples('ولا تستبعد تركيا شن هجوم على العراق.', opts);
  assert.ok(a.includes('ASSAULT TUR>IRQ hypothetical'), a.join(' | '));
  // with the subject between
  const b = triples('ولم تستبعد الحكومة المصرية إجراء محادثات مع فرنسا.', opts);
  assert.ok(b.includes('CONSULT EGY>FRA hypothetical'), b.join(' | '));
  // an act in a relative clause between is no act ruled in
  const c = triples('ولم تستبعد الحكومة المصرية التي أجرت محادثات مع فرنسا إجراء مفاوضات مع تركيا.', opts);
  assert.ok(c.includes('CONSULT EGY>FRA asserted'), c.join(' | '));
  // a plain negation stays negated
  const d = triples('ولم تشن تركيا هجوما على العراق.', opts);
  assert.ok(d.includes('ASSAULT TUR>IRQ negated'), d.join(' | '));
});
