/**
 * Rules of the quotes45 pass (docs/quotes.md, "Twentieth session (quotes45)"). The sentences are written for these
 * tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotesOf, type Spec } from './speaker-cases.ts';

const leader: Spec = { id: 'l', type: 'PER', kbId: 'per:l', forms: [['سالم داود', 'name'], ['داود', 'name'], ['رئيس الجزيرة', 'title']] };
const aide: Spec = { id: 'h', type: 'PER', kbId: 'per:h', forms: [['كمال نوري', 'name']] };
const spokesman: Spec = { id: 'n', type: 'PER', kbId: 'per:n', forms: [['فادي رمزي', 'name'], ['رمزي', 'name']] };

test('a spokesperson of a named person is not that person: unnamed, or the name given after the principal', () => {
  const bare = quotesOf('بيد أن المتحدث باسم داود، يقول إن المحادثات ستستمر الأسبوع المقبل.', [leader]);
  assert.equal(bare.length, 1);
  assert.equal(bare[0]!.speaker, null);
  const verbFirst = quotesOf('وقال الناطق باسم سالم داود إن الزيارة تأجلت.', [leader]);
  assert.equal(verbFirst[0]!.speaker, null);
  // The spokesperson's own name after the principal speaks.
  const named = quotesOf('وقال المتحدث باسم داود فادي رمزي إن الزيارة تأجلت.', [leader, spokesman]);
  assert.equal(named[0]!.speaker, 'n');
  // A person named after a body (the spokesperson's name) is kept.
  const body = quotesOf('وقال المتحدث باسم الحكومة فادي رمزي إن الزيارة تأجلت.', [spokesman]);
  assert.equal(body[0]!.speaker, 'n');
  // Behind an indefinite noun no mention covers: "a spokeswoman of X's campaign".
  const campaign = quotesOf('وقالت متحدثة باسم حملة داود إن الحملة ستستمر.', [leader]);
  assert.equal(campaign[0]!.speaker, null);
  // The spokesperson quoted before with these words and a name goes on.
  const again = quotesOf('وقال فادي رمزي، المتحدث باسم داود، إن الزيارة تأجلت. وأضاف المتحدث باسم داود أن موعدا جديدا سيحدد.', [leader, spokesman]);
  assert.equal(again.find((q) => /موعدا/.test(q.text))?.speaker, 'n');
});

test('an aide without the article is not the person in the genitive', () => {
  const plain = quotesOf('وقال مستشار داود إن الزيارة تأجلت.', [leader]);
  assert.equal(plain[0]!.speaker, null);
  const titled = quotesOf('وقال مستشار رئيس الجزيرة إن الزيارة تأجلت.', [leader]);
  assert.equal(titled[0]!.speaker, null);
  // The aide's own name after the principal speaks.
  const named = quotesOf('وقال مستشار رئيس الجزيرة كمال نوري إن الزيارة تأجلت.', [leader, aide]);
  assert.equal(named[0]!.speaker, 'h');
  // With the article, المستشار is a title of the person named after it.
  const chancellor = quotesOf('وقال المستشار سالم داود إن الزيارة تأجلت.', [leader]);
  assert.equal(chancellor[0]!.speaker, 'l');
});

const minister: Spec = { id: 'm', type: 'PER', kbId: 'per:m', forms: [['وزير الخارجية نبيل حداد', 'name'], ['حداد', 'name']] };
const ministry: Spec = { id: 'w', type: 'ORG', kbId: 'org:w', forms: [['وزارة الخارجية', 'name']] };
const channel: Spec = { id: 'b', type: 'ORG', kbId: 'org:b', forms: [['قناة الشرق', 'name']] };
const reporter: Spec = { id: 'r', type: 'PER', kbId: 'per:r', forms: [['رامي خليل', 'name']] };

test('an indefinite unnamed source after a contrast opener, accusative or with a prepositional phrase, speaks', () => {
  const lead = 'وقال وزير الخارجية نبيل حداد إن المفاوضات تسير بشكل جيد. ';
  for (const [clause, words] of [
    ['لكن مسؤولا في الوزارة قال إن الخلافات ما زالت كبيرة.', 'مسؤولا في الوزارة'],
    ['إلا أن مصدرا دبلوماسيا أكد أن الخلافات ما زالت كبيرة.', 'مصدرا دبلوماسيا'],
    ['غير أن دبلوماسيين في العاصمة قالوا إن الخلافات ما زالت كبيرة.', 'دبلوماسيين في العاصمة'],
  ] as const) {
    const qs = quotesOf(lead + clause, [minister]);
    const q = qs.find((x) => /الخلافات/.test(x.text));
    assert.ok(q, clause);
    assert.equal(q.speaker, null, clause);
    assert.equal(q.speakerText, words, clause);
  }
  // An accusative spokesperson of a body is an unnamed spokesperson, not the body.
  const spokes = quotesOf(lead + 'لكن متحدثا باسم وزارة الخارجية قال إن الخلافات ما زالت كبيرة.', [minister, ministry]);
  assert.equal(spokes.find((x) => /الخلافات/.test(x.text))?.speaker, null);
  // A correspondent of a channel named in apposition after a place.
  const named = quotesOf(lead + 'بيد أن مراسل قناة الشرق في العاصمة، رامي خليل، يقول إن الخلافات ما زالت كبيرة.', [minister, channel, reporter]);
  assert.equal(named.find((x) => /الخلافات/.test(x.text))?.speaker, 'r');
  // A verb between the opener and the cue is not a subject of this shape: the minister, carried, is kept.
  const verb = quotesOf(lead + 'لكن مسؤولا في الوزارة رفض التعليق. وأضاف أن الخلافات ما زالت كبيرة.', [minister]);
  assert.notEqual(verb.find((x) => /الخلافات/.test(x.text))?.speakerText, 'مسؤولا في الوزارة رفض التعليق');
});
