/**
 * Two taggers' chunks combined into one sentence's tags (branch ner14, issue #3). The *main* model is the one whose
 * chunks are kept as a rule (ner10's dense-feature candidate: more names found on ANERcorp), the *other* the one that
 * adds to it or overrules it (the shipped model, which finds names on rasd's news the candidate drops). The rules:
 *
 * - `fill`: main's chunks, plus every chunk of the other model that no chunk of main overlaps (the other's type).
 * - `fill-type`: `fill`, and where both tag exactly the same words with different types, the other's type.
 * - `fill-wide`: `fill`, and where one chunk of the other model covers main's chunk(s) wholly and is longer (main
 *   split a name or cut it short), the other's chunk in their place.
 * - `other-fill`: the other's chunks, plus every chunk of main that overlaps none of them (the roles reversed).
 * - `other-wide`: the other's chunks, and where one chunk of main covers the other's chunk(s) wholly and is longer,
 *   main's chunk in their place; nothing else of main (main only mends the other's boundaries).
 * - `other-wide-fill`: `other-wide`, plus every chunk of main that overlaps none of the result's.
 * - `fill-listed`, `other-wide-listed`: `fill` and `other-wide`, where a chunk of main that overlaps no chunk of the
 *   other is kept only when rasd's name lists hold its words as a name (of any type; `listed` below): the candidate
 *   adds a name the shipped model leaves untagged only on that evidence.
 * - `agree`: only the chunks both tag with the same words and type.
 * - `main`, `other`: one model alone (comparisons).
 *
 * Pure function over tag indices (no I/O): O = 0, B-X odd, I-X = B-X + 1, as in TAGS.
 */
import { beginTag, runEnd } from './model.ts';
import { normalize } from '../text/normalize.ts';
import type { Segmentation } from '../text/clitics.ts';
import type { NerLexicon } from './features.ts';

export const ENSEMBLE_RULES = ['fill', 'fill-type', 'fill-wide', 'other-fill', 'other-wide', 'other-wide-fill', 'fill-listed', 'other-wide-listed', 'agree', 'main', 'other'] as const;
export type EnsembleRule = (typeof ENSEMBLE_RULES)[number];

export function isEnsembleRule(value: string): value is EnsembleRule {
  return (ENSEMBLE_RULES as readonly string[]).includes(value);
}

/** A chunk: words [start, end) and its B- tag index. */
export interface Chunk {
  start: number;
  end: number;
  begin: number;
}

/** The chunks of one sentence's tags (an I-X with no B-X before it opens a chunk, as the stage reads it). */
export function chunksOf(tags: Int32Array): Chunk[] {
  const out: Chunk[] = [];
  for (let i = 0; i < tags.length; ) {
    if (tags[i] === 0) {
      i++;
      continue;
    }
    const b = beginTag(tags[i]!);
    const j = runEnd(tags, i + 1, b + 1);
    out.push({ start: i, end: j, begin: b });
    i = j;
  }
  return out;
}

function write(length: number, chunks: readonly Chunk[]): Int32Array {
  const tags = new Int32Array(length);
  for (const c of [...chunks].sort((a, b) => a.start - b.start)) {
    tags[c.start] = c.begin;
    for (let k = c.start + 1; k < c.end; k++) tags[k] = c.begin + 1;
  }
  return tags;
}

const overlaps = (a: Chunk, b: Chunk) => a.start < b.end && b.start < a.end;

/** Adds to `base` every chunk of `extra` that overlaps none of `base`'s. */
function fill(base: readonly Chunk[], extra: readonly Chunk[]): Chunk[] {
  return [...base, ...extra.filter((e) => !base.some((b) => overlaps(b, e)))];
}

/**
 * `base` with every chunk of `extra` that covers base chunks wholly and is longer than one of them in their place
 * (a name `base` split in two or cut short, whole in `extra`).
 */
function widen(base: readonly Chunk[], extra: readonly Chunk[]): Chunk[] {
  const wide = extra.filter((x) => {
    const inside = base.filter((c) => overlaps(c, x));
    return inside.length > 0 && inside.every((c) => c.start >= x.start && c.end <= x.end) && inside.some((c) => c.end - c.start < x.end - x.start);
  });
  return [...base.filter((c) => !wide.some((x) => overlaps(c, x))), ...wide];
}

/** Whether words [start, end) of the sentence are a name the lists hold (the `-listed` rules' evidence). */
export type ListedName = (start: number, end: number) => boolean;

/**
 * The `-listed` rules' evidence for one sentence's words: a one-word entry of rasd's name lists (data/ner/lexicon.json,
 * data/ner/gazetteer.json), or a multi-word entry, of any class; the first word as written or without its one-letter
 * proclitics (وبوتين → بوتين).
 */
export function createListedName(lexicon: Pick<NerLexicon, 'entries' | 'singles'>, segment: (word: string) => Segmentation) {
  return (words: readonly string[]): ListedName => {
    return (start, end) => {
      const first = words[start]!;
      const seg = segment(first);
      const forms = seg.baseStart > 0 ? [normalize(first), normalize(first.slice(seg.baseStart))] : [normalize(first)];
      if (end - start === 1) return forms.some((f) => lexicon.singles.has(f));
      const rest = words.slice(start + 1, end).map((w) => normalize(w));
      return forms.some((f) => (lexicon.entries.get(f) ?? []).some((e) => e.words.length === rest.length + 1 && e.words[0] === f && rest.every((w, k) => e.words[k + 1] === w)));
    };
  };
}

/** The combined tags of one sentence (a new array; the inputs are left as they are). */
export function combineTags(main: Int32Array, other: Int32Array, rule: EnsembleRule, listed?: ListedName): Int32Array {
  if (main.length !== other.length) throw new Error('the two taggers tagged different numbers of words');
  if (rule === 'main') return main.slice();
  if (rule === 'other') return other.slice();
  const m = chunksOf(main);
  const o = chunksOf(other);
  switch (rule) {
    case 'fill':
      return write(main.length, fill(m, o));
    case 'other-fill':
      return write(main.length, fill(o, m));
    case 'fill-type':
      return write(
        main.length,
        fill(
          m.map((c) => o.find((x) => x.start === c.start && x.end === c.end) ?? c),
          o,
        ),
      );
    case 'fill-wide':
      return write(main.length, fill(widen(m, o), o));
    case 'other-wide':
      return write(main.length, widen(o, m));
    case 'other-wide-fill':
      return write(main.length, fill(widen(o, m), m));
    case 'fill-listed':
    case 'other-wide-listed': {
      if (!listed) throw new Error(`the ensemble rule ${rule} needs the name lists`);
      const kept = m.filter((c) => o.some((x) => overlaps(c, x)) || listed(c.start, c.end));
      return write(main.length, rule === 'fill-listed' ? fill(kept, o) : fill(widen(o, kept), kept));
    }
    case 'agree':
      return write(
        main.length,
        m.filter((c) => o.some((x) => x.start === c.start && x.end === c.end && x.begin === c.begin)),
      );
  }
}
