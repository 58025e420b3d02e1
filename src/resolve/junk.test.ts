/**
 * Resolver rules of branch kb11 (docs/knowledge-base.md, rules 59-67): a country said inside a state body's name,
 * accusatives and particles at a person span's end, anonymous spokespeople, adjectives and bare heads read as
 * names, kinship nouns, places inside competitions' names, people inside facilities' names, quoted KB bodies.
 * The recognizer is replaced by hand-made spans; the sentences are written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveWithSpans as run } from './spans-cases.ts';

const ids = (es: ReturnType<typeof run>) => es.map((e) => e.kbId).sort();

test('a state body that says its country names the country only where the article names it nowhere else', () => {
  const alone = run('وأعلنت الخارجية الروسية أنها سترد على القرار.', []);
  assert.deepEqual(ids(alone), ['cty:RUS', 'org:russian-foreign-ministry']);
  const rus = alone.find((e) => e.kbId === 'cty:RUS')!;
  assert.deepEqual(rus.mentions.map((m) => m.text), ['الروسية']);
  // Named elsewhere: the body's span stays the body's alone.
  const named = run('وأعلنت الخارجية الروسية أن روسيا سترد على القرار.', []);
  assert.deepEqual(named.find((e) => e.kbId === 'cty:RUS')!.mentions.map((m) => m.text), ['روسيا']);
  // A news agency named after a country does not name it.
  assert.deepEqual(ids(run('وقال المدير لوكالة الأنباء الفرنسية إن الوضع هادئ.', [])), ['org:afp']);
});

test('accusative words and particles end no person name and are none alone', () => {
  const kim = run('وبدا الزعيم الكوري الشمالي كيم جونغ أون مبتسما وهو يلوح.', [['كيم جونغ أون مبتسما', 'PER']]);
  const person = kim.find((e) => e.type === 'PER')!;
  assert.equal(person.kbId, 'per:kim-jong-un');
  assert.ok(person.mentions.every((m) => !m.text.includes('مبتسما')));
  assert.deepEqual(run('واعتبر ذلك سعيا روحيا للجميع.', [['سعيا روحيا', 'PER']]), []);
  assert.deepEqual(run('وقال إنه دفع المبلغ سلفاً للشركة.', [['سلفاً', 'PER']]), []);
  // A name ending in alef that news uses as a name stays.
  assert.equal(run('وقالت ماريا إنها ستعود.', [['ماريا', 'PER']]).length, 1);
  const bin = run('وأكد فهد بن قوله للصحفيين.', [['فهد بن', 'PER']]);
  assert.deepEqual(bin.flatMap((e) => e.mentions.map((m) => m.text)), ['فهد']);
});

test('an indefinite spokesperson without a name makes no entity; a definite one or a construct title does', () => {
  assert.deepEqual(run('وقال متحدث باسم الشرطة الألمانية إن التحقيق مستمر.', []).filter((e) => e.type === 'PER'), []);
  const definite = run('وقال المتحدث باسم الشرطة الألمانية إن التحقيق مستمر.', []).filter((e) => e.type === 'PER');
  assert.equal(definite.length, 1);
  const named = run('وقال متحدث باسم الشرطة الألمانية، هانس مولر، إن التحقيق مستمر.', [['هانس مولر', 'PER']]).filter((e) => e.type === 'PER');
  assert.equal(named.length, 1);
  assert.ok(named[0]!.mentions.some((m) => m.kind === 'title'));
});

test('adjectives, bare heads and peoples after ل+ال are no names', () => {
  assert.deepEqual(run('ووقع الهجوم في منطقة جبلية قرب الحدود.', [['جبلية', 'LOC']]), []);
  assert.deepEqual(run('وقالت منظمة إن الأوضاع صعبة.', [['منظمة', 'ORG']]), []);
  assert.deepEqual(run('وأعرب الحزب عن تأييده للأكراد في المنطقة.', [['لأكراد', 'ORG']]), []);
});

test('a kinship noun before a name is no part of it', () => {
  const es = run('وقالت خطيبة خاشقجي إنها انتظرته طويلا.', [['خطيبة خاشقجي', 'PER']], '2018-10-08');
  assert.deepEqual(es.filter((e) => e.type === 'PER').map((e) => [e.kbId, e.mentions.map((m) => m.text)]), [['per:jamal-khashoggi', ['خاشقجي']]]);
});

test('a place ending a competition name and a person naming a facility are no mentions', () => {
  assert.deepEqual(run('وفاز الفريق بلقب دوري أبطال أوروبا للمرة الثالثة.', []).filter((e) => e.kbId === 'loc:europe'), []);
  assert.ok(run('وزار الوفد أوروبا الأسبوع الماضي.', []).some((e) => e.kbId === 'loc:europe'));
  const airport = run('وتوقفت الرحلات في مطار رونالد ريغان بسبب العاصفة.', [['رونالد ريغان', 'PER']]);
  assert.deepEqual(airport.filter((e) => e.type === 'PER'), []);
  // A definite head is no construct: the leader of al-Qaeda is the person.
  const leader = run('وكان لزعيم القاعدة أسامة بن لادن أبناء كثيرون.', [['أسامة بن لادن', 'PER']]);
  assert.ok(leader.some((e) => e.kbId === 'per:osama-bin-laden'));
});

test('a quoted KB organization inside a recognizer span is that organization', () => {
  const es = run('وأفادت هيئة إذاعة وتلفزيون "إيريب" الرسمية أن الصاروخ جديد.', [['تلفزيون "إيريب', 'ORG']]);
  assert.ok(es.some((e) => e.kbId === 'org:irib'), es.map((e) => `${e.kbId}:${e.nameEn}`).join('|'));
});

test('a given name after و joins a family-name span; a common given name after an honorific joins the article person', () => {
  const es = run('واعتقلت السلطات وائل عباس وشادي أبو زيد لمدة أسبوعين.', [['وائل عباس', 'PER'], ['أبو زيد', 'PER']]);
  assert.ok(es.some((e) => e.type === 'PER' && e.mentions.some((m) => m.text === 'شادي أبو زيد')), es.map((e) => e.mentions.map((m) => m.text).join('|')).join(' / '));
  const mbs = run('وقال محمد بن سلمان إن الخطة ماضية. وأكد الأمير محمد أن الإصلاح مستمر.', [['محمد بن سلمان', 'PER'], ['محمد', 'PER']]);
  assert.deepEqual(mbs.filter((e) => e.type === 'PER').map((e) => e.kbId), ['per:mohammed-bin-salman']);
});

test('a country name written without its article is the country, unless the bare word is common', () => {
  assert.deepEqual(run('وهتف المتظاهرون بالروح بالدم نفديك يا يمن.', [['يمن', 'LOC']]).map((e) => e.kbId), ['cty:YEM']);
  assert.deepEqual(run('ويعود الحجاج بعد مغرب التاسع من ذي الحجة.', [['مغرب', 'LOC']]).filter((e) => e.kbId === 'cty:MAR'), []);
});
