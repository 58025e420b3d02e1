/**
 * Coverage of the event lexicon across PLOVER types: one Arabic sentence
 * (written for these tests) per verb or verbal-noun frame, with the triple
 * (PLOVER type, source country, target country, modality) it must give.
 * Entities come from the stand-in surface finder, so these tests check the
 * lexicon and the argument rules, not entity resolution.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { type SurfaceSpec } from './standin.ts';
import { createDoc } from '../core/document.ts';
import { entitiesFromSurfaces } from './standin.ts';
import { ALL, UN, segmenter, stage, state, triples as kitTriples, expectTriples } from './test-kit.ts';

const triples = (text: string, extra: SurfaceSpec[] = []): string[] => kitTriples(text, { extra });
const has = (text: string, ...want: string[]) => expectTriples(text, want);
const hasWith = (extra: SurfaceSpec[], text: string, ...want: string[]) => expectTriples(text, want, { extra });
const none = (text: string) => assert.deepEqual(triples(text), [], text);

test('CONSULT: telephone calls through هاتف، اتصل ب and the noun اتصالا هاتفيا', () => {
  has('وهاتف الرئيس المصري نظيره الفرنسي مساء الأحد.', 'CONSULT EGY>FRA asserted', 'CONSULT FRA>EGY asserted');
  has('واتصل العاهل الأردني بالرئيس الفرنسي لبحث الأوضاع.', 'CONSULT JOR>FRA asserted', 'CONSULT FRA>JOR asserted');
  has('وتلقى الرئيس العراقي اتصالا هاتفيا من نظيره التركي.', 'CONSULT IRQ>TUR asserted', 'CONSULT TUR>IRQ asserted');
});

test('CONSULT: consultations and negotiations', () => {
  has('وتشاور وزير الخارجية الأردني مع نظيره العراقي حول الحدود.', 'CONSULT JOR>IRQ asserted', 'CONSULT IRQ>JOR asserted');
  has('وتفاوض الوفد التركي مع مسؤولين عراقيين في بغداد.', 'CONSULT TUR>IRQ asserted');
});

test('AGREE: reaching an agreement and declaring readiness', () => {
  has('وتوصلت مصر والأردن إلى اتفاق لتقاسم المياه.', 'AGREE EGY>JOR asserted', 'AGREE JOR>EGY asserted');
  has('وأبدت تركيا استعدادها للتعاون مع العراق في مجال الطاقة.', 'AGREE TUR>IRQ asserted');
});

test('SUPPORT: praise with ثمن and أثنى على; solidarity with تضامن مع; a congratulation carried by a letter', () => {
  has('وثمن الرئيس العراقي موقف فرنسا من الأزمة.', 'SUPPORT IRQ>FRA asserted');
  has('وأثنى وزير الخارجية المصري على الأردن لدوره في الوساطة.', 'SUPPORT EGY>JOR asserted');
  has('وأعلنت فرنسا تضامنها مع العراق بعد الفيضانات.', 'SUPPORT FRA>IRQ asserted');
  has('وكتب الرئيس الفرنسي في رسالة تهنئة وجهها للرئيس التركي أنه يأمل في تعاون أوثق.', 'SUPPORT FRA>TUR asserted');
});

test('RETREAT: easing sanctions through رفع and خفف with عن/على', () => {
  has('وقررت فرنسا رفع العقوبات عن العراق.', 'RETREAT FRA>IRQ asserted');
  has('وستخفف تركيا القيود على الصادرات العراقية.', 'RETREAT TUR>IRQ future');
});

test('ACCUSE: lawsuits, official complaints, investigations', () => {
  has('ورفعت مصر دعوى قضائية ضد تركيا أمام محكمة دولية.', 'ACCUSE EGY>TUR asserted');
  has('واشتكت الأردن من تركيا لدى مجلس الأمن.', 'ACCUSE JOR>TUR asserted');
  has('وفتحت فرنسا تحقيقا مع مسؤولين عراقيين.', 'ACCUSE FRA>IRQ asserted');
});

test('SANCTION: recalling one\'s own envoy is not summoning another\'s', () => {
  has('وسحبت تركيا سفيرها من فرنسا للتشاور.', 'SANCTION TUR>FRA asserted');
  has('واستدعت الخارجية المصرية السفير التركي في القاهرة.', 'ACCUSE EGY>TUR asserted');
});

test('REJECT: عارض with a direct object', () => {
  has('وعارضت فرنسا الخطة التركية في مجلس الأمن.', 'REJECT FRA>TUR asserted');
});

test('THREATEN: لوح باستخدام القوة', () => {
  has('ولوحت تركيا باستخدام القوة ضد العراق.', 'THREATEN TUR>-  asserted'.replace('-  ', 'IRQ '));
});

test('PROTEST: sit-ins and strikes by people', () => {
  has('واعتصم مئات العراقيين أمام السفارة التركية في بغداد.', 'PROTEST IRQ>TUR asserted');
});

test('MOBILIZE: exercises and alert', () => {
  has('وأجرت تركيا مناورات عسكرية قرب الحدود العراقية.', 'MOBILIZE TUR>IRQ asserted');
  has('ورفع الجيش الأردني حالة التأهب على الحدود مع العراق.', 'MOBILIZE JOR>IRQ asserted');
});

test('COERCE: closing borders and airspace, sentences and trials', () => {
  has('وأغلقت مصر مجالها الجوي أمام الطائرات التركية.', 'COERCE EGY>TUR asserted');
  has('وحكمت محكمة عراقية على مواطن فرنسي بالسجن عشر سنوات.', 'COERCE IRQ>FRA asserted');
});

test('ASSAULT: shooting down, storming, invasion, aggression, explosions', () => {
  has('وأسقطت الدفاعات الجوية العراقية طائرة مسيرة تركية.', 'ASSAULT IRQ>TUR asserted');
  has('واقتحمت القوات التركية بلدة عراقية حدودية.', 'ASSAULT TUR>IRQ asserted');
  has('وندد الأردن بالعدوان التركي على العراق.', 'ASSAULT TUR>IRQ asserted', 'ACCUSE JOR>TUR asserted');
  has('وتوغلت القوات التركية في الأراضي العراقية.', 'ASSAULT TUR>IRQ asserted');
});

test('nouns that only look like verbs are not triggers', () => {
  // لاستضافة ends in ة: a noun, not استضاف with the pronoun ه.
  assert.ok(!triples('وتستعد فرنسا لاستضافة المعرض الدولي.').some((t) => t.startsWith('CONSULT')));
  // A bare mention of sanctions with no imposer named is not an act. (With one named, عقوبات فرنسا على العراق is
  // FRA>IRQ, as العقوبات الفرنسية على العراق already was: events19 made indefinite عقوبات the sanctions noun.)
  none('وتبقى عقوبات على العراق سارية.');
  none('وتبقى العقوبات على العراق سارية.');
  // Two states that pledge together do not pledge to each other.
  assert.ok(!triples('والتقى الرئيسان المصري والأردني وتعهدا بالسعي للسلام.').some((t) => t.startsWith('AGREE')));
});

test('a count inside a nominal pattern: بسحب 23 دبلوماسيا فرنسيا', () => {
  has('وقامت تركيا بسحب 23 دبلوماسيا فرنسيا من أنقرة.', 'SANCTION TUR>FRA asserted');
});

test('a passive verbal noun with a pronoun: what underwent it, and the agent inside the من قبل phrase', () => {
  has('وقالت فرنسا إن مدرسة فرنسية تم إغلاقها من قبل المصالح المحلية لوزارة التربية التركية.', 'COERCE TUR>FRA asserted');
  has('وأغلقت السلطات التركية مدرسة فرنسية في أنقرة.', 'COERCE TUR>FRA asserted');
});

test('THREATEN: توعد بفرض عقوبات with the target after a quoted phrase', () => {
  has('تركيا تتوعد بفرض "أقسى العقوبات" على فرنسا', 'THREATEN TUR>FRA asserted');
});

test('a verbal noun as the object of a verb-first clause takes its subject: وحدد الأردن مطالب أمام', () => {
  has('وحدد الأردن مطالب من عشرة بنود أمام الحكومة العراقية.', 'REQUEST JOR>IRQ asserted');
  // Not when the verb is an event itself: France criticized the attack, it did not attack.
  assert.ok(!triples('وانتقدت فرنسا هجوما على العراق.').some((t) => t.startsWith('ASSAULT FRA')));
});

test('an object before its verb, resumed by a pronoun: صاروخا أطلقته', () => {
  has('واعترضت الدفاعات الأردنية صاروخا بالستيا أطلقته القوات العراقية باتجاه أراضي تركيا.', 'ASSAULT IRQ>TUR asserted');
});

test('appositions after a verb-first subject: their actors are not targets, their demonym gives an unknown subject its state', () => {
  const doc = 'واتهم سالم عبد الكريم، وزير الطاقة العراقي، المقرب من فرنسا، دولا إقليمية وعلى رأسها تركيا بالتدخل في الانتخابات.';
  const unknown: SurfaceSpec = { id: 'p1', type: 'PER', name: 'سالم عبد الكريم', country: null, surfaces: ['سالم عبد الكريم'] };
  hasWith([unknown], doc, 'ACCUSE IRQ>TUR asserted');
  assert.ok(!triples(doc, [unknown]).some((t) => t.includes('>FRA')), triples(doc, [unknown]).join('; '));
  // A lone day name between commas is a time aside, and the object after it is still the object.
  has('واعتقلت الشرطة التركية، الثلاثاء، رجلا، فرنسي المولد، في أنقرة.', 'COERCE TUR>FRA asserted');
});

test('conjoined titles before one demonym: the verb-first subject is that demonym', () => {
  has('ونشرت وزارة الخارجية التركية بيانا. وعرض وزير الداخلية ووزير حقوق الإنسان العراقيين على الأردن تبادلا للأسرى.', 'AGREE IRQ>JOR asserted');
  assert.ok(!triples('ونشرت وزارة الخارجية التركية بيانا. وعرض وزير الداخلية ووزير حقوق الإنسان العراقيين على الأردن تبادلا للأسرى.').some((t) => t.startsWith('AGREE TUR')));
});

test('a future phrase with a conjunction on its first word: ومن المتوقع', () => {
  has('ومن المتوقع أيضا عقد قمة بين تركيا والعراق في أنقرة.', 'CONSULT TUR>IRQ future', 'CONSULT IRQ>TUR future');
});

test('an agent phrase makes an undiacritized verb passive: قتل ... برصاص القوات', () => {
  has('وقتل ثلاثة عراقيين برصاص القوات التركية قرب الحدود.', 'ASSAULT TUR>IRQ asserted');
  has('وأصيب خمسة عراقيين بنيران الجيش التركي.', 'ASSAULT TUR>IRQ asserted');
  assert.ok(!triples('وقتل ثلاثة عراقيين برصاص القوات التركية قرب الحدود.').some((t) => t.startsWith('ASSAULT IRQ')));
});

test('an attack on sites in a place is an attack on that place; an attack on a position is criticism', () => {
  has('وقصفت الطائرات التركية مواقع في العراق.', 'ASSAULT TUR>IRQ asserted');
  has('وشن الرئيس المصري هجوما على الموقف التركي من الأزمة.', 'ACCUSE EGY>TUR asserted');
  assert.ok(!triples('وشن الرئيس المصري هجوما على الموقف التركي من الأزمة.').some((t) => t.startsWith('ASSAULT')));
});

test('a mediator between two sides targets both; a mutual act between them is theirs', () => {
  const got = triples('وتسعى مصر إلى التوسط بين تركيا والعراق.');
  assert.ok(got.includes('CONSULT EGY>TUR intended') && got.includes('CONSULT EGY>IRQ intended'), got.join('; '));
  assert.ok(!got.includes('CONSULT TUR>IRQ intended'), got.join('; '));
});

test('short words with a conjunction: ولم (negation), وحث (verb)', () => {
  has('ولم تلتق الرئيسة المصرية نظيرها التركي.', 'CONSULT EGY>TUR negated');
  has('وحث وزير الخارجية الفرنسي تركيا على ضبط النفس.', 'REQUEST FRA>TUR asserted');
});

test('exchanging accusations is mutual; a condemnation noun finds its target inside a ل phrase', () => {
  has('وتبادلت تركيا وفرنسا الاتهامات بشأن الأزمة.', 'ACCUSE TUR>FRA asserted', 'ACCUSE FRA>TUR asserted');
  has('وجددت مصر إدانتها للهجمات التركية.', 'ACCUSE EGY>TUR asserted');
});

test('MOBILIZE: sending troops, intended', () => {
  has('وتعتزم تركيا إرسال قوات إلى العراق.', 'MOBILIZE TUR>IRQ future');
});

test('a verb with a pronoun in the object slot of a verb-first clause is a verbal noun: وأكدت مصر رفضها', () => {
  has('وأكدت مصر رفضها للتدخل التركي في العراق.', 'REJECT EGY>TUR asserted');
  assert.ok(!triples('وأكدت مصر رفضها للتدخل التركي في العراق.').some((t) => t.startsWith('REJECT TUR')));
});

test('spelling variants and raids: دانت، داهمت', () => {
  has('ودانت مصر الهجوم التركي على العراق.', 'ACCUSE EGY>TUR asserted');
  has('وداهمت القوات التركية منازل في العراق. واعتقلت عراقيين.', 'ASSAULT TUR>IRQ asserted', 'COERCE TUR>IRQ asserted');
});

test('quantities before a demonym belong to the actor: ونظم مئات المصريين وقفة احتجاجية أمام السفارة', () => {
  has('ونظم مئات المصريين وقفة احتجاجية أمام السفارة التركية.', 'PROTEST EGY>TUR asserted');
});

test('both sides named after the both-sides word; future marked far after the verb', () => {
  has('وبحث الجانبان المصري والتركي الوضع في العراق.', 'CONSULT EGY>TUR asserted', 'CONSULT TUR>EGY asserted');
  has('ويلتقي الرئيس التركي نظيره الفرنسي في جنيف الشهر المقبل.', 'CONSULT TUR>FRA future');
});

// ── branch events5: rules and entries found on the dev3 sample ──────────────

const NOWHERE: SurfaceSpec = { id: 'acme', type: 'ORG', name: 'شركة النخيل', country: null, actor: null, surfaces: ['شركة النخيل'] };

test('both sides need a country or actor code: an unplaced organization is not a side', () => {
  assert.deepEqual(triples('واتهمت مصر شركة النخيل بتهريب الوقود.', [NOWHERE]), []);
  assert.deepEqual(triples('وانتقدت شركة النخيل الحكومة الفرنسية بشدة.', [NOWHERE]), []);
});

test('attribution phrases (وفقا ل، بحسب، نقلا عن) are never arguments', () => {
  const got = triples('ورفضت تركيا دخول اللاجئين إلى أراضيها، وفقا للأمم المتحدة.', [UN]);
  assert.ok(!got.some((t) => t.includes('IGO')), got.join('; '));
  const got2 = triples('وهاجمت القوات التركية قرى حدودية، بحسب الأمم المتحدة.', [UN]);
  assert.ok(!got2.some((t) => t.includes('IGO')), got2.join('; '));
});

test('agreement: a masculine verb before a bare state name takes it as object, not subject', () => {
  // "يدين" is masculine: the subject is the draft, and Turkey is the one condemned.
  // "يدين" is masculine: its subject is the statement, and Turkey is the one condemned, not the accuser.
  for (const text of ['وصدر بيان يدين تركيا لقصفها العراق.', 'وصدر بيان يتهم تركيا بقصف العراق.']) {
    const got = triples(text);
    assert.ok(!got.some((t) => t.startsWith('ACCUSE TUR>')), `${text}: ${got.join('; ')}`);
  }
  // A feminine verb before a state name still takes it as subject.
  has('وتدين تركيا فرنسا بسبب تصريحات وزيرها.', 'ACCUSE TUR>FRA asserted');
  // Masculine state names (العراق) agree with a masculine verb.
  has('وأدان العراق القصف الذي شنته القوات التركية.', 'ACCUSE IRQ>TUR asserted');
});

test('relative clause: without a resumptive pronoun the head (also across a comma) is the subject', () => {
  has('وتقوم فرنسا، التي تساند الحكومة العراقية، بدور الوسيط.', 'SUPPORT FRA>IRQ asserted');
  has('وقالت مصر التي تدعم الأردن إن الحوار هو الحل.', 'SUPPORT EGY>JOR asserted');
});

test('new entries: doubt, travel, freezing contacts, fighting, displacement', () => {
  has('وشكك وزير الخارجية الفرنسي في قدرة الحكومة العراقية على الإصلاح.', 'ACCUSE FRA>IRQ asserted');
  has('وتوجه الرئيس المصري إلى الأردن في زيارة رسمية.', 'CONSULT EGY>JOR asserted');
  has('وجمدت مصر اتصالاتها مع تركيا منذ العام الماضي.', 'SANCTION EGY>TUR asserted');
  has('وقاتلت القوات العراقية القوات التركية قرب الحدود.', 'ASSAULT IRQ>TUR asserted');
});

test('verb-first subject with a conjoined co-subject and a time aside before the object', () => {
  has('والتقى الرئيس المصري ووزير خارجيته، الجمعة، رئيس الوزراء التركي.', 'CONSULT EGY>TUR asserted', 'CONSULT TUR>EGY asserted');
  // Without an aside, the conjoined actor is the other party.
  has('والتقى الرئيس المصري والرئيس الفرنسي في القاهرة.', 'CONSULT EGY>FRA asserted', 'CONSULT FRA>EGY asserted');
});

test('an act inside a time phrase (خلال اجتماع) of a reporting verb with a dropped subject is the speaker\'s', () => {
  has('قال الرئيس المصري إن الحوار مهم. وأضاف خلال اجتماع مع وزيري خارجية الأردن والعراق إن الوضع صعب.', 'CONSULT EGY>JOR asserted', 'CONSULT EGY>IRQ asserted');
  // Not a reporting verb: no speaker to carry.
  none('وقتل عشرة أشخاص خلال اجتماع مع مسؤولين في العراق.');
});

test('a newspaper\'s interview or its reporter\'s meeting is not a consultation', () => {
  const paper: SurfaceSpec = { id: 'paper', type: 'ORG', name: 'صحيفة الأهرام', country: 'EGY', actor: 'EGYMED', surfaces: ['صحيفة الأهرام'] };
  assert.deepEqual(triples('والتقت صحيفة الأهرام مع وزير الخارجية التركي في أنقرة.', [paper]).filter((t) => t.startsWith('CONSULT')), []);
  hasWith([paper], 'والتقى وزير الخارجية المصري مع وزير الخارجية التركي في أنقرة.', 'CONSULT EGY>TUR asserted');
});

test('entries of branch events5: objecting, blaming, boycotting, allowing, donating; fear is not assertion', () => {
  has('واعترضت تركيا على القرار الفرنسي.', 'REJECT TUR>FRA asserted');
  has('ولامت تركيا الحكومة العراقية على التقصير.', 'ACCUSE TUR>IRQ asserted');
  has('وقاطعت مصر المنتجات التركية.', 'SANCTION EGY>TUR asserted');
  has('وسمحت مصر للوفد التركي بدخول المطار.', 'CONCEDE EGY>TUR asserted');
  has('وتبرعت فرنسا للحكومة العراقية بمليون يورو.', 'AID FRA>IRQ asserted');
  has('ويخشى الأردن أن تهاجم القوات التركية الحدود العراقية.', 'ASSAULT TUR>IRQ hypothetical');
});

test('agreement also holds for a subject before its verb: a masculine verb does not take a state named before it', () => {
  none('وأعلنت مصر أن فرنسا يدعم الحكومة العراقية.');
  has('وتركيا تدعم الحكومة العراقية.', 'SUPPORT TUR>IRQ asserted');
  has('وفرنسا يدعمها الأردن.', 'SUPPORT JOR>FRA asserted');
});

test('a time aside between verb and object word does not break a multiword pattern', () => {
  has('افتتحت مصر، الأربعاء، سفارتها الجديدة في العراق.', 'SUPPORT EGY>IRQ asserted');
});

test('a reciprocal verb takes a conjoined actor as the other party only right after its subject', () => {
  const got = triples('ولم يلتق وزير الخارجية المصري الذي توجه إلى الأردن والعراق بالرئيس التركي.');
  assert.ok(got.includes('CONSULT EGY>TUR negated'), got.join('; '));
  assert.ok(!got.includes('CONSULT EGY>IRQ negated'), got.join('; '));
});

test('an attack in words on a person is criticism; hashtags do not use up the object window', () => {
  const envoy: SurfaceSpec = { id: 'amb', type: 'PER', name: 'جان', country: 'FRA', actor: 'FRAGOV', surfaces: ['السفير الفرنسي'] };
  const president: SurfaceSpec = { id: 'pres', type: 'PER', name: 'سمير', country: 'EGY', actor: 'EGYGOV', surfaces: ['سمير_حسن'] };
  hasWith([envoy, president], 'شن الرئيس المصري، #سمير_حسن، هجوما عنيفا على السفير الفرنسي.', 'ACCUSE EGY>FRA asserted');
  has('شنت القوات التركية هجوما على مواقع في العراق.', 'ASSAULT TUR>IRQ asserted');
});

test('a direct object does not stand in a relative clause: condemning an attack on X does not accuse X', () => {
  const got = triples('أدانت مصر الهجوم الذي استهدف السفارة الفرنسية في بغداد.');
  assert.ok(!got.includes('ACCUSE EGY>FRA asserted'), got.join('; '));
  has('أدانت مصر القصف التركي على العراق.', 'ACCUSE EGY>TUR asserted');
});

test('a threat names its target through the threatened act; an unplaced actor is skipped as target', () => {
  has('وتوعدت تركيا برد قاس على العراق.', 'THREATEN TUR>IRQ asserted');
  has('وهدد الرئيس التركي بشن عملية عسكرية في العراق.', 'THREATEN TUR>IRQ asserted');
  hasWith([NOWHERE], 'واتهمت مصر شركة النخيل والحكومة التركية بتهريب الوقود.', 'ACCUSE EGY>TUR asserted');
});

test('the possessor of an attacked object is the target; aid announced as a verbal noun', () => {
  has('وقصفت القوات العراقية مواقع للقوات التركية.', 'ASSAULT IRQ>TUR asserted');
  has('وأعلنت مصر تقديم مساعدات إنسانية للعراق.', 'AID EGY>IRQ asserted');
});

test('comma-closed asides of occasion and time after a verb-first subject do not hide the object', () => {
  has('واتهم الرئيس التركي، في مؤتمر صحفي، مساء الاثنين، الحكومة العراقية بالتقصير.', 'ACCUSE TUR>IRQ asserted');
});

test('أنه/أنها before a verb: the pronoun stands for the sentence subject, not a nearer genitive or an object demonym', () => {
  has('وقالت مصر إنها ترفض القرار التركي.', 'REJECT EGY>TUR asserted');
  const people: SurfaceSpec[] = [
    { id: 'p-tur', type: 'PER', name: 'كمال', country: 'TUR', actor: 'TURGOV', surfaces: ['كمال'] },
    { id: 'p-irq', type: 'PER', name: 'حيدر', country: 'IRQ', actor: 'IRQGOV', surfaces: ['حيدر'] },
    { id: 'p-fra', type: 'PER', name: 'جان', country: 'FRA', actor: 'FRAGOV', surfaces: ['جان'] },
  ];
  hasWith(people, 'وكرر كمال انتقاده بعد مؤتمر حيدر، مؤكدا أنه يؤيد تصريحات جان.', 'SUPPORT TUR>FRA asserted');
});

test('clashes in a time phrase belong to the sentence subject; a threat to withdraw from a state\'s deal targets that state', () => {
  has('حررت القوات العراقية، الخميس، مناطق جديدة في الموصل، عقب معارك عنيفة مع القوات التركية.', 'ASSAULT IRQ>TUR asserted', 'ASSAULT TUR>IRQ asserted');
  has('وهدد الرئيس الفرنسي بالانسحاب من الاتفاق التركي.', 'THREATEN FRA>TUR asserted');
});

test('after the future س only present forms: ستوجه and ستدخل are not توجه and تدخل', () => {
  none('وقالت مصر إن تركيا ستوجه إليها تهمة.');
  has('وستتوجه مصر إلى العراق.', 'CONSULT EGY>IRQ future');
});

test('other senses and non-actors: ranking is not occupying, a trip is not deporting, a newspaper is not a side', () => {
  none('وتحتل تركيا المرتبة الثالثة بعد العراق من حيث عدد السكان.');
  none('وسافر الرئيس التركي مع وزير الخارجية المصري في رحلته إلى العراق.');
  const paper: SurfaceSpec = { id: 'paper', type: 'ORG', name: 'صحيفة الأهرام', country: 'EGY', actor: 'EGYMED', surfaces: ['صحيفة الأهرام'] };
  assert.deepEqual(triples('وانتقدت صحيفة الأهرام الحكومة التركية.', [paper]), []);
  has('واحتلت القوات التركية العراق.', 'COERCE TUR>IRQ asserted');
});

test('verbal nouns: ل in construct (إدانتها لقرار X), the speaker after a participle of saying, no object pronoun on an intransitive verb', () => {
  has('وأعربت مصر عن إدانتها لقرار تركيا.', 'ACCUSE EGY>TUR asserted');
  has('وأدانت مصر القصف، مؤكدة تضامنها مع العراق.', 'SUPPORT EGY>IRQ asserted');
  // Withdrawing from a deal is a rejection, not a retreat.
  has('وقالت تركيا إن انسحابها من الاتفاق مع العراق قرار نهائي.', 'REJECT TUR>IRQ asserted');
  none('وأعلنت تركيا انسحاب قواتها من الاتفاق.');
});

test('receiving: the subject of تلقى/حصل على undergoes the act its object names, done by the demonym adjective', () => {
  const FRA2: SurfaceSpec = state('fra2', 'FRA', ['باريس'], ['فرنسيا']);
  hasWith([FRA2], 'وتلقت تركيا دعما فرنسيا.', 'SUPPORT FRA>TUR asserted');
  has('وحصلت مصر على مساعدات فرنسية.', 'AID FRA>EGY asserted');
  none('وخرج الآلاف بحثا عن الطعام في العراق.');
});

test('first-person verbs: the quote\'s speaker or the subject of the saying verb, never a third person nearby', () => {
  const people: SurfaceSpec[] = [{ id: 'p-tur', type: 'PER', name: 'كمال', country: 'TUR', actor: 'TURGOV', surfaces: ['كمال'] }];
  hasWith(people, 'وقال كمال إننا ندين القصف الفرنسي على العراق.', 'ACCUSE TUR>FRA asserted');
  // A quote with its speaker from the quotes layer.
  const text = 'وقال كمال: "نطالب مصر بفتح الحدود".';
  const doc = createDoc({ text, date: '2024-05-01' }, segmenter);
  const entities = entitiesFromSurfaces(doc.text, [...ALL, ...people]);
  const open = doc.text.indexOf('"');
  const close = doc.text.lastIndexOf('"') + 1;
  const cue = doc.text.indexOf('وقال');
  const quotes = [{ speaker: 'p-tur', speakerText: 'كمال', cue: { start: cue, end: cue + 4, text: 'وقال' }, via: null, direct: true, start: open, end: close, text: doc.text.slice(open, close) }];
  const events = stage.run(doc, { entities, quotes });
  const country = (id: string | null) => entities.find((e) => e.id === id)?.country ?? '-';
  const got = events.map((e) => `${e.plover} ${country(e.source)}>${country(e.target)}`);
  assert.ok(got.includes('REQUEST TUR>EGY'), got.join('; '));
  // Without the quote, Egypt is not taken as the subject of نطالب.
  assert.ok(!stage.run(doc, { entities }).some((e) => e.source === 'egy'));
});

test('a delegation from X stands for X; an agreement between X and Y makes both targets of a reaction', () => {
  has('واستقبل الرئيس المصري، اليوم، وفدا من الحكومة العراقية.', 'CONSULT EGY>IRQ asserted', 'CONSULT IRQ>EGY asserted');
  has('ورحبت فرنسا بالاتفاق بين مصر وتركيا.', 'SUPPORT FRA>EGY asserted', 'SUPPORT FRA>TUR asserted');
});

test('منع: keeping an actor out is coercion', () => {
  has('ومنعت تركيا الوفد الفرنسي من دخول العراق.', 'COERCE TUR>FRA asserted');
});

test('tanween nouns are not dual verbs; a title\'s name is not the target; time words between subject and object', () => {
  none('وقال الرئيس المصري إن على تركيا أن ترسل طلبا للعراق.');
  const people: SurfaceSpec[] = [{ id: 'p-fra', type: 'PER', name: 'جان', country: 'FRA', actor: 'FRAGOV', surfaces: ['جان'] }];
  const got = triples('طالب الرئيس المصري جان بكشف الحقيقة.', people);
  assert.ok(!got.some((t) => t.startsWith('REQUEST EGY>FRA')), got.join('; '));
  has('وواصلت القوات التركية الجمعة قصفها على العراق.', 'ASSAULT TUR>IRQ asserted');
  none('وأراد الرئيس المصري أن يخفي هذا دعما.');
});

test('a denied act is coded negated instead of a rejection; a title\'s post and a name aside belong to the subject', () => {
  const got = triples('وتنفي تركيا تزويدها للحكومة العراقية بالأسلحة.');
  assert.ok(got.includes('AID TUR>IRQ negated'), got.join('; '));
  assert.ok(!got.some((t) => t.startsWith('REJECT')), got.join('; '));
  has('ونفت مصر اتهامات تركيا.', 'REJECT EGY>TUR asserted');
  has('رفض سفير مصر لدى العراق، الأربعاء، القرار التركي.', 'REJECT EGY>TUR asserted');
  has('وتقوم فرنسا بدور الوساطة بين مصر وتركيا.', 'CONSULT FRA>EGY asserted', 'CONSULT FRA>TUR asserted');
});

test('words the entity layer may take for a place are no sides: مسقط رأسه, في المدينة', () => {
  const OMN: SurfaceSpec = state('omn', 'OMN', ['مسقط'], []);
  assert.deepEqual(triples('وزار الرئيس المصري مسقط رأسه في الصعيد.', [OMN]), []);
  hasWith([OMN], 'وزار الرئيس المصري مسقط.', 'CONSULT EGY>OMN asserted');
});

test('possibility: قد before a present form, ربما, من المحتمل are hypothetical; قد before a past form asserts', () => {
  has('وقال الرئيس المصري إنه قد يزور تركيا في مايو.', 'CONSULT EGY>TUR hypothetical');
  has('وربما يزور الرئيس المصري تركيا.', 'CONSULT EGY>TUR hypothetical');
  has('ومن المحتمل أن يزور الرئيس المصري تركيا.', 'CONSULT EGY>TUR hypothetical');
  has('وقد زار الرئيس المصري تركيا.', 'CONSULT EGY>TUR asserted');
  has('وقد تعهدت مصر بدعم العراق.', 'AGREE EGY>IRQ asserted');
});

test('a conjunct under a preposition (بين مصر وتركيا) is no subject; quote marks do not hide a participle of saying', () => {
  none('وقالت الصحيفة إن المنافسة بين مصر وتركيا وصلت إلى العراق.');
  has('وأدانت مصر القصف، مؤكدة "تضامنها" مع العراق.', 'SUPPORT EGY>IRQ asserted');
});

test('protests: the people of a place named past a time aside; a protest against one\'s own government keeps no target', () => {
  has('تظاهر، السبت، الآلاف في وسط مصر احتجاجا على قرارات الحكومة المصرية.', 'PROTEST EGY>- asserted');
  has('وعقدت مصر اتفاقا مع تركيا.', 'SUPPORT EGY>TUR asserted', 'SUPPORT TUR>EGY asserted');
  has('واشتكى المصريون لدى الحكومة التركية.', 'ACCUSE EGY>TUR asserted');
});

test('a dual verb is "both sides" only for mutual acts; a place of fighting does not fight back', () => {
  const got = triples('والتقى الرئيس العراقي بنظيره التركي. وقال خبير إن الوزيرين المصري والفرنسي ينبغي أن يعارضا الاجتماع.');
  assert.ok(!got.some((t) => t.startsWith('REJECT')), got.join('; '));
  has('والتقى الرئيس المصري نظيره الفرنسي، ثم اتفقا على التعاون.', 'AGREE EGY>FRA asserted');
  const fight = triples('ويتم دفع عناصر القوات التركية إلى القتال في العراق.');
  assert.ok(!fight.includes('ASSAULT IRQ>TUR asserted'), fight.join('; '));
});

// ── branch events6 ────────────────────────────────────────────────────────
const YEM = state('yem', 'YEM', ['اليمن', 'صنعاء', 'صعدة'], ['اليمني', 'اليمنية']);
const HOUTHI: SurfaceSpec = { id: 'houthi', type: 'ORG', name: 'الحوثيون', country: 'YEM', actor: 'YEMREB', surfaces: ['ميليشيات الحوثي', 'الحوثيين', { text: 'الحوثية', kind: 'demonym' }] };
const LBY = state('lby', 'LBY', ['ليبيا', 'بنغازي'], ['الليبي', 'الليبية']);
const SYR = state('syr', 'SYR', ['سوريا', 'درعا'], ['السوري', 'السورية']);
const RUS = state('rus', 'RUS', ['روسيا', 'موسكو'], ['الروسي', 'الروسية', 'روسية']);
const ISIS: SurfaceSpec = { id: 'isis', type: 'ORG', name: 'تنظيم الدولة', country: 'IRQ', actor: 'IMGMUSREB', surfaces: ['تنظيم الدولة'] };

test('actors the entity layer leaves uncoded: the coalition and the army in Yemen, Libya\'s army by the article', () => {
  hasWith([YEM, HOUTHI], 'وشنت مقاتلات التحالف غارات على مواقع الحوثيين في صعدة.', 'ASSAULT SAU>YEM asserted');
  hasWith([YEM, HOUTHI], 'وأكد أن الجيش الوطني، بإسناد من التحالف العربي، حرر مواقع من ميليشيات الحوثي في اليمن.', 'AID SAU>YEM asserted');
  hasWith([YEM, HOUTHI], 'وهاجمت قوات الشرعية مواقع ميليشيات الحوثي في صعدة.', 'ASSAULT YEM>YEM asserted');
  hasWith([LBY], 'واتهم الجيش الوطني تركيا بدعم الميليشيات في ليبيا.', 'ACCUSE LBY>TUR asserted');
  // Without Yemen in the article "التحالف" is no side: the raid has no named doer.
  const got = triples('وشنت طائرات التحالف غارات على مواقع تركية.');
  assert.ok(!got.some((t) => t.includes('SAU')), got.join('; '));
});

test('a bare demonym after a forces word is the state\'s military (قوات #الجيش_اليمني against the Houthis is no same-state pair)', () => {
  hasWith([YEM, HOUTHI], 'وهاجمت قوات الجيش اليمني مواقع ميليشيات الحوثي.', 'ASSAULT YEM>YEM asserted');
  hasWith([YEM, HOUTHI], 'وهاجمت قوات # اليمنية مواقع ميليشيات الحوثي.', 'ASSAULT YEM>YEM asserted');
});

test('Kurdish forces and the Syrian opposition take the country of the article; government forces the nearest place', () => {
  hasWith([SYR], 'وقصفت القوات التركية مواقع القوات الكردية في شمال سوريا.', 'ASSAULT TUR>SYR asserted');
  hasWith([SYR, RUS], 'وقصفت القوات الروسية مواقع فصائل المعارضة في ريف درعا.', 'ASSAULT RUS>SYR asserted');
  hasWith([YEM, HOUTHI], 'ودعمت مصر القوات الحكومية التي تقاتل الحوثيين في اليمن.', 'SUPPORT EGY>YEM asserted');
});

test('an accusative demonym (مسؤولا إيرانيا) is an actor', () => {
  has('والتقى وزير الخارجية الأردني مسؤولا إيرانيا في عمان.', 'CONSULT JOR>IRN asserted', 'CONSULT IRN>JOR asserted');
});

test('a verb right after an indefinite event noun opens a relative clause on it: the actor after is the object', () => {
  const got = triples('وتبنى تنظيم الدولة هجوما انتحاريا استهدف القوات التركية في أنقرة.', [ISIS]);
  assert.ok(got.includes('ASSAULT IRQ>TUR asserted'), got.join('; '));
  assert.ok(!got.some((t) => t.startsWith('ASSAULT TUR>')), got.join('; '));
});

test('hashtag marks are not words between a preposition and its actor', () => {
  hasWith([YEM, HOUTHI], 'وأحكمت قوات الجيش اليمني سيطرتها على مواقع عقب معارك عنيفة مع #الحوثيين في صعدة.', 'ASSAULT YEM>YEM asserted');
  has('وشن الجيش العراقي هجوما واسعا على مواقع #القوات_التركية قرب الحدود.', 'ASSAULT IRQ>TUR asserted');
});

test('تعرض ل + an event noun + من: the one who undergoes is the target, the actor after من the source', () => {
  has('وتعرضت القوات العراقية لقصف مكثف من الطائرات التركية.', 'ASSAULT TUR>IRQ asserted');
});

test('تعرض ل + an event noun + a demonym adjective: the adjective is the doer, as for the noun elsewhere', () => {
  has('وتعرضت سفينة تركية لهجوم فرنسي قبالة السواحل.', 'ASSAULT FRA>TUR asserted');
  has('وقال مسؤولون إن القرى العراقية تتعرض لقصف مدفعي فرنسي منذ أيام.', 'ASSAULT FRA>IRQ asserted');
  assert.deepEqual(triples('وتعرضت سفينة تركية لهجوم في المياه الدولية.'), []);
});

test('كل من before conjoined subjects, each of them a subject', () => {
  const got = triples('وتعارض كل من مصر والأردن والعراق الخطة التركية.');
  for (const w of ['REJECT EGY>TUR asserted', 'REJECT JOR>TUR asserted', 'REJECT IRQ>TUR asserted']) assert.ok(got.includes(w), got.join('; '));
  assert.ok(!got.some((t) => t.includes('>IRQ') || t.includes('>JOR')), got.join('; '));
});

test('بلاده is the country of the sentence\'s subject; تواصل مع and وقوف مع', () => {
  has('وقال وزير الخارجية الأردني إن بلاده ترفض التدخل التركي.', 'REJECT JOR>TUR asserted');
  has('وكشف وزير الخارجية الفرنسي عن تواصله مع نظيره العراقي، مؤكدا وقوف بلاده مع العراق.', 'CONSULT FRA>IRQ asserted', 'SUPPORT FRA>IRQ asserted');
});

test('an oblique both-sides word after a one-way verb is its object (دعا الطرفين العراقي والتركي)', () => {
  const got = triples('ودعا الرئيس المصري الطرفين العراقي والتركي إلى الحوار.');
  assert.ok(got.includes('REQUEST EGY>IRQ asserted') && got.includes('REQUEST EGY>TUR asserted'), got.join('; '));
  assert.ok(!got.includes('REQUEST IRQ>TUR asserted'), got.join('; '));
});

test('a mutual act with a dual pronoun (قمتهما) is between the two sides named before', () => {
  has('وقال الرئيس المصري إن الرئيس التركي أعرب خلال قمتهما عن أمله في السلام.', 'CONSULT EGY>TUR asserted', 'CONSULT TUR>EGY asserted');
});

test('retaliatory measures (إجراءات انتقامية ردا على ...) threaten the one they answer', () => {
  has('وتعتزم تركيا اتخاذ إجراءات انتقامية ردا على العقوبات الفرنسية.', 'THREATEN TUR>FRA future');
  none('واتخذت الحكومة إجراءات انتقامية.');
});

// ── Added by branch events7 (general mechanisms found on dev5 and the earlier dev samples) ──

test('a verbal noun with its genitive doer and a ل object: the genitive is the source, the ل phrase the target', () => {
  // The bare form دعم could be the past verb; after a preposition it is the noun.
  has('وجاء ذلك بعد دعم تركيا للعراق.', 'SUPPORT TUR>IRQ asserted');
  has('وتحدث الوزير عن قصف تركيا لمواقع عراقية.', 'ASSAULT TUR>IRQ asserted');
  has('وأكد الوزير أن تهديد تركيا للعراق مرفوض.', 'THREATEN TUR>IRQ asserted');
  has('وتحدثت مصادر عن استهداف طائرات تركية لمواقع عراقية.', 'ASSAULT TUR>IRQ asserted');
  has('وأكدت فرنسا أن استقبال مصر للوفد التركي جاء بعد القمة.', 'CONSULT EGY>TUR asserted', 'CONSULT TUR>EGY asserted');
  // ل with a pronoun: the sentence's subject, not the protesters named nearer.
  const got = triples('وأطلقت القوات التركية النار على المحتجين العراقيين بعد إدانة فرنسا لها.');
  assert.ok(got.includes('ACCUSE FRA>TUR asserted') && !got.includes('ACCUSE FRA>IRQ asserted'), got.join('; '));
});

test('verbal nouns of verbs that had none, and light verbs that pass their subject to them', () => {
  has('ووجه الرئيس الفرنسي الشكر لنظيره المصري على الوساطة.', 'SUPPORT FRA>EGY asserted');
  has('وأعلنت مصر موافقتها على المقترح الفرنسي.', 'CONCEDE EGY>FRA asserted');
});

test('new lexicon entries: coordinate, confiscate, release (أخلى سبيل), deny (أنكر), warn (أنذر)', () => {
  has('ونسقت مصر مع الأردن لإعادة فتح المعبر.', 'COOPERATE EGY>JOR asserted', 'COOPERATE JOR>EGY asserted');
  has('وصادرت السلطات التركية أموالا عراقية.', 'COERCE TUR>IRQ asserted');
  has('وأخلت السلطات التركية سبيل الصحفي الفرنسي.', 'RETREAT TUR>FRA asserted');
  has('وأنكرت تركيا اتهامات فرنسا.', 'REJECT TUR>FRA asserted');
  has('وأنذرت تركيا العراق من عواقب التصعيد.', 'THREATEN TUR>IRQ asserted');
});

test('a release or withdrawal without the side it concerns is not coded', () => {
  none('وأفرجت السلطات المصرية عن الناشط أمس.');
});

test('ل on a noun for people before a demonym (لخبراء روس) is the demonym\'s preposition', () => {
  const RUS = state('rus', 'RUS', ['روسيا', 'موسكو'], ['روس', 'الروسي']);
  hasWith([RUS], 'وسمحت مصر لخبراء روس بتفتيش المطارات.', 'CONCEDE EGY>RUS asserted');
});

test('two different people of one state are two sides (a domestic event, as the gold codes it)', () => {
  const person = (id: string, name: string, actor: string): SurfaceSpec => ({ id, type: 'PER', name, country: 'EGY', actor, surfaces: [name] });
  const got = triples('وانتقد صباحي أمس الرئيس السيسي.', [person('p1', 'صباحي', 'EGY'), person('p2', 'السيسي', 'EGYGOV')]);
  assert.ok(got.includes('ACCUSE EGY>EGY asserted'), 'got: ' + got.join('; '));
  // A person and his own state stay one side.
  none('وانتقد الرئيس المصري مصر.');
});

test('a verbal noun object after a control verb whose subject is a title and a name, past a time aside', () => {
  has('وقرر الرئيس التركي، الجمعة، فرض عقوبات على العراق.', 'SANCTION TUR>IRQ asserted');
  has('وقرر وزير الخارجية الفرنسي جان إيف فرض عقوبات على تركيا.', 'SANCTION FRA>TUR asserted');
  has('ووجه الرئيس المصري، السبت، الشكر للأردن على دعمه.', 'SUPPORT EGY>JOR asserted');
});

test('a bare verb form right after a verb-first subject is the object noun (انتقد الوزير دعم تركيا)', () => {
  const got = triples('وانتقد الوزير الفرنسي دعم تركيا للمسلحين العراقيين.');
  assert.ok(got.includes('ACCUSE FRA>TUR asserted') && got.includes('SUPPORT TUR>IRQ asserted'), got.join('; '));
});

test('a death (مقتل) names its doer only through an agent phrase; a condemnation of an act targets its doer', () => {
  has('وأعلنت مصر مقتل جنود عراقيين بغارة تركية.', 'ASSAULT TUR>IRQ asserted');
  // The announcer of a death is not its doer.
  const got = triples('وأعلنت مصر مقتل جنود عراقيين.');
  assert.ok(!got.some((t) => t.startsWith('ASSAULT')), got.join('; '));
  const condemned = triples('وأدانت مصر مقتل العراقيين برصاص القوات التركية.');
  assert.ok(condemned.includes('ACCUSE EGY>TUR asserted') && !condemned.includes('ACCUSE EGY>IRQ asserted'), condemned.join('; '));
  // An agent phrase that belongs to the noun does not make the verb before it passive.
  assert.ok(!condemned.includes('ACCUSE TUR>EGY asserted'), condemned.join('; '));
});

test('recalling one\'s own ambassador as a verbal noun (استدعاء سفيرها لدى)', () => {
  has('وأعلنت مصر استدعاء سفيرها لدى تركيا.', 'SANCTION EGY>TUR asserted');
});

test('an exchange of fire is mutual (تبادل إطلاق النار)', () => {
  has('وتبادل الجيش التركي إطلاق النار مع القوات العراقية.', 'ASSAULT TUR>IRQ asserted', 'ASSAULT IRQ>TUR asserted');
});

test('a state\'s forces striking a place of that state are a domestic event; a place is no side otherwise', () => {
  const city: SurfaceSpec = { id: 'mosul', type: 'LOC', name: 'الموصل', country: 'IRQ', actor: null, surfaces: ['الموصل'] };
  const army: SurfaceSpec = { id: 'irqmil', type: 'ORG', name: 'الجيش العراقي', country: 'IRQ', actor: 'IRQMIL', surfaces: ['الجيش العراقي'] };
  hasWith([city, army], 'وقصف الجيش العراقي مدينة الموصل بالمدفعية.', 'ASSAULT IRQ>IRQ asserted');
  const visit = triples('وزار الجيش العراقي مدينة الموصل.', [city, army]);
  assert.ok(!visit.some((t) => t.startsWith('CONSULT')), visit.join('; '));
});

test('accepting a deal, a proposal or a mediation (قبل اتفاقا، قبلت المقترح)', () => {
  has('وقبلت تركيا المقترح المصري لوقف إطلاق النار.', 'AGREE TUR>EGY asserted');
  has('وقبل الرئيس العراقي اتفاقا مع الأردن.', 'AGREE IRQ>JOR asserted');
});

test('تعرض إلى + an event noun + من, like تعرض ل', () => {
  has('وتتعرض تركيا إلى انتقادات شديدة من فرنسا.', 'ACCUSE FRA>TUR asserted');
});

test('a verbal noun ending in hamza with a pronoun (لقائه) governs a direct object like its verb', () => {
  has('وبحث الرئيس المصري خلال لقائه وزير الخارجية الفرنسي العلاقات الثنائية.', 'CONSULT EGY>FRA asserted', 'CONSULT FRA>EGY asserted');
});

test('under a verb of deciding or intending, a visit noun\'s genitive is the place visited; under أعلن it is the visitor', () => {
  has('ويعتزم الرئيس الفرنسي زيارة العراق الشهر المقبل.', 'CONSULT FRA>IRQ future');
  has('وأعلنت الرئاسة المصرية زيارة الرئيس الفرنسي إلى القاهرة.', 'CONSULT FRA>EGY asserted');
});

// ── branch events8 ───────────────────────────────────────────────────
/** Like triples(), with the times layer the analyzer gives the event stage (dates are asides). */
const triplesWithTimes = (text: string, extra: SurfaceSpec[] = []): string[] => kitTriples(text, { extra, times: true });

