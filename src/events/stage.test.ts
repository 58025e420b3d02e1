import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createDoc } from '../core/document.ts';
import { createSegmenter } from '../text/clitics.ts';
import { loadResources } from '../resources/load.ts';
import { createEventStage } from './stage.ts';
import { entitiesFromSurfaces, type SurfaceSpec } from './standin.ts';
import type { Event } from '../core/analysis.ts';
import { resolveSharedPath } from '../resources/shared.ts';

const resources = loadResources();
const segmenter = createSegmenter(resources.wordFrequencies);
const stage = createEventStage(resources.eventLexicon, resources.eventLexicon.cameo);

function run(text: string, specs: SurfaceSpec[], date = '2024-05-01', times: Array<{ text: string; value: string }> = []) {
  const doc = createDoc({ text, date }, segmenter);
  const entities = entitiesFromSurfaces(doc.text, specs);
  const ts = times.map((t) => {
    const start = doc.text.indexOf(t.text);
    return { start, end: start + t.text.length, text: t.text, type: 'DATE' as const, value: t.value };
  });
  const events = stage.run(doc, { entities, times: ts });
  for (const e of events) assert.equal(doc.text.slice(e.trigger.start, e.trigger.end), e.trigger.text);
  return { doc, entities, events };
}

const country = (entities: ReturnType<typeof run>['entities'], id: string | null) => entities.find((e) => e.id === id)?.country ?? null;
const triples = (r: ReturnType<typeof run>) => r.events.map((e: Event) => `${e.plover} ${country(r.entities, e.source)}>${country(r.entities, e.target)} ${e.modality}`);

const EGY: SurfaceSpec = { id: 'e1', type: 'LOC', name: 'مصر', country: 'EGY', surfaces: ['مصر', 'القاهرة', { text: 'المصري', kind: 'demonym' }] };
const JOR: SurfaceSpec = { id: 'e2', type: 'LOC', name: 'الأردن', country: 'JOR', surfaces: ['الأردن', 'عمان', { text: 'الأردني', kind: 'demonym' }] };
const FRA: SurfaceSpec = { id: 'e3', type: 'LOC', name: 'فرنسا', country: 'FRA', surfaces: ['فرنسا', 'باريس', { text: 'الفرنسي', kind: 'demonym' }, { text: 'الفرنسية', kind: 'demonym' }, { text: 'فرنسي', kind: 'demonym' }] };
const IRQ: SurfaceSpec = { id: 'e4', type: 'LOC', name: 'العراق', country: 'IRQ', surfaces: ['العراق', 'بغداد', { text: 'العراقية', kind: 'demonym' }] };

test('verb-first hosting gives a hosted visit and a visit the other way', () => {
  const r = run('استقبل الرئيس المصري في القاهرة أمس وزير الخارجية الأردني.', [EGY, JOR]);
  assert.deepEqual(triples(r).sort(), ['CONSULT EGY>JOR asserted', 'CONSULT JOR>EGY asserted']);
  const host = r.events.find((e) => e.cameo === '043')!;
  assert.equal(host.mode, 'visit');
  assert.equal(host.quadClass, 1);
  assert.equal(host.goldstein, 2.8);
  assert.equal(host.sourceActor, 'EGY');
});

test('subject-first clause after أن with a negated verb', () => {
  const r = run('وأكد المسؤول أن فرنسا لن تقدم مساعدات إلى العراق هذا العام.', [FRA, IRQ]);
  assert.deepEqual(triples(r), ['AID FRA>IRQ negated']);
});

test('future marker, intention and hypothetical', () => {
  assert.deepEqual(triples(run('وسيزور الرئيس الفرنسي بغداد الأسبوع المقبل.', [FRA, IRQ])).sort(), ['CONSULT FRA>IRQ future', 'CONSULT IRQ>FRA future']);
  assert.deepEqual(triples(run('وقال إن مصر تسعى إلى توقيع اتفاق مع الأردن.', [EGY, JOR])).sort(), ['SUPPORT EGY>JOR intended', 'SUPPORT JOR>EGY intended']);
  assert.deepEqual(triples(run('وقال إنه في حال هاجمت فرنسا العراق فإن الرد سيكون قاسيا.', [FRA, IRQ])), ['ASSAULT FRA>IRQ hypothetical']);
});

test('a request and the requested action', () => {
  const r = run('وطالبت مصر الأردن بالإفراج عن الصحفيين.', [EGY, JOR]);
  const t = triples(r);
  assert.ok(t.includes('REQUEST EGY>JOR asserted'), t.join('; '));
});

