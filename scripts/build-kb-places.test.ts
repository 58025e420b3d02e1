import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { plainPlaceName, parsePlaceNamesEn } from './build-kb-places.ts';

test('plain English place names: BGN marks, articles and ayns dropped, other diacritics too', () => {
  assert.equal(plainPlaceName('Al ‘Amārah', 'IRQ'), 'Amarah');
  assert.equal(plainPlaceName('Ad Dīwānīyah', 'IRQ'), 'Diwaniyah');
  assert.equal(plainPlaceName('Kafr ad Dawwār', 'EGY'), 'Kafr al-Dawwar');
  assert.equal(plainPlaceName('Sāmarrā’', 'IRQ'), 'Samarra');
  assert.equal(plainPlaceName('Al Ain', 'ARE'), 'Al Ain'); // a plain name keeps its article
  assert.equal(plainPlaceName('Şanlıurfa', 'TUR'), 'Sanliurfa');
  assert.equal(plainPlaceName('İstanbul', 'TUR'), 'Istanbul');
  assert.equal(plainPlaceName('Saint John’s', 'ATG'), "Saint John's");
  assert.equal(plainPlaceName('São Paulo', 'BRA'), 'Sao Paulo');
  assert.equal(plainPlaceName('Münster', 'DEU'), 'Muenster');
  assert.equal(plainPlaceName('Malmö', 'SWE'), 'Malmo');
});

test('places.jsonl: every English name is plain ASCII, and the overrides name places', () => {
  const root = new URL('..', import.meta.url);
  const places = readFileSync(new URL('data/kb/places.jsonl', root), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; nameEn: string });
  const odd = places.filter((p) => !/^[\x20-\x7e]+$/.test(p.nameEn)).map((p) => p.nameEn);
  assert.deepEqual(odd, []);
  const byId = new Map(places.map((p) => [p.id, p.nameEn]));
  assert.equal(byId.get('loc:abu-ghurayb-iq'), 'Abu Ghraib');
  assert.equal(byId.get('loc:taizz-ye'), 'Taiz');
  assert.equal(byId.get('loc:al-amarah-iq'), 'Amarah');
  for (const [id, name] of parsePlaceNamesEn(readFileSync(new URL('data/kb/place-names-en.tsv', root), 'utf8'))) assert.equal(byId.get(id), name);
});
