import { test } from 'node:test';
import { sharedPath } from '../resources/shared.ts';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createDoc, type Doc } from '../core/document.ts';
import type { Entity, EntityType, Quote } from '../core/analysis.ts';
import { createSegmenter } from '../text/clitics.ts';
import { loadResources } from '../resources/load.ts';
import { readArticles } from '../readers/index.ts';
import { createQuoteStage } from './stage.ts';

const resources = loadResources();
const segmenter = createSegmenter(resources.wordFrequencies);
const stage = createQuoteStage(resources.quoteCues);

/** Entities from [id, type, nameEn, surface forms]: every occurrence of a form is a mention. */
function entitiesFor(doc: Doc, specs: Array<[string, EntityType, string, string[]]>): Entity[] {
  return specs.map(([id, type, nameEn, forms]) => {
    const mentions = [];
    for (const form of forms) {
      for (let at = doc.text.indexOf(form); at >= 0; at = doc.text.indexOf(form, at + 1)) {
        mentions.push({ start: at, end: at + form.length, text: form, kind: 'name' as const });
      }
    }
    mentions.sort((a, b) => a.start - b.start);
    return { id, type, name: forms[0]!, nameEn, kbId: null, country: null, actor: null, mentions };
  });
}

function run(text: string, specs: Array<[string, EntityType, string, string[]]> = []): { doc: Doc; quotes: Quote[] } {
  const doc = createDoc({ text, date: '2024-01-01' }, segmenter);
  const quotes = stage.run(doc, { entities: entitiesFor(doc, specs) });
  for (const q of quotes) {
    assert.equal(doc.text.slice(q.start, q.end), q.text, 'quote span');
    assert.equal(doc.text.slice(q.cue.start, q.cue.end), q.cue.text, 'cue span');
  }
  return { doc, quotes };
}

test('the stage declares its contract', () => {
  assert.equal(stage.id, 'quotes.v1');
  assert.deepEqual(stage.requires, ['entities']);
  assert.equal(stage.assigns, 'quotes');
});

test('verb first, pro-drop and participle clauses keep the speaker', () => {
  const { quotes } = run(
    'قال وزير المالية خالد العمري إن الميزانية ستعرض على البرلمان الشهر المقبل، مؤكدا أن العجز سينخفض. وأضاف أن الحكومة لن ترفع الضرائب.',
    [['e1', 'PER', 'Khalid al-Omari', ['وزير المالية خالد العمري', 'العمري']]],
  );
  assert.equal(quotes.length, 3);
  assert.deepEqual(quotes.map((q) => q.speaker), ['e1', 'e1', 'e1']);
  // A cue's span leaves out its conjunction, as mentions do.
  assert.deepEqual(quotes.map((q) => q.cue.text), ['قال', 'مؤكدا', 'أضاف']);
  assert.equal(quotes[0]!.text, 'الميزانية ستعرض على البرلمان الشهر المقبل');
  assert.equal(quotes[1]!.text, 'العجز سينخفض');
  assert.ok(quotes.every((q) => !q.direct));
});

test('direct quotes: cue before with a colon, cue after, and a trailing attribution left out', () => {
  const { quotes } = run(
    'وقالت المتحدثة ليلى حداد: «لن نقبل بهذا الاتفاق». «سنواصل العمل مع شركائنا»، أضافت حداد. وتابعت "الوضع صعب لكنه ليس ميؤوسا منه"، وفق تعبيرها.',
    [['e1', 'PER', 'Layla Haddad', ['ليلى حداد', 'حداد']]],
  );
  assert.deepEqual(quotes.map((q) => q.text), ['لن نقبل بهذا الاتفاق', 'سنواصل العمل مع شركائنا', 'الوضع صعب لكنه ليس ميؤوسا منه']);
  assert.ok(quotes.every((q) => q.direct && q.speaker === 'e1'));
});

test('subject before the verb, organizations, anonymous sources and the channel', () => {
  const { quotes } = run(
    'وكان وزير الخارجية سامي النجار قد أعلن أن المفاوضات ستستأنف. وصرحت وزارة الدفاع بأن القوات انسحبت من المدينة. وقال مصدر أمني -لوكالة رويترز- إن الهجوم أوقع خسائر. وأضاف المصدر نفسه أن التحقيق مستمر.',
    [
      ['e1', 'PER', 'Sami al-Najjar', ['سامي النجار']],
      ['e2', 'ORG', 'Ministry of Defence', ['وزارة الدفاع']],
      ['e3', 'ORG', 'Reuters', ['رويترز']],
    ],
  );
  assert.equal(quotes.length, 4);
  assert.equal(quotes[0]!.speaker, 'e1');
  assert.equal(quotes[1]!.speaker, 'e2');
  assert.equal(quotes[2]!.speaker, null);
  assert.equal(quotes[2]!.speakerText, 'مصدر أمني');
  assert.equal(quotes[2]!.via, 'e3');
  assert.equal(quotes[3]!.speaker, null);
  assert.equal(quotes[3]!.speakerText, 'مصدر أمني');
});