test('a date between a verb\'s subject and its object is an aside', () => {
  const got = triplesWithTimes('واتهمت مصر في التاسع من نيسان الجيش التركي باستهداف المعبر.');
  assert.ok(got.includes('ACCUSE EGY>TUR asserted'), got.join('; '));
  const strikes = triplesWithTimes('شنت مصر والأردن وفرنسا فجر السبت، ضربات جوية على مواقع في العراق.');
  for (const w of ['ASSAULT EGY>IRQ asserted', 'ASSAULT JOR>IRQ asserted', 'ASSAULT FRA>IRQ asserted']) assert.ok(strikes.includes(w), strikes.join('; '));
});

test('an event noun, then a light verb with a pronoun resuming it: the verb\'s subject is the doer (الهجوم الذي شنته)', () => {
  has('وأدانت مصر الهجوم الذي شنته القوات التركية على العراق.', 'ASSAULT TUR>IRQ asserted');
  has('وانتقد الأردن الغارات التي نفذتها فرنسا على العراق.', 'ASSAULT FRA>IRQ asserted');
});

test('لم يحل دون: the act that was not prevented is asserted; تواصل before an event noun is continuation, not contact', () => {
  has('ولم يحل القرار دون تواصل المعارك بين تركيا والعراق.', 'ASSAULT TUR>IRQ asserted');
  const got = triples('ولم يحل القرار دون تواصل المعارك بين تركيا والعراق.');
  assert.ok(!got.some((t) => t.startsWith('CONSULT') || t.includes('negated')), got.join('; '));
});

