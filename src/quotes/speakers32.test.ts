/**
 * Rules and data of the quotes32 pass (docs/quotes.md, "Fifteenth session: the speaker's entity"). The sentences are
 * written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotesOfArticle, type Spec } from './speaker-cases.ts';

test('a described person after a headline that named them first: the body\'s first mention introduces them', () => {
  const salma: Spec = { id: 'p', type: 'PER', kbId: 'x:per:1', forms: [['سلمى الراشد', 'name'], ['سلمى', 'name', 0]] };
  const title = 'سلمى تنتقد قرار إغلاق الحدائق';
  const body = 'انتقدت الناشطة البيئية سلمى الراشد قرار البلدية إغلاق الحدائق العامة. وقالت الناشطة البيئية للصحفيين إن القرار سيحرم الأطفال من اللعب.';
  const qs = quotesOfArticle(title, body, [salma]);
  const q = qs.find((x) => x.speakerText?.startsWith('الناشطة'));
  assert.ok(q, 'the quote of "وقالت الناشطة البيئية"');
  assert.equal(q.speaker, 'p');
  // Without the apposition in the body the description names no one.
  const other = quotesOfArticle(title, 'انتقدت سلمى الراشد قرار البلدية إغلاق الحدائق العامة. وقالت الناشطة البيئية للصحفيين إن القرار سيحرم الأطفال من اللعب.', [
    { ...salma, forms: [['سلمى الراشد', 'name'], ['سلمى', 'name', 0]] },
  ]);
  assert.equal(other.find((x) => x.speakerText?.startsWith('الناشطة'))?.speaker ?? null, null);
});

test('quote speakers the KB lacked before quotes32 are linked (data/kb/people/quotes32.jsonl)', async () => {
  const { loadResources } = await import('../resources/load.ts');
  const { buildStages, createAnalyzer } = await import('../analyzer.ts');
  const resources = loadResources();
  const analyzer = createAnalyzer(resources, buildStages(resources).filter((s) => !s.id.startsWith('events')));
  const text = 'توقف تصدير النفط من الموانئ الشرقية. وقال رئيس المؤسسة الوطنية للنفط مصطفى صنع الله إن الخسائر كبيرة. وفي مانيلا، قال المتحدث باسم الرئاسة هاري روكي إن الحكومة ستتابع القضية. وكتب النائب البريطاني ألان دنكان على تويتر أن التصريحات مرفوضة.';
  const a = analyzer.analyzeArticle({ text, date: '2018-07-02' });
  const kbIds = a.quotes.map((q) => (q.speaker ? a.entities.find((e) => e.id === q.speaker)?.kbId : null));
  for (const id of ['per:mustafa-sanalla', 'per:harry-roque', 'per:alan-duncan']) assert.ok(kbIds.includes(id), `${id} in ${kbIds.join(', ')}`);
  // Alan Duncan holds no office the resolver reads a title by: another minister of state named after the title stays himself.
  const b = analyzer.analyzeArticle({ text: 'وأكد وزير الدولة البريطاني المكلف شؤون الشرق الأوسط إلستير بورت أن الزيارة تشكل فرصة مهمة.', date: '2018-03-01' });
  const bq = b.quotes[0];
  assert.notEqual(bq?.speaker ? b.entities.find((e) => e.id === bq.speaker)?.kbId : null, 'per:alan-duncan');
});

test('"وقالت المملكة" is the state the article named by a name opening with that title (cues.json stateTitleHeads)', async () => {
  const { quotesOf } = await import('./speaker-cases.ts');
  const kbNames = (id: string) => (id === 'cty:SAU' ? ['السعودية', 'المملكة العربية السعودية'] : id === 'cty:EGY' ? ['مصر'] : undefined);
  const sau: Spec = { id: 's', type: 'LOC', kbId: 'cty:SAU', forms: [['السعودية', 'name']] };
  const egy: Spec = { id: 'e', type: 'LOC', kbId: 'cty:EGY', forms: [['مصر', 'name']] };
  const text = 'استقبلت السعودية وفدا من مصر لبحث أزمة المياه. وقالت المملكة في بيان إن المحادثات كانت مثمرة.';
  const qs = quotesOf(text, [sau, egy], kbNames);
  assert.equal(qs.at(-1)?.speakerText, 'المملكة');
  assert.equal(qs.at(-1)?.speaker, 's');
  // With no kingdom named, the title names no one (Egypt's names do not open with it).
  const none = quotesOf('استقبلت مصر وفدا لبحث أزمة المياه. وقالت المملكة في بيان إن المحادثات كانت مثمرة.', [egy], kbNames);
  assert.equal(none.at(-1)?.speaker ?? null, null);
});

test('"وتؤكد المملكة": the kingdom the article names most, not the one named last', async () => {
  const { quotesOf } = await import('./speaker-cases.ts');
  const kbNames = (id: string) => (id === 'cty:SAU' ? ['السعودية', 'المملكة العربية السعودية'] : id === 'cty:GBR' ? ['بريطانيا', 'المملكة المتحدة'] : undefined);
  const sau: Spec = { id: 's', type: 'LOC', kbId: 'cty:SAU', forms: [['السعودية', 'name']] };
  const gbr: Spec = { id: 'g', type: 'LOC', kbId: 'cty:GBR', forms: [['بريطانيا', 'name']] };
  const text = 'نفت السعودية الاتهامات. وقال مسؤول في السعودية إن التحقيق مستمر. وطالبت بريطانيا بتوضيحات. كما تؤكد المملكة أنها سترد على أي إجراء.';
  const qs = quotesOf(text, [sau, gbr], kbNames);
  assert.equal(qs.at(-1)?.speakerText, 'المملكة');
  assert.equal(qs.at(-1)?.speaker, 's');
});
