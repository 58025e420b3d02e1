/**
 * (quotes37) Speakers the entity layer missed: a foreign name after a profession noun right after a speaking verb, and
 * a body named in full (a romanized common word after its head) as a speaking verb's subject (docs/quotes.md,
 * "Eighteenth session (quotes37)"). The sentences are written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, entityAt } from './title-test-kit.ts';
import { PROFESSION_NOUNS } from './words22.ts';

/** The speaker entity of the first quote: type and English name (or kbId). */
const speakerOf = (text: string): string | null => {
  const a = run(text);
  const q = a.quotes[0];
  const e = q?.speaker ? a.entities.find((x) => x.id === q.speaker) : undefined;
  return e ? `${e.type} ${e.nameEn}` : null;
};

test('a foreign name after a profession noun and a speaking verb is a person', () => {
  assert.match(entityAt(run('وقال الكوميدي باتون أوزوالت إن العرض ألغي.'), 'باتون') ?? '', /^PER /);
  assert.match(speakerOf('وقالت الناشطة الحقوقية أوليانا تشيرنوفا إن المعتقلين تعرضوا للضرب.') ?? '', /^PER /);
  // The person's words only: not the profession noun.
  const a = run('وقال الكوميدي باتون أوزوالت إن العرض ألغي.');
  const m = a.entities.flatMap((e) => e.mentions).find((x) => x.text.includes('باتون'));
  assert.equal(m?.text, 'باتون أوزوالت');
  // Without a speaking verb before it the noun makes no name of rare words.
  assert.equal(entityAt(run('شاهدنا عرض الكوميدي باتون أوزوالت أمس.'), 'أوزوالت'), null);
});

test('a body named in full after a speaking verb is an organization', () => {
  assert.match(speakerOf('وقال مجلس الحكم في رواندا في بيان إنه يراجع القواعد.') ?? '', /^ORG /);
  assert.match(speakerOf('وقال مركز الأرصاد الجوية إن الأمطار ستستمر.') ?? '', /^ORG /);
  // An indefinite description is no name: the speaker stays unnamed.
  assert.equal(speakerOf('وقالت منظمة معنية بحقوق الإنسان إن الشرطة اعتقلت ألفا.'), null);
  assert.equal(speakerOf('وأوضحت لجنة برلمانية أن الهدف هو التكريم.'), null);
  // كان says nothing: a body after it is left to the recognizer.
  assert.equal(entityAt(run('وكان مركز الزلزال على بعد مئتي كيلومتر من الساحل.'), 'الزلزال'), null);
});

test('the profession nouns load normalized', () => {
  assert.ok(PROFESSION_NOUNS.has('الكوميدي'));
  assert.ok(!PROFESSION_NOUNS.has('الرئيس'));
});

test('a bare state ministry is not that of a country the article names in passing', () => {
  const a = run('اعتقلت السلطات في فنلندا ثلاثة أشخاص في هلسنكي يشتبه في تجسسهم لصالح روسيا. وذكرت وزارة الداخلية في بيان أن المعتقلين سيمثلون أمام المحكمة في هلسنكي.');
  assert.notEqual(entityAt(a, 'وزارة الداخلية'), 'org:russian-ministry-of-internal-affairs');
  // The country named often enough keeps its ministry.
  const b = run('قال الرئيس الروسي فلاديمير بوتين إن روسيا سترد. وذكرت وزارة الداخلية الروسية أن موسكو آمنة. وذكرت وزارة الداخلية في بيان أن الحدود آمنة.');
  const at = b.document.text.lastIndexOf('وزارة الداخلية');
  const e = b.entities.find((x) => x.mentions.some((m) => m.start === at));
  assert.equal(e?.kbId, 'org:russian-ministry-of-internal-affairs');
});
