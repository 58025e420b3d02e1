/**
 * Branch events21: sides an article names by what they are in its conflict rather than by name (data/events/lexicon.json
 * `actors`): "قوات الاحتلال"، "سلطات الاحتلال"، "الاحتلال" in a story about Palestine or Israel are Israel's; "الميليشيات"،
 * "الانقلابيون" alone in a story led by Yemen are the Houthis (`lead`); neither when a demonym follows (`alone`). And an
 * agent phrase before a side the stage finds itself ("برصاص قوات الاحتلال"، "على يد الميليشيات") makes the verb passive, as
 * it does before an entity. Sentences written for these tests, entities from the stand-in surface finder.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectTriples, state, triples, type TripleOptions } from './test-kit.ts';

const PSE = state('pse', 'PSE', ['فلسطين', 'غزة', 'نابلس', 'الضفة الغربية'], ['الفلسطيني', 'الفلسطينية', 'فلسطيني', 'فلسطينيين', 'الفلسطينيين']);
const YEM = state('yem', 'YEM', ['اليمن', 'صنعاء', 'تعز', 'الحديدة'], ['اليمني', 'اليمنية', 'يمني']);
const SAU = state('sau', 'SAU', ['السعودية', 'الرياض'], ['السعودي', 'السعودية', 'سعودية']);
const SYR = state('syr', 'SYR', ['سوريا', 'دمشق', 'إدلب'], ['السوري', 'السورية']);
const opts: TripleOptions = { extra: [PSE, YEM, SAU, SYR] };

test('forces of "the occupation" in a story about Palestine are Israel\'s', () => {
  expectTriples('وقتلت قوات الاحتلال ثلاثة فلسطينيين شرق نابلس.', ['ASSAULT ISR>PSE asserted'], opts);
  expectTriples('واعتقلت سلطات الاحتلال 12 فلسطينيا في الضفة الغربية.', ['COERCE ISR>PSE asserted'], opts);
});

test('an agent phrase before a side the stage finds itself makes the verb passive', () => {
  expectTriples('وأصيب شاب فلسطيني برصاص قوات الاحتلال في نابلس.', ['ASSAULT ISR>PSE asserted'], opts);
  const got = triples('وقتل شاب فلسطيني برصاص قوات الاحتلال في نابلس.', opts);
  assert.ok(got.includes('ASSAULT ISR>PSE asserted') && !got.some((t) => t.startsWith('ASSAULT PSE>ISR')), got.join('; '));
});

test('"the occupation" is nobody\'s in a story that names neither Palestine nor Israel', () => {
  const got = triples('وقصفت قوات الاحتلال مواقع عراقية قرب بغداد.', opts);
  assert.ok(!got.some((t) => t.includes('ISR')), got.join('; '));
});

test('a demonym after "the occupation" says whose it is', () => {
  const got = triples('وقصفت قوات الاحتلال التركي مواقع في إدلب بعد مظاهرات في غزة.', opts);
  assert.ok(!got.some((t) => t.includes('ISR')), got.join('; '));
});

test('militias named alone in a story led by Yemen are the Houthis', () => {
  expectTriples('وأطلقت الميليشيات في اليمن صاروخا باليستيا على السعودية.', ['ASSAULT YEM>SAU asserted'], opts);
  expectTriples('وقال مسؤول في صنعاء إن الوضع في تعز صعب. وقصف الانقلابيون مواقع سعودية قرب الحديدة.', ['ASSAULT YEM>SAU asserted'], opts);
});

test('militias named alone are not the Houthis in a story led by another state', () => {
  const got = triples('وقال مسؤول في دمشق إن الوضع في إدلب صعب. وقصف الانقلابيون مواقع سعودية قرب الحديدة.', opts);
  assert.ok(!got.some((t) => t.startsWith('ASSAULT YEM')), got.join('; '));
});

test('whom militias are loyal to is no side of their act', () => {
  const got = triples('وقال مسؤول في صنعاء إن الوضع في تعز صعب. وناشد زعيم الميليشيات الموالية لتركيا عناصره عدم الفرار من الجبهات في الحديدة.', opts);
  assert.ok(!got.some((t) => t.includes('>TUR')), got.join('; '));
  expectTriples('وقال مسؤول في صنعاء إن الوضع في تعز صعب. وناشد زعيم الميليشيات تركيا وقف الدعم في الحديدة.', ['REQUEST YEM>TUR asserted'], opts);
});

test('a relational adjective after "the occupation" says whose it is', () => {
  const got = triples('واتهمت فرنسا الاحتلال العثماني بارتكاب جرائم في غزة.', opts);
  assert.ok(!got.some((t) => t.includes('ISR')), got.join('; '));
  expectTriples('واعتقل الاحتلال خمسة فلسطينيين في نابلس.', ['COERCE ISR>PSE asserted'], opts);
});

test('a country taken as a hostage is a figure of speech', () => {
  const got = triples('وقال مسؤول في صنعاء إن الوضع في تعز صعب. واختطفت الميليشيات العراق لتنفيذ أجندات خارجية.', opts);
  assert.ok(!got.some((t) => t.startsWith('ASSAULT YEM>IRQ')), got.join('; '));
  expectTriples('وقال مسؤول في صنعاء إن الوضع في تعز صعب. واختطفت الميليشيات صحفيا عراقيا.', ['ASSAULT YEM>IRQ asserted'], opts);
});

test('a weapon with the article names no agent: the actor after it is the object', () => {
  const got = triples('وقتلت القوات التركية بالرصاص فلسطينيا حاول عبور الحدود.', opts);
  assert.ok(got.includes('ASSAULT TUR>PSE asserted') && !got.includes('ASSAULT PSE>TUR asserted'), got.join('; '));
});

test('a word inside a name is no act', () => {
  const IGO = { id: 'opcw', type: 'ORG' as const, name: 'منظمة حظر الأسلحة الكيميائية', country: 'IGO', actor: 'IGOWEP', surfaces: ['منظمة حظر الأسلحة الكيميائية'] };
  const got = triples('وطالبت منظمة حظر الأسلحة الكيميائية فرنسا بتقديم المعلومات.', { extra: [IGO] });
  assert.ok(!got.some((t) => t.startsWith('COERCE')), got.join('; '));
  assert.ok(got.includes('REQUEST IGO>FRA asserted'), got.join('; '));
});
