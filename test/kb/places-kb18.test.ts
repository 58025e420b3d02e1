import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadResources } from '../../src/resources/load.ts';
import { createAnalyzer } from '../../src/analyzer.ts';

// Places kb18 added (data/kb/place-additions-kb18.jsonl): bases, districts and towns the corpus names often.
const analyzer = createAnalyzer(loadResources());
const run = (text: string) => analyzer.analyze(text, { date: '2018-05-01' });
const ids = (text: string) => run(text).entities.map((e) => e.kbId ?? '');

test('bases and Yemeni districts the corpus names are KB places, with their spans', () => {
  const a = run('قصفت صواريخ مطار الشعيرات في ريف حمص، فيما تقدمت القوات نحو مركز مديرية باقم في محافظة صعدة.');
  const base = a.entities.find((e) => e.kbId === 'loc:shayrat-air-base');
  assert.equal(base?.mentions[0]?.text, 'مطار الشعيرات');
  assert.ok(a.entities.some((e) => e.kbId === 'loc:baqim'));
  for (const e of a.entities) for (const m of e.mentions) assert.equal(a.document.text.slice(m.start, m.end), m.text);
  assert.ok(ids('وقتل عدد من المسلحين في محافظة البيضاء وسط اليمن.').includes('loc:al-bayda-governorate'));
});

test('a name two countries share goes by the country the article names', () => {
  assert.ok(ids('وصل وفد فلسطيني إلى أريحا في الضفة الغربية للقاء المسؤولين الفلسطينيين.').includes('loc:jericho'));
  assert.ok(ids('قصفت طائرات النظام السوري مدينة أريحا في ريف إدلب شمال سوريا.').includes('loc:ariha-sy'));
});

test('place names that are also common words need a place word', () => {
  const words = ids('تحدث الطبيب عن الضمير المهني والشعيرات الدموية، ثم أغلق الباب وخرج.');
  for (const id of ['loc:dumayr', 'loc:dumayr-air-base', 'loc:shayrat-air-base', 'loc:al-bab-sy']) assert.ok(!words.includes(id), id);
  assert.ok(ids('سيطرت فصائل المعارضة على مدينة الباب شمال حلب.').includes('loc:al-bab-sy'));
  // الميادين is also a television channel: the channel when it speaks, the town after a locative word.
  assert.ok(!ids('وقالت قناة الميادين إن المفاوضات توقفت.').includes('loc:mayadin'));
  assert.ok(ids('سيطر الجيش السوري على مدينة الميادين في ريف دير الزور.').includes('loc:mayadin'));
});

test('a one-word place name inside a longer word (سابين, Sabine) is no place', () => {
  assert.ok(!ids('وقالت سفيرة كندا سابين نولكي إن الاجتماع تأجل.').includes('loc:abyan-governorate'));
  assert.ok(ids('قتل جنود في هجوم للمسلحين في أبين جنوب اليمن.').includes('loc:abyan-governorate'));
});
