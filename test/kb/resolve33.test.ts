import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { run, ids, titleHolder, spansHold } from './kb-analyzer.ts';
import { KnowledgeBase } from '../../src/kb/index.ts';
import { readKbData } from '../../src/resources/kb.ts';

// Records resolve33 added (data/kb/people/resolve33.jsonl, organizations/resolve33.jsonl and the *resolve33-variants
// files) and the romanization table words it added (name-spellings.json, foreign-names.json, english-words.json).
// Sentences and names written for the test.

const dir = new URL('../../data/kb/', import.meta.url).pathname;
const read = (f: string) => readFileSync(dir + f, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));

test('people the corpus names that the KB lacked get their ids, English names and countries', () => {
  const a = run('وقال أوليفييه جيرو إن المنتخب جاهز، فيما كتب مهدي كروبي رسالة، ونقلت المحطة عن كريسيدا ديك قولها إن التحقيق مستمر.');
  const byId = (id: string) => a.entities.find((e) => e.kbId === id);
  assert.equal(byId('per:olivier-giroud')?.nameEn, 'Olivier Giroud');
  assert.equal(byId('per:mehdi-karroubi')?.country, 'IRN');
  assert.equal(byId('per:cressida-dick')?.actor, 'GBRCOP');
  spansHold('وقال أوليفييه جيرو إن المنتخب جاهز.');
});

test('an office with its dates: Egypt\'s culture minister from January 2018', () => {
  assert.equal(titleHolder('وقالت وزيرة الثقافة المصرية إن المعرض سيفتتح الأسبوع المقبل.', '2018-06-01'), 'per:ines-abdel-dayem');
  assert.notEqual(titleHolder('وقالت وزيرة الثقافة المصرية إن المعرض سيفتتح الأسبوع المقبل.', '2017-06-01'), 'per:ines-abdel-dayem');
});

test('spellings the corpus uses for people and bodies the KB had (resolve33 variants)', () => {
  assert.ok(ids('وقال دونالد جيه ترامب في تغريدة إن الاتفاق سيئ.').includes('per:donald-trump'));
  assert.ok(ids('واعترف ريتشارد غيتس بالتهم أمام المحكمة.').includes('per:rick-gates'));
  assert.ok(ids('وانتقد كمال كليتشدار أوغلو الحكومة.').includes('per:kemal-kilicdaroglu'));
  assert.ok(ids('وقالت منظمة أوبن آرمز إن السفينة تحمل مئة مهاجر.').includes('org:open-arms'));
  assert.ok(ids('ونقلت وكالة دوغان للأنباء أن الحريق أخمد.').includes('org:dogan-news-agency'));
});

test('a university named after a place is the body, in its own country', () => {
  const a = run('وقال أستاذ في جامعة جورج تاون إن القرار متوقع.');
  const u = a.entities.find((e) => e.kbId === 'org:georgetown-university');
  assert.equal(u?.country, 'USA');
});

test('resolve33 records: shape, codes, and Arabic names no other record holds', () => {
  const mine = ['people/resolve33.jsonl', 'organizations/resolve33.jsonl'];
  const added = mine.flatMap(read);
  assert.ok(added.length >= 180);
  const kb = new KnowledgeBase(readKbData(dir));
  for (const r of added) {
    assert.match(r.id, /^(per|org):[a-z0-9-]+$/);
    assert.ok(r.actor === null || /^[A-Z]{3,12}$/.test(r.actor), `${r.id}: actor`);
    for (const a of r.ar) assert.deepEqual(kb.lookup(a).filter((t) => t.type !== 'LOC').map((t) => t.id), [r.id], `${r.id}: ${a}`);
    for (const ro of r.roles ?? []) assert.ok(/^\d{4}-\d{2}-\d{2}$/.test(ro.from) && (ro.to === null || ro.from < ro.to), `${r.id}: dates`);
  }
  // Variant lines add spellings to a record kept in another file, under its id and English name.
  for (const f of ['people/resolve33-variants.jsonl', 'people/corpus-resolve33-variants.jsonl', 'organizations/resolve33-variants.jsonl', 'organizations/corpus-resolve33-variants.jsonl']) {
    for (const v of read(f)) {
      assert.equal(kb.byId(v.id)?.nameEn, v.nameEn, `${v.id}: no record to merge into`);
      assert.ok(!added.some((r) => r.id === v.id), `${v.id}: a variant of a record of this branch`);
    }
  }
});

test('table words: Arabic given names and nisbas, a foreign given name, English words of bodies\' names', () => {
  const kb = new KnowledgeBase(readKbData(dir));
  assert.equal(kb.romanize('سعيد طه'), 'Saeed Taha');
  assert.equal(kb.romanize('غلام حسين'), 'Ghulam Hussein');
  assert.equal(kb.romanize('سيدي ولد الشيخ'), 'Sidi Ould al-Sheikh');
  assert.equal(kb.romanize('الطهراني'), 'Al-Tehrani');
  assert.equal(kb.romanize('ستيفون ميلر'), 'Stephon Miller');
  assert.equal(kb.romanize('ماونت كارمل'), 'Mount Karmel');
});
