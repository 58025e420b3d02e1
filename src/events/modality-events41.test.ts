/**
 * Branch events41: the modality of an act named as a purpose (بهدف، بغية، لغرض + verbal noun: intended) and of an act
 * warned against (يحذر من + noun: hypothetical, as fear: يخشى). docs/events.md, "Sixteenth session: members and purposes
 * (events41)". Sentences written for these tests, entities from the stand-in surface finder.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { triples, state, type TripleOptions } from './test-kit.ts';

const IRN = state('irn', 'IRN', ['إيران', 'طهران'], ['الإيراني', 'الإيرانية', 'إيراني']);
const SYR = state('syr', 'SYR', ['سوريا', 'دمشق'], ['السوري', 'السورية', 'سوري']);
const USA = state('usa', 'USA', ['الولايات المتحدة', 'واشنطن'], ['الأمريكي', 'الأمريكية', 'أمريكي']);
const RUS = state('rus', 'RUS', ['روسيا', 'موسكو'], ['الروسي', 'الروسية', 'روسي']);
const opts: TripleOptions = { extra: [IRN, SYR, USA, RUS] };

test('an act named as a purpose (بهدف، بغية + verbal noun) is intended, not asserted', () => {
  const t = triples('وأرسلت إيران آلاف المقاتلين بهدف السيطرة على سوريا.', opts);
  assert.ok(t.some((x) => /^ASSAULT IRN>SYR intended$/.test(x)), t.join(' | '));
  assert.ok(!t.includes('ASSAULT IRN>SYR asserted'), t.join(' | '));
  const b = triples('وتحركت واشنطن بغية فرض عقوبات جديدة على روسيا.', opts);
  assert.ok(b.some((x) => / USA>RUS intended$/.test(x)), b.join(' | '));
  // the same act with no purpose word stays asserted
  const a = triples('وفرضت واشنطن عقوبات جديدة على روسيا.', opts);
  assert.ok(a.some((x) => / USA>RUS asserted$/.test(x)), a.join(' | '));
});

test('an act warned against (حذر من + noun) is not the act asserted', () => {
  const t = triples('وحذرت روسيا من سيطرة إيران على سوريا.', opts);
  assert.ok(!t.includes('ASSAULT IRN>SYR asserted'), t.join(' | '));
  const u = triples('وكانت موسكو قد حذرت من فرض عقوبات أمريكية على إيران.', opts);
  assert.ok(!u.some((x) => / USA>IRN asserted$/.test(x)), u.join(' | '));
});

test('a warning that something is so (حذر من أن) and a purpose word far back leave the act asserted', () => {
  // the sanctions the warning speaks of were imposed
  const t = triples('وحذرت روسيا من أن العقوبات الأمريكية على إيران ستضر بالمحادثات.', opts);
  assert.ok(t.some((x) => / USA>IRN asserted$/.test(x)), t.join(' | '));
  // the warning does not reach over a comma to the next act
  const c = triples('وحذرت روسيا من التصعيد، وطالبت الولايات المتحدة بالانسحاب من سوريا.', opts);
  assert.ok(c.some((x) => /^REQUEST RUS>USA asserted$/.test(x)) && !c.some((x) => / hypothetical$/.test(x)), c.join(' | '));
  // a purpose word three words back names another purpose, not the act
  const p = triples('ووقعت إيران صفقة بهدف التغيير الاقتصادي بالتعاون مع سوريا.', opts);
  assert.ok(!p.some((x) => / intended$/.test(x)), p.join(' | '));
});

test('a warning reaches no act further than two words after its من, nor a clause after من أنها', () => {
  // the attack after "بعد" happened
  const r = triples('وحذرت روسيا من التصعيد في المنطقة بعد الهجوم الأمريكي على سوريا.', opts);
  assert.ok(r.includes('ASSAULT USA>SYR asserted'), r.join(' | '));
  // a warning that something is so, with a pronoun on أن: the clause keeps its own (future) modality
  const a = triples('وحذرت روسيا واشنطن من أنها ستفرض عقوبات على إيران.', opts);
  assert.ok(a.some((x) => / >?IRN future$/.test(x) || /IRN future$/.test(x)), a.join(' | '));
});

test('a time word before من, a scheduled act, and stopping an act are not what a warning or purpose reaches', () => {
  // "بعد يوم من لقاء": the meeting happened
  const m = triples('ويأتي التحذير الروسي بعد يوم من لقاء وزير الخارجية الأمريكي مع السفير الإيراني.', opts);
  assert.ok(m.some((x) => /^CONSULT (USA>IRN|IRN>USA) asserted$/.test(x)), m.join(' | '));
  // a scheduled act warned against stays future
  const f = triples('وحذرت روسيا من العقوبات الأمريكية المرتقبة على إيران.', opts);
  assert.ok(f.some((x) => / USA>IRN future$/.test(x)), f.join(' | '));
  // "بهدف وقف القتال": the fighting is not what is intended
  const s = triples('واستأنفت إيران محادثاتها مع روسيا بهدف وقف الهجمات على سوريا.', opts);
  assert.ok(!s.some((x) => /^ASSAULT .* intended$/.test(x)), s.join(' | '));
});
