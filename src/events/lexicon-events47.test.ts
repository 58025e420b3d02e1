/**
 * Branch events47: lexicon families found missing on a blind set of new text (test/gold/events-corpus14) and checked on
 * corpus text, and a pattern verb whose object pronoun resumes its object word before a relative pronoun. docs/events.md,
 * "Eighteenth session: lexicon gaps (events47)". Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { triples, expectTriples, state, type TripleOptions } from './test-kit.ts';

const USA = state('usa', 'USA', ['الولايات المتحدة', 'واشنطن'], ['الأمريكي', 'الأمريكية', 'الأمريكيين']);
const IRN = state('irn', 'IRN', ['إيران', 'طهران'], ['الإيراني', 'الإيرانية']);
const SYR = state('syr', 'SYR', ['سوريا', 'دمشق'], ['السوري', 'السورية', 'السوريين']);
const SDN = state('sdn', 'SDN', ['السودان', 'الخرطوم'], ['السوداني', 'السودانية']);
const opts: TripleOptions = { extra: [USA, IRN, SYR, SDN] };

test('abandoning an agreement is a rejection of it (REJECT 127)', () => {
  expectTriples('وقال الوزير إن فرنسا ستتخلى عن الاتفاق مع إيران.', ['REJECT FRA>IRN future'], opts);
  expectTriples('وقررت الولايات المتحدة التخلي عن الاتفاق مع إيران.', ['REJECT USA>IRN asserted'], opts);
  // a demonstrative between the preposition and the agreement
  expectTriples('ويرى الوزير أن فرنسا ستتخلص من هذا الاتفاق مع إيران.', ['REJECT FRA>IRN future'], opts);
  // to give up other things is no rejection of a deal
  assert.deepEqual(triples('وقال إن تركيا لن تتخلى عن حلفائها في العراق.', opts).filter((x) => x.startsWith('REJECT')), []);
});

test('forces leaving a country is a withdrawal (RETREAT 087)', () => {
  expectTriples('وأعلن الرئيس موعد مغادرة القوات التركية من العراق.', ['RETREAT TUR>IRQ asserted'], opts);
  expectTriples('وطالب العراق بخروج القوات الأمريكية من سوريا.', ['RETREAT USA>SYR requested'], opts);
  // a person leaving is no withdrawal
  assert.deepEqual(triples('وأعلن الوزير موعد مغادرة الوفد المصري من الأردن.', opts).filter((x) => x.startsWith('RETREAT')), []);
});

test('forced return of refugees is a deportation (COERCE 174)', () => {
  expectTriples('ونفى الأردن الإعادة القسرية للاجئين السوريين.', ['COERCE JOR>SYR negated'], opts);
});

test('a mediator between two sides consults each (CONSULT 045)', () => {
  expectTriples('ولعبت مصر دور الوسيط بين السودان وإيران.', ['CONSULT EGY>SDN asserted', 'CONSULT EGY>IRN asserted'], opts);
});

test('a pattern verb whose pronoun resumes its object before a relative pronoun', () => {
  // the object word heads a relative clause; the signers come after the verb
  expectTriples('وقالت الحكومة إن الاتفاقية التي وقعتها مصر والسودان ما زالت سارية.', ['SUPPORT EGY>SDN asserted', 'SUPPORT SDN>EGY asserted'], opts);
  // a comma may stand between the object word and the relative pronoun
  expectTriples('وانتقد الرئيس الاتفاق، الذي وقعته واشنطن وطهران قبل أعوام.', ['SUPPORT USA>IRN asserted', 'SUPPORT IRN>USA asserted'], opts);
  // a verb opening with و keeps it: وقعتها is وقع + ت + ها
  expectTriples('وهذه صفقة وقعتها مصر مع السودان.', ['SUPPORT EGY>SDN asserted'], opts);
  // the noun وقع "impact" with a pronoun is no signing
  assert.deepEqual(triples('وكان لها وقعها الكبير على العلاقات بين مصر والسودان.', opts).filter((x) => x.startsWith('SUPPORT')), []);
});

test('memoranda signed are an agreement like a memorandum (the plural object مذكرات)', () => {
  expectTriples('ومن المنتظر أن يوقع الرئيس المصري على مذكرات تفاهم مع السودان.', ['SUPPORT EGY>SDN future', 'SUPPORT SDN>EGY future'], opts);
});