test('conjoined targets after a title and a name (مع الرئيس الفرنسي جان دوبون والعاهل الأردني)', () => {
  const fra: SurfaceSpec = { id: 'p-fra', type: 'PER', name: 'جان دوبون', country: 'FRA', actor: 'FRAGOV', surfaces: [{ text: 'الرئيس الفرنسي', kind: 'title' }, 'جان دوبون'] };
  const jor: SurfaceSpec = { id: 'p-jor', type: 'PER', name: 'عبد الله', country: 'JOR', actor: 'JORGOV', surfaces: [{ text: 'العاهل الأردني', kind: 'title' }, 'عبد الله الثاني'] };
  hasWith([fra, jor], 'وبحث الرئيس المصري في اتصال هاتفي مع الرئيس الفرنسي جان دوبون والعاهل الأردني عبد الله الثاني الأزمة.', 'CONSULT EGY>FRA asserted', 'CONSULT EGY>JOR asserted', 'CONSULT JOR>EGY asserted');
});

test('an envoy\'s post closed by a name the knowledge base does not know (مبعوث الأمم المتحدة إلى العراق مارتن)', () => {
  const name: SurfaceSpec = { id: 'mg', type: 'PER', name: 'مارتن جريفيث', country: null, surfaces: ['مارتن جريفيث'] };
  const got = triples('وزار مبعوث الأمم المتحدة إلى العراق مارتن جريفيث الأردن ومصر.', [UN, name]);
  assert.ok(got.includes('CONSULT IGO>JOR asserted') && got.includes('CONSULT IGO>EGY asserted'), got.join('; '));
  assert.ok(!got.includes('CONSULT IGO>IRQ asserted'), got.join('; '));
});

