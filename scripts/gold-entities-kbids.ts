/**
 * Fills in kbId for gold entities (test/gold/entities/*.jsonl) that have none
 * when the knowledge base now has a record with exactly the same English name
 * (or one of the entity's `alt` names) and type; prints every change for a
 * person to check. Existing kbIds are never changed. Run after adding KB
 * records, then review the diff:
 *
 *   npx tsx scripts/gold-entities-kbids.ts [--write]
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadResources } from '../src/resources/load.ts';
import { REPO_ROOT } from '../src/resources/shared.ts';
import { normalizeName } from '../src/cli/commands/eval-entities.ts';

const kb = loadResources().kb!;
const byName = new Map<string, Array<{ id: string; type: string }>>();
const add = (nameEn: string, id: string, type: string) => {
  const k = normalizeName(nameEn);
  byName.set(k, [...(byName.get(k) ?? []), { id, type }]);
};
for (const c of kb.countries) add(c.nameEn, c.id, 'LOC');
for (const p of kb.places) add(p.nameEn, p.id, 'LOC');
for (const o of kb.organizations) add(o.nameEn, o.id, 'ORG');
for (const p of kb.people) add(p.nameEn, p.id, 'PER');

const dir = join(REPO_ROOT, 'test/gold/entities');
for (const f of readdirSync(dir).filter((x) => x.endsWith('.jsonl'))) {
  const path = join(dir, f);
  const lines = readFileSync(path, 'utf8').split('\n');
  let changed = 0;
  const out = lines.map((line) => {
    if (!line.trim()) return line;
    const doc = JSON.parse(line);
    if (!doc.article) return line;
    for (const e of doc.entities) {
      if (e.kbId) continue;
      const hits = [e.nameEn, ...(e.alt ?? [])].flatMap((n: string) => byName.get(normalizeName(n)) ?? []).filter((h) => h.type === e.type);
      const ids = [...new Set(hits.map((h) => h.id))];
      if (ids.length === 1) {
        console.log(`${doc.article}: ${e.type} ${e.nameEn} -> ${ids[0]}`);
        e.kbId = ids[0];
        changed++;
      } else if (ids.length > 1) console.log(`${doc.article}: ${e.type} ${e.nameEn}: several records (${ids.join(', ')}), left unset`);
    }
    return JSON.stringify(doc);
  });
  console.log(`${f}: ${changed} kbIds ${process.argv.includes('--write') ? 'written' : 'found (use --write)'}`);
  if (process.argv.includes('--write') && changed) writeFileSync(path, out.join('\n'));
}
