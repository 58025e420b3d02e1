/**
 * Named things (data/kb/concepts.json) and the currencies and common nouns the recognizer tags (non-entities.json
 * `things`): the index alone, then through the resolver with hand-made recognizer spans on sentences written for
 * these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createConceptIndex, type ConceptData } from './concepts.ts';
import { resolveWithSpans as run } from '../resolve/spans-cases.ts';

const data = JSON.parse(readFileSync(new URL('../../data/kb/concepts.json', import.meta.url), 'utf8')) as ConceptData;
const index = createConceptIndex(data);

test('the concepts file is well formed: unique ids, English names, no Arabic writing under two concepts', () => {
  const ids = new Set<string>();
  const seen = new Map<string, string>();
  for (const c of data.concepts) {
    assert.ok(c.id.startsWith('misc:') && !ids.has(c.id), c.id);
    ids.add(c.id);
    assert.ok(c.en.length > 1 && c.ar.length > 0, c.id);
    for (const ar of c.ar) {
      const owner = index.lookup(ar);
      assert.equal(owner?.id, c.id, `${ar} of ${c.id} finds ${owner?.id} (already under ${seen.get(ar)})`);
      seen.set(ar, c.id);
    }
  }
});

test('a concept is found as written, without its article or a one-letter proclitic, and with a year', () => {
  assert.deepEqual(index.lookup('المونديال'), { id: 'misc:world-cup', en: 'FIFA World Cup' });
  assert.equal(index.lookup('للمونديال')?.id, 'misc:world-cup');
  assert.equal(index.lookup('والحرب الباردة')?.en, 'Cold War');
  assert.deepEqual(index.lookup('مونديال 2022'), { id: 'misc:world-cup-2022', en: '2022 FIFA World Cup' });
  // A year only names an edition of things that have editions.
  assert.equal(index.lookup('الحرب الباردة 1990'), null);
  assert.equal(index.lookup('حزب العمال'), null);
});

test('weapon models: a model name or two or three digits after spelled Latin letters', () => {
  assert.equal(index.lookup('إس-400')?.en, 'S-400');
  assert.equal(index.lookup('أس 300')?.en, 'S-300');
  assert.equal(index.lookup('إف35')?.en, 'F-35');
  assert.equal(index.lookup('إيه آر-15')?.en, 'AR-15');
  assert.equal(index.lookup('سو-57')?.en, 'Su-57');
  assert.equal(index.lookup('ميغ 29')?.en, 'MiG-29');
  assert.equal(index.lookup('سام-6')?.en, 'SAM-6');
  // One digit after a letter (F1, G7) or four digits (a flight) is not read as a model.
  assert.equal(index.lookup('إف1'), null);
  assert.equal(index.lookup('جي 7'), null);
  assert.equal(index.lookup('إس 3704'), null);
  assert.equal(index.lookup('الكيلو 16'), null);
});

test('the resolver makes a concept one MISC entity with its English name, whatever the recognizer typed it', () => {
  const es = run('وتستعد قطر لاستضافة مونديال 2022 بعد أن انتهى المونديال في روسيا، وقالت لندن إن نوفيتشوك استخدم، وإن للمونديال جمهوره.', [
    ['مونديال 2022', 'MISC'],
    ['المونديال', 'MISC'],
    ['نوفيتشوك', 'PER'],
    ['لمونديال', 'MISC'],
  ]);
  const misc = es.filter((e) => e.type === 'MISC').map((e) => `${e.kbId} ${e.nameEn}`).sort();
  assert.deepEqual(misc, ['misc:novichok Novichok', 'misc:world-cup FIFA World Cup', 'misc:world-cup-2022 2022 FIFA World Cup']);
  // Two writings of one thing are one entity.
  assert.equal(es.find((e) => e.kbId === 'misc:world-cup')!.mentions.length, 2);
});

test('a person named like a concept stays a person; an organization span is never a model code', () => {
  const es = run('وقال رمضان إن الاجتماع انتهى، وبثت قناة تي إف 1 الخبر.', [
    ['رمضان', 'PER'],
    ['تي إف 1', 'ORG'],
  ]);
  assert.ok(es.some((e) => e.type === 'PER' && e.mentions.some((m) => m.text === 'رمضان')));
  assert.ok(!es.some((e) => e.kbId?.startsWith('misc:')));
});

test('currencies and common nouns tagged as names are no entity, but an organization span keeps the word (ريال)', () => {
  const es = run('وارتفع سعر الدولار أمام اليورو، وفاز ريال على منافسه، ونفت طهران تخصيب اليورانيوم.', [
    ['الدولار', 'MISC'],
    ['اليورو', 'MISC'],
    ['ريال', 'ORG'],
    ['اليورانيوم', 'MISC'],
  ]);
  const names = es.map((e) => e.mentions.map((m) => m.text).join(',')).sort();
  assert.ok(!names.some((n) => /الدولار|اليورو|اليورانيوم/.test(n)), names.join(' / '));
  assert.ok(names.includes('ريال'), names.join(' / '));
});