test('a state named only by its demonym trying or arresting one of its people is a domestic event', () => {
  const person: SurfaceSpec = { id: 'p-egy', type: 'PER', name: 'علاء', country: 'EGY', actor: null, surfaces: ['علاء'] };
  hasWith([person], 'وأصدرت محكمة مصرية حكما بالسجن على علاء.', 'COERCE EGY>EGY asserted');
});

test('the genitive of a noun of deciding or announcing does the verbal noun after it (قرار مصر الانسحاب)', () => {
  has('ورحبت تركيا بقرار مصر الانسحاب من الاتفاق مع العراق.', 'REJECT EGY>IRQ asserted');
  has('وجاء ذلك بعد إعلان فرنسا تسليم العراق المنظومة الدفاعية.', 'COOPERATE FRA>IRQ asserted');
});

test('a titled person right after a verb-first subject is the object, not the subject\'s own name', () => {
  const fra: SurfaceSpec = { id: 'p-fra', type: 'PER', name: 'جان', country: 'FRA', actor: 'FRAGOV', surfaces: ['جان'] };
  const egy: SurfaceSpec = { id: 'p-egy', type: 'PER', name: 'سمير', country: 'EGY', actor: 'EGYGOV', surfaces: [{ text: 'الرئيس المصري', kind: 'title' }, 'سمير'] };
  hasWith([fra, egy], 'وامتدح جان الرئيس المصري سمير.', 'SUPPORT FRA>EGY asserted');
});