test('"من جهته" and attributions with بحسب', () => {
  const { quotes } = run(
    'استقبل الملك ضيفه في القصر. من جهته، أكد رئيس الوزراء عمر السيد أن الزيارة ناجحة. وارتفع عدد الضحايا إلى عشرين، بحسب وزارة الصحة.',
    [
      ['e1', 'PER', 'Omar al-Sayed', ['رئيس الوزراء عمر السيد']],
      ['e2', 'ORG', 'Ministry of Health', ['وزارة الصحة']],
    ],
  );
  assert.equal(quotes.length, 2);
  assert.equal(quotes[0]!.speaker, 'e1');
  assert.equal(quotes[1]!.speaker, 'e2');
  assert.equal(quotes[1]!.cue.text, 'بحسب');
  assert.equal(quotes[1]!.text, 'ارتفع عدد الضحايا إلى عشرين');
});

test('sentences without reported speech give no quotes', () => {
  const { quotes } = run('وصل الوفد إلى العاصمة بعد أن عبر الحدود. ويذكر أن الاجتماع الأخير عقد في العام الماضي.');
  assert.deepEqual(quotes, []);
});

const seedPath = [sharedPath('data/news/seed/2025-10-15-kremlin-putin-sharaa.txt')].find((p) => p && existsSync(p));

test('the seed article: 15 statements with their speakers', { skip: seedPath ? false : 'shared/ seed article not present' }, () => {
  const article = readArticles(readFileSync(seedPath!, 'utf8'))[0]!.article!;
  const doc = createDoc(article, segmenter);
  const entities = entitiesFor(doc, [
    ['putin', 'PER', 'Vladimir Putin', ['الرئيس الروسي فلاديمير بوتين', 'الرئيس الروسي', 'بوتين']],
    ['sharaa', 'PER', 'Ahmed al-Sharaa', ['أحمد الشرع', 'الرئيس السوري', 'الشرع']],
    ['kremlin', 'ORG', 'Kremlin', ['الكرملين']],
    ['reuters', 'ORG', 'Reuters', ['وكالة رويترز']],
    ['afp', 'ORG', 'Agence France-Presse', ['وكالة الصحافة الفرنسية']],
  ]);
  // Overlapping forms: keep the longest mention at each place.
  for (const e of entities) e.mentions = e.mentions.filter((m) => !entities.some((o) => o.mentions.some((n) => n !== m && n.start <= m.start && n.end >= m.end && n.end - n.start > m.end - m.start)));
  const quotes = stage.run(doc, { entities });
  const got = quotes.map((q) => [q.cue.text.replace(/^و/, ''), q.speaker ?? q.speakerText, q.text.split(' ').slice(0, 2).join(' ')]);
  assert.deepEqual(got, [
    ['قال', 'putin', 'التعاون بين'],
    ['مؤكدا', 'putin', 'العلاقات بين'],
    ['أضاف', 'putin', 'موسكو مستعدة'],
    ['لفت', 'putin', 'اللجنة المشتركة'],
    ['قائلا', 'putin', 'نحن مستعدون'],
    ['أشار', 'putin', 'الانتخابات البرلمانية'],
    ['قال', 'sharaa', 'بلاده تعمل'],
    ['مؤكدا', 'sharaa', 'احترام كل'],
    ['أكد', 'sharaa', 'هناك علاقات'],
    ['مشيرا', 'sharaa', 'إلى العمل'],
    ['أضاف', 'sharaa', 'نحاول أن'],
    ['صرح', 'kremlin', 'بوتين والشرع'],
    ['قال', 'مصدر سوري', 'مسؤولين سوريين'],
    ['أضاف', 'مصدر سوري', 'الشرع يأمل'],
    ['أفاد', 'مصدر حكومي سوري', 'الشرع سيطلب'],
  ]);
  assert.equal(quotes[12]!.via, 'reuters');
  assert.equal(quotes[14]!.via, 'afp');
  assert.equal(quotes[4]!.direct, true);
  assert.equal(quotes[10]!.direct, true);
  assert.ok(!quotes[5]!.text.includes('وفق وصفه'));
});

