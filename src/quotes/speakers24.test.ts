/**
 * Rules of the quotes24 pass (docs/quotes.md): when the speaker's words hold the right name but the stage turned them into
 * the wrong entity. A title the resolver gave another holder yields to the name in apposition at the end of the same
 * words; a bare definite body noun (الوزارة، الصحيفة) is the body the article named with it; an unknown person named as
 * a known one and a time word, a preposition or a لـ-word is the known person. The sentences are written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotesOf as run, type Spec } from './speaker-cases.ts';

const otherHolder: Spec = { id: 'e1', type: 'PER', kbId: 'per:other-minister', forms: [['وزير التجارة', 'title']] };
const harris: Spec = { id: 'e2', type: 'PER', kbId: 'per:john-harris', forms: [['جون هاريس', 'name']] };

test('a name in apposition at the end of the speaker wins over a title the resolver gave another holder', () => {
  const quotes = run('وقال وزير التجارة الدولية في الحكومة البريطانية جون هاريس إن الاتفاق بات قريبا.', [otherHolder, harris]);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.speaker, 'e2');
});

test('the title keeps its holder when the name belongs to another noun phrase', () => {
  const president: Spec = { id: 'e3', type: 'PER', kbId: 'per:president', forms: [['الرئيس', 'title']] };
  // An indefinite noun right after the title opens the verb's object.
  const object = run('وأبلغ الرئيس كبير موظفي القصر، جون هاريس، بأنه يرغب في تغيير المستشار.', [president, harris]);
  assert.equal(object.length, 1);
  assert.equal(object[0]!.speaker, 'e3');
  // A name with a title of its own is that title's apposition.
  const lavrov: Spec = { id: 'e4', type: 'PER', kbId: 'per:foreign-minister', forms: [['وزير خارجيتها', 'title']] };
  const may: Spec = { id: 'e5', type: 'PER', kbId: 'per:prime-minister', forms: [['رئيسة الحكومة البريطانية', 'title'], ['سارة هاريس', 'name']] };
  const titled = run('ووصف وزير خارجيتها اتهامات رئيسة الحكومة البريطانية، سارة هاريس، بأنها "هستيرية".', [lavrov, may]);
  assert.equal(titled[0]?.speaker, 'e4');
  // A name bearing the holder's surname is the holder, misspelt.
  const maliki: Spec = { id: 'e6', type: 'PER', kbId: 'per:turki-al-maliki', forms: [['الناطق باسم', 'title']] };
  const misspelt: Spec = { id: 'e7', type: 'PER', kbId: 'x:per:7', forms: [['تركب المالكي', 'name']] };
  const quotes = run('وقال الناطق باسم التحالف العقيد تركب المالكي إن الصواريخ أطلقت من صعدة.', [{ ...maliki, forms: [...maliki.forms, ['المالكي', 'name', 1]] }, misspelt]);
  assert.equal(quotes[0]?.speaker, 'e6');
});

test('a bare definite body noun with no entity is the body the article named with that noun', () => {
  const ministry: Spec = { id: 'e8', type: 'ORG', kbId: 'org:foreign-ministry', forms: [['وزارة الخارجية الأمريكية', 'name']] };
  const head = run('أعلنت وزارة الخارجية الأمريكية أن الوزير سيزور المنطقة الأسبوع المقبل. وقال مسؤول في السفارة إن الوفد وصل. وأضافت الوزارة أن الزيارة تستمر يومين.', [ministry]);
  assert.equal(head.at(-1)?.speaker, 'e8');
  const paper: Spec = { id: 'e9', type: 'ORG', kbId: 'org:daily', forms: [['الأنباء اليومية', 'name']] };
  const channel = run('ونشرت صحيفة الأنباء اليومية صورا للحادث. وقال شاهد إن الدخان غطى المطار. وأوضحت الصحيفة أن الطائرة سقطت بعد الإقلاع.', [paper]);
  assert.equal(channel.at(-1)?.speaker, 'e9');
  // A statement or report noun: "تقرير منظمة العفو" then "عن التقرير" is the report's issuer.
  const amnesty: Spec = { id: 'e15', type: 'ORG', kbId: 'org:rights-group', forms: [['منظمة العفو الدولية', 'name']] };
  const report = run('وتقرير منظمة العفو الدولية مبني على مئات المقابلات. وتحسن الوضع بعد ذلك. ونقلت الوكالة عن التقرير أن "المعتقلين عانوا كثيرا".', [amnesty]);
  assert.equal(report.at(-1)?.speaker, 'e15');
  // Another noun before a name is a thing of its own: the union is not the university.
  const university: Spec = { id: 'e10', type: 'ORG', kbId: 'org:university', forms: [['جامعة العاصمة', 'name']] };
  const union = run('وطالبت نقابة جامعة العاصمة بالإفراج عن الأساتذة. وقالت النقابة إنها ستعلن الإضراب.', [university]);
  assert.notEqual(union.at(-1)?.speaker, 'e10');
});

test('an unknown person named as a known one and a time word or a لـ-word is the known person', () => {
  const known: Spec = { id: 'e11', type: 'PER', kbId: 'per:known', forms: [['ترامب', 'name', 0]] };
  const glued: Spec = { id: 'e12', type: 'PER', kbId: 'x:per:12', forms: [['ترامب حينئذ', 'name']] };
  const quotes = run('وقال ترامب إن الاقتصاد قوي. وقال ترامب حينئذ إن الصين تستغل بلاده.', [known, glued]);
  assert.deepEqual(quotes.map((q) => q.speaker), ['e11', 'e11']);
  // A given name and a surname are another person, not the known one with that given name.
  const robin: Spec = { id: 'e13', type: 'PER', kbId: 'per:robin', forms: [['روبين', 'name', 0]] };
  const wright: Spec = { id: 'e14', type: 'PER', kbId: 'x:per:14', forms: [['روبين رايت', 'name']] };
  const other = run('وقال روبين إن الاتفاق سيئ. وقال روبين رايت إن الاتفاق جيد.', [robin, wright]);
  assert.equal(other.at(-1)?.speaker, 'e14');
});