test('a feminine title lets إنها stand for a person', () => {
  const minister: SurfaceSpec = { id: 'p-fra', type: 'PER', name: 'ماري', country: 'FRA', actor: 'FRAGOV', surfaces: [{ text: 'وزيرة الخارجية الفرنسية', kind: 'title' }] };
  hasWith([minister], 'وقالت وزيرة الخارجية الفرنسية إنها ستزور العراق.', 'CONSULT FRA>IRQ future');
});

test('hosting refugees is no meeting; a coach is no trainer of a state', () => {
  const host = triples('وتستضيف تركيا حتى الآن ثلاثة ملايين لاجئ عراقي.');
  assert.ok(!host.some((t) => t.startsWith('CONSULT')), host.join('; '));
  const coach = triples('ودرب المدرب الفرنسي المنتخب المصري.');
  assert.ok(!coach.some((t) => t.startsWith('AID')), coach.join('; '));
});

test('lexicon of branch events8: sentencing, tariffs, training, recognizing independence', () => {
  has('وفرضت فرنسا رسوما جمركية على الواردات التركية.', 'SANCTION FRA>TUR asserted');
  has('ودرب الجيش الفرنسي القوات العراقية.', 'AID FRA>IRQ asserted');
  has('واعترف العراق باستقلال الأردن.', 'SUPPORT IRQ>JOR asserted');
  has('وأصدرت محكمة مصرية حكما بالإعدام على مواطنين عراقيين.', 'COERCE EGY>IRQ asserted');
});

