import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './title-test-kit.ts';
import type { Analysis } from '../core/analysis.ts';

/** Every mention with its entity's name, each checked to slice back to its text. */
function mentions(a: Analysis): Array<{ text: string; kind: string; name: string; kbId: string | null }> {
  return a.entities.flatMap((e) =>
    e.mentions.map((m) => {
      assert.equal(a.document.text.slice(m.start, m.end), m.text);
      return { text: m.text, kind: m.kind, name: e.name, kbId: e.kbId };
    }),
  );
}

test('a name after ل with the article\'s alef elided is named with the article', () => {
  const a = mentions(run('وقدم المحامي طعنا جديدا للمحكمة العليا في البلاد يوم الأحد.'));
  const court = a.find((m) => m.text === 'لمحكمة العليا');
  assert.ok(court);
  assert.equal(court.name, 'المحكمة العليا');
  const b = mentions(run('وأعلنت الحكومة دعمها للمجلس المركزي الفلسطيني في اجتماعه.'));
  assert.equal(b.find((m) => m.text.startsWith('لمجلس'))?.name, 'المجلس المركزي الفلسطيني');
  // A word whose own first letter is ل keeps it (للبنان = ل + لبنان).
  const c = mentions(run('وقدمت فرنسا مساعدات للبنان بعد الانفجار.'));
  assert.equal(c.find((m) => m.text.includes('لبنان'))?.kbId, 'cty:LBN');
});

test('a title starts after a one-letter proclitic', () => {
  const a = mentions(run('وحضر الاجتماع رئيس الوزراء ووزير الخارجية السعودي عادل الجبير.'));
  const t = a.find((m) => m.kind === 'title' && m.text.includes('الخارجية'));
  assert.ok(t);
  assert.equal(t.text, 'وزير الخارجية السعودي');
  assert.equal(t.kbId, 'per:adel-al-jubeir');
});

test('an entity\'s name has one space between its words', () => {
  const a = mentions(run('وزار الوفد السفارة  اللبنانية في باريس يوم الاثنين.'));
  const e = a.find((m) => m.text.startsWith('السفارة'));
  assert.ok(e);
  assert.equal(e.text, 'السفارة  اللبنانية');
  assert.equal(e.name, 'السفارة اللبنانية');
});

test('a verb of the clause is no part of a name the KB lacks', () => {
  const a = mentions(run('وفي مقابلة مع التلفزيون قال ماهر سليمان يؤكد أن الوضع مستقر.'));
  assert.ok(a.some((m) => m.text === 'ماهر سليمان'));
  assert.ok(!a.some((m) => m.text.includes('يؤكد')));
  // A word after a name particle stays (أبو تمام: تمام is no verb here).
  const b = mentions(run('وألقى الشاعر قصيدة من ديوان أبو تمام في الأمسية.'));
  assert.ok(!b.some((m) => m.text === 'أبو'));
});

test('a body\'s span ends before a quoted statement', () => {
  for (const s of ['وقال المتحدث إن الشرطة "تواجه صعوبات كبيرة" في التحقيق.', 'وقالت الوزارة "لا تملك أي معلومات" عن الحادث.']) {
    assert.ok(!mentions(run(s)).some((m) => /"/.test(m.text) || /"/.test(m.name)), s);
  }
  // A body's quoted name stays (صحيفة "تشرين"، منظمة "أنقذوا الأطفال").
  const b = mentions(run('ونقلت صحيفة "تشرين" عن مصدر رسمي أن الاجتماع انتهى.'));
  assert.ok(b.some((m) => m.text.includes('تشرين')));
});