test('بين X وY and the two sides give both directions', () => {
  assert.deepEqual(triples(run('وجرت مباحثات بين مصر والأردن حول الأمن.', [EGY, JOR])).sort(), ['CONSULT EGY>JOR asserted', 'CONSULT JOR>EGY asserted']);
  const r = run('وزار وزير الخارجية المصري عمان. وبحث الجانبان التعاون الاقتصادي مع وفد فرنسي.', [EGY, JOR, FRA]);
  assert.ok(triples(r).includes('CONSULT EGY>JOR asserted'));
});

test('sanctions through a preposition and a passive arrest', () => {
  assert.deepEqual(triples(run('فرضت فرنسا عقوبات جديدة على العراق.', [FRA, IRQ])), ['SANCTION FRA>IRQ asserted']);
  const r = run('وتم اعتقال مواطن فرنسي في بغداد من قبل السلطات العراقية.', [FRA, IRQ]);
  assert.deepEqual(triples(r), ['COERCE IRQ>FRA asserted']);
});

test('location after في and the date of the governing time expression', () => {
  const r = run('واجتمع وزير الخارجية المصري مع نظيره الفرنسي في بغداد يوم الاثنين.', [EGY, FRA, IRQ], '2024-05-01', [{ text: 'يوم الاثنين', value: '2024-04-29' }]);
  assert.equal(r.events.length, 2);
  for (const e of r.events) {
    assert.equal(e.location, 'e4');
    assert.equal(e.date, '2024-04-29');
  }
  assert.equal(run('وانتقدت مصر الأردن.', [EGY, JOR]).events[0]!.date, '2024-05-01');
});

test('no actors, no event', () => {
  assert.deepEqual(run('واستقبل المستشفى عشرات الجرحى.', [EGY]).events, []);
});

const SEED = resolveSharedPath('../shared/data/news/seed/2025-10-15-kremlin-putin-sharaa.txt');

test('seed article: Putin hosts al-Sharaa, requests, guarantees, support', { skip: !(SEED && existsSync(SEED)) && 'shared data not present' }, () => {
  const raw = readFileSync(SEED!, 'utf8');
  const body = raw.replace(/^\s*date \S+\s*/, '');
  const specs: SurfaceSpec[] = [
    { id: 'p1', type: 'PER', name: 'فلاديمير بوتين', country: 'RUS', actor: 'RUSGOV', surfaces: ['الرئيس الروسي فلاديمير بوتين', 'بوتين', 'الرئيس الروسي'] },
    { id: 'p2', type: 'PER', name: 'أحمد الشرع', country: 'SYR', actor: 'SYRGOV', surfaces: ['نظيره السوري أحمد الشرع', 'الشرع', { text: 'الرئيس السوري', kind: 'title' }] },
    { id: 'p3', type: 'PER', name: 'بشار الأسد', country: 'SYR', actor: null, surfaces: ['الرئيس السوري المخلوع بشار الأسد', 'الرئيس المخلوع بشار الأسد', 'الأسد'] },
    { id: 'l1', type: 'LOC', name: 'روسيا', country: 'RUS', actor: 'RUS', surfaces: ['روسيا', 'موسكو', { text: 'الروسيتين', kind: 'demonym' }] },
    { id: 'l2', type: 'LOC', name: 'سوريا', country: 'SYR', actor: 'SYR', surfaces: ['سوريا', 'دمشق', { text: 'سوريين', kind: 'demonym' }, { text: 'السوري', kind: 'demonym' }, { text: 'سوري', kind: 'demonym' }] },
    { id: 'o1', type: 'ORG', name: 'الكرملين', country: 'RUS', actor: 'RUSGOV', surfaces: ['الكرملين'] },
  ];
  const r = run(body, specs, '2025-10-15');
  const got = r.events.map((e) => `${e.plover}/${e.cameo} ${e.sourceActor}>${e.targetActor} ${e.modality}`);
  const has = (s: string) => assert.ok(got.includes(s), `missing ${s} in\n${got.join('\n')}`);
  has('CONSULT/043 RUSGOV>SYRGOV asserted');
  has('CONSULT/042 SYRGOV>RUSGOV asserted');
  has('REQUEST/1013 SYRGOV>RUS future');
  has('REQUEST/100 SYR>RUS intended');
  assert.ok(got.some((g) => /^(SUPPORT|AID)\/\d+ RUS>SYR asserted$/.test(g)), got.join('\n'));
  const host = r.events.find((e) => e.cameo === '043')!;
  assert.equal(host.location, 'o1');
  assert.equal(host.date, '2025-10-15');
});