test('a title or office without a name refers back to the person or body named before', () => {
  const person = run('أعلن السفير رامي النجار أن السفارة ستفتح أبوابها غدا. وقال الدبلوماسي إن الموظفين عادوا إلى عملهم.', [
    ['e1', 'PER', 'Rami al-Najjar', ['السفير رامي النجار']],
  ]).quotes;
  assert.deepEqual(person.map((q) => [q.speaker, q.speakerText]), [['e1', 'السفير رامي النجار'], ['e1', 'الدبلوماسي']]);
  // An organization named again by its head word, or by the kind of body it is.
  const org = run('ذكر المرصد الوطني للمياه أن الجفاف اشتد هذا العام. وأضاف المرصد أن الآبار جفت في ثلاث قرى.', [
    ['e2', 'ORG', 'National Water Observatory', ['المرصد الوطني للمياه']],
  ]).quotes;
  assert.deepEqual(org.map((q) => q.speaker), ['e2', 'e2']);
  const paper = run('قالت صحيفة "الأخبار اليومية" إن الانتخابات ستؤجل. وأضافت الصحيفة أن الموعد الجديد لم يحدد بعد.', [
    ['e3', 'ORG', 'Daily News', ['الأخبار اليومية']],
  ]).quotes;
  assert.deepEqual(paper.map((q) => q.speaker), ['e3', 'e3']);
  // Nothing named before: the title stays without an entity.
  const none = run('وقال السفير إن الموظفين عادوا إلى عملهم.').quotes;
  assert.deepEqual(none.map((q) => [q.speaker, q.speakerText]), [[null, 'السفير']]);
});

test('the dateline tag and names inside reported words are not a sentence subject', () => {
  const { quotes } = run('عمّان، الأردن (CNN) -- انتقدت الوزيرة السابقة هالة سمير القرار الجديد، قائلة إن توقيته سيئ.', [
    ['c1', 'ORG', 'CNN', ['CNN']],
    ['e1', 'PER', 'Hala Samir', ['هالة سمير']],
  ]);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.speaker, 'e1');
});

test('a name the recognizer tagged once names the speaker again, and ends the subject of a noun-object statement', () => {
  const { quotes } = run('قال الوزير خالد العمري إن الاتفاق قريب. وأشار العمري إلى تقدم المفاوضات في الجولة الأخيرة. وأكد العمري استمرار الحوار مع الجيران.', [
    ['e1', 'PER', 'Khalid al-Omari', ['خالد العمري']],
  ]);
  assert.deepEqual(
    quotes.map((q) => [q.cue.text, q.speaker, q.text]),
    [
      ['قال', 'e1', 'الاتفاق قريب'],
      ['أشار', 'e1', 'إلى تقدم المفاوضات في الجولة الأخيرة'],
      ['أكد', 'e1', 'استمرار الحوار مع الجيران'],
    ],
  );
});

test('a present cue with a one-word subject reports; an impersonal one does not', () => {
  const { quotes } = run('وتقول طهران إنها لن تتراجع عن برنامجها. ويذكر أن المفاوضات توقفت منذ عام.', [['e1', 'LOC', 'Tehran', ['طهران']]]);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.speaker, 'e1');
  assert.equal(quotes[0]!.text, 'لن تتراجع عن برنامجها');
});

test('a clause opened by a name or an adverbial ends the content before it', () => {
  const { quotes } = run(
    'وكانت الحكومة قد أشارت إلى أن الباب مفتوح للحوار، لكن سمير الخطيب شدد في وقت لاحق أن الشروط لم تتغير.',
    [['e1', 'ORG', 'Government', ['الحكومة']], ['e2', 'PER', 'Samir al-Khatib', ['سمير الخطيب']]],
  );
  assert.equal(quotes.length, 2);
  assert.equal(quotes[0]!.text, 'الباب مفتوح للحوار');
  assert.equal(quotes[1]!.speaker, 'e2');
  assert.equal(quotes[1]!.text, 'الشروط لم تتغير');
});

test('a long subject with appositions: the content after them, the title tied to its name', () => {
  const { quotes } = run(
    'أكد المندوب الدائم لدولة الكويت لدى الأمم المتحدة في نيويورك، ناصر فهد المطيري، مساء الخميس، في تصريح للصحفيين عقب الجلسة، أن بلاده تدعم الحل السياسي.',
    [['e1', 'PER', 'Nasser Fahd al-Mutairi', ['ناصر فهد المطيري']], ['e2', 'ORG', 'United Nations', ['الأمم المتحدة']]],
  );
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.speaker, 'e1');
  assert.equal(quotes[0]!.text, 'بلاده تدعم الحل السياسي');
});

test('a quotation after a subject with appositions is direct', () => {
  const { quotes } = run('وقالت سلمى حداد، مديرة البرامج في منظمة العفو الدولية، "لا يمكن السكوت عن هذه الانتهاكات".', [
    ['e1', 'PER', 'Salma Haddad', ['سلمى حداد']],
    ['e2', 'ORG', 'Amnesty International', ['منظمة العفو الدولية']],
  ]);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.speaker, 'e1');
  assert.ok(quotes[0]!.direct);
  assert.equal(quotes[0]!.text, 'لا يمكن السكوت عن هذه الانتهاكات');
});

