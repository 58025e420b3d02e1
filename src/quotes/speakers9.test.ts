/**
 * Speaker rules of the ninth pass (quotes9), found by scripts/quote-speaker-gaps.ts on the unlabelled corpus:
 * sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotesOf as run } from './speaker-cases.ts';

test('a spokesperson of a body is not the body: unnamed without a name', () => {
  const quotes = run('وقال المتحدث الرسمي باسم قوات التحالف إن الطائرات أسقطت صاروخين.', [
    { id: 'e1', type: 'ORG', kbId: 'org:coalition', forms: [['قوات التحالف', 'name']] },
  ]);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.speaker, null);
  assert.match(quotes[0]!.speakerText ?? '', /^المتحدث الرسمي باسم/);
});

test('a spokesperson of a body named with a person before is that person', () => {
  const quotes = run('وقال المتحدث باسم الجيش الوطني العقيد سالم الورفلي إن القوات تقدمت. وفي وقت لاحق، أوضح المتحدث باسم الجيش الوطني أن المعارك توقفت.', [
    { id: 'e1', type: 'ORG', kbId: 'org:army', forms: [['الجيش الوطني', 'name']] },
    { id: 'e2', type: 'PER', kbId: 'x:per:1', forms: [['سالم الورفلي', 'name']] },
  ]);
  assert.equal(quotes.length, 2);
  assert.equal(quotes[0]!.speaker, 'e2');
  assert.equal(quotes[1]!.speaker, 'e2');
});

test('a body still speaks when no spokesperson opens the subject', () => {
  const quotes = run('وقالت قوات التحالف إن الطائرات أسقطت صاروخين.', [
    { id: 'e1', type: 'ORG', kbId: 'org:coalition', forms: [['قوات التحالف', 'name']] },
  ]);
  assert.equal(quotes[0]!.speaker, 'e1');
});

test('a relative named in apposition after a comma speaks', () => {
  const quotes = run('وأكدت زوجة الرئيس كمال نادر، سلمى نادر، أن الحملة مستمرة.', [
    { id: 'e1', type: 'PER', kbId: 'x:per:1', forms: [['كمال نادر', 'name']] },
    { id: 'e2', type: 'PER', kbId: 'x:per:2', forms: [['سلمى نادر', 'name']] },
  ]);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.speaker, 'e2');
});

test('a relative not named stays unnamed, and so does a fiancee the recognizer read as a name', () => {
  const relative = run('وقالت زوجة الرئيس كمال نادر إن الحملة مستمرة.', [{ id: 'e1', type: 'PER', kbId: 'x:per:1', forms: [['كمال نادر', 'name']] }]);
  assert.equal(relative[0]!.speaker, null);
  const fiancee = run('وقالت خطيبة الصحفي إنها انتظرت أمام المبنى.', [{ id: 'e1', type: 'PER', kbId: 'x:per:1', forms: [['خطيبة الصحفي', 'name']] }]);
  assert.equal(fiancee.length, 1);
  assert.equal(fiancee[0]!.speaker, null);
  assert.equal(fiancee[0]!.speakerText, 'خطيبة الصحفي');
});

test('الفريق before a name is a rank: the person speaks', () => {
  const quotes = run('وقال الفريق أول ركن سعيد الكندي إن الحدود آمنة.', [{ id: 'e1', type: 'PER', kbId: 'x:per:1', forms: [['سعيد الكندي', 'name']] }]);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.speaker, 'e1');
  // A team is still a group that speaks unnamed.
  const team = run('وقال فريق الدفاع عن كمال نادر إن موكلهم بريء.', [{ id: 'e1', type: 'PER', kbId: 'x:per:1', forms: [['كمال نادر', 'name']] }]);
  assert.equal(team[0]!.speaker, null);
});

test('a surname written again with the article names the person', () => {
  const quotes = run('وقال العقيد صادق دويد إن القوات تقدمت. وقال الدويد الجمعة إن المعارك توقفت.', [{ id: 'e1', type: 'PER', kbId: 'x:per:1', forms: [['صادق دويد', 'name']] }]);
  assert.equal(quotes.length, 2);
  assert.equal(quotes[1]!.speaker, 'e1');
});

test('قوله after a verb is no subject: the speaker goes on', () => {
  const quotes = run('وقال الوزير سامي نادر إن الوضع صعب. وأضاف قوله: "لن نتراجع عن قرارنا".', [{ id: 'e1', type: 'PER', kbId: 'x:per:1', forms: [['سامي نادر', 'name']] }]);
  assert.equal(quotes.length, 2);
  assert.equal(quotes[1]!.speaker, 'e1');
});

test('a person other than the one in the genitive closes a relative-noun subject: that person speaks', () => {
  const quotes = run('وقال محامي الرئيس الآخر رامي سليم إن موكله بريء.', [
    { id: 'e1', type: 'PER', kbId: 'x:per:1', forms: [['الرئيس', 'title']] },
    { id: 'e2', type: 'PER', kbId: 'x:per:2', forms: [['رامي سليم', 'name']] },
  ]);
  assert.equal(quotes[0]!.speaker, 'e2');
});

test('a spokesperson entity made from the title alone is unnamed however the quote reaches it', () => {
  const quotes = run('قال المتحدث باسم القوات المسلحة إن العمليات مستمرة. وأضاف المتحدث أن القوات دمرت مخابئ.', [
    { id: 'e1', type: 'PER', kbId: 'x:per:1', forms: [['المتحدث باسم', 'title']] },
    { id: 'e2', type: 'ORG', kbId: 'org:army', forms: [['القوات المسلحة', 'name']] },
  ]);
  assert.equal(quotes.length, 2);
  assert.deepEqual(quotes.map((q) => q.speaker), [null, null]);
});

test('a generic role named after its post and a comma is that person, and the same role later too', () => {
  const quotes = run('أعلن السفير اليمني لدى الأمم المتحدة، أحمد سالم، الأربعاء، أن الحكومة أرسلت رسالة. وأوضح السفير اليمني أن الأدلة كثيرة.', [
    { id: 'e1', type: 'PER', kbId: 'x:per:1', forms: [['السفير اليمني', 'title']] },
    { id: 'e2', type: 'ORG', kbId: 'org:un', forms: [['الأمم المتحدة', 'name']] },
    { id: 'e3', type: 'PER', kbId: 'x:per:2', forms: [['أحمد سالم', 'name']] },
  ]);
  assert.equal(quotes.length, 2);
  assert.deepEqual(quotes.map((q) => q.speaker), ['e3', 'e3']);
});

test('an officer of a body quoted again with the same words is the person named with them before', () => {
  const quotes = run('وقال رئيس الاتحاد الوطني لكرة القدم، سامي يوسف، إن المباراة ألغيت. وقال رئيس الاتحاد الوطني لكرة القدم إنه تواصل مع الفيفا.', [
    { id: 'e1', type: 'ORG', kbId: 'x:org:1', forms: [['الاتحاد الوطني لكرة القدم', 'name']] },
    { id: 'e2', type: 'PER', kbId: 'x:per:1', forms: [['سامي يوسف', 'name']] },
  ]);
  assert.equal(quotes.length, 2);
  assert.deepEqual(quotes.map((q) => q.speaker), ['e2', 'e2']);
});