const MACRON: SurfaceSpec = { id: 'p9', type: 'PER', name: 'الرئيس الفرنسي', country: 'FRA', actor: 'FRAGOV', surfaces: ['الرئيس الفرنسي'] };
const EGY2: SurfaceSpec = { ...EGY, surfaces: [...EGY.surfaces, { text: 'مصريين', kind: 'demonym' }] };
const IRQ2: SurfaceSpec = { ...IRQ, surfaces: [...IRQ.surfaces, { text: 'العراقي', kind: 'demonym' }] };

test('existential هناك is not a trigger', () => {
  assert.deepEqual(run('وأكد الوزير أن هناك علاقات قوية بين مصر والأردن.', [EGY, JOR]).events, []);
});

test('participles as predicates: داعما لـ and المدعومة من', () => {
  assert.deepEqual(triples(run('وقد شكلت فرنسا داعما رئيسيا للعراق طوال الحرب.', [FRA, IRQ])), ['SUPPORT FRA>IRQ asserted']);
  assert.ok(triples(run('وتقدمت القوات العراقية المدعومة من فرنسا نحو المدينة.', [FRA, IRQ])).includes('SUPPORT FRA>IRQ asserted'));
});

test('a dropped subject is carried from the sentence before; a pronoun target finds its antecedent', () => {
  const r = run('وصل الرئيس الفرنسي إلى القاهرة مساء أمس. وأعلن أنه سيفرض عقوبات جديدة على العراق.', [MACRON, EGY, IRQ]);
  assert.ok(triples(r).includes('SANCTION FRA>IRQ future'), triples(r).join('; '));
  const p = run('وقد حكم العراقي البلاد سنوات، وتدخلت فرنسا بقواتها لصالحه.', [{ id: 'p8', type: 'PER', name: 'حاكم', country: 'IRQ', surfaces: ['العراقي'] }, FRA]);
  assert.ok(triples(p).includes('AID FRA>IRQ asserted'), triples(p).join('; '));
});

test('conjoined subjects before the verb and a target inside the phrase after على', () => {
  const r = run('وكانت فرنسا ومصر شنت غارات على مواقع تابعة للجيش العراقي.', [FRA, EGY, IRQ2]);
  assert.deepEqual(triples(r).sort(), ['ASSAULT EGY>IRQ asserted', 'ASSAULT FRA>IRQ asserted']);
});

test('a state that protests complains (ACCUSE); people protest (PROTEST)', () => {
  assert.deepEqual(triples(run('واحتجت فرنسا على اعتقال مواطنين مصريين.', [{ ...FRA, actor: 'FRA' }, EGY2])), ['ACCUSE FRA>EGY asserted']);
  assert.deepEqual(triples(run('واحتج المصريون على زيارة الرئيس الفرنسي.', [{ ...EGY, surfaces: [{ text: 'المصريون', kind: 'demonym' }] }, MACRON])), ['PROTEST EGY>FRA asserted']);
});

test('the dateline before a dash is not the subject', () => {
  assert.deepEqual(triples(run('القاهرة، مصر (رصد)— انتقد وزير الخارجية الأردني فرنسا.', [EGY, JOR, FRA])), ['ACCUSE JOR>FRA asserted']);
});

test('a date in a relative clause does not govern the event', () => {
  const r = run('وسيطلب الأردن من فرنسا تسليم المعارض الذي فر إلى باريس في مارس الماضي.', [JOR, FRA], '2024-05-01', [{ text: 'مارس الماضي', value: '2024-03' }]);
  const req = r.events.find((e) => e.plover === 'REQUEST')!;
  assert.equal(req.modality, 'future');
  assert.equal(req.date, '2024-05-01');
  const s = run('وزار الرئيس الفرنسي بغداد في مارس الماضي.', [MACRON, IRQ], '2024-05-01', [{ text: 'مارس الماضي', value: '2024-03' }]);
  assert.equal(s.events[0]!.date, '2024-03');
});

test('an act without a named doer is not coded; one state on both sides is not an event', () => {
  assert.deepEqual(run('وأدت محاولة اغتيال رئيس الحكومة العراقية إلى توتر.', [{ ...IRQ, surfaces: ['العراقية'] }]).events, []);
  assert.deepEqual(triples(run('والتقى الرئيس الفرنسي في باريس وزيرا فرنسيا.', [MACRON, FRA])), []);
});