test('attributions: a manner after وفقا is no source; one nested in content is not counted; "وحسب X فقد" after a quote is a quote', () => {
  const a = run('وتصنف هذه البضائع وفقا لقائمة جمركية موحدة لا تذكر اسم الشركة المنتجة.');
  assert.equal(a.quotes.length, 0);
  const b = run('ذكرت وسائل إعلام محلية أنه وفقا لجيش البلاد أصبح بإمكان المدنيين مغادرة المدينة.');
  assert.equal(b.quotes.length, 1);
  assert.equal(b.quotes[0]!.cue.text, 'ذكرت');
  const c = run('أعلنت الشركة أن الطائرة سقطت الأحد، مؤكدة وفاة جميع الركاب، وحسب التقارير الأولية فقد اصطدمت الطائرة بجبل.', [['e1', 'ORG', 'Company', ['الشركة']]]);
  assert.equal(c.quotes.length, 3);
  assert.equal(c.quotes[2]!.text, 'اصطدمت الطائرة بجبل');
});

test('a participle clause takes the clause subject, not a prepositional object or a title\'s genitive', () => {
  const { quotes } = run('وسعى عضو مجلس الشيوخ عن ولاية أوهايو، جون بيكر، إلى طمأنة الناخبين، قائلا: "لدينا كل الأدوات اللازمة".', [
    ['e1', 'ORG', 'US Senate', ['مجلس الشيوخ']],
    ['e2', 'PER', 'John Baker', ['جون بيكر']],
  ]);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.speaker, 'e2');
  const b = run('وبعد أن تحدث مع فارس كتب سليم على حسابه يقول "الاجتماع سيعقد قريبا".', [
    ['e1', 'PER', 'Faris', ['فارس']],
    ['e2', 'PER', 'Salim', ['سليم']],
  ]);
  assert.equal(b.quotes.length, 1);
  assert.equal(b.quotes[0]!.speaker, 'e2');
});

test('a name that looks like a bare participle stem is not a cue (راد)', () => {
  const { quotes } = run('ووصفت راد، التي زارت المكان، الهجوم بأنه "وحشي".', [['e1', 'PER', 'Amber Rudd', ['راد']]]);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.cue.text, 'وصفت');
  assert.equal(quotes[0]!.speaker, 'e1');
});

/** One mention of each [form, kind] (first occurrence after the previous one). */
function mentionsOf(doc: Doc, forms: Array<[string, 'name' | 'title']>): Entity['mentions'] {
  let from = 0;
  return forms.map(([form, kind]) => {
    const at = doc.text.indexOf(form, from);
    assert.ok(at >= 0, form);
    from = at + 1;
    return { start: at, end: at + form.length, text: form, kind };
  });
}

test('a title linked to a named person names that person again where no mention covers it', () => {
  const text = 'التقت وزيرة الخارجية السابقة سلمى النجار بالطلاب أمس. وأوضحت وزيرة الخارجية السابقة أن الجامعة تحتاج إلى دعم أكبر.';
  const doc = createDoc({ text, date: '2024-01-01' }, segmenter);
  const person: Entity = { id: 'e1', type: 'PER', name: 'سلمى النجار', nameEn: 'Salma al-Najjar', kbId: null, country: null, actor: null, mentions: mentionsOf(doc, [['وزيرة الخارجية السابقة', 'title'], ['سلمى النجار', 'name']]) };
  const quotes = stage.run(doc, { entities: [person] });
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.speaker, 'e1');
});

test('a quoted name keeps its closing mark: the organization in quotes speaks', () => {
  const { quotes } = run('وكشفت منظمة "العين الساهرة" أن السجون مكتظة بالموقوفين.', [['e1', 'ORG', 'Watchful Eye', ['منظمة "العين الساهرة"']]]);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.speaker, 'e1');
});

test('a city that speaks stands for its country; ", طالبا" after a comma is the participle of the sentence subject', () => {
  const text = 'أعلنت القاهرة عن إجراءات جديدة، مشيرة إلى أنها تدرس خيارات أخرى.\nنشر ناشطون مقابلة أجراها الوزير السابق سامي الحداد، طالبا فيها الحكومة بالتراجع عن القرار.';
  const doc = createDoc({ text, date: '2024-01-01' }, segmenter);
  const at = (form: string) => ({ start: text.indexOf(form), end: text.indexOf(form) + form.length, text: form, kind: 'name' as const });
  const entities: Entity[] = [
    { id: 'c1', type: 'LOC', name: 'القاهرة', nameEn: 'Cairo', kbId: 'loc:cairo', country: 'EGY', actor: null, mentions: [at('القاهرة')] },
    { id: 'c2', type: 'LOC', name: 'مصر', nameEn: 'Egypt', kbId: 'cty:EGY', country: 'EGY', actor: null, mentions: [] },
    { id: 'p1', type: 'PER', name: 'سامي الحداد', nameEn: 'Sami al-Haddad', kbId: null, country: null, actor: null, mentions: [at('سامي الحداد')] },
  ];
  const quotes = stage.run(doc, { entities });
  assert.deepEqual(quotes.map((q) => [q.cue.text, q.speaker]), [['مشيرة', 'c2'], ['طالبا', 'p1']]);
});

