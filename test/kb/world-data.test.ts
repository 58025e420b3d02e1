// Validates the hand-written world knowledge-base files: people (office holders outside
// the Arab world, Iran, Turkey and Israel) and organizations. The checks guard the
// contract the resolver relies on: closed enums, real ISO3 codes, ordered dates,
// unique ids and Arabic names that point at exactly one record.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import countries from 'i18n-iso-countries';

const root = fileURLToPath(new URL('../../', import.meta.url));
const PEOPLE = root + 'data/kb/people/world.jsonl';
const ORGS = root + 'data/kb/organizations/world.jsonl';

const ROLES = new Set(['head_of_state', 'head_of_government', 'foreign_minister', 'defence_minister',
  'interior_minister', 'finance_minister', 'crown_prince', 'group_leader', 'party_leader', 'igo_head',
  'military_commander', 'spokesperson', 'other']);
const TITLES = new Set(['president', 'king', 'emir', 'sultan', 'crown_prince', 'prime_minister', 'chancellor',
  'supreme_leader', 'foreign_minister', 'defence_minister', 'interior_minister', 'finance_minister',
  'secretary_general', 'leader', 'commander', 'other']);
const KINDS = new Set(['igo', 'government', 'ministry', 'parliament', 'military', 'security_agency',
  'armed_group', 'party', 'company', 'news_agency', 'ngo', 'court', 'religious', 'other']);
// CAMEO-style prefixes that are not countries.
const NON_STATE_PREFIX = new Set(['IGO', 'NGO', 'IMG', 'MNC']);
const SECTOR = /^(GOV|MIL|MED|BUS|REB|OPP|NGO|JUD|LEG|SPY|REL|COP|PTY|INS|SEP|RAD|CVL|HRI|EDU|HLH|REF|LAB|ELI|UAF|MNC|IGO)$/;
const ARABIC = /^[\u0600-\u06FF\s\-'0-9]+$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

type Json = Record<string, unknown>;
function readJsonl(path: string): Json[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '').map((line, i) => {
    try { return JSON.parse(line) as Json; } catch { throw new Error(`${path}:${i + 1}: invalid JSON`); }
  });
}
const people = readJsonl(PEOPLE);
const orgs = readJsonl(ORGS);

