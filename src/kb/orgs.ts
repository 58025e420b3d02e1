/**
 * The lexicon for organizations the KB does not know (data/kb/org-heads.json):
 * head nouns (وزارة، شرطة، حزب …) with their English noun, English word order
 * and actor sector, common words of organization names with their English,
 * and words that end a name. Keys are normalized like KB names.
 */
import { normalize } from '../text/normalize.ts';

export interface OrgHeadDef {
  en: string;
  /** 'of': Ministry of Health; 'pre': Democratic Center Party. */
  form: 'of' | 'pre';
  /** CAMEO-style actor suffix after the country (GOV, MED, BUS …). */
  sector: string;
  /** A foreign name after the head is the whole English name (صحيفة ديلي ميل → Daily Mail). */
  bare?: boolean;
  /** The head's own reading of an adjective (النيابة العامة → Public Prosecution). */
  adjEn?: Record<string, string>;
  /** A local body: the definite head, في and a place is that place's body (الشرطة في سياتل → Seattle Police). */
  local?: boolean;
  /** An area head: the indefinite head and a place alone is that place (جبهة مقبنة، مركز كتاف، دائرة كسروان). */
  place?: boolean;
  /** Takes no complement with ل (السفارة الأميركية للقدس: the embassy moved to Jerusalem, not its name). */
  noFor?: boolean;
  /** Words after the head that make it a common noun, not a body (حركة الطيران "air traffic"). */
  notBefore?: string[];
  /**
   * The head is also the office it names (رئاسة: the presidency, the premiership): behind ب or ل (برئاسة "chaired
   * by", لرئاسة "for the presidency of") or after a word of taking or leaving office (تولى، شغل، استقال من) it names
   * no body.
   */
  office?: boolean;
}

export interface OrgWordDef {
  en: string;
  /** An adjective: comes before its noun in English. */
  a?: boolean;
  /** Not part of the English name (الرسمية). */
  drop?: boolean;
  /**
   * Read only as a genitive (after an indefinite word) or in a complement with ل (الهيئة العامة للإحصاء), never
   * after a definite word: a verb's object follows a body named as subject (أبلغت الشرطة القضاء). An adjective with
   * gen still follows its noun. Either way the word alone does not make a name the recognizer did not tag a body.
   */
  gen?: boolean;
}

export interface OrgLexicon {
  heads: Record<string, OrgHeadDef>;
  words: Record<string, OrgWordDef>;
  stop?: string[];
  /** Whole names with a set English form (مجلس الوزراء → Council of Ministers). */
  phrases?: Record<string, string>;
}

export class OrgHeads {
  private readonly headMap = new Map<string, OrgHeadDef>();
  private readonly wordMap = new Map<string, OrgWordDef>();
  private readonly stops: ReadonlySet<string>;
  private readonly phraseMap = new Map<string, string>();
  /** Longest word-table key in words. */
  readonly maxWordTokens: number;

  constructor(lex: OrgLexicon) {
    for (const [k, v] of Object.entries(lex.heads)) {
      const adjEn = v.adjEn ? Object.fromEntries(Object.entries(v.adjEn).map(([a, e]) => [normalize(a), e])) : undefined;
      // notBefore is compared with the next token's normalized form: normalized once here, not at every head
      this.headMap.set(normalize(k), { ...v, ...(adjEn ? { adjEn } : {}), ...(v.notBefore ? { notBefore: v.notBefore.map((w) => normalize(w)) } : {}) });
    }
    let max = 1;
    for (const [k, v] of Object.entries(lex.words)) {
      const key = normalize(k).replace(/\s+/g, ' ').trim();
      this.wordMap.set(key, v);
      max = Math.max(max, key.split(' ').length);
    }
    this.maxWordTokens = max;
    for (const [k, v] of Object.entries(lex.phrases ?? {})) this.phraseMap.set(normalize(k).replace(/\s+/g, ' ').trim(), v);
    this.stops = new Set((lex.stop ?? []).map((s) => normalize(s)));
  }

  /** The head a normalized word is (with or without the article), or undefined. */
  head(key: string): { base: string; def: OrgHeadDef; definite: boolean } | undefined {
    const definite = key.startsWith('ال');
    const base = definite ? key.slice(2) : key;
    const def = this.headMap.get(base);
    return def ? { base, def, definite } : undefined;
  }

  word(key: string): OrgWordDef | undefined {
    return this.wordMap.get(key);
  }

  /** The set English form of a whole name (normalized, head with or without the article), if any. */
  phrase(key: string): string | undefined {
    return this.phraseMap.get(key) ?? (key.startsWith('ال') ? this.phraseMap.get(key.slice(2)) : this.phraseMap.get('ال' + key));
  }

  isStop(key: string): boolean {
    return this.stops.has(key);
  }
}