test('subject-first after لكن, a cue in a relative clause, and علي as a name', () => {
  const { quotes } = run(
    'رحب الوزير سامي الحداد بالاتفاق. لكن الأخير اتهم الشركة بأنها "لم تلتزم بالعقد". ' +
      'وفي الشهر الماضي، انتقد الرئيس كمال النوري، القرار الذي قال عنه: "لن يمر". ' +
      'صرح علي حسن البدري، المتحدث باسم الهيئة في الأمم المتحدة، بأن التقرير غير دقيق.',
    [
      ['p1', 'PER', 'Sami al-Haddad', ['الوزير سامي الحداد']],
      ['o1', 'ORG', 'Gulf Company', ['الشركة']],
      ['p2', 'PER', 'Kamal al-Nouri', ['الرئيس كمال النوري']],
      ['p3', 'PER', 'Hassan al-Badri', ['حسن البدري']],
      ['o2', 'ORG', 'United Nations', ['الأمم المتحدة']],
    ],
  );
  assert.deepEqual(quotes.map((q) => [q.cue.text, q.speaker]), [['اتهم', 'p1'], ['قال', 'p2'], ['صرح', 'p3']]);
});

test('a group of people speaks unnamed, not the person named after it', () => {
  const { quotes } = run(
    'اعتبر محامو الصحفي سامر الخطيب أن الحكم قاس. وقال سامر الخطيب إنه سيستأنف الحكم.',
    [['e1', 'PER', 'Samer al-Khatib', ['سامر الخطيب']]],
  );
  assert.equal(quotes.length, 2);
  assert.equal(quotes[0]!.speaker, null);
  assert.match(quotes[0]!.speakerText ?? '', /محامو/);
  assert.equal(quotes[1]!.speaker, 'e1');
});

test('time words between the verb and its subject are skipped', () => {
  const { quotes } = run('قال مساء الخميس وزير الزراعة نادر الحلبي إن المحصول وفير.', [['e1', 'PER', 'Nader al-Halabi', ['وزير الزراعة نادر الحلبي']]]);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.speaker, 'e1');
});

test('بين before a complementizer is the verb "explained"; elsewhere the preposition', () => {
  const { quotes } = run(
    'تحدث المدير هشام الزين عن الفرق بين المشروعين. وبين أن العمل سيبدأ في الربيع، مشيرا إلى أن التمويل متوفر.',
    [['e1', 'PER', 'Hisham al-Zein', ['المدير هشام الزين']]],
  );
  assert.deepEqual(quotes.map((q) => q.cue.text), ['بين', 'مشيرا']);
  assert.deepEqual(quotes.map((q) => q.speaker), ['e1', 'e1']);
});

test('a body after a preposition is not the speaker; a possessive ل is', () => {
  const { quotes } = run('قال المزارع، وهو أب لثلاثة، لجمعية الفلاحين إن المحصول تلف.', [['e1', 'ORG', 'Farmers Association', ['جمعية الفلاحين']]]);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.speaker, null);
  const owner = run('وقال المكتب الإعلامي لجمعية الفلاحين إن المحصول تلف.', [['e1', 'ORG', 'Farmers Association', ['جمعية الفلاحين']]]);
  assert.equal(owner.quotes[0]?.speaker, 'e1');
});

test('a كان frame without قد, and adverbs between the verb and its subject', () => {
  const framed = run('وكانت السلطات قالت إن الطريق أغلق.');
  assert.equal(framed.quotes[0]?.speakerText, 'السلطات');
  const adverb = run('وأعلن مؤخرا رئيس النادي سليم الحداد أن المدرب باق.', [['e1', 'PER', 'Salim al-Haddad', ['رئيس النادي سليم الحداد']]]);
  assert.equal(adverb.quotes[0]?.speaker, 'e1');
});

test('a cue joined by و inside a sentence continues that sentence\'s subject, not the previous speaker', () => {
  const { quotes } = run(
    'وقال الرئيس سمير النجار إن الانتخابات في موعدها. ودافع الوزير كمال الصافي عن القرار، وقال في مؤتمر صحافي إن القانون واضح.',
    [['e1', 'PER', 'Samir al-Najjar', ['الرئيس سمير النجار']], ['e2', 'PER', 'Kamal al-Safi', ['الوزير كمال الصافي']]],
  );
  assert.deepEqual(quotes.map((q) => q.speaker), ['e1', 'e2']);
});

