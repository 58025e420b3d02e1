/**
 * Rules of the quotes39 pass (docs/quotes.md, "Eighteenth session (quotes39)"). The sentences are written for these
 * tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotesOf, type Spec } from './speaker-cases.ts';

const office: Spec = { id: 'o', type: 'ORG', kbId: 'org:o', forms: [['مكتب الإحصاء', 'name']] };
const north: Spec = { id: 'n', type: 'LOC', kbId: 'cty:n', forms: [['الشمال', 'name']] };
const south: Spec = { id: 's', type: 'LOC', kbId: 'cty:s', forms: [['الجنوب', 'name']] };
const minister: Spec = { id: 'p', type: 'PER', kbId: 'per:p', forms: [['سالم الحداد', 'name']] };
const guest: Spec = { id: 'g', type: 'PER', kbId: 'per:g', forms: [['كريم الحداد', 'name']] };

test('a new statement after لكن with its own subject ends the running content and is a quote of its own', () => {
  for (const sep of ['، ', ' ']) {
    const qs = quotesOf(`ويفيد مكتب الإحصاء أن عدد العاطلين بلغ ألف شخص${sep}لكن النقابيين يقولون إن العدد أكبر من ذلك بكثير.`, [office]);
    const first = qs.find((q) => q.cue.text === 'يفيد');
    assert.ok(first, 'the first statement is quoted');
    assert.equal(first.speaker, 'o');
    assert.doesNotMatch(first.text, /يقولون/, 'the first content stops before لكن');
    const second = qs.find((q) => q.cue.text === 'يقولون');
    assert.ok(second, 'the second statement is quoted');
    assert.equal(second.speaker, null);
    assert.match(second.speakerText ?? '', /النقابيين/);
    assert.match(second.text, /^العدد أكبر/);
  }
  // A subject of three words, or an indefinite plural, after لكن speaks, not the body quoted first.
  const media = quotesOf('ويفيد مكتب الإحصاء أن عدد العاطلين بلغ ألف شخص لكن وسائل الإعلام المحلية أوردت أن العدد أكبر.', [office]);
  assert.deepEqual(media.map((q) => [q.cue.text, q.speaker]), [['يفيد', 'o'], ['أوردت', null]]);
  assert.match(media[1]!.speakerText ?? '', /^وسائل الإعلام/);
  const plural = quotesOf('ويفيد مكتب الإحصاء أن عدد العاطلين بلغ ألف شخص لكن معارضين يقولون إن العدد أكبر.', [office]);
  assert.equal(plural.find((q) => q.cue.text === 'يقولون')?.speakerText, 'معارضين');
  // A possessed noun after لكن inside the statement ("لكن زوجها قال لها") stays in the content: the speaker reports it.
  const nested = quotesOf('وقال مكتب الإحصاء إن الموظفين وصلوا إلى الموقع، لكن مديرهم قال لهم إن الطريق مغلق.', [office]);
  assert.equal(nested.length, 1);
  assert.match(nested[0]!.text, /مغلق$/);
  // A verb that reports nothing after لكن (يعرفون) leaves the content whole.
  const qs = quotesOf('وقال مكتب الإحصاء إن الأسعار ارتفعت لكن التجار يبيعون بأسعار أقل.', [office]);
  assert.equal(qs.length, 1);
  assert.match(qs[0]!.text, /يبيعون/);
});

test('a verb of an appositive relative clause of the subject leaves the complementizer after its closing comma to the main verb', () => {
  const qs = quotesOf('قالت الشمال، التي تتهم الجنوب بخرق الهدنة، إن المحادثات ستستأنف الأسبوع المقبل.', [north, south]);
  assert.equal(qs.length, 1, 'one statement, the main verb\'s');
  assert.equal(qs[0]!.cue.text, 'قالت');
  assert.equal(qs[0]!.speaker, 'n');
  assert.match(qs[0]!.text, /^المحادثات/);
  assert.equal(qs[0]!.speakerText, 'الشمال', 'the relative clause is no part of the speaker\'s words');
  // A relative verb with its own complementizer inside the clause keeps it ("التي أكدت أن").
  const qs2 = quotesOf('واتهمت الشمال التي أكدت أن الهدنة انهارت الجنوب بالتصعيد.', [north, south]);
  const q2 = qs2.find((q) => q.cue.text === 'أكدت');
  assert.ok(q2, 'the relative verb with its own complementizer is quoted');
  assert.match(q2.text, /^الهدنة/);
});

test('"وفقا للمصدر نفسه" with the clitic ل carries the source quoted before', () => {
  const qs = quotesOf('قال مصدر في مكتب الإحصاء إن الأسعار ارتفعت. والتقى سالم الحداد بكريم الحداد أمس. ووفقا للمصدر نفسه فإن التضخم سيتراجع.', [office, minister, guest]);
  const q = qs.find((x) => x.cue.text === 'وفقا');
  assert.ok(q, 'the attribution is a quote');
  assert.equal(q.speaker, null);
  assert.match(q.speakerText ?? '', /^مصدر في مكتب الإحصاء/);
});
