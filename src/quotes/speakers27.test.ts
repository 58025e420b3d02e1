/**
 * Rules of the quotes27 pass (docs/quotes.md): a body's name that holds a person's mention speaks as the body, and
 * "إدارة/حكومة + a person's name" is that body. The sentences are written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotesOf as run, type Spec } from './speaker-cases.ts';

// A body named with its holder's title and name (the resolver gives the title and the name inside to the person too).
const admin: Spec = { id: 'e1', type: 'ORG', kbId: 'org:gov', forms: [['إدارة الرئيس سامر الفاضل', 'name']] };
const holder: Spec = { id: 'e2', type: 'PER', kbId: 'per:samer', forms: [['الرئيس', 'title', 0], ['سامر الفاضل', 'name'], ['الفاضل', 'name', 1]] };

test('a body whose name holds a person speaks as the body, not as the person inside it', () => {
  const qs = run('وقالت إدارة الرئيس سامر الفاضل إنها ستفرض رسوما جديدة على الواردات.', [admin, holder]);
  assert.equal(qs.length, 1);
  assert.equal(qs[0]!.speaker, 'e1');
  assert.equal(qs[0]!.speakerText, 'إدارة الرئيس سامر الفاضل');
  // Officials of the body are unnamed, not the person named inside it; a participle goes on with the body.
  const officials = run('وأفاد مسؤولون في إدارة الرئيس سامر الفاضل بأن المحادثات ستستأنف قريبا.', [admin, holder]);
  assert.equal(officials[0]!.speaker, null);
  const carried = run('وأعلنت إدارة الرئيس سامر الفاضل أنها ستخفض مساهمتها في الصندوق، مشيرة إلى أنها تريد إصلاحات.', [admin, holder]);
  assert.deepEqual(carried.map((q) => q.speaker), ['e1', 'e1']);
  // Without the body's mention the person is the speaker, as before.
  const alone = run('وقال الرئيس سامر الفاضل إنه سيفرض رسوما جديدة على الواردات.', [holder]);
  assert.equal(alone[0]!.speaker, 'e2');
});

test('"إدارة + a name" is the body whose name holds that person, when the article names it', () => {
  const qs = run('ووعدت إدارة الرئيس سامر الفاضل بخفض الضرائب. وأعلنت إدارة الفاضل أنها ستخفض الضرائب العام المقبل.', [admin, holder]);
  assert.equal(qs.at(-1)?.speaker, 'e1');
  // No such body in the article: the person stays.
  const solo: Spec = { id: 'e2', type: 'PER', kbId: 'per:samer', forms: [['سامر الفاضل', 'name'], ['الفاضل', 'name', 1]] };
  const none = run('التقى سامر الفاضل الوفد. وأعلنت إدارة الفاضل أنها ستخفض الضرائب العام المقبل.', [solo]);
  assert.notEqual(none.at(-1)?.speaker, 'e1');
});

test('"وأضاف البيان" after a body the entities lack spoke "في بيان": that body\'s words, not "البيان"', () => {
  const qs = run('وقالت هيئة المياه الوطنية في بيان إن الانقطاع سيستمر يومين. وأضاف البيان أن الفرق تعمل على إصلاح الأنابيب.', []);
  assert.equal(qs.length, 2);
  assert.equal(qs[1]!.speakerText, qs[0]!.speakerText);
  assert.match(qs[1]!.speakerText ?? '', /هيئة المياه الوطنية/);
});

test('"قال X، <first-person clause>" with no إن and no marks: the clause is the statement', () => {
  const body: Spec = { id: 'e1', type: 'ORG', kbId: null, forms: [['وزارة الزراعة', 'name']] };
  const qs = run('وقالت وزارة الزراعة، نحن نعمل على توفير البذور للمزارعين قبل الموسم.', [body]);
  assert.equal(qs.length, 1);
  assert.equal(qs[0]!.speaker, 'e1');
  assert.equal(qs[0]!.text.startsWith('نحن نعمل'), true);
  // Not a clause that is no statement: an adverbial after the comma.
  assert.equal(run('وقالت وزارة الزراعة، في بيان صدر اليوم عن مكتبها في العاصمة.', [body]).length, 0);
});