test('البيان as a subject is the body that issued the statement', () => {
  const { quotes } = run('وأصدرت شركة النور للطيران بيانا عن الحادث. وأوضح البيان أن الطائرة هبطت بسلام.', [['e1', 'ORG', 'Al-Nour Aviation', ['شركة النور للطيران']]]);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.speaker, 'e1');
});

test('"قال فيه" after a statement noun: the statement\'s owner speaks', () => {
  const { quotes } = run('جاء ذلك بعد تصريح وزير النقل حازم الكردي، قال فيه إن الطريق سيفتح قريبا.', [['e1', 'PER', 'Hazem al-Kurdi', ['وزير النقل حازم الكردي']]]);
  assert.equal(quotes[0]?.speaker, 'e1');
});

test('a quotation after a long subject and an adverbial of the statement is the content', () => {
  const { quotes } = run('وقالت المتحدثة باسم وزارة الزراعة ليلى الحسن في إفادة صحفية "لن نرفع أسعار القمح هذا العام".', [['e1', 'PER', 'Layla al-Hassan', ['ليلى الحسن']]]);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.direct, true);
  assert.equal(quotes[0]!.speaker, 'e1');
});

test('an unpaired quotation mark does not swallow the next paragraph\'s quotation', () => {
  const { quotes } = run(
    'ورأت المحكمة أن الأمر "لم يكن بسيطا، وتبعته "رغم علمها بذلك".\nوكان الوزير رامي العلي قال "لا نتدخل في الأحكام" و"نأمل ألا تطبق".',
    [['e1', 'PER', 'Rami al-Ali', ['الوزير رامي العلي']]],
  );
  const q = quotes.find((x) => x.cue.text === 'قال');
  assert.equal(q?.speaker, 'e1');
  assert.equal(q?.text, 'لا نتدخل في الأحكام');
});

test('a quotation the sentence goes on from, right after the subject, is a direct quote; a quoted name is not', () => {
  const said = run('أعلنت وزارة الصحة، مساء السبت، "نجاح حملة التطعيم" في المحافظات الشمالية.', [['e1', 'ORG', 'Ministry of Health', ['وزارة الصحة']]]);
  assert.equal(said.quotes.length, 1);
  assert.equal(said.quotes[0]!.speaker, 'e1');
  assert.equal(said.quotes[0]!.direct, true);
  assert.equal(said.quotes[0]!.text, 'نجاح حملة التطعيم');
  const name = run('وذكرت صحيفة "الأيام الجديدة" المحلية تفاصيل الحادث.');
  assert.equal(name.quotes.length, 0);
  const threat = run('هدد الوزير ماهر الخطيب بفرض "عقوبات شديدة" على المخالفين.', [['e1', 'PER', 'Maher al-Khatib', ['الوزير ماهر الخطيب']]]);
  assert.equal(threat.quotes.length, 0);
});

test('a headline of two parts: the speaker of "X: ..." starts after the ".."', () => {
  const { quotes } = run('الأردن يفتح المعبر.. والعموري: الحركة ستعود كما كانت\nوقال وزير النقل فادي العموري إن المعبر فتح.', [['e1', 'PER', "Fadi al-Amouri", ['وزير النقل فادي العموري', 'العموري']]]);
  assert.equal(quotes[0]?.cue.text, ':');
  assert.equal(quotes[0]?.speaker, 'e1');
});

test("a spokesperson of a person named by title after باسم is not that person", () => {
  const text = 'وقال المتحدث باسم رئيس الوزراء سليم الهاشمي إن الحكومة ستستقيل.';
  const doc = createDoc({ text, date: '2024-01-01' }, segmenter);
  const t = text.indexOf('رئيس الوزراء');
  const n = text.indexOf('سليم الهاشمي');
  const pm: Entity = {
    id: 'e1', type: 'PER', name: 'سليم الهاشمي', nameEn: 'Salim al-Hashimi', kbId: null, country: null, actor: null,
    mentions: [
      { start: t, end: t + 'رئيس الوزراء'.length, text: 'رئيس الوزراء', kind: 'title' },
      { start: n, end: n + 'سليم الهاشمي'.length, text: 'سليم الهاشمي', kind: 'name' },
    ],
  };
  const quotes = stage.run(doc, { entities: [pm] });
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.speaker, null);
  assert.match(quotes[0]!.speakerText ?? '', /^المتحدث باسم/);
});

