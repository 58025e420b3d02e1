import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, entityAt } from './title-test-kit.ts';
import type { Analysis } from '../core/analysis.ts';
import { KnowledgeBase } from '../kb/index.ts';
import { readKbData } from '../resources/kb.ts';

const kb = new KnowledgeBase(readKbData(new URL('../../data/kb/', import.meta.url).pathname));

/** Every mention's text, checked against the document's text. */
function spans(a: Analysis): string[] {
  return a.entities.flatMap((e) => e.mentions.map((m) => {
    assert.equal(a.document.text.slice(m.start, m.end), m.text);
    return m.text;
  }));
}

test('lookupLatin finds a record by its English name as written, one record only', () => {
  assert.deepEqual(kb.lookupLatin('NATO').map((t) => t.id), ['org:nato']);
  assert.deepEqual(kb.lookupLatin('Twitter').map((t) => t.id), ['org:twitter']);
  // Case counts: a lower-case word is no name.
  assert.deepEqual(kb.lookupLatin('twitter'), []);
  assert.deepEqual(kb.lookupLatin('Nearly Perfect People'), []);
});

test('a Latin name the KB knows by its English name or a Latin alias is one linked mention', () => {
  const a = run('قال مسؤول في حلف NATO إن الاجتماع تأجل، بحسب ما نشره على Twitter.');
  assert.equal(entityAt(a, 'NATO'), 'org:nato');
  assert.equal(entityAt(a, 'Twitter'), 'org:twitter');
  const b = run('ونقلت وكالة AFP عن قيادي في PKK أن المقاتلين انسحبوا.');
  assert.equal(entityAt(b, 'PKK'), 'org:kurdistan-workers-party');
  assert.equal(entityAt(b, 'AFP'), 'org:afp');
});

test('a Latin run that is longer than the name (an English title) links nothing', () => {
  const a = run('وقرأ الطالب كتاب Twitter Stories for Kids في المكتبة.');
  assert.notEqual(entityAt(a, 'Twitter'), 'org:twitter');
});

test('a known Latin name is not glued to the Arabic words around it', () => {
  const a = run('وقال حزب الاتحاد الديمقراطي الكردي السوري PYD إن المعارك مستمرة في الشمال.');
  assert.ok(!spans(a).some((s) => /PYD/.test(s) && /[\u0600-\u06ff]/.test(s)), spans(a).join(' | '));
  assert.equal(entityAt(a, 'PYD'), 'org:democratic-union-party');
  const b = run('وقال مقدم البرنامج Focus on Africa بإذاعة بي بي سي إن الانتخابات تأجلت.');
  assert.ok(!spans(b).some((s) => /Africa/.test(s) && /[\u0600-\u06ff]/.test(s)), spans(b).join(' | '));
});

test('a proclitic before a Latin name is no part of it, nor of the name before it', () => {
  const a = run('وقال سامر أبو عيسى لـCNN إن القصف استمر طوال الليل.');
  assert.equal(entityAt(a, 'CNN'), 'org:cnn');
  assert.ok(!spans(a).some((s) => /CNN/.test(s) && s !== 'CNN'), spans(a).join(' | '));
});

test('an acronym spelled out in letter names is one mention', () => {
  // The recognizer's span over part of the acronym is widened to all of it.
  const a = run('وقالت قناة إم بي سي إن البرنامج توقف بعد الحلقة الأولى.');
  assert.ok(spans(a).some((s) => s.endsWith('إم بي سي')), spans(a).join(' | '));
  assert.ok(!spans(a).includes('قناة إم'), spans(a).join(' | '));
  // A run the KB knows ends there (إن إتش كي الخبر is NHK and a noun).
  const b = run('وأكد مراسل سابق في إن إتش كي الخبر أمس.');
  assert.equal(entityAt(b, 'إن إتش كي'), 'org:nhk');
  // في "in" before a run is the preposition, not the letter V.
  const c = run('وقال في بي بي سي إن الوضع صعب.');
  assert.equal(entityAt(c, 'بي بي سي'), 'org:bbc');
});

test('letters spelled out inside a longer name are romanized as one acronym', () => {
  assert.equal(kb.romanize('بي إم دبليو'), 'BMW');
  assert.match(kb.romanize('إم دي أندرسون'), /^MD /);
  // Three letters or more in a recognizer's person span name a body: يو إس إيه توداي is no person.
  const a = run('ذكرت صحيفة يو إس إيه توداي أن الوزير استقال.');
  const e = a.entities.find((x) => x.mentions.some((m) => m.text.includes('توداي')));
  assert.ok(e && e.type !== 'PER' && /^USA /.test(e.nameEn ?? ''), JSON.stringify(e?.nameEn));
});
