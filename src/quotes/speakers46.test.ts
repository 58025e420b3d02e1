/**
 * Rules of the quotes46 pass (docs/quotes.md, "Twentieth session (quotes46)"). The sentences are written for these
 * tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotesOf, type Spec } from './speaker-cases.ts';

const minister: Spec = { id: 'm', type: 'PER', kbId: 'per:m', forms: [['نبيل حداد', 'name'], ['حداد', 'name']] };
const monitor: Spec = { id: 'o', type: 'ORG', kbId: 'org:o', forms: [['مرصد الجبال', 'name']] };
const agency: Spec = { id: 'a', type: 'ORG', kbId: 'org:a', forms: [['وكالة النهار', 'name']] };

test('an attribution between commas after a verb of saying and its subject names the channel, not the speaker', () => {
  // The verb's object follows the attribution: the subject speaks, through the agency.
  const noun = quotesOf('وأكد حداد، وفق ما نقلت وكالة النهار، أهمية الحوار بين الجانبين.', [minister, agency]);
  assert.equal(noun.length, 1);
  assert.equal(noun[0]!.speaker, 'm');
  assert.equal(noun[0]!.cue.text, 'أكد');
  assert.match(noun[0]!.text, /أهمية الحوار/);
  // A clause with no complementizer after the attribution.
  const clause = quotesOf('وذكر مرصد الجبال، بحسب وكالة النهار، قتل خمسة مدنيين في القصف.', [monitor, agency]);
  assert.equal(clause.length, 1);
  assert.equal(clause[0]!.speaker, 'o');
  assert.equal(clause[0]!.via, 'a');
  // A bare statement noun: no quote of the statement's own.
  const statement = quotesOf('وأكد حداد، وفق البيان، أهمية الحوار بين الجانبين.', [minister]);
  assert.equal(statement.length, 1);
  assert.equal(statement[0]!.speaker, 'm');
  // After نقلا عن the source speaks and the verb's subject is the channel.
  const relayed = quotesOf('وذكرت وكالة النهار، نقلا عن حداد، أن الحوار سيستأنف قريبا.', [minister, agency]);
  assert.equal(relayed.length, 1);
  assert.equal(relayed[0]!.speaker, 'm');
  assert.equal(relayed[0]!.via, 'a');
  assert.equal(relayed[0]!.cue.text, 'نقلا عن');
  // An attribution after a clause of its own still attributes that clause.
  const after = quotesOf('وقتل خمسة مدنيين في القصف، بحسب وكالة النهار.', [agency]);
  assert.equal(after[0]?.speaker, 'a');
});
