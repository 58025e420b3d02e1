/**
 * Where a recognizer's person span starts (docs/knowledge-base.md, resolve10). The segmenter reads a first letter ف
 * as the conjunction "and so" when the word without it is more frequent (فرات → ف + رات، فان → ف + ان، فورد → ف + ورد),
 * and the span then starts after it: "Rat Khalil", "An der Zwan". A conjunction ف opens a clause; inside one, right
 * after a word (قال فرات خليل، المحامي أليكس فان دير زوان) or an opening quote, the letter is the name's own.
 */
import type { Doc } from '../core/document.ts';
import type { NerMention } from '../core/stage.ts';
import { normalize } from '../text/normalize.ts';
import { RESOLVER_WORDS } from './words.ts';

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

export interface NamesakeDeps {
  /** The normalized word at token j. */
  tn: (doc: Doc, j: number) => string;
  /** Is the word a known given name (name-parts.json: علي، آلان)? */
  namePart: (word: string) => boolean;
  /** Is the word alone a KB person's name (ميلانيا، كيم)? */
  personName: (word: string) => boolean;
  /** The normalized words of a KB person's Arabic names. */
  personWords: (id: string) => ReadonlySet<string>;
}

/** Words before a surname that are no given name of another person: particles of compound names (آل خليفة، فتح الله غولن). */
const PARTICLES = new Set(['آل', 'ال', 'بن', 'ابن', 'بنت', 'أبو', 'ابو', 'أم', 'ام', 'عبد', 'الله', 'دي', 'دو', 'دا', 'فون', 'فان'].map((w) => normalize(w)));

/**
 * A one-word KB person name (a surname: نجاد، جونسون) right after a given name that none of that person's names has
 * (ماسيه علي نجاد is Masih Alinejad, not Ahmadinejad; آلان جونسون is not Boris Johnson): the word is part of another
 * person's longer name, and does not name the KB person. The preposition على (spelled like علي) is no given name.
 */
export function surnameOfAnother(doc: Doc, start: number, tokenStart: number, tokenEnd: number, id: string, deps: NamesakeDeps): boolean {
  if (tokenEnd - tokenStart !== 1 || tokenStart === 0 || start !== doc.tokens[tokenStart]!.start) return false;
  const prev = doc.tokens[tokenStart - 1]!;
  if (prev.kind !== 'arabic' || !/^[ \u00a0]+$/.test(doc.text.slice(prev.end, doc.tokens[tokenStart]!.start))) return false;
  if (prev.text === 'على' || doc.segment(tokenStart - 1).baseStart > 0) return false;
  const w = deps.tn(doc, tokenStart - 1);
  if (PARTICLES.has(w) || !deps.namePart(prev.text)) return false;
  // A word that names a KB person itself is another person beside this one (شكرت ميلانيا السيسي، قمة كيم ترمب).
  if (deps.personName(prev.text)) return false;
  return !deps.personWords(id).has(w);
}

/** Nouns of a town, a district or a land: a person's name after one (quoted or not) is the place's name. Not ولاية
 * (also a term of office: ولاية ترامب) nor قضاء (the judiciary). */
const PLACE_WORDS = RESOLVER_WORDS.placeWords;

/**
 * Is the name at `start` the name of a town or district, by the noun right before it (بلدية "بوندي"، قرية أبو ..., not
 * Pam Bondi)? The noun may carry a one-letter proclitic (ببلدة، وقرية) and the name may stand in quotes.
 */
export function afterPlaceNoun(doc: Doc, start: number): boolean {
  const before = doc.text.slice(Math.max(0, start - 24), start).replace(/[\u064b-\u0652]/g, '').replace(/[\s"«»“”']+$/, '');
  const word = before.split(/\s+/).pop() ?? '';
  const key = normalize(word);
  return PLACE_WORDS.has(key) || (/^[وفبل]/.test(key) && PLACE_WORDS.has(key.slice(1)));
}

/** Adjectives that describe a body without naming it: المنظمة الدولية، المنظمة الأممية. */
const DESCRIBING = RESOLVER_WORDS.describing;

/**
 * Is the span a definite head noun and a describing adjective (المنظمة الدولية، للمنظمة الدولية), which the KB
 * lists as another name of the United Nations but an article uses for the international body it is about (UNESCO,
 * the OPCW, the Red Cross)? `isHead` says whether a word is an organization head noun.
 */
export function describingPhrase(text: string, isHead: (definite: string) => boolean): boolean {
  const words = normalize(text).trim().split(/\s+/);
  if (words.length !== 2 || !DESCRIBING.has(words[1]!)) return false;
  let w = words[0]!.replace(/^[وف]/, '');
  // ل before the article: للمنظمة, or the span after the first ل (لمنظمة).
  if (w.startsWith('لل')) w = 'ال' + w.slice(2);
  else if (w.startsWith('ل') && !w.startsWith('ال')) w = 'ا' + w;
  else if (/^[بك]ال/.test(w)) w = w.slice(1);
  return w.startsWith('ال') && isHead(w);
}
