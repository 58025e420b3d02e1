/**
 * Speaker rules of the eighth pass (quotes8): sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotesOf as run } from './speaker-cases.ts';

test('a past verb of saying after a noun-object cue has its own subject and takes the complementizer', () => {
  const quotes = run('وأعلن اللاعب اعتزاله في الربيع، لكن مدرب الفريق كارلوس مينديز قال لاحقا إن اللاعب سيعود.', [
    { id: 'e1', type: 'PER', kbId: 'x:per:1', forms: [['كارلوس مينديز', 'name']] },
  ]);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.cue.text, 'قال');
  assert.equal(quotes[0]!.speaker, 'e1');
});

test('a present verb after كتب goes on with the same subject', () => {
  const quotes = run('وكتب الروائي سامي العطار في صحيفة الأيام يقول إن المدينة تغيرت.', [
    { id: 'e1', type: 'PER', kbId: 'x:per:1', forms: [['سامي العطار', 'name']] },
    { id: 'e2', type: 'ORG', kbId: 'x:org:1', forms: [['صحيفة الأيام', 'name']] },
  ]);
  assert.ok(quotes.length >= 1);
  assert.equal(quotes[0]!.speaker, 'e1');
});

test('a verb in a relative clause speaks for the person the relative pronoun follows', () => {
  const quotes = run('نشرت الصحيفة تصريحات وزيرة الثقافة ليلى حداد التي أكدت قائلة "إن المهرجان سيقام في موعده". وأضافت أن الدعوات أرسلت.', [
    { id: 'e1', type: 'ORG', kbId: 'x:org:1', forms: [['الصحيفة', 'name']] },
    { id: 'e2', type: 'PER', kbId: 'x:per:1', forms: [['ليلى حداد', 'name']] },
  ]);
  assert.equal(quotes.length, 2);
  assert.deepEqual(quotes.map((q) => q.speaker), ['e2', 'e2']);
});

test('a topic before a colon is not the subject of a headline verb', () => {
  const quotes = run('أزمة المياه في المدينة: المحافظ يطالب بخطة عاجلة\nوقال المحافظ إن العمل بدأ.', [
    { id: 'e1', type: 'PER', kbId: 'x:per:1', forms: [['المحافظ', 'title']] },
    { id: 'e2', type: 'LOC', kbId: 'loc:x', forms: [['المدينة', 'name']] },
  ]);
  assert.ok(quotes.length >= 1);
  assert.equal(quotes[0]!.speaker, 'e1');
  assert.equal(quotes[0]!.speakerText, 'المحافظ');
});

test('a description the KB lacks followed by a name it knows: the name speaks', () => {
  const quotes = run('وقالت وكالة الأنباء الروسية سبوتنيك إن الاجتماع انتهى.', [
    { id: 'e1', type: 'ORG', kbId: 'x:org:1', forms: [['وكالة الأنباء الروسية', 'name']] },
    { id: 'e2', type: 'ORG', kbId: 'org:sputnik', forms: [['سبوتنيك', 'name']] },
  ]);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.speaker, 'e2');
});

test('a name after a preposition is no apposition', () => {
  const quotes = run('وقالت الشرطة المحلية لبي بي سي إن التحقيق مستمر.', [
    { id: 'e1', type: 'ORG', kbId: 'x:org:1', forms: [['الشرطة المحلية', 'name']] },
    { id: 'e2', type: 'ORG', kbId: 'org:bbc', forms: [['بي بي سي', 'name']] },
  ]);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.speaker, 'e1');
});

test('وصف with a possessed noun after it: the noun is the object and the running speaker describes', () => {
  const quotes = run('وقال الوزير أحمد صالح إن الخطة جاهزة، ووصف انتقادها بأنه "لا أساس له".', [
    { id: 'e1', type: 'PER', kbId: 'x:per:1', forms: [['أحمد صالح', 'name']] },
  ]);
  assert.equal(quotes.length, 2);
  assert.deepEqual(quotes.map((q) => q.speaker), ['e1', 'e1']);
});

test('a definite role noun then a body: the body is the object, the role speaks', () => {
  const quotes = run('قالت وزيرة الدولة لشؤون الإعلام سلمى عادل إن الحدود مغلقة. وطالبت الوزيرة المجتمع الدولي بالضغط للتوصل إلى حل.', [
    { id: 'e1', type: 'PER', kbId: 'x:per:1', forms: [['سلمى عادل', 'name'], ['وزيرة الدولة لشؤون الإعلام', 'title']] },
    { id: 'e2', type: 'ORG', kbId: 'org:x', forms: [['المجتمع الدولي', 'name']] },
  ]);
  assert.equal(quotes.length, 2);
  assert.deepEqual(quotes.map((q) => q.speaker), ['e1', 'e1']);
  assert.equal(quotes[1]!.speakerText, 'الوزيرة');
});

test('a rank after a definite role stays in the subject (العقيد الركن)', () => {
  const quotes = run('وقال العقيد الركن سالم الدوسري إن الدفاعات اعترضت الصاروخ.', [
    { id: 'e1', type: 'PER', kbId: 'x:per:1', forms: [['سالم الدوسري', 'name']] },
  ]);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.speaker, 'e1');
});

test('"وفقا لما أعلنت عنه X": the subject after the pronoun preposition', () => {
  const quotes = run('أطلق حارس النار على رجل حاول دخول المبنى، وفقا لما أعلنت عنه الجمعية الخيرية.', [
    { id: 'e1', type: 'ORG', kbId: 'x:org:1', forms: [['الجمعية الخيرية', 'name']] },
  ]);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.speaker, 'e1');
});

test('a two-word surname with بن names the person again', () => {
  const quotes = run('وكان أسامة بن لادن قد هدد الغرب. ونشرت وثائق جملة قال فيها بن لادن إن الطريق مفتوح.', [
    { id: 'e1', type: 'PER', kbId: 'per:osama-bin-laden', forms: [['أسامة بن لادن', 'name']] },
  ]);
  const q = quotes.find((x) => x.cue.text === 'قال');
  assert.ok(q);
  assert.equal(q.speaker, 'e1');
});

test('رجح and علق report in the past with a complementizer; أفاد reports a noun object after بـ', () => {
  const quotes = run('ورجح المرصد الوطني أن تكون الأمطار غزيرة. وعلق الخبير سعيد ناصر بأن "الموسم استثنائي". وأفادت مصادر محلية بسقوط جسر.', [
    { id: 'e1', type: 'ORG', kbId: 'x:org:1', forms: [['المرصد الوطني', 'name']] },
    { id: 'e2', type: 'PER', kbId: 'x:per:1', forms: [['سعيد ناصر', 'name']] },
  ]);
  assert.deepEqual(quotes.map((q) => q.cue.text), ['رجح', 'علق', 'أفادت']);
  assert.deepEqual(quotes.map((q) => q.speaker), ['e1', 'e2', null]);
});

test('"يرجح أن" (it is likely that) is no quote', () => {
  const quotes = run('ويرجح أن تستمر المحادثات أسبوعا آخر.', []);
  assert.equal(quotes.length, 0);
});

test('a channel written with its web domain (للعربية.نت) does not end the statement', () => {
  const quotes = run('يقول كمال رفاعي للعربية.نت إن الفريق سيفوز.', [{ id: 'e1', type: 'PER', kbId: 'x:per:1', forms: [['كمال رفاعي', 'name']] }]);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.speaker, 'e1');
  assert.equal(quotes[0]!.text, 'الفريق سيفوز');
});

test('a participle whose noun object opens with a quotation mark reports it', () => {
  const quotes = run('أعربت الحكومة عن قلقها، مؤكدة "تضامنها الكامل" مع الضحايا.', [{ id: 'e1', type: 'ORG', kbId: 'x:org:1', forms: [['الحكومة', 'name']] }]);
  const q = quotes.find((x) => x.cue.text === 'مؤكدة');
  assert.ok(q);
  assert.equal(q.speaker, 'e1');
  assert.equal(q.direct, false);
});

test('a plural verb with no subject of its own does not go on with one person', () => {
  const quotes = run('وتظاهر مئات من العمال أمام مكتب الوزير حسن علوان، وأعربوا عن غضبهم من القرار.', [
    { id: 'e1', type: 'PER', kbId: 'x:per:1', forms: [['حسن علوان', 'name']] },
  ]);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.speaker, null);
});

test('critics and observers in the oblique case are unnamed sources', () => {
  const quotes = run('ورحب الرئيس سامي فؤاد بالاتفاق. لكن منتقدين قالوا إن الاتفاق هش.', [
    { id: 'e1', type: 'PER', kbId: 'x:per:1', forms: [['سامي فؤاد', 'name']] },
  ]);
  const q = quotes.find((x) => x.cue.text === 'قالوا');
  assert.ok(q);
  assert.equal(q.speaker, null);
  assert.equal(q.speakerText, 'منتقدين');
});

test('a person named after a role and a comma is the speaker, not the holder the resolver found for the role', () => {
  const quotes = run('وقال رئيس مجلس المحافظة، مهدي الساعدي، إن المياه ملوثة.', [
    { id: 'e1', type: 'PER', kbId: 'per:someone-else', forms: [['رئيس مجلس المحافظة', 'title']] },
    { id: 'e2', type: 'PER', kbId: 'x:per:2', forms: [['مهدي الساعدي', 'name']] },
  ]);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.speaker, 'e2');
});

test('"تبلغ قيمته" (amounts to), "يدعى" (is called) and a participle after a preposition report nothing', () => {
  const quotes = run('وارتدت معطفا تبلغ قيمته 39 دولارا. وقال أحد الشهود ويدعى سمير نادر إن النار اشتعلت. وأكد الموقع المتخصص في متابعة الرحلات أن الطائرة هبطت.', [
    { id: 'e1', type: 'PER', kbId: 'x:per:1', forms: [['سمير نادر', 'name']] },
  ]);
  assert.deepEqual(quotes.map((q) => q.cue.text), ['قال', 'أكد']);
});

test('a role with an adjective outside the list keeps the name that follows (النائبة المحافظة ...)', () => {
  const quotes = run('وأعلنت النائبة المحافظة المؤيدة للاتفاق سارة ويلسون أنها ستصوت ضده.', [
    { id: 'e1', type: 'PER', kbId: 'x:per:1', forms: [['سارة ويلسون', 'name']] },
  ]);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.speaker, 'e1');
});

test('"دعا المجتمع الدولي إلى": the community called on is the object, the running speaker calls', () => {
  const quotes = run('وقال الوزير سامر حداد إن الوضع خطير. ودعا المجتمع الدولي إلى الضغط على الحكومة، لافتا إلى أن الوقت ينفد.', [
    { id: 'e1', type: 'PER', kbId: 'x:per:1', forms: [['سامر حداد', 'name']] },
    { id: 'e2', type: 'ORG', kbId: 'x:org:2', forms: [['المجتمع الدولي', 'name']] },
  ]);
  assert.equal(quotes.length, 3);
  assert.deepEqual(quotes.map((q) => q.speaker), ['e1', 'e1', 'e1']);
});

test('a role tied to a body by the words after it is a new, unnamed person, not the one quoted before', () => {
  const quotes = run('وقال رئيس الوزراء كمال سعيد إن القائمة نشرت. وقال المدير العام للسجلات إن اليوم تاريخي.', [
    { id: 'e1', type: 'PER', kbId: 'x:per:1', forms: [['كمال سعيد', 'name']] },
  ]);
  assert.equal(quotes.length, 2);
  assert.equal(quotes[0]!.speaker, 'e1');
  assert.equal(quotes[1]!.speaker, null);
});

test('a role followed by an adverbial (في تغريدته) still names the person quoted before', () => {
  const quotes = run('وقال الأمير خالد ناصر إن المشروع اكتمل. وأضاف الأمير في تغريدته أن الافتتاح قريب.', [
    { id: 'e1', type: 'PER', kbId: 'x:per:1', forms: [['الأمير خالد ناصر', 'name']] },
  ]);
  assert.equal(quotes.length, 2);
  assert.deepEqual(quotes.map((q) => q.speaker), ['e1', 'e1']);
});

test('an indefinite spokesperson is unnamed even when the resolver tied the title to the holder of the post', () => {
  const quotes = run('وقال متحدث باسم الكرملين إن الاجتماع سيعقد غدا.', [
    { id: 'e1', type: 'PER', kbId: 'per:dmitry-peskov', forms: [['متحدث باسم الكرملين', 'title']] },
    { id: 'e2', type: 'ORG', kbId: 'org:kremlin', forms: [['الكرملين', 'name']] },
  ]);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.speaker, null);
  assert.equal(quotes[0]!.speakerText, 'متحدث باسم الكرملين');
});

test('authorities tied to another body (التابعة للمعارضة السورية) do not speak as the country', () => {
  const quotes = run('وأعلنت السلطات الصحية التابعة للمعارضة السورية أن المستشفى قصف. وقالت السلطات السورية إن الخبر كاذب.', [
    { id: 'e1', type: 'LOC', kbId: 'cty:SYR', forms: [['السورية', 'demonym']] },
  ]);
  assert.equal(quotes.length, 2);
  assert.deepEqual(quotes.map((q) => q.speaker), [null, 'e1']);
});

test('what one writes on a named platform is quoted without a colon', () => {
  const quotes = run('وكتب الوزير ماهر نبيل على تويتر مساء السبت "المعركة ستنتهي قريبا".', [{ id: 'e1', type: 'PER', kbId: 'x:per:1', forms: [['ماهر نبيل', 'name']] }]);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.speaker, 'e1');
  assert.equal(quotes[0]!.direct, true);
});

test('a quotation followed by the writer\'s gloss (في إشارة إلى) is the quote of the verb before it', () => {
  const quotes = run('وقال أحد السكان "هناك انتشار كثيف للمسلحين في المدينة" في إشارة إلى فصيل محلي.', []);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.direct, true);
  assert.equal(quotes[0]!.speakerText, 'أحد السكان');
});