test('"قال لـX" after the verb is the addressee; a subject placed first after غير أن, with a title and a comma, speaks', () => {
  const { quotes } = run(
    'وتحدث محتجون عن الزيارة. غير أن وزير الزراعة في حكومة الأردن سالم العدوان، قال لرويترز إن المحتجين بالغوا. وعبر عن اعتقاده بأن الزيارة ناجحة.',
    [
      ['e1', 'PER', 'Salem al-Adwan', ['سالم العدوان']],
      ['e2', 'ORG', 'Reuters', ['رويترز']],
    ],
  );
  const said = quotes.find((q) => q.cue.text === 'قال');
  assert.equal(said?.speaker, 'e1');
  assert.equal(said?.text, 'المحتجين بالغوا');
  assert.equal(quotes.find((q) => q.cue.text === 'عبر')?.speaker, 'e1');
});

test('a body named with its kind and a quoted name: the name runs past the region, and the quoted words alone name it again', () => {
  const paper = 'صحيفة "أنباء اليوم" المحلية';
  const { quotes } = run(`وارتفعت الأسعار، بحسب ${paper}. وأوضحت "أنباء اليوم" أن الحكومة ستتدخل.`, [['e1', 'ORG', 'Anbaa al-Youm', [paper]]]);
  assert.equal(quotes.length, 2);
  assert.deepEqual(quotes.map((q) => q.speaker), ['e1', 'e1']);
});

test('a participle whose verb takes إلى needs it: "حاملا لافتة عليها" reports nothing', () => {
  const { quotes } = run('وحلق محتج فوق الملعب حاملا لافتة عليها عبارات ضد الرئيس. وقالت الشرطة إن المحتج اعتقل، لافتة إلى أن التحقيق جار.', [['e1', 'ORG', 'Police', ['الشرطة']]]);
  assert.deepEqual(quotes.map((q) => q.cue.text), ['قالت', 'لافتة']);
  assert.ok(quotes.every((q) => q.speaker === 'e1'));
});

test('a subject placed before its verb starts after a complementizer; the nested speaker is not the outer one', () => {
  const { quotes } = run('وذكرت وكالة الأنباء الرسمية أن الجيش الوطني قال "إن المتسللين اعتقلوا".', [
    ['e1', 'ORG', 'State news agency', ['وكالة الأنباء الرسمية']],
    ['e2', 'ORG', 'National Army', ['الجيش الوطني']],
  ]);
  assert.equal(quotes.find((q) => q.cue.text === 'قال')?.speaker, 'e2');
  assert.equal(quotes.find((q) => q.cue.text === 'ذكرت')?.speaker, 'e1');
});

test('subject-verb order: a headline name before its verb speaks, not the verb\'s object', () => {
  const { quotes } = run('سلامة يصف لقاءه مع الوزير: "كان لقاء مثمرا"\nوقال سلامة إن الحوار مستمر.', [
    ['e1', 'PER', 'Salama', ['سلامة']],
    ['e2', 'PER', 'The minister', ['الوزير']],
  ]);
  assert.equal(quotes[0]?.speaker, 'e1');
  assert.equal(quotes[0]?.text, 'كان لقاء مثمرا');
});

test('an indefinite spokesperson of a named person is anonymous; a passive verb reports nothing', () => {
  const { quotes } = run('وغادر المستشار منصبه الجمعة، بحسب ما أعلن متحدث باسم نبيل حداد. ونُقل عنه أنه سيعود.', [['e1', 'PER', 'Nabil Haddad', ['نبيل حداد']]]);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.speaker, null);
  assert.match(quotes[0]!.speakerText ?? '', /^متحدث باسم/);
});

test('an indefinite report with its owner before a comma: the owner speaks the relative clause', () => {
  const { quotes } = run('وسئل الوزير أمس عن تقرير لصحيفة "النهار" يوم الأحد، ذكر أن المفاوضات فشلت.', [
    ['e1', 'ORG', 'An-Nahar', ['النهار']],
    ['e2', 'PER', 'The minister', ['الوزير']],
  ]);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.speaker, 'e1');
});

test('"تبعا للوكالة" is an attribution; للوكالة is the agency named before', () => {
  const { quotes } = run('وأعلنت وكالة الأنباء الوطنية اعتقال المشتبه به. وتبعا للوكالة فإن المشتبه به اعترف بالتهم.', [['e1', 'ORG', 'National News Agency', ['وكالة الأنباء الوطنية']]]);
  const q = quotes.find((x) => x.cue.text.includes('تبعا'));
  assert.equal(q?.speaker, 'e1');
  assert.equal(q?.text, 'المشتبه به اعترف بالتهم');
});

test('"نقلا عن" at the end of a sentence is an attribution, not the verb نقل', () => {
  const { quotes } = run('وعمل المستشار مع الوزير عشر سنوات، نقلا عن صحيفة "المساء" المحلية.', [['e1', 'ORG', 'Al-Masaa', ['صحيفة "المساء"']]]);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.speaker, 'e1');
  assert.equal(quotes[0]!.text, 'عمل المستشار مع الوزير عشر سنوات');
});

