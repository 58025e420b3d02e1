/**
 * Branch events39: objects and sides in constructions news uses often (docs/events.md, "Sixteenth session: objects and
 * sides (events39)"). A verb's multiword object is not looked for across a preposition of topic (عن، حول، بشأن) unless the
 * verb takes it as its own complement (grammar prepFrames). Sentences written for these tests, entities from the
 * stand-in surface finder.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { triples, state, type TripleOptions } from './test-kit.ts';

const RUS = state('rus', 'RUS', ['روسيا', 'موسكو'], ['الروسي', 'الروسية']);
const USA = state('usa', 'USA', ['الولايات المتحدة', 'واشنطن'], ['الأمريكي', 'الأمريكية', 'أمريكية']);
const SYR = state('syr', 'SYR', ['سوريا', 'دمشق', 'حلب', 'إدلب'], ['السوري', 'السورية']);
const FRA = state('fra', 'FRA', ['فرنسا', 'باريس'], ['الفرنسي', 'الفرنسية']);
const TUR = state('tur', 'TUR', ['تركيا', 'أنقرة'], ['التركي', 'التركية']);
const IRN = state('irn', 'IRN', ['إيران', 'طهران'], ['الإيراني', 'الإيرانية']);
const ITA = state('ita', 'ITA', ['إيطاليا', 'روما'], ['الإيطالي', 'الإيطالية']);
const DEU = state('deu', 'DEU', ['ألمانيا', 'برلين'], ['الألماني', 'الألمانية']);
const QAT = state('qat', 'QAT', ['قطر', 'الدوحة'], ['القطري', 'القطرية']);
const ARE = state('are', 'ARE', ['الإمارات', 'أبوظبي'], ['الإماراتي', 'الإماراتية']);
const YEM = state('yem', 'YEM', ['اليمن', 'صنعاء'], ['اليمني', 'اليمنية']);
const SDN = state('sdn', 'SDN', ['السودان', 'الخرطوم'], ['السوداني', 'السودانية']);
const LBY = state('lby', 'LBY', ['ليبيا', 'طرابلس'], ['الليبي', 'الليبية', 'ليبيين']);
const opts: TripleOptions = { extra: [RUS, USA, SYR, FRA, TUR, IRN, ITA, DEU, QAT, ARE, YEM, SDN, LBY] };

test('a topic preposition ends the search for a verb\'s multiword object', () => {
  // published information about forces: no deployment
  let got = triples('ونشرت روسيا معلومات عن قوات أمريكية في سوريا.', opts);
  assert.ok(!got.some((t) => t.startsWith('MOBILIZE')), got.join('; '));
  got = triples('ونشرت روسيا تقريرا حول قوات أمريكية في سوريا.', opts);
  assert.ok(!got.some((t) => t.startsWith('MOBILIZE')), got.join('; '));
  // the plain pattern still holds
  got = triples('ونشرت روسيا قوات في سوريا.', opts);
  assert.ok(got.includes('MOBILIZE RUS>SYR asserted'), got.join('; '));
});

test('a verb whose own complement opens with عن crosses it to its object (grammar prepFrames)', () => {
  let got = triples('وأعربت فرنسا عن قلقها من تحركات روسيا.', opts);
  assert.ok(got.includes('ACCUSE FRA>RUS asserted'), got.join('; '));
  got = triples('وعبرت الولايات المتحدة عن قلقها من روسيا.', opts);
  assert.ok(got.includes('ACCUSE USA>RUS asserted'), got.join('; '));
});

test('كل من before the object: the actors after it are the objects, with the preposition that governs كل', () => {
  let got = triples('واتهمت فرنسا كلا من إيران وقطر بدعم الإرهاب.', opts);
  assert.ok(got.includes('ACCUSE FRA>IRN asserted') && got.includes('ACCUSE FRA>QAT asserted'), got.join('; '));
  got = triples('وفرضت الولايات المتحدة عقوبات على كل من روسيا وإيران.', opts);
  assert.ok(got.includes('SANCTION USA>RUS asserted') && got.includes('SANCTION USA>IRN asserted'), got.join('; '));
  got = triples('وقدمت الإمارات مساعدات لكل من اليمن والسودان.', opts);
  assert.ok(got.includes('AID ARE>YEM asserted') && got.includes('AID ARE>SDN asserted'), got.join('; '));
});

test('كل من before the subjects: each meets the party named after مع, not the others of the list', () => {
  let got = triples('وأجرت كل من إيطاليا وألمانيا وفرنسا مباحثات مع الجانب الإيراني.', opts);
  for (const s of ['ITA', 'DEU', 'FRA']) {
    assert.ok(got.includes(`CONSULT ${s}>IRN asserted`) && got.includes(`CONSULT IRN>${s} asserted`), got.join('; '));
  }
  assert.ok(!got.some((t) => /CONSULT (ITA|DEU|FRA)>(ITA|DEU|FRA)/.test(t)), got.join('; '));
  // without a party after it, the list is the two who met
  got = triples('والتقى كل من وزير الخارجية الروسي ونظيره التركي في أنقرة.', opts);
  assert.ok(got.includes('CONSULT RUS>TUR asserted') && got.includes('CONSULT TUR>RUS asserted'), got.join('; '));
  // a conjunction on كل: the list is the subject of a dual verb
  got = triples('وكل من روسيا وإيران تدعمان النظام السوري.', opts);
  assert.ok(got.includes('SUPPORT RUS>SYR asserted') && got.includes('SUPPORT IRN>SYR asserted'), got.join('; '));
});

test('what one undergoes "من قبل" / "على يد" an agent was done by that agent', () => {
  let got = triples('وتعرضت سفارة قطر لهجوم من قبل متظاهرين ليبيين.', opts);
  assert.ok(got.includes('ASSAULT LBY>QAT asserted'), got.join('; '));
  got = triples('وتعرضت مدينة حلب لهجمات عنيفة من قبل القوات الروسية.', opts);
  assert.ok(got.includes('ASSAULT RUS>SYR asserted'), got.join('; '));
  // من alone still within three words
  got = triples('وتتعرض إدلب لقصف مكثف من القوات الروسية.', opts);
  assert.ok(got.includes('ASSAULT RUS>SYR asserted'), got.join('; '));
});
