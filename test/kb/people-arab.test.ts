// Validates data/kb/people/arab.jsonl: the shape of every record, the role and
// title enums, ISO3 codes, date order, unique ids and unique full Arabic names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const countries = require('i18n-iso-countries') as { isValid(code: string): boolean; alpha3ToAlpha2(code: string): string | undefined };

const FILE = new URL('../../data/kb/people/arab.jsonl', import.meta.url);
const ROLES = new Set(['head_of_state', 'head_of_government', 'foreign_minister', 'defence_minister', 'interior_minister', 'finance_minister', 'crown_prince', 'group_leader', 'party_leader', 'igo_head', 'military_commander', 'spokesperson', 'other']);
const TITLES = new Set(['president', 'king', 'emir', 'sultan', 'crown_prince', 'prime_minister', 'chancellor', 'supreme_leader', 'foreign_minister', 'defence_minister', 'interior_minister', 'finance_minister', 'secretary_general', 'leader', 'commander', 'other']);
// Sector suffixes of the actor codes (see data/kb/people/README.md).
const SECTORS = new Set(['GOV', 'MIL', 'REB', 'OPP', 'PTY', 'REL']);
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const ARABIC = /^[\u0621-\u064A\u0660-\u0669\u0670\u0671 ]+$/;

interface Role { role: string; title: string; country: string | null; actor: string; from: string; to: string | null }
interface Person { id: string; type: string; nameEn: string; ar: string[]; country: string; roles: Role[] }

function isIso3(code: unknown): boolean {
  return typeof code === 'string' && /^[A-Z]{3}$/.test(code) && countries.alpha3ToAlpha2(code) !== undefined;
}

