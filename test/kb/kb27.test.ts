import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, ids, titleHolder, spansHold } from './kb-analyzer.ts';

// Records kb27 added (data/kb/people/kb27.jsonl, organizations/kb27.jsonl, organizations/kb27-variants.jsonl, two
// named things in concepts.json). Sentences written for the test.

test('people the 2018 news names that the KB lacked get their ids, English names and countries', () => {
  const a = run('وقال كيفن دي بروين إن الفريق يستحق الفوز، فيما أشاد دييغو سيميوني بلاعبيه وانتقد هارفي واينستين.');
  const byId = (id: string) => a.entities.find((e) => e.kbId === id);
  assert.equal(byId('per:kevin-de-bruyne')?.nameEn, 'Kevin De Bruyne');
  assert.equal(byId('per:diego-simeone')?.country, 'ARG');
  assert.equal(byId('per:harvey-weinstein')?.actor, 'USABUS');
  spansHold('وقال كيفن دي بروين إن الفريق يستحق الفوز.');
});

test('a caretaker prime minister holds the office on his dates only (people/kb27.jsonl)', () => {
  // Nasirul Mulk, Pakistan's caretaker prime minister 2018-06-01 to 2018-08-18.
  assert.equal(titleHolder('وقال رئيس الوزراء الباكستاني إن الانتخابات ستجرى في موعدها.', '2018-07-10'), 'per:nasir-ul-mulk');
  assert.notEqual(titleHolder('وقال رئيس الوزراء الباكستاني إن الانتخابات ستجرى في موعدها.', '2018-03-10'), 'per:nasir-ul-mulk');
});

test('an office with its dates: Lebanon\'s energy minister in 2018', () => {
  const a = run('وقال وزير الطاقة اللبناني سيزار أبي خليل إن الخطة جاهزة.', '2018-04-01');
  const p = a.entities.find((e) => e.kbId === 'per:cesar-abi-khalil');
  assert.ok(p);
  assert.equal(p?.actor, 'LBNGOV');
});

test('bodies and named things the KB lacked (organizations/kb27.jsonl, concepts.json)', () => {
  assert.ok(ids('وكتبت مجلة نيويوركر أن التحقيق مستمر.').includes('org:the-new-yorker'));
  assert.ok(ids('وبدأت مناورات ماكس ثاندر في كوريا الجنوبية.').includes('misc:max-thunder'));
  assert.ok(ids('وقالت صحيفة كابيتال غازيت إن خمسة من موظفيها قتلوا.').includes('org:capital-gazette'));
});

test('spellings the corpus uses for bodies in the KB (organizations/kb27-variants.jsonl)', () => {
  assert.ok(ids('وقالت شركة إيرفلوت إن الرحلات ستستأنف.').includes('org:aeroflot'));
});

test('kb27 records: shape, codes, dates, and Arabic names no other record holds', async () => {
  const { readFileSync, readdirSync } = await import('node:fs');
  const { normalize } = await import('../../src/text/normalize.ts');
  const dir = new URL('../../data/kb/', import.meta.url).pathname;
  const read = (f: string) => readFileSync(dir + f, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  const mine = ['people/kb27.jsonl', 'organizations/kb27.jsonl'];
  const added = mine.flatMap(read);
  const others = ['people', 'organizations'].flatMap((sub) =>
    readdirSync(dir + sub).filter((f) => f.endsWith('.jsonl') && !mine.includes(`${sub}/${f}`)).flatMap((f) => read(`${sub}/${f}`)));
  const owners = new Map<string, string>();
  for (const r of others) for (const a of r.ar) owners.set(`${r.type}|${normalize(a)}`, r.id);
  // A *-variants.jsonl line adds spellings to a record kept elsewhere under the same id (the loader merges them): its id
  // is no second record (resolve33's spellings of Benazir Bhutto, a kb27 record).
  const ids = new Set(['people', 'organizations'].flatMap((sub) =>
    readdirSync(dir + sub).filter((f) => f.endsWith('.jsonl') && !f.endsWith('-variants.jsonl') && !mine.includes(`${sub}/${f}`)).flatMap((f) => read(`${sub}/${f}`)))
    .map((r) => r.id));
  for (const r of added) {
    assert.match(r.id, /^(per|org):[a-z0-9-]+$/);
    assert.ok(!ids.has(r.id), `${r.id}: id already used`);
    ids.add(r.id);
    assert.ok(r.ar.length > 0 && r.ar.every((a: string) => /^[\u0600-\u06FF\s\-'0-9]+$/.test(a)), `${r.id}: ar`);
    for (const a of r.ar) {
      const k = `${r.type}|${normalize(a)}`;
      assert.ok(!owners.has(k) || owners.get(k) === r.id, `${r.id}: ${a} already names ${owners.get(k)}`);
      owners.set(k, r.id);
    }
    assert.ok(r.actor === null || /^[A-Z]{6,12}$/.test(r.actor), `${r.id}: actor`);
    for (const ro of r.roles ?? []) {
      assert.ok(/^\d{4}-\d{2}-\d{2}$/.test(ro.from) && (ro.to === null || ro.from < ro.to), `${r.id}: dates`);
    }
  }
  // Variant records add spellings to a record kept in another file, under the same id and English name.
  for (const v of ['people/kb27-variants.jsonl', 'people/corpus-kb27-variants.jsonl', 'organizations/kb27-variants.jsonl'].flatMap(read)) {
    const base = [...others, ...added].find((r) => r.id === v.id && !r.ar.every((a: string) => v.ar.includes(a)));
    assert.equal(base?.nameEn, v.nameEn, `${v.id}: no record to merge into`);
  }
});
