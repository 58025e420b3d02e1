/**
 * Scores the clitic segmenter against a labelled word list
 * (`word<TAB>proclitics<TAB>enclitic`, see test/fixtures/clitic-segmentation.tsv).
 */
import type { Segmentation } from './clitics.ts';

export interface SegmentationScore {
  words: number;
  /** Proclitics and enclitic both exactly right. */
  exact: number;
  /** The one-letter proclitics (what a mention span drops) right. */
  baseRight: number;
  errors: Array<{ word: string; expected: string; got: string }>;
}

function describe(proclitics: readonly string[], enclitic: string | null): string {
  return `${proclitics.join(' ') || '-'}\t${enclitic ?? '-'}`;
}

export function scoreSegmenter(gold: string, segment: (word: string) => Segmentation): SegmentationScore {
  const score: SegmentationScore = { words: 0, exact: 0, baseRight: 0, errors: [] };
  for (const line of gold.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [word, pro, enc] = line.split('\t');
    if (!word || pro === undefined || enc === undefined) throw new Error(`bad gold line: ${line}`);
    const expectedPro = pro === '-' ? [] : pro.split(' ');
    const seg = segment(word);
    score.words++;
    const got = describe(seg.proclitics, seg.enclitic);
    const expected = describe(expectedPro, enc === '-' ? null : enc);
    if (got === expected) score.exact++;
    else score.errors.push({ word, expected, got });
    const oneLetter = (ps: readonly string[]) => ps.filter((p) => p.length === 1).join('');
    if (oneLetter(seg.proclitics) === oneLetter(expectedPro)) score.baseRight++;
  }
  return score;
}
