// Checks the knowledge-base entries added from the unlabelled corpus (data/kb/people/corpus-2018.jsonl,
// data/kb/organizations/corpus-2018.jsonl; see docs/knowledge-base.md): closed enums, real ISO3
// codes, CAMEO-shaped actor codes, ordered dates, and ids and Arabic names that belong to one
// record across the whole knowledge base, so that these files can be merged beside the others.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import countries from 'i18n-iso-countries';
import { normalize } from '../../src/text/normalize.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
type Json = Record<string, any>;
// A branch may add people without organizations (corpus-h): a missing file reads as empty.
const read = (path: string): Json[] => (existsSync(path) ? readFileSync(path, 'utf8') : '').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const dir = (sub: string) => root + 'data/kb/' + sub + '/';
// corpus-b.jsonl (branch kb8: a later stretch of the corpus), corpus-c.jsonl (branch kb9) and corpus-d.jsonl
// (branch quotes9: people quoted often in corpus lines 4,000-6,200, 7,000-8,500, 11,000-12,500) are checked the same way.
// corpus-e (branch kb10: kb-gaps over the whole corpus) likewise, corpus-f (branch kb11: the same, after kb10's additions)
// and corpus-g (branch kb13: the same, after kb12).
const people = ['corpus-2018', 'corpus-b', 'corpus-c', 'corpus-d', 'corpus-e', 'corpus-f', 'corpus-g', 'corpus-h'].flatMap((f) => read(dir('people') + f + '.jsonl'));
// Extra Arabic spellings of records kept in other files: the loader merges records that share an id.
const variants = ['people', 'organizations'].flatMap((sub) => ['corpus-2018', 'corpus-b', 'corpus-c', 'corpus-d', 'corpus-e', 'corpus-f', 'corpus-g', 'corpus-h'].flatMap((f) => read(dir(sub) + f + '-variants.jsonl')));
const orgs = ['corpus-2018', 'corpus-b', 'corpus-c', 'corpus-e', 'corpus-f', 'corpus-g', 'corpus-h'].flatMap((f) => read(dir('organizations') + f + '.jsonl'));
const others = ['people', 'organizations'].flatMap((sub) =>
  readdirSync(dir(sub)).filter((f) => f.endsWith('.jsonl') && !f.startsWith('corpus-')).flatMap((f) => read(dir(sub) + f)));

const ROLES = new Set(['head_of_state', 'head_of_government', 'foreign_minister', 'defence_minister', 'interior_minister',
  'finance_minister', 'crown_prince', 'group_leader', 'party_leader', 'igo_head', 'military_commander', 'spokesperson', 'other']);
const TITLES = new Set(['president', 'king', 'emir', 'sultan', 'crown_prince', 'prime_minister', 'chancellor', 'supreme_leader',
  'foreign_minister', 'defence_minister', 'interior_minister', 'finance_minister', 'secretary_general', 'leader', 'commander', 'other']);
const KINDS = new Set(['igo', 'government', 'ministry', 'parliament', 'military', 'security_agency', 'armed_group', 'party',
  'company', 'news_agency', 'ngo', 'court', 'religious', 'other']);
