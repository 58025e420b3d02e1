import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity } from '../core/analysis.ts';
import { eventSideCountry } from './side-country.ts';

const person = (country: string | null, actor: string | null): Entity => ({ id: 'p', type: 'PER', name: 'س', nameEn: null, kbId: null, country, actor, mentions: [] });

test('an official of an intergovernmental body acts for it, not for the country of their nationality', () => {
  assert.equal(eventSideCountry(person('PRT', 'IGOUNO'), null), 'IGO');
  assert.equal(eventSideCountry(person('PRT', null), 'IGOUNO'), 'IGO', 'the event stage\'s own actor code counts too');
});

test('otherwise the entity\'s country, then the country part of the actor code', () => {
  assert.equal(eventSideCountry(person('RUS', 'RUSGOV'), null), 'RUS');
  assert.equal(eventSideCountry(person('EGY', null), 'EGYMIL'), 'EGY');
  assert.equal(eventSideCountry(undefined, 'SAUMIL'), 'SAU');
  assert.equal(eventSideCountry(person(null, null), null), null);
  assert.equal(eventSideCountry(undefined, 'x'), null);
});

test('(events62) a transnational NGO (actor code NGO + three letters) is counted as IGO, not the country of its seat', () => {
  const org = (country: string | null, actor: string | null): Entity => ({ id: 'o', type: 'ORG', name: 'م', nameEn: null, kbId: null, country, actor, mentions: [] });
  assert.equal(eventSideCountry(org('GBR', 'NGOAMN'), null), 'IGO');
  assert.equal(eventSideCountry(org('USA', 'NGOHRW'), null), 'IGO');
  assert.equal(eventSideCountry(person('USA', null), 'NGOHRW'), 'IGO', 'the event stage\'s own actor code counts too');
  assert.equal(eventSideCountry(org('GBR', 'NGO'), null), 'GBR', 'a bare NGO code keeps the body\'s country');
  assert.equal(eventSideCountry(org('SYR', 'SYRNGO'), null), 'SYR', 'a national NGO keeps its state');
});
