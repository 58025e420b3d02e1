/**
 * Branch events28: kinds of false event found by reading every event rasd codes on random corpus articles, each counted
 * on corpus text before it was guarded (docs/events.md, "Precision audit on random corpus text"): "منطقة" read as
 * "منطق" + pronoun, which made an attack on an area into criticism of a logic; violence (أعمال عنف) coded as a riot;
 * a hosted match, base or show, or received wounded, coded as a meeting; a country, a crowd or an army that "arrives"
 * coded as a visit. Sentences written for these tests, entities from the stand-in surface finder.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectTriples, triples, state, type TripleOptions } from './test-kit.ts';
import { canVisit, hasStemIn, meetingInsideGovernment, platformAsPlace } from './precision28.ts';
import { resources } from './test-kit.ts';
import { normalize } from '../text/normalize.ts';

const SYR = state('syr', 'SYR', ['سوريا', 'دمشق', 'عفرين'], ['السوري', 'السورية']);
const YEM = state('yem', 'YEM', ['اليمن'], ['اليمني', 'اليمنية', 'يمنيا']);
const SAU = state('sau', 'SAU', ['السعودية', 'الرياض', 'جازان'], ['السعودي']);
const ARE = state('are', 'ARE', ['الإمارات'], ['الإماراتي']);
const GBR = state('gbr', 'GBR', ['بريطانيا'], ['البريطاني', 'البريطانية']);
const opts: TripleOptions = { extra: [SYR, YEM, SAU, ARE, GBR] };
/** The sentence gives none of these triples (type and sides, any modality). */
const expectNone = (text: string, unwanted: string[]) => {
  const got = triples(text, opts);
  for (const u of unwanted) assert.ok(!got.some((g) => g.startsWith(u + ' ')), `"${text}": unwanted ${u}; got [${got.join('; ')}]`);
};

test('a stem is not the word less its ta marbuta read as a pronoun', () => {
  const words = new Set(['منطق', 'دور', 'سياسه'].map((w) => normalize(w)));
  assert.equal(hasStemIn('منطقة', new Set(['منطقه', 'منطق']), words), false);
  assert.equal(hasStemIn('دورة', new Set(['دوره', 'دور']), words), false);
  // "دوره" (its role) is the noun with its pronoun: the stem counts.
  assert.equal(hasStemIn('دوره', new Set(['دوره', 'دور']), words), true);
  assert.equal(hasStemIn('سياسة', new Set(['سياسه', 'سياس']), words), true);
});

test('an attack on an area (منطقة) stays an attack, not criticism', () => {
  expectTriples('وسيطر الجيش التركي على كامل منطقة عفرين.', ['ASSAULT TUR>SYR asserted'], opts);
  expectNone('وسيطر الجيش التركي على كامل منطقة عفرين.', ['ACCUSE TUR>SYR']);
  expectTriples('وقصفت تركيا منطقة عفرين.', ['ASSAULT TUR>SYR asserted'], opts);
  expectNone('وقصفت تركيا منطقة عفرين.', ['ACCUSE TUR>SYR']);
  // A position is still criticised: "هاجم سياسة".
  expectTriples('وهاجمت تركيا سياسة سوريا.', ['ACCUSE TUR>SYR asserted'], opts);
});

test('violence (أعمال عنف) is no riot', () => {
  expectNone('وقتل 45 شخصا في أعمال عنف جديدة في اليمن.', ['PROTEST YEM>-']);
  expectNone('واندلعت أعمال عنف في اليمن.', ['PROTEST YEM>-']);
});

test('hosting a match, a base or a show, or receiving wounded people, is no meeting', () => {
  expectNone('واستضافت الإمارات مباراة اليمن والسعودية.', ['CONSULT ARE>YEM', 'CONSULT YEM>ARE', 'CONSULT ARE>SAU', 'CONSULT SAU>ARE']);
  expectNone('الإمارات تستقبل 17 يمنيا مصابا.', ['CONSULT ARE>YEM', 'CONSULT YEM>ARE']);
  // Receiving a person is.
  expectTriples('واستقبل الرئيس المصري نظيره العراقي في القاهرة.', ['CONSULT EGY>IRQ asserted', 'CONSULT IRQ>EGY asserted'], opts);
});

test('an army, a crowd or a country arriving somewhere is no visit; an official is', () => {
  expectNone('ووصلت القوات التركية إلى مشارف مدينة عفرين.', ['CONSULT TUR>SYR']);
  expectTriples('ووصل وزير الخارجية التركي إلى بغداد.', ['CONSULT TUR>IRQ asserted'], opts);
  expectTriples('ويصل وفد من تركيا إلى بغداد هذا الأسبوع.', ['CONSULT TUR>IRQ asserted'], opts);
  assert.equal(canVisit({ entity: { type: 'LOC', actor: 'TUR', country: 'TUR' }, kind: 'name' }), false);
  assert.equal(canVisit({ entity: { type: 'ORG', actor: 'TURMIL', country: 'TUR' }, kind: 'organ' }), false);
  assert.equal(canVisit({ entity: { type: 'PER', actor: 'TURGOV', country: 'TUR' }, kind: 'name' }), true);
});

test('a meeting of two officials of one government is no event; talks with its rebels or another state are', () => {
  assert.equal(meetingInsideGovernment({ country: 'USA', actor: 'USAGOV' }, { country: 'USA', actor: 'USAGOV' }, 'CONSULT'), true);
  assert.equal(meetingInsideGovernment({ country: 'JOR', actor: 'JOR' }, { country: 'JOR', actor: 'JORGOV' }, 'CONSULT'), true);
  assert.equal(meetingInsideGovernment({ country: 'SSD', actor: 'SSDGOV' }, { country: 'SSD', actor: 'SSDREB' }, 'CONSULT'), false);
  assert.equal(meetingInsideGovernment({ country: 'USA', actor: 'USAGOV' }, { country: 'RUS', actor: 'RUSGOV' }, 'CONSULT'), false);
  // Other acts inside one state stay (a state detaining its officer is coded).
  assert.equal(meetingInsideGovernment({ country: 'USA', actor: 'USAGOV' }, { country: 'USA', actor: 'USAGOV' }, 'COERCE'), false);
});

test('a social media platform where something was said is no side; one acted on is', () => {
  const platforms = resources.eventLexicon.platforms;
  assert.ok(platforms.has('org:twitter') && platforms.has('org:facebook') && platforms.has('org:telegram'));
  const tw = { kbId: 'org:twitter' };
  // "أشاد الوزير على تويتر": after a preposition; "في تغريدة على موقع تويتر": far from the act; a platform as the doer.
  assert.equal(platformAsPlace(tw, normalize('على'), 0, platforms), true);
  assert.equal(platformAsPlace(tw, '', 6, platforms), true);
  assert.equal(platformAsPlace(tw, '', null, platforms), true);
  // "يتهم ترامب غوغل"، "تحظر منصة يوتيوب": the object right after the act.
  assert.equal(platformAsPlace({ kbId: 'org:google' }, '', 1, platforms), false);
  assert.equal(platformAsPlace({ kbId: 'org:youtube' }, '', 1, platforms), false);
  assert.equal(platformAsPlace({ kbId: 'org:united-nations' }, normalize('على'), 0, platforms), false);
});