test('a verb joined by و after verb, subject and object keeps the subject (احتجزت المخابرات ... عراقيين، وطلبت منهما)', () => {
  const got = triples('احتجزت المخابرات التركية عراقيين في المطار، وطلبت منهما وثيقة.');
  assert.ok(got.includes('REQUEST TUR>IRQ asserted') && !got.includes('REQUEST IRQ>TUR asserted'), got.join('; '));
});

test('ب + an instrument noun + a demonym after a verb that takes ب is its object (ندد الأردن بالغارات التركية)', () => {
  has('وندد الأردن بالغارات التركية على العراق.', 'ACCUSE JOR>TUR asserted');
});

test('a congratulation sent to someone; halting arms exports; a threat against another side past a place of one\'s own state', () => {
  has('وبعث الرئيس المصري برقية تهنئة إلى الرئيس الفرنسي.', 'SUPPORT EGY>FRA asserted');
  has('وقررت فرنسا وقف صادرات الأسلحة إلى تركيا.', 'SANCTION FRA>TUR asserted');
  has('وهددت مصر بإغلاق القاهرة أمام الطائرات التركية.', 'THREATEN EGY>TUR asserted');
});

test('the relative clause names an event noun\'s doer before a preposition would (في هجوم نفذه مسلحون عراقيون)', () => {
  const iraqis: SurfaceSpec = { id: 'irq-p', type: 'LOC', name: 'العراق', country: 'IRQ', actor: 'IRQ', surfaces: [{ text: 'عراقيون', kind: 'demonym' }] };
  hasWith([iraqis], 'وقتل جنود في هجوم نفذه مسلحون عراقيون على الجيش التركي.', 'ASSAULT IRQ>TUR asserted');
});

test('after its genitive doer a verbal noun governs a direct object (لقاء الرئيس المصري الرئيس الفرنسي)', () => {
  has('وجاء ذلك عقب لقاء الرئيس المصري الرئيس الفرنسي في باريس.', 'CONSULT EGY>FRA asserted', 'CONSULT FRA>EGY asserted');
});

test('a person named with a head word (نظام الأسد) right after a verb-first subject is the object', () => {
  const assad: SurfaceSpec = { id: 'p-syr', type: 'PER', name: 'الأسد', country: 'SYR', actor: 'SYRGOV', surfaces: ['الأسد'] };
  hasWith([assad], 'وتدعم تركيا نظام الأسد بالمال.', 'SUPPORT TUR>SYR asserted');
});

test('هنأ with its hamza is "congratulated", not هنا "here"', () => {
  has('وهنأ الرئيس المصري نظيره الفرنسي.', 'SUPPORT EGY>FRA asserted');
  const here = triples('وقال الرئيس المصري هنا إن فرنسا شريك.');
  assert.ok(!here.some((t) => t.startsWith('SUPPORT')), here.join('; '));
});

test('what one receives from X (تلقى، حصل على ... من) was done by X to the receiver', () => {
  has('وتلقت الحكومة الأردنية دعما ماليا من فرنسا.', 'SUPPORT FRA>JOR asserted');
  has('وحصلت مصر على مساعدات عسكرية من فرنسا.', 'AID FRA>EGY asserted');
});

test('an armed group of a state acting by force on that state\'s people is domestic; دمر is destruction', () => {
  const militia: SurfaceSpec = { id: 'irq-m', type: 'ORG', name: 'الحشد الشعبي', country: 'IRQ', actor: 'IRQREB', surfaces: ['الحشد الشعبي'] };
  hasWith([militia], 'واختطف الحشد الشعبي صحفيين عراقيين في بغداد.', 'ASSAULT IRQ>IRQ asserted');
  has('ودمرت الدفاعات الجوية التركية طائرات عراقية.', 'ASSAULT TUR>IRQ asserted');
});

test('a verbal noun with its pronoun doer, then an act whose demonym names its doer (رفضها التدخل التركي)', () => {
  has('وأكدت مصر رفضها التدخل التركي في العراق.', 'REJECT EGY>TUR asserted');
});

test('المدينة alone is the city named last before it (not المدينة المنورة)', () => {
  const city: SurfaceSpec = { id: 'mosul', type: 'LOC', name: 'الموصل', country: 'IRQ', actor: null, surfaces: ['الموصل'] };
  hasWith([city], 'وتقدمت القوات نحو مدينة الموصل. وشنت تركيا هجوما على المدينة يوم الأحد.', 'ASSAULT TUR>IRQ asserted');
});

// ── Added by branch events9 (entries and rules found on unlabelled corpus text, scripts/event-trigger-gaps.ts) ──

test('economic and military cooperation: import, invest, arm, sell arms', () => {
  has('وتستورد مصر القمح من فرنسا منذ سنوات.', 'COOPERATE EGY>FRA asserted');
  has('وقالت الحكومة إن تركيا ستستثمر في العراق.', 'COOPERATE TUR>IRQ future');
  has('وقررت فرنسا تسليح الجيش العراقي.', 'AID FRA>IRQ asserted');
  has('وسلحت فرنسا الجيش العراقي.', 'AID FRA>IRQ asserted');
  has('وباعت فرنسا أسلحة إلى الأردن العام الماضي.', 'AID FRA>JOR asserted');
});

test('talking and working with someone (تحدث مع، يعمل مع) go both ways; تحدث عن أن does not', () => {
  has('وتحدث الرئيس المصري مع نظيره الفرنسي.', 'CONSULT EGY>FRA asserted', 'CONSULT FRA>EGY asserted');
  has('وقال إن تركيا تعمل مع العراق لتأمين الحدود.', 'COOPERATE TUR>IRQ asserted', 'COOPERATE IRQ>TUR asserted');
  none('وتحدث الرئيس المصري عن أن هناك محاولات من فرنسا.');
  none('ووصف الوزير الأردني ما حدث بأنه عملا همجيا من فرنسا.');
});

test('sanctions: freezing assets, designating a group terrorist; striking through وجه ضربة', () => {
  has('وجمدت فرنسا أصولا تركية في باريس.', 'SANCTION FRA>TUR asserted');
  const group: SurfaceSpec = { id: 'g', type: 'ORG', name: 'الحزب', country: 'IRQ', actor: 'IRQREB', surfaces: ['الحزب العراقي'] };
  hasWith([group], 'وأدرجت فرنسا الحزب العراقي على قائمة المنظمات الإرهابية.', 'SANCTION FRA>IRQ asserted');
  has('ووجهت فرنسا ضربة عسكرية للعراق.', 'ASSAULT FRA>IRQ asserted');
});

test('returning an ambassador; rebutting accusations; mocking and insulting', () => {
  has('وأعادت مصر سفيرها إلى الأردن.', 'SUPPORT EGY>JOR asserted');
  has('وردت تركيا على الاتهامات الفرنسية.', 'REJECT TUR>FRA asserted');
  has('وسخر الرئيس التركي من الحكومة الفرنسية.', 'ACCUSE TUR>FRA asserted');
});

test('a condemnation of an act whose doer is named through من قبل targets that doer', () => {
  has('وأدانت مصر إطلاق صواريخ من قبل تركيا على العراق.', 'ACCUSE EGY>TUR asserted', 'ASSAULT TUR>IRQ asserted');
});

test('a run of dots or a bar ends a clause (قد يهمك.. X يتهم Y)', () => {
  has('قد يهمك.. تركيا تتهم فرنسا بدعم الإرهاب.', 'ACCUSE TUR>FRA asserted');
});

test('two organs of one state working together are no event', () => {
  const gov: SurfaceSpec = { id: 'fra-gov', type: 'ORG', name: 'الخارجية الفرنسية', country: 'FRA', actor: 'FRAGOV', surfaces: ['وزارة الخارجية الفرنسية'] };
  const mil: SurfaceSpec = { id: 'fra-mil', type: 'ORG', name: 'الجيش الفرنسي', country: 'FRA', actor: 'FRAMIL', surfaces: ['الجيش الفرنسي'] };
  const got = triples('وقالت وزارة الخارجية الفرنسية إنها ستعمل مع الجيش الفرنسي على الخطة.', [gov, mil]);
  assert.ok(!got.some((t) => t.startsWith('COOPERATE')), got.join('; '));
});

test('a clause-initial title phrase ending in a demonym is the subject (مدير الاستخبارات الفرنسية التقى ...)', () => {
  has('مصادر: مدير الاستخبارات الفرنسية التقى الرئيس العراقي سرا', 'CONSULT FRA>IRQ asserted', 'CONSULT IRQ>FRA asserted');
});

test('انسحاب names a withdrawal from a deal only with the deal after it; sanctions ضد a target', () => {
  has('وأعلن الرئيس انسحاب فرنسا من الاتفاق مع تركيا.', 'REJECT FRA>TUR asserted');
  has('وتحدث عن انسحاب فرنسا من العراق.', 'RETREAT FRA>IRQ asserted');
  has('وفرضت فرنسا عقوبات ضد مسؤولين أتراك.', 'SANCTION FRA>TUR asserted');
});

