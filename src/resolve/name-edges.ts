/**
 * Where a recognizer's person span starts (docs/knowledge-base.md, resolve10). The segmenter reads a first letter ف
 * as the conjunction "and so" when the word without it is more frequent (فرات → ف + رات، فان → ف + ان، فورد → ف + ورد),
 * and the span then starts after it: "Rat Khalil", "An der Zwan". A conjunction ف opens a clause; inside one, right
 * after a word (قال فرات خليل، المحامي أليكس فان دير زوان) or an opening quote, the letter is the name's own.
 */
import type { Doc } from '../core/document.ts';
import type { NerMention } from '../core/stage.ts';

export interface NameEdgeDeps {
  /** Is the text a KB name (فالأسد: the conjunction and الأسد)? */
  known: (text: string) => boolean;
  /** Is the word a known name part (فمحمد: the conjunction and محمد)? */
  namePart: (word: string) => boolean;
}

const OPENING_QUOTE = /^["«“„']+$/;

/** The span with its first word's ف given back, when the ف is inside a clause; else the span as it is. */
export function withInitialFa(doc: Doc, m: NerMention, deps: NameEdgeDeps): NerMention {
  // A body or a place may start so only after an opening quote ("فلاي دبي"): after a word it is as often a
  // function word (رأي فيمن يحكمه: "in whom", read as Yemen).
  if (m.type !== 'PER' && m.text.startsWith('ال')) return m;
  const tok = doc.tokens[m.tokenStart]!;
  if (m.start !== tok.start + 1 || tok.text[0] !== 'ف' || m.tokenStart === 0) return m;
  const prev = doc.tokens[m.tokenStart - 1]!;
  const gap = doc.text.slice(prev.end, tok.start);
  const afterWord = (prev.kind === 'arabic' || prev.kind === 'latin') && /^[ \u00a0]+$/.test(gap);
  const inClause = (afterWord && m.type === 'PER') || (OPENING_QUOTE.test(prev.text) && gap === '');
  if (!inClause) return m;
  if (deps.known(m.text) || deps.namePart(tok.text.slice(1))) return m;
  // A title or a definite noun after the conjunction (فالرئيس): not a name.
  if (m.text.startsWith('ال') && deps.known(m.text.split(/\s+/)[0]!)) return m;
  return { ...m, start: tok.start, text: doc.text.slice(tok.start, m.end) };
}
