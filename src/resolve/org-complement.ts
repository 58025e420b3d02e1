/**
 * A complement with ل that ends an unknown body's name (resolve11, docs/knowledge-base.md): الهيئة العامة للإحصاء،
 * الاتحاد الدولي للنقل الجوي، المركز الوطني للأرصاد، الوكالة الإيرانية للطاقة الذرية. Without it every "general
 * authority" and "international union" of the corpus was one entity (General Authority, International Union).
 *
 * Only words of the organization word table are read (data/kb/org-heads.json `words`), so that a recipient or a
 * purpose after the body is left out (قالت وزارة الخارجية للصحفيين، نيابة باريس للحصول على …).
 */
import type { Doc } from '../core/document.ts';
import type { OrgWordDef } from '../kb/orgs.ts';
import type { OrgPart } from './orgs.ts';

export interface ComplementDeps {
  word: (key: string) => OrgWordDef | undefined;
  maxWordTokens: number;
  /** The normalized token text. */
  tn: (doc: Doc, i: number) => string;
  /** A definite demonym or country name at token j (the body's country: الهيئة العامة للإحصاء السعودية). */
  countryAt: (doc: Doc, j: number, construct: boolean) => { iso: string; end: number; tokenEnd: number; demonym: boolean } | null;
}

export interface Complement {
  parts: OrgPart[];
  end: number;
  tokenEnd: number;
  country: string | null;
}

/** Most tokens a complement takes (للطاقة الذرية السعودية). */
const MAX_TOKENS = 4;

const spaced = (doc: Doc, j: number): boolean =>
  j > 0 && j < doc.tokens.length && /^[ \u00a0]+$/.test(doc.text.slice(doc.tokens[j - 1]!.end, doc.tokens[j]!.start)) && doc.tokens[j]!.kind === 'arabic';

/** The longest table entry at token j whose first word is `first` (the ل-less form): its definition and length. */
function entryAt(doc: Doc, j: number, first: string, deps: ComplementDeps): { w: OrgWordDef; n: number } | null {
  for (let len = deps.maxWordTokens; len >= 1; len--) {
    if (j + len > doc.tokens.length) continue;
    let key = first;
    let ok = true;
    for (let x = j + 1; x < j + len; x++) {
      if (!spaced(doc, x)) { ok = false; break; }
      key += ' ' + deps.tn(doc, x);
    }
    const w = ok ? deps.word(key) : undefined;
    if (w) return { w, n: len };
  }
  return null;
}

/** The complement that starts at token j (right after the name read so far), or null. */
export function orgComplement(doc: Doc, j: number, deps: ComplementDeps): Complement | null {
  if (!spaced(doc, j)) return null;
  const t = deps.tn(doc, j);
  // ل + the article writes لل (للإحصاء = ل + الإحصاء); ل + an indefinite noun starts a construct (لحقوق الإنسان).
  const first = t.startsWith('لل') ? 'ال' + t.slice(2) : t.startsWith('ل') && t.length > 3 ? t.slice(1) : null;
  if (!first) return null;
  const head = entryAt(doc, j, first, deps);
  // An adjective alone is no complement (للعامة "for the public").
  if (!head || head.w.a) return null;
  // An indefinite noun needs its genitive inside the table entry (حقوق الإنسان).
  if (!first.startsWith('ال') && head.n < 2) return null;
  const parts: OrgPart[] = [{ en: head.w.en, adj: false, name: false }];
  let k = j + head.n;
  let country: string | null = null;
  while (k < doc.tokens.length && k - j < MAX_TOKENS && spaced(doc, k)) {
    const w = deps.tn(doc, k);
    const c = deps.countryAt(doc, k, false);
    if (c) {
      if (!c.demonym || !w.startsWith('ال')) break;
      country = c.iso;
      k = c.tokenEnd;
      break;
    }
    if (w.startsWith('وال')) {
      // والدواء: "and Drug", joined to the word before.
      const e = entryAt(doc, k, w.slice(1), deps);
      if (!e || e.w.a) break;
      parts[parts.length - 1] = { ...parts[parts.length - 1]!, en: `${parts[parts.length - 1]!.en} and ${e.w.en}` };
      k += e.n;
      continue;
    }
    if (!w.startsWith('ال')) break;
    const e = entryAt(doc, k, w, deps);
    if (!e) break;
    if (!e.w.drop) parts.push({ en: e.w.en, adj: !!e.w.a, name: false });
    k += e.n;
  }
  return { parts, end: doc.tokens[k - 1]!.end, tokenEnd: k, country };
}