function isRealDate(s: string): boolean {
  const d = new Date(s + 'T00:00:00Z');
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** Returns a list of problems; empty when the records are valid. */
export function checkPeople(lines: string[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  const fullNames = new Map<string, string>();
  lines.forEach((line, i) => {
    const at = `line ${i + 1}`;
    let p: Person;
    try { p = JSON.parse(line) as Person; } catch { problems.push(`${at}: not JSON`); return; }
    const keys = Object.keys(p).sort().join(',');
    if (keys !== 'ar,country,id,nameEn,roles,type') problems.push(`${at}: keys ${keys}`);
    if (typeof p.id !== 'string' || !/^per:[a-z0-9]+(-[a-z0-9]+)*$/.test(p.id)) problems.push(`${at}: bad id ${p.id}`);
    else if (ids.has(p.id)) problems.push(`${at}: duplicate id ${p.id}`);
    else ids.add(p.id);
    if (p.type !== 'PER') problems.push(`${at}: type ${p.type}`);
    if (typeof p.nameEn !== 'string' || !/^[A-Za-z][A-Za-z .'-]*$/.test(p.nameEn)) problems.push(`${at}: bad nameEn ${p.nameEn}`);
    if (!isIso3(p.country)) problems.push(`${at}: bad country ${p.country}`);
    if (!Array.isArray(p.ar) || p.ar.length === 0) problems.push(`${at}: no Arabic names`);
    else {
      if (new Set(p.ar).size !== p.ar.length) problems.push(`${at}: repeated Arabic name`);
      for (const name of p.ar) if (typeof name !== 'string' || !ARABIC.test(name) || name !== name.trim() || name.includes('  ')) problems.push(`${at}: bad Arabic name "${name}"`);
      const other = fullNames.get(p.ar[0]);
      if (other) problems.push(`${at}: full Arabic name "${p.ar[0]}" also used by ${other}`);
      else fullNames.set(p.ar[0], p.id);
    }
    if (!Array.isArray(p.roles) || p.roles.length === 0) { problems.push(`${at}: no roles`); return; }
    for (const r of p.roles) {
      const rk = Object.keys(r).sort().join(',');
      if (rk !== 'actor,country,from,role,title,to') problems.push(`${at}: role keys ${rk}`);
      if (!ROLES.has(r.role)) problems.push(`${at}: bad role ${r.role}`);
      if (!TITLES.has(r.title)) problems.push(`${at}: bad title ${r.title}`);
      if (/^IGO|^IMG/.test(r.actor ?? '')) {
        // International bodies and transnational groups have no country.
        if (r.country !== null) problems.push(`${at}: ${r.actor} role with country ${r.country}`);
        if (!/^(IGO|IMG)[A-Z]{3,6}$/.test(r.actor)) problems.push(`${at}: bad actor ${r.actor}`);
      } else {
        if (!isIso3(r.country)) problems.push(`${at}: bad role country ${r.country}`);
        if (typeof r.actor !== 'string' || r.actor.slice(0, 3) !== r.country || !SECTORS.has(r.actor.slice(3))) problems.push(`${at}: bad actor ${r.actor} for ${r.country}`);
      }
      if (r.role === 'igo_head' && !/^IGO/.test(r.actor)) problems.push(`${at}: igo_head with actor ${r.actor}`);
      if (typeof r.from !== 'string' || !DATE.test(r.from) || !isRealDate(r.from)) problems.push(`${at}: bad from ${r.from}`);
      if (r.to !== null && (typeof r.to !== 'string' || !DATE.test(r.to) || !isRealDate(r.to))) problems.push(`${at}: bad to ${r.to}`);
      if (r.to !== null && r.from > r.to) problems.push(`${at}: ${r.role} from ${r.from} after to ${r.to}`);
    }
  });
  return problems;
}

const lines = readFileSync(FILE, 'utf8').split('\n').filter((l) => l.trim() !== '');

test('people/arab.jsonl: every record is valid', () => {
  assert.deepEqual(checkPeople(lines), []);
});

test('people/arab.jsonl: covers the region with 300+ people', () => {
  assert.ok(lines.length >= 300, `only ${lines.length} records`);
  const people = lines.map((l) => JSON.parse(l) as Person);
  const heads = new Set(people.flatMap((p) => p.roles.filter((r) => r.role === 'head_of_state').map((r) => r.country)));
  for (const c of ['DZA', 'BHR', 'COM', 'DJI', 'EGY', 'IRQ', 'JOR', 'KWT', 'LBN', 'LBY', 'MRT', 'MAR', 'OMN', 'PSE', 'QAT', 'SAU', 'SOM', 'SDN', 'SYR', 'TUN', 'ARE', 'YEM', 'IRN', 'TUR', 'ISR']) {
    assert.ok(heads.has(c), `no head of state for ${c}`);
  }
});

test('people/arab.jsonl: the check catches broken records', () => {
  const good = lines[0];
  const bad = JSON.parse(good) as Person;
  bad.roles = [{ ...bad.roles[0], from: '2020-01-01', to: '2019-01-01', role: 'king' }];
  bad.country = 'XXX';
  const problems = checkPeople([good, JSON.stringify(bad), good]);
  assert.ok(problems.some((p) => p.includes('after to')));
  assert.ok(problems.some((p) => p.includes('bad role king')));
  assert.ok(problems.some((p) => p.includes('bad country XXX')));
  assert.ok(problems.some((p) => p.includes('duplicate id')));
  assert.ok(problems.some((p) => p.includes('also used by')));
});

test('people/arab.jsonl: known office holders on known dates', () => {
  const people = new Map(lines.map((l) => { const p = JSON.parse(l) as Person; return [p.id, p]; }));
  const holds = (id: string, role: string, country: string, date: string) =>
    people.get(id)?.roles.some((r) => r.role === role && r.country === country && r.from <= date && (r.to === null || date <= r.to)) ?? false;
  assert.ok(holds('per:bashar-al-assad', 'head_of_state', 'SYR', '2018-05-01'));
  assert.ok(holds('per:ahmed-al-sharaa', 'head_of_state', 'SYR', '2025-10-01'));
  assert.ok(!holds('per:ahmed-al-sharaa', 'head_of_state', 'SYR', '2018-05-01'));
  assert.ok(holds('per:recep-tayyip-erdogan', 'head_of_government', 'TUR', '2010-01-01'));
  assert.ok(holds('per:recep-tayyip-erdogan', 'head_of_state', 'TUR', '2020-01-01'));
  assert.ok(holds('per:mohammed-bin-salman', 'crown_prince', 'SAU', '2020-01-01'));
});
