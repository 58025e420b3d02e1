/**
 * Near-duplicate detection for stories: MinHash signatures over word
 * 3-shingles of normalized text, and LSH banding to find candidates without
 * comparing every pair. Seeds are fixed, so signatures (and stories) are the
 * same on every machine and run.
 */
import { tokenize, type Token } from '../text/tokenize.ts';
import { normalize } from '../text/normalize.ts';

export const SIGNATURE_SIZE = 64;
export const BANDS = 16;
export const ROWS = SIGNATURE_SIZE / BANDS;
/** Estimated Jaccard similarity of shingle sets at which two articles are one story. */
export const SAME_STORY = 0.5;
const SHINGLE = 3;

/** A 32-bit avalanche mix (murmur3 finalizer). */
function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}


const SEEDS: Uint32Array = (() => {
  const seeds = new Uint32Array(SIGNATURE_SIZE);
  let x = 0x9e3779b9;
  for (let i = 0; i < SIGNATURE_SIZE; i++) {
    x = mix32(x + 0x6d2b79f5);
    seeds[i] = x;
  }
  return seeds;
})();

/** Normalized words of the text (punctuation dropped). */
export function words(text: string, tokens: readonly Token[] = tokenize(text)): string[] {
  const out: string[] = [];
  for (const t of tokens) if (t.kind === 'arabic' || t.kind === 'latin' || t.kind === 'number') out.push(normalize(t.text));
  return out;
}

/** fnv1a of `w[from..to)` joined by single spaces, without building that string. */
function fnv1aJoined(w: readonly string[], from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let k = from; k < to; k++) {
    if (k > from) h = Math.imul(h ^ 0x20, 0x01000193);
    const s = w[k]!;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  }
  return h >>> 0;
}

/** The text's signature; `tokens` when the caller has tokenized it already. */
export function signature(text: string, tokens?: readonly Token[]): Uint32Array {
  const w = words(text, tokens);
  const shingles = new Set<number>();
  if (w.length < SHINGLE) for (let i = 0; i < w.length; i++) shingles.add(fnv1aJoined(w, i, i + 1));
  else for (let i = 0; i + SHINGLE <= w.length; i++) shingles.add(fnv1aJoined(w, i, i + SHINGLE));
  const sig = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (const sh of shingles) {
    for (let k = 0; k < SIGNATURE_SIZE; k++) {
      const v = mix32(sh ^ SEEDS[k]!);
      if (v < sig[k]!) sig[k] = v;
    }
  }
  return sig;
}

/** One key per band: articles sharing a key are candidates. Keys fit in 53 bits. */
export function bandKeys(sig: Uint32Array): number[] {
  const keys: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h1 = 0x811c9dc5 ^ b;
    let h2 = 0x01000193 ^ (b * 31);
    for (let r = 0; r < ROWS; r++) {
      const v = sig[b * ROWS + r]!;
      h1 = mix32(h1 ^ v);
      h2 = mix32(h2 + Math.imul(v, 0x27d4eb2d));
    }
    keys.push((h2 & 0x1fffff) * 4294967296 + h1);
  }
  return keys;
}

export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let k = 0; k < SIGNATURE_SIZE; k++) if (a[k] === b[k]) same++;
  return same / SIGNATURE_SIZE;
}

export function toBytes(sig: Uint32Array): Buffer {
  return Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength);
}

export function fromBytes(buf: Uint8Array): Uint32Array {
  const copy = new Uint8Array(buf); // aligned copy
  return new Uint32Array(copy.buffer, 0, SIGNATURE_SIZE);
}
