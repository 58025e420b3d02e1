/**
 * Actors from descriptions (data/events/descriptions.json, src/events/descriptions.ts): sides given by a person or
 * force noun and a nationality adjective, by an accusative demonym, or by a group noun. Sentences written for these
 * tests; states as stand-in surfaces (test-kit), other countries' demonyms from the knowledge base.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../core/document.ts';
import { entitiesFromSurfaces, type SurfaceSpec } from './standin.ts';
import { accusativeDemonyms } from './descriptions.ts';
import { ALL, resources, segmenter, stage, triples, expectTriples } from './test-kit.ts';

const has = (text: string, ...want: string[]) => expectTriples(text, want);

/** The actor codes of the sides of the events a sentence gives. */
function actorCodes(text: string): string[] {
  const doc = createDoc({ text, date: '2024-05-01' }, segmenter);
  const events = stage.run(doc, { entities: entitiesFromSurfaces(doc.text, ALL) });
  return events.flatMap((e) => [e.sourceActor ?? '-', e.targetActor ?? '-']);
}

test('a force noun before a demonym is a side of that state, coded with the force', () => {
  has('وأطلق جنود أتراك النار على مواطنين عراقيين.', 'ASSAULT TUR>IRQ asserted');
  assert.ok(actorCodes('وأطلق جنود أتراك النار على مواطنين عراقيين.').includes('TURMIL'));
  // Accusative forms the knowledge base does not list (جنديا أفغانيا).
  has('واعتقلت الشرطة المصرية جنديا أفغانيا قرب الحدود.', 'COERCE EGY>AFG asserted');
});

test('police, courts and armed men described by their nationality', () => {
  assert.ok(actorCodes('واعتقل شرطي مصري صحفيا فرنسيا في القاهرة.').includes('EGYCOP'));
  has('واعتقل شرطي مصري صحفيا فرنسيا في القاهرة.', 'COERCE EGY>FRA asserted');
  assert.ok(actorCodes('وأدانت محكمة ماليزية مسؤولا مصريا بالفساد.').includes('MYSJUD'));
  has('وقتل مسلحون أكراد جنديين تركيين في جنوب شرق تركيا.', 'ASSAULT TUR>TUR asserted');
});

test('group nouns name a side by themselves: Houthis, settlers', () => {
  has('وهاجم مسلحون حوثيون سفينة مصرية في البحر الأحمر.', 'ASSAULT YEM>EGY asserted');
  has('وهاجم مستوطنون جنودا أردنيين قرب الحدود.', 'ASSAULT ISR>JOR asserted');
  assert.ok(actorCodes('وهاجم مستوطنون جنودا أردنيين قرب الحدود.').includes('ISRSET'));
});

test('a noun with no nationality, or an adjective of the genitive after it, gives no described side', () => {
  assert.deepEqual(triples('وهاجم مسلحون مجهولون قافلة في الصحراء.'), []);
  // Indefinite noun, definite demonym: not its adjective.
  assert.ok(!actorCodes('واعتقل جنود المصريين في الموصل.').some((c) => c.endsWith('MIL')));
});

test('accusative demonyms are generated except where they are a country name', () => {
  const got = accusativeDemonyms(
    [
      { iso3: 'AFG', ar: ['أفغانستان'], demonyms: ['أفغاني', 'أفغانية'] },
      { iso3: 'TUR', ar: ['تركيا'], demonyms: ['تركي', 'تركية'] },
    ],
    new Set(['تركيا']),
    new Set(),
  );
  assert.equal(got.get('افغانيا'), 'AFG');
  assert.equal(got.has('تركيا'), false);
  assert.ok(resources.eventLexicon.descriptions!.demonyms.get('افغانيا') === 'AFG');
});

test('a demonym form the entity layer left unplaced (MISC) is still a demonym', () => {
  const misc: SurfaceSpec = { id: 'misc', type: 'MISC', name: 'سويديا', country: null, surfaces: ['سويديا'] };
  expectTriples('واعتقلت السلطات التركية مواطنا سويديا في أنقرة.', ['COERCE TUR>SWE asserted'], { extra: [misc] });
});

test('an approximation before a counted demonym belongs to its phrase', () => {
  has('واعتقلت الشرطة التركية أكثر من 40 عراقيا في إسطنبول.', 'COERCE TUR>IRQ asserted');
  has('واعتقلت الشرطة التركية ما لا يقل عن 40 عراقيا في إسطنبول.', 'COERCE TUR>IRQ asserted');
});

test('a victim before a second harm joined by و is still the victim of the attack named after it', () => {
  has('وقتلت عراقية وأصيبت أخرى بجروح في غارة تركية أمس.', 'ASSAULT TUR>IRQ asserted');
});