const ARABIC = /^[\u0600-\u06FF\s\-'0-9]+$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const country = (c: unknown) => typeof c === 'string' && countries.isValid(c);
function actor(a: unknown): boolean {
  if (a === null) return true;
  if (typeof a !== 'string' || !/^[A-Z]{6,12}$/.test(a) || a.length % 3 !== 0) return false;
  const head = a.slice(0, 3);
  return ['IGO', 'NGO', 'IMG'].includes(head) || (country(head) && /^(GOV|MIL|MED|BUS|REB|OPP|NGO|JUD|LEG|SPY|REL|COP|PTY|EDU|LAB)$/.test(a.slice(3, 6)));
}
const key = (a: string) => normalize(a).replace(/\s+/g, ' ').trim();

test('people: shape, enums, codes and dates', () => {
  assert.ok(people.length >= 150);
  for (const p of people) {
    assert.match(p.id, /^per:[a-z0-9-]+$/);
    assert.equal(p.type, 'PER');
    assert.ok(p.country === null || country(p.country), `${p.id}: country`);
    assert.ok(p.ar.length > 0 && p.ar.every((a: string) => ARABIC.test(a)), `${p.id}: ar`);
    assert.equal(new Set(p.ar).size, p.ar.length, `${p.id}: repeated Arabic name`);
    if (p.roles.length === 0) assert.ok(actor(p.actor), `${p.id}: actor`);
    for (const r of p.roles) {
      assert.ok(ROLES.has(r.role) && TITLES.has(r.title), `${p.id}: role`);
      assert.ok(r.country === null || r.country === 'IGO' || country(r.country), `${p.id}: role country`);
      assert.ok(actor(r.actor), `${p.id}: role actor ${r.actor}`);
      for (const d of [r.from, r.to]) assert.ok(d === null || DATE.test(d), `${p.id}: date ${d}`);
      if (r.from && r.to) assert.ok(r.from < r.to, `${p.id}: ${r.from} before ${r.to}`);
    }
  }
});

test('organizations: shape, enums and codes', () => {
  assert.ok(orgs.length >= 50);
  for (const o of orgs) {
    assert.match(o.id, /^org:[a-z0-9-]+$/);
    assert.equal(o.type, 'ORG');
    assert.ok(KINDS.has(o.kind), `${o.id}: kind`);
    assert.ok(o.country === null || o.country === 'IGO' || country(o.country), `${o.id}: country`);
    assert.ok(actor(o.actor), `${o.id}: actor ${o.actor}`);
    assert.ok(o.ar.length > 0 && o.ar.every((a: string) => ARABIC.test(a)), `${o.id}: ar`);
  }
});

/** Ids and (normalized) Arabic names of `added` that another record already holds. */
function clashes(added: Json[], base: Json[]): string[] {
  const ids = new Set(base.map((r) => r.id));
  const ar = new Map<string, string>();
  for (const r of base) for (const a of r.ar) ar.set(`${r.type}|${key(a)}`, r.id);
  const out: string[] = [];
  for (const r of added) {
    if (ids.has(r.id)) out.push(`${r.id}: id already used`);
    ids.add(r.id);
    for (const a of r.ar) {
      const k = `${r.type}|${key(a)}`;
      const owner = ar.get(k);
      if (owner !== undefined && owner !== r.id) out.push(`${r.id}: ${a} already names ${owner}`);
      ar.set(k, r.id);
    }
  }
  return out;
}

test('ids and Arabic names belong to one record across the knowledge base', () => {
  assert.deepEqual(clashes([...people, ...orgs], others), []);
});

test("a record reusing another record's Arabic name is caught", () => {
  const taken = others.find((r) => r.type === 'PER')!;
  const copy = { ...people[0]!, id: 'per:test-copy', ar: [taken.ar[0]] };
  assert.equal(clashes([copy], others).length, 1);
});

test('variant records add spellings to an existing record of the same id, type and English name', () => {
  const records = [...others, ...people, ...orgs];
  for (const v of variants) {
    const base = records.find((r) => r.id === v.id);
    assert.ok(base, `${v.id}: no record to merge into`);
    assert.equal(base.type, v.type);
    assert.equal(base.nameEn, v.nameEn, `${v.id}: English name`);
    assert.ok(v.ar.every((a: string) => ARABIC.test(a)), `${v.id}: ar`);
  }
  const owners = new Map<string, string>();
  for (const r of records) for (const a of r.ar) owners.set(`${r.type}|${key(a)}`, r.id);
  for (const v of variants) for (const a of v.ar) {
    const owner = owners.get(`${v.type}|${key(a)}`);
    assert.ok(owner === undefined || owner === v.id, `${v.id}: ${a} already names ${owner}`);
  }
});
