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