test('كلا من X وY before verb-first subjects names them one by one; an attack object opening a relative attack verb', () => {
  has('واتهمت كلا من تركيا ومصر فرنسا بدعم الإرهاب.', 'ACCUSE TUR>FRA asserted', 'ACCUSE EGY>FRA asserted');
  has('وشنت فرنسا غارات استهدفت مواقع تركية.', 'ASSAULT FRA>TUR asserted');
});

// ── branch events10: argument finding on unseen corpus text ──

test('the UN adjective (الأممي) is an IGO side; a title holder named after the post is no object', () => {
  const holder: SurfaceSpec = { id: 'env', type: 'PER', name: 'يان', country: 'SWE', actor: 'IGOUNO', surfaces: ['يان إلياسون'] };
  hasWith([holder], 'التقى المبعوث الأممي إلى العراق يان إلياسون وزير الخارجية الأردني.', 'CONSULT IGO>JOR asserted', 'CONSULT JOR>IGO asserted');
  has('وأكد المبعوث الأممي دعمه للحكومة العراقية.', 'SUPPORT IGO>IRQ asserted');
});

test('تحدث هاتفيا إلى، حوار مع، توجيه ضربة ل', () => {
  has('وتحدث الرئيس المصري هاتفيا إلى نظيره الفرنسي.', 'CONSULT EGY>FRA asserted', 'CONSULT FRA>EGY asserted');
  has('وتنوي فرنسا المضي في حوار مع تركيا.', 'CONSULT FRA>TUR future');
  // (events46) a strike being prepared is future (modality.preparations: التحضير)
  has('وبدأت فرنسا التحضير لتوجيه ضربة عسكرية للعراق.', 'ASSAULT FRA>IRQ future');
  // تحدث without هاتفيا keeps only مع: "speaks Arabic ... to the administration" is no meeting.
  none('وانضمت الوزيرة المصرية التي تتحدث العربية إلى الحكومة الفرنسية.');
});

test('a meeting noun with جمع names both sides (لقاء جمع X وY، القمة التي جمعته بـ Y)', () => {
  has('وتأتي الزيارة بعد لقاء جمع الرئيس المصري والرئيس الفرنسي في باريس.', 'CONSULT EGY>FRA asserted', 'CONSULT FRA>EGY asserted');
  has('وقال الرئيس التركي خلال القمة التي جمعته بالرئيس العراقي إن الحوار ضروري.', 'CONSULT TUR>IRQ asserted', 'CONSULT IRQ>TUR asserted');
});

test("a verbal noun's pronoun in a time phrase is its clause's subject, not the nearest actor", () => {
  has('وزير الخارجية المصري ينتقد تركيا قبل استقباله نظيره الفرنسي', 'CONSULT EGY>FRA asserted', 'ACCUSE EGY>TUR asserted');
  assert.ok(!triples('وزير الخارجية المصري ينتقد تركيا قبل استقباله نظيره الفرنسي').includes('CONSULT TUR>FRA asserted'));
});

test('giving names the doer of support (الدعم الذي تقدمه X وY)، and conjoined doers are all condemned', () => {
  has('كما ندد الوزير العراقي بالدعم السياسي والعسكري الذي تقدمه تركيا وفرنسا للأردن.', 'SUPPORT TUR>JOR asserted', 'SUPPORT FRA>JOR asserted', 'ACCUSE IRQ>TUR asserted', 'ACCUSE IRQ>FRA asserted');
});

test("a fronted time clause's actors are no antecedent of the next sentence's dropped subject", () => {
  const got = triples('في الوقت الذي يزور فيه وزير الخارجية الفرنسي بغداد، انتقد الرئيس المصري تركيا. كما ندد بموقف الأردن.');
  assert.ok(got.includes('ACCUSE EGY>JOR asserted'), got.join('; '));
  assert.ok(!got.includes('ACCUSE FRA>JOR asserted'), got.join('; '));
});

test('a comma segment naming a person of another state is the object, not an apposition', () => {
  const erdogan: SurfaceSpec = { id: 'erd', type: 'PER', name: 'رجب', country: 'TUR', actor: 'TURGOV', surfaces: ['رجب طيب أردوغان'] };
  const sisi: SurfaceSpec = { id: 'sisi', type: 'PER', name: 'عبد الفتاح', country: 'EGY', actor: 'EGYGOV', surfaces: ['عبد الفتاح السيسي'] };
  hasWith([erdogan, sisi], 'شكر الرئيس التركي، رجب طيب أردوغان، مساء الأربعاء، عبد الفتاح السيسي، رئيس مصر، على دعمه.', 'SUPPORT TUR>EGY asserted');
});

test('بالتعاون مع / بالتنسيق مع: cooperation with the clause subject', () => {
  has('وقالت الوزيرة الفرنسية إن المهمة نفذت بالتعاون مع تركيا والأردن.', 'COOPERATE FRA>TUR asserted', 'COOPERATE TUR>FRA asserted', 'COOPERATE FRA>JOR asserted');
  none('وأكد الوزير أهمية التعاون الاقتصادي.');
});

test('a denial with no actor named answers the accusation before it (هذه الاتهامات، وهو ما نفته)', () => {
  has('واتهمت مصر تركيا بدعم الإرهاب. وتنفي أنقرة هذه الاتهامات.', 'ACCUSE EGY>TUR asserted', 'REJECT TUR>EGY asserted');
  has('واتهمت مصر تركيا بدعم الإرهاب، وهو ما نفته أنقرة.', 'REJECT TUR>EGY asserted');
  // Only the accused answers: a denial by a third state names no accuser.
  assert.ok(!triples('واتهمت مصر تركيا بدعم الإرهاب. وينفي الأردن هذه الاتهامات.').some((t) => t.startsWith('REJECT')));
});

test("the act one is charged with is the accused's (اتهم X Y بتزويد Z، بشن هجوم على ... في Z)", () => {
  has('واتهمت مصر تركيا بتزويد العراق بالأسلحة.', 'ACCUSE EGY>TUR asserted', 'AID TUR>IRQ asserted');
  has('واتهمت مصر تركيا بشن هجوم على مطار عسكري في العراق.', 'ACCUSE EGY>TUR asserted', 'ASSAULT TUR>IRQ asserted');
  has('وقامت تركيا بشن هجوم على مواقع في العراق.', 'ASSAULT TUR>IRQ asserted');
});

test('قام ب / استعد ل take a verbal noun whose genitive is its object (قام الرئيس بزيارة مصر، يستعد لاستقبال ...)', () => {
  has('وقام الرئيس الفرنسي بزيارة مصر.', 'CONSULT FRA>EGY asserted', 'CONSULT EGY>FRA asserted');
  has('ويستعد الرئيس التركي لاستقبال رئيس الحكومة العراقية.', 'CONSULT TUR>IRQ asserted');
});

test('demonym adjectives in a row are all doers (هجوم أمريكي بريطاني فرنسي)', () => {
  hasWith([state('tur-adj', 'TUR', ['الأناضول'], ['تركي'])], 'وكان ذلك سببا في هجوم تركي فرنسي مشترك على منشآت عراقية.', 'ASSAULT TUR>IRQ asserted', 'ASSAULT FRA>IRQ asserted');
});

test('الجماعة، الحزب alone after a verb or a preposition stand for the armed group or party named before', () => {
  const group: SurfaceSpec = { id: 'grp', type: 'ORG', name: 'جماعة', country: 'JOR', actor: 'JORREB', surfaces: ['جماعة النور'] };
  hasWith([group], 'واتهمت مصر جماعة النور بالهجوم على السفارة، وهو ما نفته الجماعة.', 'REJECT JOR>EGY asserted');
  hasWith([group], 'وقالت جماعة النور إنها بريئة. وقالت تركيا إنها تدعم الجماعة.', 'SUPPORT TUR>JOR asserted');
});

test('a mutual act followed by demonyms of two states names both sides (القمة المصرية الأردنية)', () => {
  has('وناقشت القمة المصرية الأردنية العلاقات الثنائية.', 'CONSULT EGY>JOR asserted', 'CONSULT JOR>EGY asserted');
});

test('an apposition with an active participle (X، الحليف التقليدي لـY) and who joins in an act (انضم X إلى ... في طرد)', () => {
  has('وزار الرئيس العراقي أنقرة، الحليف التقليدي للأردن، للتنسيق.', 'SUPPORT TUR>JOR asserted');
  has('وانضمت فرنسا إلى حلفاء مصر في طرد دبلوماسيين أتراك.', 'SANCTION FRA>TUR asserted');
});

test('البلاد alone is the state the article names most', () => {
  has('وشهد العراق انتخابات جديدة في العراق. وكانت نسبة المشاركة الأدنى منذ الغزو التركي للبلاد.', 'ASSAULT TUR>IRQ asserted');
  // Before an adjective it is no state: البلاد العربية.
  assert.ok(!triples('وشهد العراق انتخابات جديدة في العراق. وتحدث عن الغزو التركي للبلاد العربية.').includes('ASSAULT TUR>IRQ asserted'));
});

test('talks between three states or more: every pair of them, both ways (بين تركيا والعراق ومصر)', () => {
  const got = triples('وبعد المحادثات الأخيرة بين تركيا والعراق ومصر، تراجع القتال.');
  for (const [a, b] of [['TUR', 'IRQ'], ['TUR', 'EGY'], ['IRQ', 'EGY']]) {
    assert.ok(got.includes(`CONSULT ${a}>${b} asserted`) && got.includes(`CONSULT ${b}>${a} asserted`), `${a}-${b}: ${got.join('; ')}`);
  }
  // two states stay one pair
  const two = triples('وبعد المحادثات الأخيرة بين تركيا والعراق، تراجع القتال.');
  assert.deepEqual(two.filter((t) => t.startsWith('CONSULT')), ['CONSULT IRQ>TUR asserted', 'CONSULT TUR>IRQ asserted']);
});

test('a bare verb/noun form with a genitive doer and ل + its object is the verbal noun (انتقد الوزير دعم تركيا للعراق)', () => {
  has('وانتقد الوزير دعم تركيا للعراق في المنطقة.', 'SUPPORT TUR>IRQ asserted');
  has('وقال المسؤول لكن دعم فرنسا للأردن مستمر.', 'SUPPORT FRA>JOR asserted');
  // At a clause's start it stays the verb: its subject then its object.
  has('دعم الرئيس المصري الأردن في الأزمة.', 'SUPPORT EGY>JOR asserted');
});

test('a group noun from a body as the subject after the verb (زار فريق من X Y)', () => {
  const un: SurfaceSpec = { id: 'un', type: 'ORG', name: 'الأمم المتحدة', country: 'IGO', actor: 'IGOUNO', surfaces: ['المنظمة الدولية'] };
  hasWith([un], 'وزار فريق من المنظمة الدولية العراق يوم الأحد.', 'CONSULT IGO>IRQ asserted', 'CONSULT IRQ>IGO asserted');
});