const JOR2: SurfaceSpec = { ...JOR, surfaces: [...JOR.surfaces, { text: 'الأردني', kind: 'demonym' }] };

// False positives met on a second dev sample (dev2): arguments taken from the wrong phrase.
test('a verb right after a relative pronoun: its head is the subject, or the object when a pronoun resumes it', () => {
  // The attack, not Egypt, did the targeting: no source, no event.
  assert.deepEqual(triples(run('وعاد إلى مصر بعد الهجوم الذي استهدفها قبل عامين.', [EGY])), []);
  // The hostages (not an actor) are what was kidnapped: Iraq is not its own target.
  assert.deepEqual(triples(run('وأفرجت العراق عن الرهائن الذين خطفهم مسلحون.', [IRQ])).filter((t) => t.startsWith('ASSAULT')), []);
  // A resumed actor head: "the Jordanians whom France attacked" gives France > Jordan.
  assert.ok(triples(run('وتحدث عن الأردني الذي هاجمه الجيش الفرنسي.', [JOR2, FRA])).includes('ASSAULT FRA>JOR asserted'));
});

test('an actor after a noun or a preposition is not a verb-first subject', () => {
  // مقر is the object; Iraq its genitive, not the one that targeted.
  assert.deepEqual(triples(run('وقال المسؤول إن صاروخا استهدف مقر الحكومة العراقية أمس.', [IRQ])), []);
  // "warned of France's return": France is inside the من phrase, neither subject nor object.
  assert.deepEqual(triples(run('حذر تقرير مصري من عودة فرنسا إلى المنطقة.', [EGY, FRA])), []);
  // A demonym ending the subject's noun phrase names the actor.
  { const t = triples(run('وأسقطت الدفاعات الجوية العراقية طائرة فرنسية.', [IRQ, { ...FRA, surfaces: [...FRA.surfaces, { text: 'فرنسية', kind: 'demonym' }] }])); assert.ok(t.includes('ASSAULT IRQ>FRA asserted'), t.join('; ')); }
});

test('a noun before the verb is its subject, so the verb does not take an earlier actor', () => {
  const r = run('وتظاهر آلاف في باريس أمس. وكانت مسلحون من المتطرفين اقتحموا مقر جمعية مصرية في القاهرة.', [FRA, EGY]);
  assert.deepEqual(triples(r).filter((t) => t.startsWith('ASSAULT')), []);
});

test('a dateline or a credit in parentheses is never the subject', () => {
  const r = run('القاهرة، مصر (CNN)-- قتل 12 شخصا في قصف استهدف مقر الحزب العراقي.', [EGY, IRQ2]);
  assert.deepEqual(triples(r), []);
});

test('a report is not an actor; a demonym after an actor describes it; a name quoted apart is one actor', () => {
  assert.deepEqual(triples(run('وحذر تقرير فرنسي العراق من التصعيد.', [FRA, IRQ])), []);
  const kdp: SurfaceSpec = { id: 'o1', type: 'ORG', name: 'الحزب الديمقراطي', country: 'IRQ', surfaces: ['الحزب الديمقراطي'] };
  const irn: SurfaceSpec = { id: 'o2', type: 'LOC', name: 'إيران', country: 'IRN', surfaces: ['إيران', { text: 'الإيراني', kind: 'demonym' }] };
  assert.deepEqual(triples(run('وهاجمت فرنسا الحزب الديمقراطي الإيراني.', [FRA, kdp, irn])), ['ASSAULT FRA>IRQ asserted']);
  const tanzim: SurfaceSpec = { id: 'o3', type: 'ORG', name: 'تنظيم', country: null, surfaces: ['تنظيم'] };
  const isis: SurfaceSpec = { id: 'o4', type: 'ORG', name: 'الدولة الإسلامية', country: 'IRQ', surfaces: ['الدولة الإسلامية'] };
  const r = run('أعدم تنظيم "الدولة الإسلامية" رهينة من مصر.', [tanzim, isis, EGY]);
  assert.ok(!triples(r).some((t) => t.includes('null')), triples(r).join('; '));
});

test('a verb passive by its form (أصيب) takes its doer only from an agent phrase', () => {
  assert.deepEqual(triples(run('وزار الرئيس المصري بغداد. وأصيبت برصاصة في الرأس.', [EGY, IRQ])).filter((t) => t.startsWith('ASSAULT')), []);
  assert.ok(triples(run('وأصيب مصريين برصاص الجيش العراقي.', [EGY2, IRQ2])).includes('ASSAULT IRQ>EGY asserted'));
});
