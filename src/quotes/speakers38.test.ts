/**
 * Rules of the quotes38 pass (docs/quotes.md, "Eighteenth session (quotes38)"). The sentences are written for these
 * tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotesOf, type Spec } from './speaker-cases.ts';

const minister: Spec = { id: 'p', type: 'PER', kbId: 'per:p', forms: [['سالم الحداد', 'name']] };
const agency: Spec = { id: 'a', type: 'ORG', kbId: 'org:a', forms: [['وكالة الأنباء المحلية', 'name']] };

test('a relay with a pronoun source inside an attribution: the clause subject speaks, the agency is the channel', () => {
  const qs = quotesOf('وقال الوزير سالم الحداد، بحسب ما نقلت عنه وكالة الأنباء المحلية، "إن الحكومة ستواصل العمل بالخطة الجديدة".', [minister, agency]);
  assert.equal(qs.length, 1, 'one quote, no statement of the agency before the attribution');
  assert.equal(qs[0]!.speaker, 'p');
  assert.equal(qs[0]!.via, 'a');
  // Without a comma before the attribution, a complementizer after it.
  const qs2 = quotesOf('وأوضح سالم الحداد حسب ما نقلت عنه وكالة الأنباء المحلية، أن الحكومة ستواصل العمل بالخطة.', [minister, agency]);
  assert.deepEqual(qs2.map((q) => q.speaker), ['p']);
});

test('an unnamed source before a relay clause with its pronoun speaks, not the agency', () => {
  const qs = quotesOf('قال سالم الحداد إن الخطة ستنجح. كما كشف مصدر مسؤول، نقلت عنه وكالة الأنباء المحلية، أن الحكومة قررت تأجيل الانتخابات.', [minister, agency]);
  const q = qs.find((x) => x.cue.text === 'نقلت');
  assert.ok(q, 'the relay is a quote');
  assert.equal(q.speaker, null);
  assert.match(q.speakerText ?? '', /^مصدر مسؤول/);
  assert.equal(q.via, 'a');
});

test('an attribution with a pronoun after the statement stays the channel of the statement before it', () => {
  const qs = quotesOf('وأكد الوزير سالم الحداد أن الخطة ستنجح، بحسب ما نقلت عنه وكالة الأنباء المحلية.', [minister, agency]);
  assert.deepEqual(qs.map((q) => q.speaker), ['p']);
  assert.equal(qs[0]!.via, 'a');
});

test('a plural participle after a group its sentence names is the group, unnamed, not the person in its genitive', () => {
  const convict: Spec = { id: 'd', type: 'PER', kbId: 'per:d', forms: [['كريم الحداد', 'name']] };
  const qs = quotesOf('وكان محامو كريم الحداد قد طلبوا من المحكمة وقف تنفيذ الحكم، قائلين إن الادعاء انتهك حقوقه.', [convict]);
  const q = qs.find((x) => x.cue.text === 'قائلين');
  assert.ok(q, 'the participle is a quote');
  assert.equal(q.speaker, null);
  assert.match(q.speakerText ?? '', /^محامو/);
  // A singular participle keeps the person.
  const qs2 = quotesOf('وطلب كريم الحداد من المحكمة وقف تنفيذ الحكم، قائلا إن الادعاء انتهك حقوقه.', [convict]);
  assert.equal(qs2.find((x) => x.cue.text === 'قائلا')?.speaker, 'd');
});

test('a statement whose owner is a definite noun no mention covers is that owner\'s, not the person the sentence names', () => {
  const king: Spec = { id: 'k', type: 'PER', kbId: 'per:k', forms: [['سالم الحداد', 'name']] };
  const qs = quotesOf('خضع الرئيس سالم الحداد لعملية جراحية، وأكد بيان الأطباء المعالجين أنها نجحت. وأفاد البيان أن الرئيس سيعود إلى عمله قريبا.', [king]);
  const q = qs.find((x) => x.cue.text === 'أفاد');
  assert.ok(q, 'the statement is quoted');
  assert.notEqual(q.speaker, 'k');
  assert.match(q.speakerText ?? '', /الأطباء/);
  // A statement whose owner is named keeps it.
  const ministry: Spec = { id: 'm', type: 'ORG', kbId: 'org:m', forms: [['وزارة الصحة', 'name']] };
  const qs2 = quotesOf('خضع الرئيس سالم الحداد لعملية جراحية، وأكد بيان وزارة الصحة أنها نجحت. وأفاد البيان أن الرئيس سيعود إلى عمله قريبا.', [king, ministry]);
  assert.equal(qs2.find((x) => x.cue.text === 'أفاد')?.speaker, 'm');
});

test('the fans of a club speak unnamed, not the club', () => {
  const club: Spec = { id: 'c', type: 'ORG', kbId: 'org:c', forms: [['نادي الشباب', 'name']] };
  const qs = quotesOf('وطالب مشجعو نادي الشباب بإقالة المدرب بعد الهزيمة الثالثة على التوالي.', [club]);
  const q = qs.find((x) => x.cue.text === 'طالب');
  assert.ok(q, 'the demand is a quote');
  assert.equal(q.speaker, null);
  assert.match(q.speakerText ?? '', /^مشجعو/);
});
