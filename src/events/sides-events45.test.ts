/**
 * Branch events45: sides not found (docs/events.md, "Eighteenth session: sides not found (events45)"). A relative clause
 * whose verb is followed by a preposition with a pronoun resuming the head (في الوقت الذي تهدد فيه فرنسا ...): the actor
 * after it is the verb's subject. A noun of a fronted occasion phrase with its partner after مع (وفي مؤتمر صحفي مع ...،
 * قال ...): its doer is the subject of the clause after the comma. Sentences written for these tests, entities from the
 * stand-in surface finder.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { triples, state, type TripleOptions } from './test-kit.ts';

const FRA = state('fra', 'FRA', ['فرنسا', 'باريس'], ['الفرنسي', 'الفرنسية']);
const IRN = state('irn', 'IRN', ['إيران', 'طهران'], ['الإيراني', 'الإيرانية']);
const RUS = state('rus', 'RUS', ['روسيا', 'موسكو'], ['الروسي', 'الروسية']);
const TUR = state('tur', 'TUR', ['تركيا', 'أنقرة'], ['التركي', 'التركية', 'أتراك']);
const SYR = state('syr', 'SYR', ['سوريا', 'دمشق'], ['السوري', 'السورية']);
const GBR = state('gbr', 'GBR', ['بريطانيا', 'لندن'], ['البريطاني', 'البريطانية']);
const opts: TripleOptions = { extra: [FRA, IRN, RUS, TUR, SYR, GBR] };

test('a resumptive preposition after the verb of a relative clause: the actor after it is the subject', () => {
  let got = triples('وجاء ذلك في الوقت الذي تهدد فيه فرنسا بفرض عقوبات على إيران.', opts);
  assert.ok(got.includes('THREATEN FRA>IRN asserted'), got.join('; '));
  got = triples('وتزامن الإعلان مع اليوم الذي قصفت فيه تركيا مواقع في سوريا.', opts);
  assert.ok(got.includes('ASSAULT TUR>SYR asserted'), got.join('; '));
  // a pattern verb (خفف العقوبات) too
  got = triples('وقال إن الحالة الوحيدة التي ستخفف فيها روسيا العقوبات على تركيا هي الحوار.', opts);
  assert.ok(got.some((t) => t.startsWith('RETREAT RUS>TUR')), got.join('; '));
});

test('people after a bare past attack verb with a resumptive preposition are not its doers (read as passive)', () => {
  // "the operation in which a Turkish officer was killed": no attack by Turkey
  const got = triples('وفي اليوم الذي قتل فيه أتراك في سوريا، وصل الوزير إلى الحدود.', opts);
  assert.ok(!got.some((t) => t.startsWith('ASSAULT TUR>')), got.join('; '));
});

test('not after عنه / عنها: a clause about its head (what one defends or speaks of) gets no sides from the actor after it', () => {
  let got = triples('وينتقد الوزير الفرنسي الاتفاق الذي تدافع عنه إيران بقوة.', opts);
  assert.ok(!got.some((t) => t.startsWith('SUPPORT IRN>')), got.join('; '));
  got = triples('ونفت المعارضة القصف الذي تحدثت عنه روسيا وتركيا.', opts);
  assert.ok(!got.some((t) => t.startsWith('CONSULT')), got.join('; '));
});

test('an actor right before the relative pronoun keeps its reading: the subject may be that actor, dropped', () => {
  // "ماي، التي اتهمت فيها موسكو": the statements are May's, Moscow is accused, not accuser
  const got = triples('ورفضت روسيا تصريحات رئيسة الوزراء البريطانية، التي اتهمت فيها موسكو بالهجوم.', opts);
  assert.ok(!got.some((t) => t.startsWith('ACCUSE RUS>')), got.join('; '));
});

test('a meeting noun in a fronted occasion phrase with مع: its doer is the subject after the comma', () => {
  let got = triples('وفي مؤتمر صحفي مع وزير الخارجية الفرنسي، قال وزير الخارجية التركي إن الحل سياسي.', opts);
  assert.ok(got.includes('CONSULT TUR>FRA asserted') && got.includes('CONSULT FRA>TUR asserted'), got.join('; '));
  got = triples('وخلال لقائه مع نظيره الروسي، أكد وزير الخارجية البريطاني أن الأزمة خطيرة.', opts);
  assert.ok(got.includes('CONSULT GBR>RUS asserted'), got.join('; '));
  // the subject first, then its verb
  got = triples('وعلى هامش اجتماعه مع الرئيس الإيراني، الرئيس السوري يدين الهجوم على الحدود.', opts);
  assert.ok(got.includes('CONSULT SYR>IRN asserted'), got.join('; '));
  // a ب + verbal noun opening the sentence
  got = triples('وبالتنسيق مع فرنسا، نفذت القوات البريطانية ضربات في سوريا.', opts);
  assert.ok(got.some((t) => /^COOPERATE GBR>FRA/.test(t)), got.join('; '));
});

test('no doer from the main clause when the phrase does not open the sentence or holds a verb', () => {
  // the clause after the comma has no coded subject: the actor further on is no doer of the meeting
  let got = triples('وفي اجتماع مع الوزير الفرنسي، قالت المصادر إن إيران ترفض الاتفاق.', opts);
  assert.ok(!got.some((t) => /^CONSULT IRN>FRA/.test(t)), got.join('; '));
  // a verb inside the phrase: its own clause
  got = triples('وبعد أن اجتمع وزير روسي مع نظيره الإيراني، قال وزير الخارجية الفرنسي إن الحل سياسي.', opts);
  assert.ok(!got.some((t) => /^CONSULT FRA>/.test(t)), got.join('; '));
});

test('a dual mutual verb joined by و continues the pair of the mutual act before it in its sentence', () => {
  const got = triples('والتقى وزير الخارجية التركي بنظيره الإيراني، وبحثا الأزمة السورية، واتفقا على تعزيز التعاون.', opts);
  assert.ok(got.includes('AGREE TUR>IRN asserted') && got.includes('AGREE IRN>TUR asserted'), got.join('; '));
  assert.ok(!got.some((t) => /^AGREE [A-Z]+>SYR/.test(t)), got.join('; '));
});