function isCountry(code: unknown): boolean {
  return typeof code === 'string' && /^[A-Z]{3}$/.test(code) && countries.isValid(code);
}
function validDate(s: string): boolean {
  if (!DATE.test(s)) return false;
  const d = new Date(s + 'T00:00:00Z');
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
// An actor code is a country or CAMEO non-state prefix, then one sector, then optional 3-letter tags.
function validActor(actor: unknown): boolean {
  if (typeof actor !== 'string' || !/^[A-Z]{6,12}$/.test(actor) || actor.length % 3 !== 0) return false;
  const head = actor.slice(0, 3);
  if (head === 'IGO') return true; // IGO + organization code (+ agency code)
  if (!NON_STATE_PREFIX.has(head) && !countries.isValid(head)) return false;
  return NON_STATE_PREFIX.has(head) || SECTOR.test(actor.slice(3, 6));
}
function checkArabic(rec: Json): void {
  const ar = rec.ar as unknown;
  assert.ok(Array.isArray(ar) && ar.length > 0, `${rec.id}: ar must be a non-empty array`);
  const seen = new Set<string>();
  for (const a of ar as unknown[]) {
    assert.ok(typeof a === 'string' && a.trim() === a && a.length >= 2 && ARABIC.test(a), `${rec.id}: bad Arabic name ${String(a)}`);
    assert.ok(!seen.has(a), `${rec.id}: repeated Arabic name ${a}`);
    seen.add(a);
  }
}

test('files are large enough to matter', () => {
  assert.ok(people.length >= 350, `people: ${people.length}`);
  assert.ok(orgs.length >= 320, `organizations: ${orgs.length}`);
});

test('people records have the documented shape', () => {
  for (const p of people) {
    assert.deepEqual(Object.keys(p).sort(), ['ar', 'country', 'id', 'nameEn', 'roles', 'type'], String(p.id));
    assert.equal(p.type, 'PER');
    assert.match(String(p.id), /^per:[a-z0-9]+(-[a-z0-9]+)*$/);
    assert.ok(typeof p.nameEn === 'string' && p.nameEn.length > 1, `${p.id}: nameEn`);
    assert.ok(isCountry(p.country), `${p.id}: country ${String(p.country)}`);
    checkArabic(p);
    const roles = p.roles as Json[];
    assert.ok(Array.isArray(roles) && roles.length > 0, `${p.id}: roles`);
    for (const r of roles) {
      assert.deepEqual(Object.keys(r).sort(), ['actor', 'country', 'from', 'role', 'title', 'to'], `${p.id}: role keys`);
      assert.ok(ROLES.has(String(r.role)), `${p.id}: role ${String(r.role)}`);
      assert.ok(TITLES.has(String(r.title)), `${p.id}: title ${String(r.title)}`);
      assert.ok(r.country === 'IGO' || isCountry(r.country), `${p.id}: role country ${String(r.country)}`);
      assert.ok(validActor(r.actor), `${p.id}: actor ${String(r.actor)}`);
      if (r.country === 'IGO') assert.match(String(r.actor), /^IGO/, `${p.id}: IGO role needs an IGO actor`);
      else if (/^[A-Z]{3}(GOV|MIL)$/.test(String(r.actor))) assert.equal(String(r.actor).slice(0, 3), r.country, `${p.id}: actor/country`);
      assert.ok(typeof r.from === 'string' && validDate(r.from), `${p.id}: from ${String(r.from)}`);
      assert.ok(r.to === null || (typeof r.to === 'string' && validDate(r.to)), `${p.id}: to ${String(r.to)}`);
      if (typeof r.to === 'string') assert.ok(r.to >= (r.from as string), `${p.id}: ${String(r.from)} > ${r.to}`);
    }
  }
});

test('every person holds at least one office from 2010 on', () => {
  for (const p of people) {
    const roles = p.roles as Json[];
    assert.ok(roles.some((r) => r.to === null || (r.to as string) >= '2010-01-01'), `${p.id}`);
  }
});

test('organization records have the documented shape', () => {
  for (const o of orgs) {
    assert.deepEqual(Object.keys(o).sort(), ['actor', 'ar', 'country', 'id', 'kind', 'nameEn', 'type'], String(o.id));
    assert.equal(o.type, 'ORG');
    assert.match(String(o.id), /^org:[a-z0-9]+(-[a-z0-9]+)*$/);
    assert.ok(typeof o.nameEn === 'string' && o.nameEn.length > 1, `${o.id}: nameEn`);
    assert.ok(o.country === 'IGO' || isCountry(o.country), `${o.id}: country ${String(o.country)}`);
    assert.ok(KINDS.has(String(o.kind)), `${o.id}: kind ${String(o.kind)}`);
    assert.ok(validActor(o.actor), `${o.id}: actor ${String(o.actor)}`);
    if (o.kind === 'igo') assert.equal(o.country, 'IGO', `${o.id}: an igo has country IGO`);
    checkArabic(o);
  }
});

test('ids are unique across both files', () => {
  const ids = new Set<string>();
  for (const r of [...people, ...orgs]) {
    assert.ok(!ids.has(String(r.id)), `duplicate id ${String(r.id)}`);
    ids.add(String(r.id));
  }
});

test('an Arabic name points to a single record', () => {
  const owner = new Map<string, string>();
  for (const r of [...people, ...orgs]) {
    for (const a of r.ar as string[]) {
      const prev = owner.get(a);
      assert.ok(prev === undefined, `"${a}" is used by ${prev} and ${String(r.id)}`);
      owner.set(a, String(r.id));
    }
  }
});

test('the validators reject bad values', () => {
  assert.equal(isCountry('XYZ'), false);
  assert.equal(isCountry('RUS'), true);
  assert.equal(validDate('2021-02-30'), false);
  assert.equal(validActor('RUSGOV'), true);
  assert.equal(validActor('XXXGOV'), false);
  assert.equal(validActor('RUSFOO'), false);
  assert.equal(validActor('IGOUNO'), true);
});
