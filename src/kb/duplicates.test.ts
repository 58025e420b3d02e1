import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadResources } from '../resources/load.ts';
import { findDuplicates } from './duplicates.ts';

test('two records of one body are found by English name or full Arabic name', () => {
  const dups = findDuplicates([
    { id: 'org:afp', type: 'ORG', nameEn: 'Agence France-Presse', ar: ['وكالة الصحافة الفرنسية'] },
    { id: 'org:agence-france-presse', type: 'ORG', nameEn: 'agence france presse', ar: ['أ ف ب'] },
    { id: 'org:icrc', type: 'ORG', nameEn: 'ICRC', ar: ['اللجنة الدولية للصليب الأحمر'] },
    { id: 'org:red-cross', type: 'ORG', nameEn: 'International Committee of the Red Cross', ar: ['اللجنه الدوليه للصليب الاحمر'] },
    { id: 'org:msf', type: 'ORG', nameEn: 'Médecins Sans Frontières', ar: ['أطباء بلا حدود'] },
    { id: 'org:msf2', type: 'ORG', nameEn: 'MEDECINS SANS FRONTIERES', ar: [] },
  ]);
  assert.deepEqual(dups.map((d) => d.ids), [['org:afp', 'org:agence-france-presse'], ['org:icrc', 'org:red-cross'], ['org:msf', 'org:msf2']]);
});

test('a shared surname, a person and a group, or OPEC and OPEC+ are not duplicates', () => {
  assert.deepEqual(findDuplicates([
    { id: 'per:bashar-al-assad', type: 'PER', nameEn: 'Bashar al-Assad', ar: ['بشار الأسد', 'الأسد'] },
    { id: 'per:hafez-al-assad', type: 'PER', nameEn: 'Hafez al-Assad', ar: ['حافظ الأسد', 'الأسد'] },
    { id: 'org:houthis', type: 'ORG', nameEn: 'Houthis', ar: ['الحوثيون', 'جماعة الحوثي'] },
    { id: 'per:houthi', type: 'PER', nameEn: 'Abdul-Malik al-Houthi', ar: ['عبد الملك الحوثي', 'جماعة الحوثي'] },
    { id: 'org:opec', type: 'ORG', nameEn: 'OPEC', ar: ['أوبك'] },
    { id: 'org:opec-plus', type: 'ORG', nameEn: 'OPEC+', ar: ['أوبك بلس'] },
  ]), []);
});

test('the knowledge base has one record per body', () => {
  const kb = loadResources().kb!;
  assert.deepEqual(findDuplicates([...kb.people, ...kb.organizations]), []);
});
