/**
 * Rules of the quotes23 pass, from a speaker audit of random corpus quotes (docs/quotes.md): "the same source" and a
 * البيان no sentence names carry the body quoted last; "، على ما أفاد X" attributes the clause before it; a described
 * person (الممثلة، القاضي) is the one named with that noun before; an officer of a body (مبعوث الأمم المتحدة) is the
 * article's one person of that body; فضلا عن is no verb's complement. The sentences are written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../core/document.ts';
import { createSegmenter } from '../text/clitics.ts';
import { loadResources } from '../resources/load.ts';
import { createQuoteStage } from './stage.ts';
import { entitiesFor, quotesOf as run, type Spec } from './speaker-cases.ts';

const agency: Spec = { id: 'e1', type: 'ORG', kbId: 'org:agency', forms: [['وكالة الأنباء الوطنية', 'name']] };
const ministry: Spec = { id: 'e2', type: 'ORG', kbId: 'org:ministry', forms: [['وزارة الدفاع', 'name']] };
const minister: Spec = { id: 'e3', type: 'PER', kbId: 'per:minister', forms: [['سالم العبدالله', 'name']] };

test('"the same source" after a named body is that body; after an unnamed source, still the unnamed source', () => {
  const body = run('وقالت وكالة الأنباء الوطنية إن عشرين مسلحا قتلوا في الغارات. واستهدفت الغارات مواقع في شرق المدينة، وفق المصدر نفسه الذي أشار أيضا إلى فرار العشرات.', [agency]);
  assert.deepEqual(body.map((q) => q.speaker), ['e1', 'e1', 'e1']);
  const anonymous = run('وقال مصدر أمني إن الهجوم صد. وأعلن الوزير سالم العبدالله أن القوات تقدمت. وأضاف المصدر نفسه أن القتلى بالعشرات.', [minister]);
  assert.equal(anonymous.length, 3);
  assert.equal(anonymous[2]!.speaker, null);
  assert.equal(anonymous[2]!.speakerText, 'مصدر أمني');
});

test('البيان that no sentence names before is the statement of the body that announced just before', () => {
  const quotes = run('أعلنت وزارة الدفاع أن القوات دمرت مخزنا للأسلحة. وأضاف البيان أن العملية استمرت ساعتين.', [ministry]);
  assert.deepEqual(quotes.map((q) => q.speaker), ['e2', 'e2']);
  // Not after a verb whose body may be its object, and not when an earlier البيان has an owner nobody found.
  const called = run('ودعت المنظمات وزارة الدفاع إلى التحقيق في الحادث. وأضاف البيان أن الضحايا من المدنيين.', [ministry]);
  assert.equal(called.at(-1)?.speaker, null);
});

test('"، على ما أفاد X" attributes the clause before it; "على ما" without a verb of saying reports nothing', () => {
  const quotes = run('وقتل ثلاثة جنود في الهجوم على الحاجز، على ما أعلنت وزارة الدفاع في بيان.', [ministry]);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.speaker, 'e2');
  assert.equal(quotes[0]!.text, 'قتل ثلاثة جنود في الهجوم على الحاجز');
  assert.equal(run('وحصل الفريق على ما أراد، على ما يبدو.', []).length, 0);
});

test('a described person is the one named in apposition with the same noun before', () => {
  const actress: Spec = { id: 'e4', type: 'PER', kbId: 'x:per:4', forms: [['ليلى السالم', 'name']] };
  const other: Spec = { id: 'e5', type: 'PER', kbId: 'x:per:5', forms: [['مازن القاضي', 'name']] };
  for (const text of [
    'واتهم المحامون الممثلة المعروفة، ليلى السالم، بخرق العقد. وتقول الممثلة إن العقد باطل.',
    'وقالت ليلى السالم، الممثلة المعروفة، إنها ستلجأ إلى القضاء. وتقول الممثلة إن العقد باطل.',
  ]) {
    const quotes = run(text, [actress, other]);
    assert.equal(quotes.at(-1)?.speaker, 'e4', text);
  }
  // A noun that is no apposition of the name (a genitive, a body) names no one.
  const genitive = run('وزار الطبيب المعالج لليلى السالم المستشفى. وقال الطبيب إن حالتها مستقرة.', [actress]);
  assert.equal(genitive.at(-1)?.speaker, null);
  const body = run('وقالت زعيمة المعارضة ليلى السالم إن النظام سيسقط. وقالت المعارضة إن المئات تجمعوا.', [actress]);
  assert.equal(body.at(-1)?.speaker, null);
  // A verb's subject and its object ("وانتقدت الطالبة مازن القاضي"): a name named before is no apposition.
  const object = run('وقال مازن القاضي إن القانون عادل. وانتقدت الطالبة مازن القاضي بسبب القانون. وقالت الطالبة إن القانون ظالم.', [other]);
  assert.equal(object.at(-1)?.speaker, null);
});

const resources = loadResources();
const segmenter = createSegmenter(resources.wordFrequencies);
const stage = createQuoteStage(resources.quoteCues);
/** The quotes of `text` with the specs' entities and the actor codes given for them (speaker-cases.ts has none). */
function withActors(text: string, specs: Spec[], actors: Record<string, string>) {
  const doc = createDoc({ text, date: '2018-05-01' }, segmenter);
  const entities = entitiesFor(doc, specs).map((e) => ({ ...e, actor: actors[e.id] ?? null }));
  return stage.run(doc, { entities });
}

