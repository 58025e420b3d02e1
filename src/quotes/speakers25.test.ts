/**
 * Rules of the quotes25 pass (docs/quotes.md): a bare definite body noun ("المنظمة"، "الصحيفة"، "الجماعة") with no
 * entity is the KB body the article named before without that noun, when the KB's own names of the body open with it.
 * The sentences and the stand-in KB names are written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotesOf as run, type Spec } from './speaker-cases.ts';

const KB: Record<string, string[]> = {
  'org:watch': ['مراقبو الحقوق', 'منظمة مراقبو الحقوق'],
  'org:daily': ['الأنباء اليومية', 'صحيفة الأنباء اليومية'],
  'org:group': ['أنصار الجبل', 'جماعة أنصار الجبل'],
  'org:army': ['الجيش الوطني'],
};
const names = (id: string) => KB[id];
const watch: Spec = { id: 'e1', type: 'ORG', kbId: 'org:watch', forms: [['مراقبو الحقوق', 'name']] };
const daily: Spec = { id: 'e2', type: 'ORG', kbId: 'org:daily', forms: [['الأنباء اليومية', 'name']] };
const group: Spec = { id: 'e3', type: 'ORG', kbId: 'org:group', forms: [['أنصار الجبل', 'name']] };
const army: Spec = { id: 'e4', type: 'ORG', kbId: 'org:army', forms: [['الجيش الوطني', 'name']] };

test('a bare body noun is the KB body named before without it, when the KB calls it so', () => {
  const ngo = run('قالت مراقبو الحقوق إن المعتقلين تعرضوا لسوء المعاملة. وأضافت المنظمة أن السلطات رفضت التحقيق.', [watch], names);
  assert.equal(ngo.at(-1)?.speaker, 'e1');
  // Another body named in between does not stop it; the KB's names decide which body the noun fits.
  const paper = run('ذكرت الأنباء اليومية أن المفاوضات توقفت. ورد الجيش الوطني بأن الوفد لم يصل. وقالت الصحيفة إن الوفد غادر العاصمة.', [daily, army], names);
  assert.equal(paper.at(-1)?.speaker, 'e2');
  const armed = run('أعلن أنصار الجبل إطلاق صاروخ على المدينة. وقالت الجماعة إن الصاروخ أصاب هدفه.', [group], names);
  assert.equal(armed.at(-1)?.speaker, 'e3');
});

test('without the KB names, or with a body the KB does not call so, the noun stays without an entity', () => {
  assert.equal(run('قالت مراقبو الحقوق إن المعتقلين تعرضوا لسوء المعاملة. وأضافت المنظمة أن السلطات رفضت التحقيق.', [watch]).at(-1)?.speaker, null);
  // The army's KB names hold no منظمة.
  assert.equal(run('قال الجيش الوطني إن المعتقلين نقلوا. وأضافت المنظمة أن السلطات رفضت التحقيق.', [army], names).at(-1)?.speaker, null);
});

test('a body of that noun the entities lack, named in the window, keeps the noun without an entity', () => {
  const quotes = run('قالت مراقبو الحقوق إن المعتقلين تعرضوا لسوء المعاملة. ودعت المنظمة الأوروبية للسلامة الجوية الشركات إلى الحذر. وقالت المنظمة إن التهديد قائم.', [watch], names);
  assert.equal(quotes.at(-1)?.speaker, null);
  // An earlier bare anaphor of the same noun is no other body.
  const again = run('قالت مراقبو الحقوق إن المعتقلين تعرضوا لسوء المعاملة. وأضافت المنظمة أن السلطات رفضت التحقيق. وتابعت المنظمة أن الأسر تنتظر.', [watch], names);
  assert.deepEqual(again.map((q) => q.speaker), ['e1', 'e1', 'e1']);
});

test('a body named with the noun and a pronoun, or a KB body named only in passing, keeps the noun without an entity', () => {
  // "منظمته": his own organization, not the KB body.
  const possessed = run('قالت مراقبو الحقوق إن المعتقلين نقلوا. وأعلنت منظمته الخيرية وفاته في تغريدة. وقالت المنظمة إنه كان رجل سلام.', [watch], names);
  assert.equal(possessed.at(-1)?.speaker, null);
  // A body in the genitive of a title, which never spoke in the article.
  const passing = run('توفي المدير السابق لمراقبو الحقوق عن عمر ناهز الثمانين. وقالت المنظمة إنه كان رجل سلام.', [watch], names);
  assert.equal(passing.at(-1)?.speaker, null);
});

test('a sentence opening with كان, a name and the verb without قد: the name speaks, the person after the verb is its object', () => {
  const abbas: Spec = { id: 'e5', type: 'PER', kbId: 'per:a', forms: [['سليم', 'name']] };
  const putin: Spec = { id: 'e6', type: 'PER', kbId: 'per:b', forms: [['الرئيس الروسي', 'title'], ['يوري بتروف', 'name']] };
  const quotes = run('وكان سليم أبلغ الرئيس الروسي، يوري بتروف، خلال زيارته أن الوساطة لا بد أن تتسع.', [abbas, putin]);
  assert.equal(quotes[0]?.speaker, 'e5');
  // The name must end right before the verb: "وكان سليم أدخل للمشفى ... حيث أعلن الأطباء" is the doctors' statement.
  const doctors = run('وكان سليم أدخل للمشفى الأسبوع الماضي حيث أعلن الأطباء أنه أجرى عملية صغيرة.', [abbas]);
  assert.equal(doctors[0]?.speaker, null);
  assert.equal(doctors[0]?.speakerText, 'الأطباء');
});

test('لكن, a title, a comma, a name and a comma before the verb: the name speaks, not the one carried from before', () => {
  const britain: Spec = { id: 'e7', type: 'LOC', kbId: 'cty:GBR', forms: [['بريطانيا', 'name']] };
  const spokesman: Spec = { id: 'e8', type: 'PER', kbId: 'per:spokesman', forms: [['المتحدث باسم الرئيس', 'title'], ['يوري بتروف', 'name']] };
  const quotes = run('وحذرت بريطانيا جارتها من رد قوي. لكن المتحدث باسم الرئيس الروسي، يوري بتروف، قال للصحافيين إن الجاسوس عمل لصالح الاستخبارات البريطانية.', [britain, spokesman]);
  assert.equal(quotes.at(-1)?.speaker, 'e8');
});