test('a participle after غير is an adjective: "أشارت تقارير غير مؤكدة إلى" reports through أشارت', () => {
  const { quotes } = run('وأشارت تقارير غير مؤكدة إلى غرق عشرة أشخاص.');
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.cue.text, 'أشارت');
  assert.equal(quotes[0]!.speakerText, 'تقارير غير مؤكدة');
});

test('a statement with no named owner is the sentence subject\'s; البيان after بيانها is that body\'s', () => {
  const { quotes } = run(
    'نفذت قوات الدفاع المحلية عملية في المنطقة، بحسب بيان نشرته مساء السبت. وأعلنت قوات الدفاع المحلية في بيانها "انتهت العملية بنجاح". كما دعا البيان "السكان إلى البقاء في منازلهم".',
    [['e1', 'ORG', 'Local Defence Forces', ['قوات الدفاع المحلية']]],
  );
  assert.equal(quotes.length, 3);
  assert.ok(quotes.every((q) => q.speaker === 'e1'));
});

test('"وأضاف X" names the unnamed official of the quotes just before it; a group stays unnamed', () => {
  const one = run('حذر مسؤول أوروبي سابق الحكومة من الانهيار، واصفا الوضع بأنه "خطير". وأضاف كارل مولر أن الإصلاح ممكن.', [['e1', 'PER', 'Karl Müller', ['كارل مولر']]]);
  assert.deepEqual(one.quotes.map((q) => q.speaker), ['e1', 'e1', 'e1']);
  const group = run('وقال مسؤولون أوروبيون إن الوضع خطير. وأضاف كارل مولر أن الإصلاح ممكن.', [['e1', 'PER', 'Karl Müller', ['كارل مولر']]]);
  assert.deepEqual(group.quotes.map((q) => q.speaker), [null, 'e1']);
});

test('"لكن تقارير أشارت": an indefinite source placed first after لكن is the speaker', () => {
  const { quotes } = run('ولم تعرف بعد أسماء الضحايا، لكن تقارير أشارت إلى أنهم من سكان القرية.');
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.speakerText, 'تقارير');
});

test('a reporting verb in a relative clause takes the complementizer; the subject after فيها speaks', () => {
  const { quotes } = run('وترد المذكرة على رسالة قدمتها الحكومة في مارس، والتي ادعت فيها الدوحة بأن الاتفاق انتهك.', [
    ['e1', 'LOC', 'Qatar', ['الدوحة']],
    ['e2', 'ORG', 'Government', ['الحكومة']],
  ]);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.speaker, 'e1');
});

test('a headline "X: ..." quotes X only when X heads the phrase: a topic with a name inside is no speaker', () => {
  const speaker = run('سارق السيارة: فعلت ذلك للتسلية\nووقع الحادث ليلا.');
  assert.equal(speaker.quotes.length, 1);
  const topic = run('زيارة سالم لعمان: احتجاجات واسعة في الشوارع\nوخرج المحتجون ليلا.', [['e1', 'PER', 'Salem', ['سالم']]]);
  assert.equal(topic.quotes.length, 0);
  const named = run('سالم للصحفيين: لن أستقيل\nوقال سالم إنه باق.', [['e1', 'PER', 'Salem', ['سالم']]]);
  assert.equal(named.quotes[0]?.speaker, 'e1');
});

test('العام after a definite noun is "general" and stays in the subject; "العام الماضي" is a time phrase', () => {
  const sg = run('وقال الأمين العام للمنظمة إن الوضع خطير.', [['e1', 'PER', 'Secretary-general', ['الأمين العام']], ['e2', 'ORG', 'Organization', ['المنظمة']]]);
  assert.equal(sg.quotes[0]?.speaker, 'e1');
  assert.equal(sg.quotes[0]?.speakerText, 'الأمين العام للمنظمة');
  const year = run('وقال الوزير العام الماضي إن الخطة جاهزة.');
  assert.equal(year.quotes[0]?.speakerText, 'الوزير');
});

test('البيان is the statement of the body named right after an earlier بيان (بيان لوزارة ...، وفقا لبيان لدائرة ...)', () => {
  const { quotes } = run('أعلن بيان لوزارة المالية، الأربعاء، فرض رسوم جديدة. وذكر البيان أن الرسوم مؤقتة.', [['e1', 'ORG', 'Ministry of Finance', ['وزارة المالية']]]);
  assert.equal(quotes.find((q) => q.cue.text === 'ذكر')?.speaker, 'e1');
  const via = run('ودعت الدائرة إلى ضبط النفس، وفقا لبيان لدائرة الشؤون الخارجية. وأفاد البيان أن الاتصالات مستمرة.', [['e1', 'ORG', 'Foreign Affairs Department', ['دائرة الشؤون الخارجية']]]);
  assert.equal(via.quotes.find((q) => q.cue.text === 'أفاد')?.speaker, 'e1');
});