test('an officer of a body is the article\'s one person of that body, not the body', () => {
  const un: Spec = { id: 'u', type: 'ORG', kbId: 'org:un', forms: [['الأمم المتحدة', 'name']] };
  const envoy: Spec = { id: 'p', type: 'PER', kbId: 'per:envoy', forms: [['هانس لارسن', 'name']] };
  const chief: Spec = { id: 'g', type: 'PER', kbId: 'per:chief', forms: [['الأمين العام', 'title'], ['كارل نيلسن', 'name']] };
  const text = 'ووصل هانس لارسن إلى المدينة. وقال مبعوث الأمم المتحدة إن المفاوضات ستستأنف. وقال الأمين العام كارل نيلسن إن الحل سياسي.';
  const quotes = withActors(text, [un, envoy, chief], { u: 'IGOUNO', p: 'IGOUNO', g: 'IGOUNO' });
  assert.equal(quotes[0]?.speaker, 'p');
  // A unit of the body (a genitive after its name) and a body without a person of its own keep the body.
  const unit = withActors('ووصل هانس لارسن إلى المدينة. وقال رئيس وكالة الأمم المتحدة للإغاثة إن المساعدات نفدت.', [un, envoy], { u: 'IGOUNO', p: 'IGOUNO' });
  assert.equal(unit[0]?.speaker, 'u');
  const nobody = withActors('وقال مبعوث الأمم المتحدة إن المفاوضات ستستأنف.', [un], { u: 'IGOUNO' });
  assert.equal(nobody[0]?.speaker, 'u');
});

test('فضلا عن joins two nouns: "عبر البحر فضلا عن" is "via", no statement', () => {
  assert.equal(run('واستخدمت الميليشيات الميناء لتهريب الأسلحة عبر البحر فضلا عن زرع الألغام.', []).length, 0);
});

test('"وفقا لمراسل X": an unnamed correspondent after an attribution is an unnamed source, not the outlet', () => {
  const outlet: Spec = { id: 'e6', type: 'ORG', kbId: 'org:outlet', forms: [['قناة الأفق', 'name']] };
  const quotes = run('وقطعت القوات الطريق الشرقي للمطار، وفقا لمراسل قناة الأفق.', [outlet]);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.speaker, null);
  assert.equal(quotes[0]!.speakerText, 'مراسل قناة الأفق');
});
