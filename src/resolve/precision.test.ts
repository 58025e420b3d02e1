/**
 * Resolver rules of branch kb10 (docs/knowledge-base.md, rules 47-55): titles that name an office or a
 * designate, a title apposed to a person of another country, hashtag names, given names of a KB family,
 * common definite words read as places or bodies, a family name after a title, places inside an
 * organization's name and a headline's short body name. The recognizer is replaced by hand-made spans;
 * the sentences are written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveWithSpans as run } from './spans-cases.ts';

const titlesOf = (es: ReturnType<typeof run>) => es.flatMap((e) => e.mentions.filter((m) => m.kind === 'title').map((m) => `${e.kbId}:${m.text}`));

test('a title after منصب is the office, not its holder', () => {
  const es = run('ويتطلع الوزير إلى منصب رئيس الوزراء الروسي في الحكومة المقبلة.', []);
  assert.deepEqual(titlesOf(es), []);
  // The same title alone is the holder on the date.
  assert.deepEqual(titlesOf(run('وقال رئيس الوزراء الروسي إن الحكومة ستستقيل.', [])), ['per:dmitry-medvedev:رئيس الوزراء الروسي']);
});

test('a designate title takes the name after it and never the sitting holder', () => {
  const named = run('ودعا الصدر رئيس الوزراء العراقي المكلف بتشكيل الحكومة عادل عبد المهدي إلى الإسراع.', [['عادل عبد المهدي', 'PER']], '2018-10-08');
  assert.deepEqual(titlesOf(named), ['per:adil-abdul-mahdi:رئيس الوزراء العراقي']);
  const bare = run('وقال رئيس الوزراء العراقي المكلف إنه سيشكل الحكومة قريبا.', [], '2018-10-08');
  assert.deepEqual(titlesOf(bare), []);
});

test('a KB person of another country apposed to a title keeps the name and gets no title', () => {
  const es = run('وكان الرئيس الأمريكي إيمانويل ماكرون قد زار واشنطن.', [['إيمانويل ماكرون', 'PER']]);
  const macron = es.find((e) => e.kbId === 'per:emmanuel-macron');
  assert.ok(macron);
  assert.deepEqual(macron.mentions.map((m) => m.kind), ['name']);
  assert.deepEqual(titlesOf(es), []);
});

test('hashtag words joined by underscores are one KB name', () => {
  const es = run('وكتب المسؤول عن #الولايات_المتحدة و#كوريا_الشمالية تغريدة.', []);
  assert.deepEqual(es.map((e) => e.kbId).sort(), ['cty:PRK', 'cty:USA']);
});

test('a given name alone is the KB person with the family name of a person of the article', () => {
  const es = run('وتعرض الجاسوس السابق سيرغي سكريبال وابنته يوليا لهجوم.', [['سيرغي سكريبال', 'PER'], ['يوليا', 'PER']]);
  assert.ok(es.some((e) => e.kbId === 'per:yulia-skripal' && e.mentions.some((m) => m.text === 'يوليا')));
  assert.ok(!es.some((e) => e.kbId?.startsWith('x:per:')));
});

test('a one-word definite place or body the KB lacks that is a common word is no entity', () => {
  assert.equal(run('وتقدمت القوات في الريف الشرقي للمحافظة.', [['الريف', 'LOC']]).length, 0);
  // A word of the recognizer's longer person name alone stays only if the longer name keeps it after cleaning.
  const es = run('ثم أعلن ترامب شعار حملته الجديد. شعار حملته واضح.', [['ترامب شعار', 'PER'], ['شعار', 'PER']]);
  assert.deepEqual(es.map((e) => e.kbId), ['per:donald-trump']);
});

test('a family name after a title is the person the article named; a bare generic title so named takes the earlier one', () => {
  const es = run('وكتب سفير قطر في العراق، زايد الخيارين، رسالة. وقال السفير الخيارين إن المفاوضات مستمرة.', [['زايد الخيارين', 'PER']], '2018-07-17');
  const zayed = es.find((e) => e.type === 'PER');
  assert.ok(zayed);
  assert.equal(es.filter((e) => e.type === 'PER').length, 1, es.map((e) => e.nameEn).join('|'));
  assert.deepEqual(zayed.mentions.map((m) => m.text), ['سفير قطر', 'زايد الخيارين', 'السفير', 'الخيارين']);
});

test('a KB place inside the name of an unknown organization is a mention of that place', () => {
  const es = run('وقال المتحدث باسم شرطة مونستر إن المهاجم انتحر.', []);
  assert.ok(es.some((e) => e.kbId === 'loc:munster' && e.mentions[0]!.text === 'مونستر'));
  assert.ok(es.some((e) => e.type === 'ORG' && e.nameEn === 'Muenster Police'));
});

test('a head and demonym before the body\'s full name is that body', () => {
  const es = run('الاتحاد المصري: صلاح سيلحق بالمنتخب\n\nأعلن الاتحاد المصري لكرة القدم أن اللاعب سيسافر.', []);
  const efa = es.find((e) => e.kbId === 'org:egyptian-football-association');
  assert.ok(efa);
  assert.equal(efa.mentions.length, 2);
  assert.ok(!es.some((e) => e.type === 'ORG' && e.kbId?.startsWith('x:')));
});

test('the article on the leading noun of a two-word demonym (الجنوب أفريقي)', () => {
  const es = run('وقال الزعيم الجنوب أفريقي الراحل إن البلاد تتغير.', []);
  assert.ok(es.some((e) => e.kbId === 'cty:ZAF'));
});

test('a one-word demonym written with a final ى is the other word unless the country is named', () => {
  assert.ok(!run('وغير القرار مجرى المباراة.', []).some((e) => e.kbId === 'cty:HUN'));
  assert.ok(run('وزار الوزير المجري بودابست، وقال الرئيس المجري إن المجر مستعدة.', []).some((e) => e.kbId === 'cty:HUN'));
});

test('seldom-named words and particles before a KB person, and an accusative after one, are no part of the name', () => {
  const lead = run('وقال فريق ترامب إن الاتفاق سيئ.', [['فريق ترامب', 'PER']]);
  assert.deepEqual(lead.map((e) => `${e.kbId}:${e.mentions[0]!.text}`), ['per:donald-trump:ترامب']);
  const trail = run('ومنذ أصبح محمد بن سلمان وليا للعهد تغيرت الأمور.', [['محمد بن سلمان وليا', 'PER']]);
  assert.deepEqual(trail.map((e) => `${e.kbId}:${e.mentions[0]!.text}`), ['per:mohammed-bin-salman:محمد بن سلمان']);
});

test('المرصد refers back to the observatory the article named, and its director is the KB head', () => {
  const es = run('أفاد المرصد السوري لحقوق الإنسان أن القصف استمر. وقال مدير المرصد إن القتلى مدنيون. وأضاف عبد الرحمن أن الوضع صعب.', [['عبد الرحمن', 'PER']]);
  const rami = es.find((e) => e.kbId === 'per:rami-abdel-rahman');
  assert.ok(rami);
  assert.deepEqual(rami.mentions.map((m) => `${m.kind}:${m.text}`), ['title:مدير المرصد', 'name:عبد الرحمن']);
});

test('apposition in brackets, and الشهيد as a former holder\'s word', () => {
  const es = run('وقال إن الموعد الذي حدده الرئيس (دونالد ترامب) اقترب. واغتالوا الرئيس الشهيد رفيق الحريري قبل سنوات.', [['دونالد ترامب', 'PER'], ['رفيق الحريري', 'PER']]);
  assert.deepEqual(titlesOf(es), ['per:donald-trump:الرئيس', 'per:rafik-hariri:الرئيس الشهيد']);
});

test('a country name that is also its feminine demonym gives a definite title its country', () => {
  assert.deepEqual(titlesOf(run('وقال وزير الخارجية السعودية إن الأزمة مستمرة.', [])), ['per:adel-al-jubeir:وزير الخارجية السعودية']);
});