test('a state organ named by its place is that state (رفضت المحكمة العليا في تركيا)', () => {
  has('ورفضت إحدى المحاكم العليا في تركيا استئنافا عراقيا جديدا.', 'REJECT TUR>IRQ asserted');
});

test('circumstantial participles of event verbs take the clause subject (، متهما ... ، داعيا ...)', () => {
  has('وأعلنت مصر قطع العلاقات مع تركيا، متهمة أنقرة بدعم الإرهاب.', 'ACCUSE EGY>TUR asserted');
  has('وانتقد الرئيس الفرنسي الموقف التركي، داعيا العراق إلى الحوار.', 'REQUEST FRA>IRQ asserted');
  // A detached object pronoun (إياها) names the object before any actor after it.
  has('وهاجم الرئيس الفرنسي تركيا في كلمته، متهما إياها بأنها تابعة للعراق.', 'ACCUSE FRA>TUR asserted');
  // Under a request the participle is asserted.
  has('ودعت مصر إلى مقاطعة المؤتمر متهمة الأردن بالتقصير.', 'ACCUSE EGY>JOR asserted');
  // The passive participle (accused of) and a counted noun are no acts.
  assert.ok(!triples('وشركات فرنسية متهمة بخرق القانون العراقي.').some((t) => t.startsWith('ACCUSE')));
  assert.ok(!triples('وألغت المحكمة المصرية أحكاما بحق 16 متهما بينهم أتراك.').some((t) => t.startsWith('ACCUSE')));
});

test('sanctions named with their imposer\'s demonym hit the one other state named, else the article\'s main state', () => {
  has('وقال الوزير العراقي إن العقوبات التركية تضر باقتصاد العراق.', 'SANCTION TUR>IRQ asserted');
  has('وزار الرئيس الأردن. وتحدث عن الأردن ومستقبل الأردن. وقال إن العقوبات الفرنسية لن تنجح.', 'SANCTION FRA>JOR asserted');
  // قانون العقوبات is the penal code.
  assert.ok(!triples('وينص قانون العقوبات المصري على السجن في العراق.').some((t) => t.startsWith('SANCTION')));
});

test('a withdrawal from a deal targets the state the deal is with, inside the من phrase (الاتفاق النووي العراقي)', () => {
  has('وأشار إلى التوتر بعد انسحاب تركيا من الاتفاق النووي العراقي.', 'REJECT TUR>IRQ asserted');
});

test('three or more states conjoined as the subject of a mutual act all act on one another (اتفقت X وY وZ)', () => {
  const got = triples('اتفقت تركيا والعراق ومصر على تنسيق الجهود.');
  for (const [a, b] of [['TUR', 'IRQ'], ['TUR', 'EGY'], ['IRQ', 'EGY']]) {
    assert.ok(got.includes(`AGREE ${a}>${b} asserted`) && got.includes(`AGREE ${b}>${a} asserted`), `${a}-${b}: ${got.join('; ')}`);
  }
});

test('المملكة alone is the kingdom the article names most; الدولة العبرية is Israel', () => {
  const SAU = state('sau', 'SAU', ['السعودية', 'الرياض'], ['السعودي', 'السعودية']);
  const ISR = state('isr', 'ISR', ['إسرائيل'], ['الإسرائيلي', 'الإسرائيلية']);
  hasWith([SAU], 'وزار الرئيس التركي السعودية. وانتقدت المملكة الأردن بشدة.', 'ACCUSE SAU>JOR asserted');
  hasWith([ISR], 'وقصفت الدولة العبرية مواقع في العراق.', 'ASSAULT ISR>IRQ asserted');
  // No kingdom named in the article: المملكة alone stays no side.
  assert.ok(!triples('وانتقدت المملكة الأردن بشدة.').some((t) => t.startsWith('ACCUSE')));
});

test('a conjunct\'s place does not end a chain of targets (تدعم X في A وY في B), but places conjoined to it are no targets', () => {
  const grp: SurfaceSpec = { id: 'grp', type: 'ORG', name: 'جماعة النور', country: 'JOR', actor: 'JORREB', surfaces: ['جماعة النور'] };
  const grp2: SurfaceSpec = { id: 'grp2', type: 'ORG', name: 'جماعة الفجر', country: 'IRQ', actor: 'IRQREB', surfaces: ['جماعة الفجر'] };
  hasWith([grp, grp2], 'وقال إن تركيا تدعم جماعة النور في الأردن وجماعة الفجر في العراق.', 'SUPPORT TUR>JOR asserted', 'SUPPORT TUR>IRQ asserted');
  const got = triples('وانتقد الوزير المصري تدخل تركيا في الأردن والعراق.');
  assert.ok(!got.some((t) => t.endsWith('>IRQ asserted') && t.startsWith('ACCUSE EGY')), got.join('; '));
});

test('وجه انتقادات إلى/لـ is criticism of the one after إلى or ل', () => {
  has('ووجه الرئيس التركي انتقادات لاذعة إلى فرنسا والعراق.', 'ACCUSE TUR>FRA asserted', 'ACCUSE TUR>IRQ asserted');
});

test('a place after في is where a mutual act between two sides took place, not a side (بينه وبين X في Y)', () => {
  const got = triples('وتحدث عن القمة المرتقبة بين الرئيس المصري وبين الرئيس التركي في العراق.');
  assert.ok(!got.some((t) => t.includes('IRQ')), got.join('; '));
});

test('an organ of a state acting on that state\'s own people is a domestic event (branch events14)', () => {
  const police: SurfaceSpec = { id: 'egy-cop', type: 'ORG', name: 'الشرطة المصرية', country: 'EGY', actor: 'EGYCOP', surfaces: ['الشرطة المصرية'] };
  const egyGov: SurfaceSpec = { id: 'egy-gov', type: 'ORG', name: 'الحكومة المصرية', country: 'EGY', actor: 'EGYGOV', surfaces: ['الحكومة المصرية'] };
  const turGov: SurfaceSpec = { id: 'tur-gov', type: 'ORG', name: 'الحكومة التركية', country: 'TUR', actor: 'TURGOV', surfaces: ['الحكومة التركية'] };
  const court: SurfaceSpec = { id: 'tur-jud', type: 'ORG', name: 'محكمة أنقرة', country: 'TUR', actor: 'TURJUD', surfaces: ['محكمة أنقرة'] };
  const army: SurfaceSpec = { id: 'irq-mil', type: 'ORG', name: 'الجيش العراقي', country: 'IRQ', actor: 'IRQMIL', surfaces: ['الجيش العراقي'] };
  const ahmad: SurfaceSpec = { id: 'p-tur', type: 'PER', name: 'أحمد', country: 'TUR', actor: null, surfaces: ['أحمد'] };
  const organs = [police, egyGov, turGov, court, army, ahmad];
  const got = (text: string) => kitTriples(text, { extra: organs });
  // Organ on a person of its state, or on a demonym after a noun for private people.
  assert.ok(got('واعتقلت الشرطة المصرية المواطنين المصريين في القاهرة.').includes('COERCE EGY>EGY asserted'));
  assert.ok(got('واعتقلت الشرطة المصرية عشرات المصريين.').includes('COERCE EGY>EGY asserted'));
  assert.ok(got('وهددت الحكومة المصرية الصحفيين المصريين بالسجن.').includes('THREATEN EGY>EGY asserted'));
  assert.ok(got('واتهمت الحكومة التركية أحمد بدعم الإرهاب.').includes('ACCUSE TUR>TUR asserted'));
  assert.ok(got('وفرضت الحكومة التركية عقوبات على أحمد.').includes('SANCTION TUR>TUR asserted'));
  assert.ok(got('وقصف الجيش العراقي مواقع للمسلحين العراقيين.').includes('ASSAULT IRQ>IRQ asserted'));
  // A person of the state against its government, by a verb.
  assert.ok(got('وانتقد أحمد الحكومة التركية بشدة.').includes('ACCUSE TUR>TUR asserted'));
  assert.ok(got('وطالب أحمد الحكومة التركية بالإفراج عن المعتقلين.').includes('REQUEST TUR>TUR asserted'));
  // Not domestic: organs working together, friendly acts, a demonym of a thing, the court a suit is filed before.
  for (const s of ['وتعاونت الشرطة المصرية مع الحكومة المصرية في التحقيق.', 'واستقبلت الحكومة التركية أحمد في أنقرة.', 'وأشادت الحكومة التركية بأحمد.', 'وقالت الحكومة المصرية إن الرسوم تهدد المنتجين المصريين.', 'ورفع أحمد دعوى أمام محكمة أنقرة.'])
    assert.ok(!got(s).some((t) => /^\w+ (EGY>EGY|TUR>TUR)/.test(t)), `${s}: ${got(s).join('; ')}`);
});

test('an organ coercing private people named by a bare noun acts on its own state (branch events14)', () => {
  const police: SurfaceSpec = { id: 'egy-cop', type: 'ORG', name: 'الشرطة المصرية', country: 'EGY', actor: 'EGYCOP', surfaces: ['الشرطة المصرية'] };
  const army: SurfaceSpec = { id: 'irq-mil', type: 'ORG', name: 'الجيش العراقي', country: 'IRQ', actor: 'IRQMIL', surfaces: ['الجيش العراقي'] };
  const got = (text: string) => kitTriples(text, { extra: [police, army] });
  assert.ok(got('وتمكنت الشرطة المصرية من اعتقال المشتبه به.').includes('COERCE EGY>EGY asserted'));
  assert.ok(got('واعتقلت الشرطة المصرية المحتجين في القاهرة.').includes('COERCE EGY>EGY asserted'));
  // An object-genitive noun: the organ in the genitive with private people after ل is the doer.
  assert.ok(got('وركز المنتقدون على اضطهاد الشرطة المصرية للصحفيين.').includes('COERCE EGY>EGY asserted'));
  // Not when the people have a state of their own, another state is in the sentence, the organ is an army, or it is an expulsion.
  for (const s of ['واعتقلت الشرطة المصرية الصحفيين الفرنسيين.', 'واعتقلت الشرطة المصرية المحتجين أمام سفارة فرنسا.', 'واعتقل الجيش العراقي المسلحين.', 'ورحلت الشرطة المصرية المهاجرين.'])
    assert.ok(!got(s).some((t) => /^\w+ (EGY>EGY|IRQ>IRQ)/.test(t)), `${s}: ${got(s).join('; ')}`);
});
