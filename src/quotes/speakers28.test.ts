/**
 * Rules of the quotes28 pass (docs/quotes.md): a government named alone speaks as the story's state,
 * chosen as the event stage chooses it for its bare organs (src/core/story-state.ts). The sentences are written for
 * these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotesOf as run, type Spec } from './speaker-cases.ts';
import { cueKey } from './lexicon.ts';
import { loadResources } from '../resources/load.ts';

const north: Spec = { id: 'n', type: 'LOC', kbId: 'cty:NOR', forms: [['شمالستان', 'name']] };
const south: Spec = { id: 's', type: 'LOC', kbId: 'cty:SOU', forms: [['جنوبستان', 'name']] };

test('"وقالت الحكومة" with no body of that head is the state the article names most', () => {
  const text = 'وصل آلاف اللاجئين إلى شمالستان هذا الأسبوع. وتواجه شمالستان أزمة سكن حادة. وقالت الحكومة إن المخيمات امتلأت.';
  const qs = run(text, [north]);
  assert.equal(qs.length, 1);
  assert.equal(qs[0]!.speaker, 'n');
  assert.equal(qs[0]!.speakerText, 'الحكومة');
  const gov = run('زار الوزير شمالستان أمس. واستقبلته شمالستان بحفاوة. وأعلنت الحكومة أنها ستوقع الاتفاق قريبا.', [north]);
  assert.equal(gov.at(-1)?.speaker, 'n');
  // An unqualified السلطات stays anonymous (the gold's convention: local, federal, police ...).
  const authorities = run('وصل آلاف اللاجئين إلى شمالستان هذا الأسبوع. وتواجه شمالستان أزمة سكن حادة. وقالت السلطات إن المخيمات امتلأت.', [north]);
  assert.equal(authorities.at(-1)?.speaker, null);
});

test('the state whose place the sentence names after في wins over the article\'s most named state', () => {
  const text = 'تتهم شمالستان جارتها بدعم المتمردين. وتكرر شمالستان الاتهام كل أسبوع. وفي جنوبستان، قالت الحكومة إن الاتهامات باطلة.';
  const qs = run(text, [north, south]);
  assert.equal(qs.at(-1)?.speaker, 's');
});

test('no state is chosen when two are named as often, nor for a police or an army named alone', () => {
  const tied = run('اجتمع وفدا شمالستان وجنوبستان أمس. وتبادلت شمالستان وجنوبستان الأسرى. وقالت الحكومة إن العملية نجحت.', [north, south]);
  assert.equal(tied.at(-1)?.speaker, null);
  // Named once only: not enough to be the story's state.
  const once = run('وصل الوفد إلى شمالستان أمس. وقالت الحكومة إن المحادثات ستبدأ غدا.', [north]);
  assert.equal(once.at(-1)?.speaker, null);
  // A police or an army is a body of its own, not the state.
  const police = run('وصل آلاف اللاجئين إلى شمالستان. وتواجه شمالستان أزمة سكن. وقالت الشرطة إن المخيمات امتلأت.', [north]);
  assert.equal(police.at(-1)?.speaker, null);
});

test('a government the article named by its name is that body, not the state', () => {
  const gov: Spec = { id: 'g', type: 'ORG', kbId: 'org:north-government', forms: [['الحكومة الشمالستانية', 'name']] };
  const text = 'تواجه شمالستان أزمة سكن. وتعهدت الحكومة الشمالستانية ببناء مساكن. وفي شمالستان، قالت الحكومة إن البناء سيبدأ قريبا.';
  const qs = run(text, [north, gov]);
  assert.equal(qs.at(-1)?.speaker, 'g');
});

test('the loader reads the story-state nouns from data/quotes/cues.json', () => {
  const heads = loadResources().quoteCues.storyStateHeads;
  assert.ok(heads.has(cueKey('الحكومة')));
  assert.ok(!heads.has(cueKey('السلطات')));
});

test('"وقال وهو ..." goes on with the running speaker, not a name inside the circumstantial clause', () => {
  const host: Spec = { id: 'h', type: 'PER', kbId: 'per:host', forms: [['سامر الفاضل', 'name']] };
  const wife: Spec = { id: 'w', type: 'PER', kbId: 'per:wife', forms: [['ليلى الفاضل', 'name']] };
  const text = 'قال الرئيس سامر الفاضل إن الاقتصاد قوي. وقال وهو يقف إلى جانب زوجته ليلى الفاضل إن البلاد ستتجاوز الأزمة.';
  const qs = run(text, [host, wife]);
  assert.equal(qs.length, 2);
  assert.equal(qs[1]!.speaker, 'h');
  // The same with a feminine verb and وهي.
  const her = run('قالت ليلى الفاضل إن المدارس ستفتح. وأضافت وهي تصافح سامر الفاضل أن المعلمين سيعودون.', [host, wife]);
  assert.equal(her.at(-1)?.speaker, 'w');
  // Before the verb the pronoun refers back to the name before it: "X وهو نائب ... قال" is not the running speaker.
  const mp: Spec = { id: 'm', type: 'PER', kbId: 'per:mp', forms: [['باسل النوري', 'name']] };
  const before = run('قال الرئيس سامر الفاضل إن الاقتصاد قوي. وقال باسل النوري وهو نائب من حزب المعارضة قال إن الأرقام مضللة.', [host, mp]);
  assert.notEqual(before.at(-1)?.speaker, 'h');
});
