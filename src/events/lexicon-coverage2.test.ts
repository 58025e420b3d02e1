/**
 * Lexicon entries added by branch events16 (docs/events.md, "Seventh session: lexicon coverage (events16)"): one
 * Arabic sentence written for these tests per new entry or form, with the triple (PLOVER type, CAMEO code, source
 * country, target country, modality) it must give, and sentences of the other sense that must give nothing.
 * Entities come from the stand-in surface finder, so these tests check the lexicon, not entity resolution.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { UN, triples, expectTriples } from './test-kit.ts';

const events = (text: string): string[] => triples(text, { extra: [UN], cameo: true });
const has = (text: string, ...want: string[]) => expectTriples(text, want, { extra: [UN], cameo: true });

test('ASSAULT: a strike as a noun (ضربة، ضربات، الضربة الصاروخية) with its doer and target', () => {
  has('وقالت مصر إن الضربة التركية على العراق غير مقبولة.', 'ASSAULT 195 TUR>IRQ asserted');
  has('وأسفرت ضربات صاروخية فرنسية على مواقع في العراق عن مقتل عشرة.', 'ASSAULT 195 FRA>IRQ asserted');
  // A figurative blow (ضربة قوية لـ) has no على/ضد target: no attack.
  assert.ok(!events('واعتبر الوزير أن القرار يمثل ضربة قوية لتركيا.').some((t) => t.startsWith('ASSAULT')));
});

test('ASSAULT: seizing control (سيطرت على), not a relative clause or a resumed topic', () => {
  has('وسيطرت القوات التركية على بلدة عراقية.', 'ASSAULT 190 TUR>IRQ asserted');
  has('وكانت القوات الأردنية قد بسطت سيطرتها على مواقع عراقية.', 'ASSAULT 190 JOR>IRQ asserted');
  assert.deepEqual(events('وزار الوفد المناطق العراقية التي سيطر عليها الجيش التركي.').filter((t) => t.includes(' 190 ')), []);
  assert.deepEqual(events('وقال الوزير إن تركيا سيطرت عليها فرنسا اقتصاديا.').filter((t) => t.includes(' 190 ')), []);
  // The noun (سيطرتها: its control) is no trigger of its own.
  assert.deepEqual(events('وتقع المدينة العراقية تحت سيطرتها منذ أعوام.'), []);
});

test('CONSULT: being in contact (على اتصال بـ، على تواصل مع), both ways', () => {
  has('وقال الوزير إن مصر على اتصال بالسلطات التركية.', 'CONSULT 040 EGY>TUR asserted', 'CONSULT 040 TUR>EGY asserted');
  has('وأكد الوزير المصري أن بلاده على تواصل دائم مع فرنسا.', 'CONSULT 040 EGY>FRA asserted', 'CONSULT 040 FRA>EGY asserted');
});

test('CONSULT: exchanging views (تبادل وجهات النظر مع)', () => {
  has('وتبادل الرئيس المصري مع نظيره الفرنسي وجهات النظر حول الأزمة.', 'CONSULT 040 EGY>FRA asserted', 'CONSULT 040 FRA>EGY asserted');
});

test('ACCUSE: laying the blame on (ألقى باللوم/باللائمة على)', () => {
  has('وألقت مصر باللوم على تركيا في تدهور الأوضاع.', 'ACCUSE 112 EGY>TUR asserted');
  has('ويلقي الرئيس الفرنسي باللائمة على تركيا.', 'ACCUSE 112 FRA>TUR asserted');
});

test('SANCTION: imposing restrictions (فرض قيودا على)', () => {
  has('وفرضت تركيا قيودا على الواردات الفرنسية.', 'SANCTION 163 TUR>FRA asserted');
  has('وستفرض مصر قيودا جديدة على تركيا.', 'SANCTION 163 EGY>TUR future');
});

test('ASSAULT: an injury by an agent phrase (إصابة ... برصاص), not by a disease', () => {
  has('وأفادت مصادر طبية بإصابة ثلاثة عراقيين برصاص القوات التركية.', 'ASSAULT 190 TUR>IRQ asserted');
  assert.deepEqual(events('وأعلنت وزارة الصحة الأردنية إصابة عشرة أشخاص بفيروس كورونا.'), []);
});

test('REQUEST: urging (حض/حضت ... على), and حضن (an embrace) is no form of it', () => {
  has('وحضت مصر تركيا على وقف العملية العسكرية.', 'REQUEST 100 EGY>TUR asserted');
  has('ويحض الرئيس الفرنسي الأردن على ضبط النفس.', 'REQUEST 100 FRA>JOR asserted');
  assert.deepEqual(events('وعادت تركيا إلى حضن العراق.').filter((t) => t.startsWith('REQUEST')), []);
});

test('ASSAULT: a military intervention (التدخل العسكري) with its doer and place', () => {
  has('وأدانت مصر التدخل العسكري التركي في العراق.', 'ASSAULT 190 TUR>IRQ asserted');
});

test('AID: smuggling or supplying arms (تهريب الأسلحة إلى، أمد ... بالأسلحة)', () => {
  has('وتتهم مصر تركيا بتهريب الأسلحة إلى العراق.', 'ACCUSE 112 EGY>TUR asserted', 'AID 072 TUR>IRQ asserted');
  has('وتمد تركيا العراق بالأسلحة منذ سنوات.', 'AID 072 TUR>IRQ asserted');
});

test('ASSAULT: committing a massacre (ارتكب مجزرة بحق), coded 202', () => {
  has('وارتكبت القوات التركية مجزرة بحق مدنيين عراقيين.', 'ASSAULT 202 TUR>IRQ asserted');
});

test('SUPPORT: a rapprochement (التقارب بين، تقارب مع), both ways', () => {
  has('ويأتي ذلك في ظل التقارب بين مصر وتركيا.', 'SUPPORT 050 EGY>TUR asserted', 'SUPPORT 050 TUR>EGY asserted');
});

test('ACCUSE: summoning an envoy as a noun (استدعاء السفير), SANCTION: stopping aid or funding as a noun', () => {
  has('وأعلنت مصر استدعاء السفير التركي في القاهرة.', 'ACCUSE 114 EGY>TUR asserted');
  has('وقررت فرنسا وقف المساعدات للأردن.', 'SANCTION 162 FRA>JOR asserted');
  // The genitive of وقف تمويل is the one no longer funded, not the donor.
  has('وقررت فرنسا وقف تمويل الأمم المتحدة.', 'SANCTION 162 FRA>IGO asserted');
  assert.ok(!events('وقررت فرنسا وقف تمويل الأمم المتحدة.').some((t) => t.startsWith('AID')));
});

test('SUPPORT: offering condolences (قدم التعازي لـ، بعث برقية تعزية إلى)', () => {
  has('وقدمت مصر التعازي لفرنسا.', 'SUPPORT 018 EGY>FRA asserted');
  has('وقدم الرئيس المصري تعازيه إلى الرئيس الفرنسي.', 'SUPPORT 018 EGY>FRA asserted');
  // قدم with aid stays aid.
  has('وقالت فرنسا إنها ستقدم مساعدات للأردن.', 'AID 070 FRA>JOR future');
});

test('SUPPORT: allies (حلفاء لـ X) support X', () => {
  has('وانضمت مصر إلى الأردن وحلفاء آخرين لفرنسا.', 'SUPPORT 050 EGY>FRA asserted');
});

test('forms of existing entries: ودان (condemned), plural nouns اقتحامات، اغتيالات، خروقات الهدنة', () => {
  has('ودان الرئيس المصري الهجوم التركي على العراق.', 'ACCUSE 111 EGY>TUR asserted');
  has('وأدانت مصر اقتحامات القوات التركية لبلدات عراقية.', 'ASSAULT 190 TUR>IRQ asserted');
  has('وأدانت مصر خروقات الهدنة من قبل القوات التركية في العراق.', 'ACCUSE 111 EGY>TUR asserted');
});

test('SANCTION: cancelling a summit, meeting or visit (ألغى القمة مع، إلغاء الزيارة إلى) is CAMEO 164, and no meeting', () => {
  has('وألغى الرئيس المصري القمة مع نظيره التركي.', 'SANCTION 164 EGY>TUR asserted');
  has('وألغى الرئيس الفرنسي زيارته إلى تركيا.', 'SANCTION 164 FRA>TUR asserted');
  assert.ok(!events('وألغى الرئيس المصري القمة مع نظيره التركي.').some((t) => t.startsWith('CONSULT')));
  assert.deepEqual(events('وألغت الحكومة المصرية المهر بموجب القانون.'), []);
});

test('modality: an expected meeting (المرتقب، المنتظر، المزمع، من المرتقب أن، يتوقع أن) is future', () => {
  has('وتحدث الوزير عن اللقاء المرتقب بين الرئيس المصري ونظيره التركي.', 'CONSULT 040 EGY>TUR future');
  has('ومن المرتقب أن يلتقي الرئيس المصري نظيره التركي.', 'CONSULT 040 EGY>TUR future');
  has('ويتوقع أن يزور الرئيس المصري تركيا.', 'CONSULT 042 EGY>TUR future');
});

test('ACCUSE: voicing concern or anger with عبر/يعبر عن (and أعرب عن غضبه), not the preposition عبر', () => {
  has('وعبر الرئيس الفرنسي عن غضبه من تركيا.', 'ACCUSE 111 FRA>TUR asserted');
  has('وعبرت الحكومة المصرية عن قلقها من التدخل التركي.', 'ACCUSE 111 EGY>TUR asserted');
  assert.deepEqual(events('وانتقلت الشحنات عبر الأراضي التركية إلى العراق رغم قلق مصر.'), []);
});
