import { shuffledCorpusPool } from './corpus-pool.ts';
import { sharedPath } from '../src/resources/shared.ts';
import { readFileSync } from 'node:fs';
const want = readFileSync(process.argv[2], 'utf8').trim().split('\n').map((l) => l.split(' '));
const { pool } = await shuffledCorpusPool(sharedPath('data/news/ant-corpus.jsonl.gz') ?? '', 4206);
const byId = new Map(pool.map((a) => [a.id, a]));
for (const [id, at, cue, s, e] of want) {
  const a = byId.get(id!);
  if (!a) continue;
  const text = a.title ? `${a.title}\n\n${a.text}` : a.text;
  console.log(`${cue} | ${text.slice(Math.max(0, +at! - 80), +at!)}【${text.slice(+at!, +at! + cue!.length)}】${text.slice(+at! + cue!.length, +e! + 5).slice(0, 120)}`.replace(/\n/g, ' '));
}
