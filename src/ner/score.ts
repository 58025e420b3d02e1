/**
 * Entity-level scoring as conlleval and seqeval (default mode) define it:
 * a chunk starts at B-X, or at I-X after anything but X; an entity counts as
 * correct when its span and type both match a gold entity exactly.
 */
export interface Chunk {
  type: string;
  start: number;
  /** Exclusive. */
  end: number;
}

export function chunks(tags: readonly string[]): Chunk[] {
  const out: Chunk[] = [];
  let open: Chunk | null = null;
  for (let i = 0; i <= tags.length; i++) {
    const tag = i < tags.length ? tags[i]! : 'O';
    const prefix = tag.length > 2 && tag[1] === '-' ? tag[0] : tag === 'O' ? 'O' : 'B';
    const type = tag.length > 2 && tag[1] === '-' ? tag.slice(2) : tag;
    const continues = open !== null && prefix === 'I' && type === open.type;
    if (open && !continues) {
      open.end = i;
      out.push(open);
      open = null;
    }
    if (!continues && prefix !== 'O') open = { type, start: i, end: i + 1 };
  }
  return out;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  gold: number;
  predicted: number;
  correct: number;
}

export interface NerScore {
  micro: Prf;
  types: Record<string, Prf>;
  /** Counts of gold entities by what the prediction made of them: "PERS→LOC", "PERS→missed", "PERS→boundary:PERS" … */
  confusion: Record<string, number>;
  tokens: number;
  tokenAccuracy: number;
}

function prf(correct: number, gold: number, predicted: number): Prf {
  const precision = predicted ? correct / predicted : 0;
  const recall = gold ? correct / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, gold, predicted, correct };
}

export const SCORED_TYPES = ['PERS', 'LOC', 'ORG', 'MISC'];

/** Scores predicted tag sequences against gold ones (same sentences, same lengths). */
export function scoreNer(gold: readonly (readonly string[])[], predicted: readonly (readonly string[])[]): NerScore {
  const counts = new Map<string, { g: number; p: number; c: number }>();
  const bump = (type: string, key: 'g' | 'p' | 'c') => {
    let e = counts.get(type);
    if (!e) counts.set(type, (e = { g: 0, p: 0, c: 0 }));
    e[key]++;
  };
  const confusion: Record<string, number> = {};
  let tokens = 0;
  let tokenCorrect = 0;
  gold.forEach((g, s) => {
    const p = predicted[s]!;
    if (p.length !== g.length) throw new Error(`sentence ${s + 1}: ${g.length} gold tags but ${p.length} predicted`);
    tokens += g.length;
    for (let i = 0; i < g.length; i++) if (g[i] === p[i]) tokenCorrect++;
    const gc = chunks(g);
    const pc = chunks(p);
    const predByStart = new Map(pc.map((c) => [`${c.start}:${c.end}`, c]));
    for (const c of gc) bump(c.type, 'g');
    for (const c of pc) bump(c.type, 'p');
    for (const c of gc) {
      const same = predByStart.get(`${c.start}:${c.end}`);
      let outcome: string;
      if (same && same.type === c.type) {
        bump(c.type, 'c');
        continue;
      } else if (same) outcome = same.type;
      else {
        const overlap = pc.find((q) => q.start < c.end && c.start < q.end);
        outcome = overlap ? `boundary:${overlap.type}` : 'missed';
      }
      const key = `${c.type}→${outcome}`;
      confusion[key] = (confusion[key] ?? 0) + 1;
    }
    const goldSpans = new Set(gc.map((c) => `${c.start}:${c.end}`));
    for (const c of pc) {
      if (goldSpans.has(`${c.start}:${c.end}`)) continue;
      if (gc.some((q) => q.start < c.end && c.start < q.end)) continue;
      const key = `spurious→${c.type}`;
      confusion[key] = (confusion[key] ?? 0) + 1;
    }
  });
  let g = 0;
  let p = 0;
  let c = 0;
  const types: Record<string, Prf> = {};
  for (const t of [...new Set([...SCORED_TYPES, ...counts.keys()])]) {
    const e = counts.get(t) ?? { g: 0, p: 0, c: 0 };
    types[t] = prf(e.c, e.g, e.p);
    g += e.g;
    p += e.p;
    c += e.c;
  }
  return { micro: prf(c, g, p), types, confusion, tokens, tokenAccuracy: tokens ? tokenCorrect / tokens : 0 };
}
