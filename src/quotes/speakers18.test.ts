/**
 * Rules of the quotes18 pass, for kinds of wrong speaker and missed statement that a fixed-seed audit of random corpus
 * quotes (test/audit/quotes18-sample1.jsonl) and a recall audit of 30 random articles showed: an unnamed source close
 * to someone given as that someone, a quantifier subject whose genitive was taken as speaker, a first name alone not
 * tied to the person named in full before, and a noun-object verb whose preposition follows a short adverbial phrase.
 * The sentences are written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotesOf as run, type Spec } from './speaker-cases.ts';

const person: Spec = { id: 'e1', type: 'PER', kbId: 'x:per:1', forms: [['خالد المصري', 'name']] };
const lawyer: Spec = { id: 'e2', type: 'PER', kbId: 'x:per:2', forms: [['فكرت ايلكيز', 'name']] };
const ministry: Spec = { id: 'e3', type: 'ORG', kbId: 'x:org:1', forms: [['وزارة الدفاع', 'name']] };
const head: Spec = { id: 'e4', type: 'PER', kbId: 'x:per:3', forms: [['علا عوض', 'name']] };
const president: Spec = { id: 'e5', type: 'PER', kbId: 'x:per:4', forms: [['محمود عباس', 'name']] };

const byCue = (quotes: ReturnType<typeof run>, cue: string) => quotes.filter((q) => q.cue.text === cue);

test('an unnamed source close to a person is not that person', () => {
  for (const text of ['وقال مصدر مقرب من خالد المصري إن المحادثات مستمرة.', 'وكشف مصدر قريب الصلة من الكاتب خالد المصري، في حديث لقناة محلية، إن المحادثات مستمرة.', 'وأوضحت أوساط خالد المصري أن المحادثات مستمرة.']) {
    const quotes = run(text, [person]);
    assert.equal(quotes.length, 1, text);
    assert.equal(quotes[0]!.speaker, null, text);
    assert.ok(quotes[0]!.speakerText, text);
  }
  // A source in a body stays unnamed as before, and a person named in apposition after a description still speaks.
  assert.equal(run('وقال مسؤول في وزارة الدفاع إن المحادثات مستمرة.', [ministry])[0]!.speaker, null);
  assert.equal(run('وقال المتحدث، خالد المصري، إن المحادثات مستمرة.', [person])[0]!.speaker, 'e1');
});

test('a quantifier heading the subject is a group or one of it, not the name in its genitive', () => {
  const all = run('وأعلن جميع مرشحي الرئاسة المعارضين لخالد المصري أنهم سيلغون هذا النظام.', [person]);
  assert.equal(all.length, 1);
  assert.equal(all[0]!.speaker, null);
  assert.equal(run('وقال أحد مستشاري خالد المصري إن المحادثات مستمرة.', [person])[0]!.speaker, null);
  assert.equal(run('وأكد معظم أعضاء وزارة الدفاع أن المحادثات مستمرة.', [ministry])[0]!.speaker, null);
  // One of a group named after the group's words speaks; "كل من X وY" lists its speakers.
  assert.equal(run('وأكد أحد محامي الدفاع فكرت ايلكيز في مرافعته الأخيرة أن الاتهام ضعيف.', [lawyer])[0]!.speaker, 'e2');
  assert.equal(run('وقال أحد مستشاري الرئيس خالد المصري إن الاتهام ضعيف.', [person])[0]!.speaker, null);
  assert.equal(run('وأكد كل من خالد المصري ووزارة الدفاع أن المحادثات مستمرة.', [person, ministry])[0]!.speaker, 'e1');
});

test('a first name alone names the one person named in full with it before', () => {
  const text = 'وقالت رئيسة الجهاز، علا عوض، إن العدد ارتفع. وأوضحت علا، خلال المراسم التي حضرها الرئيس محمود عباس، أن عدد اللاجئين بلغ مليونين.';
  const quotes = byCue(run(text, [head, president]), 'أوضحت');
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.speaker, 'e4');
  // Not before the full name was given, and not when the first name is shared by two people named before.
  assert.equal(run('وقالت علا إن العدد ارتفع.', [head])[0]!.speaker, null);
  const two: Spec = { id: 'e6', type: 'PER', kbId: 'x:per:5', forms: [['علا سالم', 'name']] };
  const shared = byCue(run('وقالت علا عوض إن العدد ارتفع، بحضور علا سالم. وأضافت علا أن عدد اللاجئين بلغ مليونين.', [head, two]), 'أضافت');
  assert.notEqual(shared[0]?.speaker, 'e6');
});

test('a noun-object verb reaches its preposition past a short adverbial phrase after a named subject', () => {
  const call = run('ودعا خالد المصري في اجتماع الاثنين إلى دراسة مشتركة مع الجيران.', [person]);
  assert.equal(call.length, 1);
  assert.equal(call[0]!.speaker, 'e1');
  assert.match(call[0]!.text, /^إلى دراسة/);
  const concern = run('وأعرب خالد المصري في بيان عن قلقه من التصعيد.', [person]);
  assert.equal(concern.length, 1);
  assert.match(concern[0]!.text, /^عن قلقه/);
  // A phrase holding a verb is no aside: nothing is read past it.
  assert.equal(run('وأعرب خالد المصري في مقابلة مع صحيفة محلية نشرت أمس عن قلقه.', [person]).length, 0);
});

test('a sentence opening with كان has the words up to its verb for subject, past an apposition between commas', () => {
  const text = 'وقال خالد المصري إن الوضع صعب. وكانت وزارة الدفاع، قالت إنها لا تستبعد وقف الرحلات.';
  assert.equal(byCue(run(text, [person, ministry]), 'قالت')[0]!.speaker, 'e3');
  const apposed = 'وقالت وزارة الدفاع إن الوضع صعب. وكان خالد المصري، مدير مستشفى بالمدينة الشرقية، قال لقناة محلية: "هذه أسوأ أيام حياتنا". وأضاف: "نحن نتعرض لقصف".';
  const quotes = run(apposed, [person, ministry]);
  assert.equal(byCue(quotes, 'قال')[0]!.speaker, 'e1');
  assert.equal(byCue(quotes, 'أضاف')[0]!.speaker, 'e1');
  // A name the recognizer missed leaves the speaker unnamed, not the one quoted before.
  const missed = byCue(run('وقال خالد المصري إن الوضع صعب. وكانت الدكتورة أماني بلور، مديرة مستشفى بالمدينة، قالت: "هذه أسوأ أيام حياتنا".', [person]), 'قالت');
  assert.equal(missed[0]!.speaker, null);
  // قد or a clause joined by و after a comma is a clause of its own: the subject is not read there.
  const clause = byCue(run('وقال خالد المصري إن الوضع صعب. وكانت الجلسة إجرائية، وحدد القاضي موعدا، وأعرب عن أمله في التسوية.', [person]), 'أعرب');
  assert.notEqual(clause[0]?.speakerText ?? '', 'الجلسة إجرائية، وحدد القاضي');
});

test('a subject marker right after the verb leaves the name after it the subject, unless a preposition makes it the object', () => {
  const other: Spec = { id: 'e7', type: 'PER', kbId: 'x:per:6', forms: [['سالم العبيدي', 'name']] };
  const marked = byCue(run('وقال خالد المصري إن الوضع صعب. وأضاف من ناحيته سالم العبيدي أن الاتفاق قريب.', [person, other]), 'أضاف');
  assert.equal(marked[0]!.speaker, 'e7');
  const object = run('وقال خالد المصري إن الوضع صعب. ودعا من جانبه سالم العبيدي إلى نشر الرأي القانوني، مشيرا إلى أن الحكومة مسؤولة.', [person, other]);
  assert.equal(byCue(object, 'دعا')[0]!.speaker, 'e1');
  assert.equal(byCue(object, 'مشيرا')[0]!.speaker, 'e1');
});
