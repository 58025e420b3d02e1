/**
 * The quote stage: who said what.
 *
 * Arabic news reports speech with a small set of constructions, and the stage
 * reads each sentence for them, token by token:
 * - a reporting verb, then its subject, then a complementizer or colon and the
 *   content ("قال بوتين إن ...", "وأشار إلى أن ...", "وقال الوزير: «...»");
 * - the subject before the verb ("وكان الوزير قد أكد أن ...", "الرئيس قال إن");
 * - no subject at all (pro-drop: "وأضاف أن ...", "من جهته، أكد أن ..."): the
 *   speaker is the previous quote's, else the first person or organization
 *   named in this or the previous sentence;
 * - a participle clause of the same speaker ("...، مؤكدا أن ...");
 * - a quotation with its cue after it ("«...»، قال الوزير");
 * - attributions: "بحسب وزارة الصحة", "وفق ما نقلت وكالة ...", "جاء في بيان الجيش أن ...",
 *   "نقلت الوكالة عن مسؤول قوله إن ...";
 * - anonymous sources ("قال مصدر سوري") keep `speaker: null` and their words in
 *   `speakerText`; "المصدر نفسه" carries the previous speaker;
 * - the medium ("لوكالة رويترز", "في تصريح لقناة ...") becomes `via` when an entity covers it.
 *
 * Policy: a quote is `direct` when its content is exactly a quotation in
 * «» “” or "" (the marks excluded from the span). Quotation marks inside
 * indirect content ("قال إن البحث تركز على «...»") stay one indirect quote; a
 * quotation introduced by a cue of its own (", قائلا «...»") is a quote of its own.
 * `speakerText` is the speaker as the sentence writes it (for a carried
 * speaker, as the sentence that named it wrote it).
 */
import type { Entity, Quote, TextSpan } from '../core/analysis.ts';
import type { Doc } from '../core/document.ts';
import type { Stage } from '../core/stage.ts';
import type { Token } from '../text/tokenize.ts';
import { cueKey, type CueVerb, type QuoteLexicon } from './lexicon.ts';

/** Tokens scanned after a cue for its complementizer: a subject with titles and an adverbial fit in this. */
const MAX_SUBJECT_TOKENS = 16;
/** Tokens before a cue that may form a subject placed first ("وكان وزير الخارجية الروسي قد أعلن"). */
const MAX_PRESUBJECT_TOKENS = 7;
/** A carried speaker (pro-drop) reaches back this many sentences. */
const CARRY_SENTENCES = 3;

const OPEN_QUOTES: Record<string, string> = { '«': '»', '“': '”', '"': '"', '„': '“' };
const COMMAS = new Set(['،', ',', '؛', ';']);
const DASHES = new Set(['-', '–', '—', '(', ')']);
const ENDS = new Set(['.', '!', '?', '؟', '…', '...']);

interface MentionRef {
  start: number;
  end: number;
  entity: Entity;
  kind: string;
  text: string;
}

interface Speaker {
  id: string | null;
  text: string | null;
  /** Where the speaker was named (to reach it again). */
  anonymous: boolean;
}

interface Tok {
  t: Token;
  key: string;
  /** key without a leading و/ف conjunction. */
  bare: string;
  sentence: number;
}

export function createQuoteStage(lexicon: QuoteLexicon): Stage<'quotes'> {
  return {
    id: 'quotes.v1',
    requires: ['entities'],
    assigns: 'quotes',
    run: (doc, layers) => findQuotes(doc, layers.entities ?? [], lexicon),
  };
}

function stripConj(key: string): string {
  return key.length > 3 && (key[0] === 'و' || key[0] === 'ف') ? key.slice(1) : key;
}

export function findQuotes(doc: Doc, entities: readonly Entity[], lex: QuoteLexicon): Quote[] {
  const text = doc.text;
  const toks: Tok[] = [];
  {
    let s = 0;
    for (const t of doc.tokens) {
      while (s < doc.sentences.length - 1 && t.start >= doc.sentences[s]!.end) s++;
      const key = cueKey(t.text);
      toks.push({ t, key, bare: stripConj(key), sentence: s });
    }
  }
  const mentions: MentionRef[] = entities
    .flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, entity: e, kind: m.kind, text: m.text })))
    .sort((a, b) => a.start - b.start);

  const quotes: Quote[] = [];
  const speakersOf: Array<{ q: Quote; sp: Speaker; sentence: number }> = [];
  const span = (a: number, b: number): TextSpan => ({ start: a, end: b, text: text.slice(a, b) });
  const isPunct = (i: number) => toks[i]?.t.kind === 'punct';
  const word = (i: number) => toks[i]?.bare ?? '';

  /** Verb cue at token i (with و/ف/س handled), or null. */
  const verbAt = (i: number): CueVerb | null => {
    const tk = toks[i];
    if (!tk || tk.t.kind !== 'arabic') return null;
    return lex.verbs.get(tk.key) ?? lex.verbs.get(tk.bare) ?? null;
  };

  const phraseAt = (i: number, phrases: string[][]): number => {
    for (const p of phrases) {
      let ok = true;
      for (let k = 0; k < p.length && ok; k++) {
        const tk = toks[i + k];
        if (!tk) ok = false;
        else if (k === 0) ok = tk.key === p[0] || tk.bare === p[0];
        else ok = tk.key === p[k];
      }
      if (ok) return p.length;
    }
    return 0;
  };

  // Quotation spans: token index of the opening and closing marks.
  const closeOf = new Map<number, number>();
  const inQuote = new Int32Array(toks.length).fill(-1);
  for (let i = 0; i < toks.length; i++) {
    const closer = OPEN_QUOTES[toks[i]!.t.text];
    if (!closer || toks[i]!.t.kind !== 'punct') continue;
    for (let j = i + 1; j < toks.length && toks[j]!.sentence <= toks[i]!.sentence + 2; j++) {
      if (toks[j]!.t.text === closer) {
        if (j > i + 1) {
          closeOf.set(i, j);
          for (let k = i + 1; k < j; k++) inQuote[k] = i;
        }
        i = j;
        break;
      }
    }
  }

  /** Best speaker entity among mentions inside [a, b). */
  const entityIn = (a: number, b: number): MentionRef | null => {
    let best: MentionRef | null = null;
    let bestRank = 99;
    for (const m of mentions) {
      if (m.start < a || m.end > b) continue;
      if (m.kind === 'demonym') continue;
      const t = m.entity.type;
      let rank = t === 'PER' ? 0 : t === 'ORG' ? 1 : t === 'LOC' ? 2 : 3;
      // A place speaks only as the head of the subject ("أعلنت روسيا"), not as a modifier.
      if (t === 'LOC' && text.slice(a, m.start).trim().length > 1) continue;
      if (rank < bestRank) {
        best = m;
        bestRank = rank;
      }
    }
    return best;
  };

  /** The first person/organization mention in [a, b). */
  const firstActorIn = (a: number, b: number): MentionRef | null => {
    for (const m of mentions) {
      if (m.start >= a && m.end <= b && m.kind !== 'demonym' && (m.entity.type === 'PER' || m.entity.type === 'ORG')) return m;
    }
    return null;
  };

  const startOfWord = (i: number) => {
    const seg = doc.segment(i);
    return toks[i]!.t.start + (toks[i]!.t.kind === 'arabic' ? seg.baseStart : 0);
  };

  /** Speaker from tokens [a, b) (a noun phrase region, adverbials and channels already removed). */
  const speakerFrom = (a: number, b: number): Speaker | null => {
    while (a < b && isPunct(a)) a++;
    while (b > a && isPunct(b - 1)) b--;
    if (a >= b) return null;
    const s = startOfWord(a);
    const e = toks[b - 1]!.t.end;
    const ent = entityIn(s, e) ?? entityIn(toks[a]!.t.start, e);
    const same = phraseAt(a, lex.sameSource);
    if (same && same >= b - a) {
      const prev = lastSpeaker(toks[a]!.sentence, true);
      if (prev) return prev;
    }
    const anonymous = !ent && lex.anonymous.has(word(a));
    return { id: ent && !(lex.anonymous.has(word(a)) && ent.entity.type !== 'PER') ? ent.entity.id : null, text: text.slice(s, e), anonymous };
  };

  /** The speaker of the latest quote within reach, or the last actor named. */
  const lastSpeaker = (sentence: number, anonymousOnly = false): Speaker | null => {
    for (let k = speakersOf.length - 1; k >= 0; k--) {
      const x = speakersOf[k]!;
      if (sentence - x.sentence > CARRY_SENTENCES) break;
      if (anonymousOnly && !x.sp.anonymous) continue;
      if (x.sp.id || x.sp.text) return x.sp;
    }
    return null;
  };

  const actorBefore = (sentence: number, before: number): Speaker | null => {
    for (let s = sentence; s >= Math.max(0, sentence - 1); s--) {
      const sent = doc.sentences[s]!;
      const m = firstActorIn(sent.start, Math.min(sent.end, before));
      if (m) return { id: m.entity.id, text: m.text, anonymous: false };
    }
    return null;
  };

  const isAdverbialStart = (i: number): boolean => {
    const tk = toks[i]!;
    if (lex.adverbials.has(tk.key) || lex.adverbials.has(tk.bare)) return true;
    if (phraseAt(i, lex.subjectMarkers)) return true;
    return false;
  };

  /** لوكالة رويترز, لقناة ..., للصحفيين: a channel after the preposition ل. */
  const isChannelStart = (i: number): boolean => {
    const k = toks[i]!.key;
    if (!k.startsWith('ل') || k.length < 3) return false;
    const rest = k.slice(1);
    return lex.channels.has(rest) || lex.channels.has(k) || (rest.startsWith('ل') && lex.channels.has('ا' + rest));
  };

  interface Region {
    subjectStart: number;
    subjectEnd: number;
    via: { start: number; end: number } | null;
  }

  /** Splits the tokens between a cue and its content into subject, channel and adverbials. */
  const readRegion = (a: number, b: number): Region => {
    let subjectStart = -1;
    let subjectEnd = -1;
    let via: Region['via'] = null;
    let i = a;
    while (i < b) {
      // One segment: up to a comma or dash.
      let j = i;
      while (j < b && !COMMAS.has(toks[j]!.t.text) && !DASHES.has(toks[j]!.t.text)) j++;
      if (j > i) {
        // Within a segment: [subject part][adverbial/channel part]
        let k = i;
        let channelAt = -1;
        for (let m = i; m < j; m++) {
          if (isChannelStart(m)) {
            channelAt = m;
            break;
          }
          // "في تصريح لـ..." / "في مقابلة مع ...": the channel follows the noun.
          if ((word(m) === 'في' || word(m) === 'خلال') && m + 2 < j && lex.nouns.has(word(m + 1))) {
            for (let n = m + 2; n < j; n++) if (isChannelStart(n) || word(n) === 'مع') {
              channelAt = word(n) === 'مع' ? n + 1 : n;
              break;
            }
            if (channelAt >= 0) break;
          }
        }
        const firstAdv = (() => {
          for (let m = i; m < j; m++) if (m === channelAt || isAdverbialStart(m) || (m > i && isChannelStart(m))) return m;
          return j;
        })();
        k = firstAdv;
        if (k > i && subjectStart < 0) {
          subjectStart = i;
          subjectEnd = k;
        } else if (k > i && subjectEnd === i - 1 && k === j) {
          // An apposition after a comma ("مسؤول الطوارئ، بيرحسين كوليوند"): part of the subject.
          subjectEnd = k;
        }
        if (channelAt >= 0 && !via) {
          let end = j;
          for (let m = channelAt + 1; m < j; m++) if (isAdverbialStart(m)) {
            end = m;
            break;
          }
          via = { start: startOfWord(channelAt), end: toks[end - 1]!.t.end };
        }
      }
      i = j + 1;
      if (subjectEnd === j) subjectEnd = j; // keep adjacency marker for appositions
    }
    return { subjectStart, subjectEnd, via };
  };

  const viaEntity = (via: Region['via']): string | null => {
    if (!via) return null;
    for (const m of mentions) if (m.start < via.end && m.end > via.start && m.entity.type !== 'PER') return m.entity.id;
    for (const m of mentions) if (m.start < via.end && m.end > via.start) return m.entity.id;
    return null;
  };

  /** Index of the last token of the sentence of token i. */
  const sentenceEndTok = (i: number): number => {
    const s = toks[i]!.sentence;
    let j = i;
    while (j + 1 < toks.length && toks[j + 1]!.sentence === s) j++;
    return j;
  };

  /** Where an indirect content starting at token a ends (exclusive token index). */
  const contentEnd = (a: number, hardEnd: number): { end: number; trailing: number } => {
    for (let i = a; i <= hardEnd; i++) {
      const t = toks[i]!.t.text;
      if (ENDS.has(t) && inQuote[i] < 0) return { end: i, trailing: -1 };
      if (COMMAS.has(t) || (t === '-' && i + 1 <= hardEnd)) {
        const n = i + 1;
        if (n > hardEnd) continue;
        const after = phraseAt(n, lex.afterQuote);
        if (after) return { end: i, trailing: n };
        if (phraseAt(n, lex.accordingTo)) return { end: i, trailing: n };
        const v = verbAt(n);
        if (v && (v.form === 'participle' || toks[n]!.key !== toks[n]!.bare) && inQuote[n] < 0 && introducesContent(n, v)) return { end: i, trailing: -1 };
      }
      if (phraseAt(i, lex.afterQuote) && inQuote[i] < 0 && i > a) return { end: i, trailing: i };
    }
    return { end: hardEnd + 1, trailing: -1 };
  };

  interface Content {
    /** First token of the content. */
    from: number;
    /** Token just before the content (complementizer, colon, prep) ends the subject region. */
    regionEnd: number;
    direct: boolean;
    /** Closing quotation mark token for direct content. */
    closeAt: number;
  }

  /** Finds where the content of cue c starts, or null if the cue reports nothing. */
  const findContent = (c: number, v: CueVerb): Content | null => {
    const last = Math.min(sentenceEndTok(c), c + MAX_SUBJECT_TOKENS);
    for (let i = c + 1; i <= last + 1 && i < toks.length; i++) {
      const tk = toks[i]!;
      if (tk.sentence !== toks[c]!.sentence && !(i === c + 1)) break;
      const t = tk.t.text;
      if (ENDS.has(t)) break;
      if (tk.t.kind === 'punct' && closeOf.has(i)) {
        return { from: i + 1, regionEnd: i, direct: true, closeAt: closeOf.get(i)! };
      }
      if (t === ':') {
        const n = i + 1;
        if (closeOf.has(n)) return { from: n + 1, regionEnd: i, direct: true, closeAt: closeOf.get(n)! };
        return { from: n, regionEnd: i, direct: false, closeAt: -1 };
      }
      if (tk.t.kind !== 'arabic') continue;
      if (i > c + 1 && verbAt(i) && !lex.complementizers.has(tk.key)) {
        // Another reporting verb: this cue's clause has ended.
        return null;
      }
      if (lex.complementizers.has(tk.key) || lex.complementizers.has(tk.bare)) {
        if (tk.key === 'لان' || tk.key === 'وان' || tk.key === 'وان') {
          if (i !== c + 1) continue;
        }
        return { from: i + 1, regionEnd: i, direct: false, closeAt: -1 };
      }
      // إلى أن / على أن / من أن / بأن
      if (lex.prepositions.has(tk.key) && i + 1 < toks.length && lex.complementizers.has(toks[i + 1]!.key)) {
        return { from: i + 2, regionEnd: i, direct: false, closeAt: -1 };
      }
      // Reported through a verbal noun: "نقلت عنه قوله إن"
      if (lex.reportNouns.has(tk.key) && i + 1 < toks.length && lex.complementizers.has(toks[i + 1]!.key)) {
        return { from: i + 2, regionEnd: i, direct: false, closeAt: -1 };
      }
    }
    return null;
  };

  /** Content of a verb that takes a noun object (أكد احترام, أشار إلى العمل, أعرب عن قلقه). */
  const findObject = (c: number, v: CueVerb): Content | null => {
    if (!v.object) return null;
    const n = c + 1;
    const tk = toks[n];
    if (!tk || tk.sentence !== toks[c]!.sentence || tk.t.kind !== 'arabic') return null;
    const prepHere = (i: number): boolean => {
      const k = toks[i]!.key;
      if (v.prep.includes(k)) return true;
      // The clitic prepositions ب and ل attached to the object (طالب بوقف، أشار لسقوطها).
      const seg = doc.segment(i);
      return seg.proclitics.some((p) => (p === 'ب' && v.prep.includes('ب')) || (p === 'ل' && v.prep.includes('ل')));
    };
    if (prepHere(n)) return { from: n, regionEnd: n, direct: false, closeAt: -1 };
    if (v.form === 'participle' && !v.objectNeedsPrep) return { from: n, regionEnd: n, direct: false, closeAt: -1 };
    // A finite verb: subject, then the object. The subject must be a known entity (else its end is unknown).
    const m = mentions.find((x) => x.start >= tk.t.start && x.start <= tk.t.start + 1 && x.kind !== 'demonym');
    if (m) {
      let j = n;
      while (j < toks.length && toks[j]!.t.end <= m.end) j++;
      // Skip a following demonym/title tail inside the same noun phrase.
      while (j < toks.length && (COMMAS.has(toks[j]!.t.text) || mentions.some((x) => x.start === startOfWord(j) && x.kind === 'demonym'))) j++;
      if (j < toks.length && toks[j]!.sentence === toks[c]!.sentence && toks[j]!.t.kind === 'arabic') {
        if (!v.objectNeedsPrep || prepHere(j)) return { from: j, regionEnd: j, direct: false, closeAt: -1 };
      }
      return null;
    }
    for (let i = n; i < Math.min(n + 8, toks.length); i++) {
      if (toks[i]!.sentence !== toks[c]!.sentence || isPunct(i)) break;
      if (v.prep.length && prepHere(i) && i > n) return { from: i, regionEnd: i, direct: false, closeAt: -1 };
    }
    return null;
  };

  const introducesContent = (c: number, v: CueVerb): boolean => !!(findContent(c, v) ?? findObject(c, v));

  const emit = (cueSpan: TextSpan, sp: Speaker | null, via: string | null, direct: boolean, a: number, b: number, sentence: number): Quote | null => {
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /[\s،,؛;.:\-–]/.test(text[b - 1]!)) b--;
    if (b - a < 3) return null;
    if (quotes.some((q) => q.start < b && a < q.end)) return null;
    const q: Quote = {
      speaker: sp?.id ?? null,
      speakerText: sp?.text ?? null,
      cue: cueSpan,
      via,
      direct,
      start: a,
      end: b,
      text: text.slice(a, b),
    };
    quotes.push(q);
    speakersOf.push({ q, sp: sp ?? { id: null, text: null, anonymous: false }, sentence });
    return q;
  };

  /** A speaker placed before its verb: "وكان الوزير قد قال", "الرئيس قال". */
  const preSubject = (c: number): Speaker | null => {
    let a = c - 1;
    if (a >= 0 && toks[a]!.key === 'قد') a--;
    const end = a + 1;
    let i = a;
    while (i >= 0 && toks[i]!.sentence === toks[c]!.sentence && !COMMAS.has(toks[i]!.t.text) && !ENDS.has(toks[i]!.t.text) && end - i <= MAX_PRESUBJECT_TOKENS) i--;
    let start = i + 1;
    if (start >= end) return null;
    const k0 = toks[start]!;
    if (k0.bare === 'كان' || k0.bare === 'كانت' || k0.bare === 'كانوا') start++;
    else if (toks[c - 1]?.key === 'قد') return null;
    if (start >= end) return null;
    if (isAdverbialStart(start) || verbAt(start) || lex.complementizers.has(toks[start]!.key)) return null;
    const s = startOfWord(start);
    const ent = entityIn(s, toks[end - 1]!.t.end);
    if (!ent && mentions.length > 0) return null;
    // Without entities, only a short noun phrase right before the verb.
    if (!ent && end - start > 4) return null;
    return speakerFrom(start, end);
  };

  for (let c = 0; c < toks.length; c++) {
    const tk = toks[c]!;
    const sentence = tk.sentence;
    const v = verbAt(c);
    // Cue after a quotation: «...»، قال X / «...» وأضاف X
    if (v && inQuote[c] < 0 && c >= 2) {
      let p = c - 1;
      if (COMMAS.has(toks[p]!.t.text) || DASHES.has(toks[p]!.t.text)) p--;
      const closer = toks[p]!;
      const openIdx = p >= 0 && closer.t.kind === 'punct' ? inQuote[p - 1] : -1;
      if (openIdx !== undefined && openIdx >= 0 && closeOf.get(openIdx) === p && !findContent(c, v)) {
        const lastTok = sentenceEndTok(c);
        const region = readRegion(c + 1, lastTok + 1);
        let sp: Speaker | null = region.subjectStart >= 0 ? speakerFrom(region.subjectStart, region.subjectEnd) : null;
        if (!sp) sp = lastSpeaker(sentence) ?? actorBefore(sentence, toks[openIdx]!.t.start);
        const alreadyQuoted = quotes.some((q) => q.start <= toks[openIdx]!.t.end && q.end >= toks[p]!.t.start);
        if (!alreadyQuoted) {
          emit(span(tk.t.start, tk.t.end), sp, viaEntity(region.via), true, toks[openIdx]!.t.end, toks[p]!.t.start, sentence);
          continue;
        }
      }
    }
    if (v && inQuote[c] < 0) {
      let content = findContent(c, v);
      if (content && !v.speech && content.direct === false && toks[content.regionEnd]!.t.text === ':' && false) content = null;
      if (!content) content = findObject(c, v);
      if (!content) {
        continue;
      }
      const cueSpan = span(startOfWord(c) + (toks[c]!.key !== toks[c]!.bare ? 0 : 0), tk.t.end);
      let region = readRegion(c + 1, content.regionEnd);
      let sp: Speaker | null = null;
      let via = viaEntity(region.via);
      // نقلت الوكالة عن مسؤول قوله إن ...: the agency is the channel, the one after عن speaks.
      if (v.lemma === 'نقل') {
        let an = -1;
        for (let i = c + 1; i < content.regionEnd; i++) if (toks[i]!.key === 'عن' || toks[i]!.key.startsWith('عن') && toks[i]!.key.length <= 4) {
          an = i;
          break;
        }
        if (an < 0) continue;
        const agency = readRegion(c + 1, an);
        if (agency.subjectStart >= 0) {
          const a = speakerFrom(agency.subjectStart, agency.subjectEnd);
          via = a?.id ?? null;
        }
        let end = content.regionEnd;
        if (lex.reportNouns.has(toks[end]!.key)) end = content.regionEnd;
        const who = readRegion(an + 1, end);
        sp = who.subjectStart >= 0 ? speakerFrom(who.subjectStart, who.subjectEnd) : null;
        if (!sp) sp = lastSpeaker(sentence) ?? actorBefore(sentence, tk.t.start);
        region = { subjectStart: -1, subjectEnd: -1, via: null };
      } else if (v.form === 'participle') {
        // Same speaker as the main clause: the quote just before in this sentence, else its first actor.
        const prev = speakersOf[speakersOf.length - 1];
        sp = prev && prev.sentence === sentence ? prev.sp : null;
        if (!sp) sp = actorBefore(sentence, tk.t.start) ?? preSubjectOfSentence(sentence, c) ?? lastSpeaker(sentence);
      } else if (region.subjectStart >= 0) {
        // A subject that is a statement noun: "أفاد بيان صادر عن الجيش": the issuer speaks.
        const s0 = region.subjectStart;
        if (lex.nouns.has(word(s0))) {
          let k = s0 + 1;
          while (k < region.subjectEnd && (word(k) === 'صادر' || word(k) === 'صادره' || word(k) === 'عن' || word(k) === 'رسمي')) k++;
          sp = k < region.subjectEnd ? speakerFrom(k, region.subjectEnd) : null;
        } else {
          sp = speakerFrom(region.subjectStart, region.subjectEnd);
        }
      }
      if (!sp && v.form !== 'participle' && v.lemma !== 'نقل') {
        sp = preSubject(c) ?? lastSpeaker(sentence) ?? actorBefore(sentence, tk.t.start);
      }
      let a: number;
      let b: number;
      let direct = content.direct;
      if (content.direct) {
        a = toks[content.from - 1]!.t.end;
        b = toks[content.closeAt]!.t.start;
        // A quotation followed by more words of the sentence was embedded, not the whole content.
      } else {
        const hard = sentenceEndTok(c);
        if (content.from > hard) continue;
        const { end } = contentEnd(content.from, hard);
        a = toks[content.from]!.t.start;
        b = end > content.from ? toks[end - 1]!.t.end : a;
        // An indirect content that is exactly one quotation is direct.
        const f = content.from;
        if (closeOf.has(f) && closeOf.get(f) === end - 1) {
          a = toks[f]!.t.end;
          b = toks[end - 1]!.t.start;
          direct = true;
        }
      }
      const q = emit(cueSpan, sp, via, direct, a, b, sentence);
      if (q) c = Math.max(c, content.regionEnd);
      continue;
    }
    // Attribution phrases: "بحسب وزارة الصحة", "وفق ما نقلت وكالة ...".
    const acc = inQuote[c] < 0 ? phraseAt(c, lex.accordingTo) : 0;
    if (acc && !phraseAt(c, lex.afterQuote)) {
      handleAccordingTo(c, acc);
      continue;
    }
    // Noun cue: "جاء في بيان للجيش أن ...".
    if ((tk.bare === 'جاء' || tk.bare === 'ورد') && word(c + 1) === 'في' && lex.nouns.has(word(c + 2))) {
      const n = c + 2;
      let i = n + 1;
      const last = Math.min(sentenceEndTok(c), n + MAX_SUBJECT_TOKENS);
      let from = -1;
      let direct = false;
      let close = -1;
      for (; i <= last; i++) {
        const k = toks[i]!.key;
        if (toks[i]!.t.text === ':') {
          from = i + 1;
          if (closeOf.has(from)) {
            close = closeOf.get(from)!;
            from++;
            direct = true;
          }
          break;
        }
        if (lex.complementizers.has(k)) {
          from = i + 1;
          break;
        }
      }
      if (from < 0 || from > sentenceEndTok(c)) continue;
      const region = readRegion(n + 1, i);
      let k = region.subjectStart;
      while (k >= 0 && k < region.subjectEnd && (word(k) === 'صادر' || word(k) === 'صادره' || word(k) === 'عن')) k++;
      const sp = k >= 0 && k < region.subjectEnd ? speakerFrom(k, region.subjectEnd) : lastSpeaker(tk.sentence);
      const a = toks[from]!.t.start;
      const b = direct ? toks[close]!.t.start : toks[contentEnd(from, sentenceEndTok(c)).end - 1]!.t.end;
      emit(span(toks[n]!.t.start, toks[n]!.t.end), sp, viaEntity(region.via), direct, direct ? toks[from - 1]!.t.end : a, b, tk.sentence);
      c = from;
      continue;
    }
    // A quotation followed only by a trailing attribution: «...»، وفق تعبيره.
    if (tk.t.kind === 'punct' && closeOf.has(c)) {
      const close = closeOf.get(c)!;
      let p = close + 1;
      if (p < toks.length && COMMAS.has(toks[p]!.t.text)) p++;
      const after = p < toks.length ? phraseAt(p, lex.afterQuote) : 0;
      if (after && !quotes.some((q) => q.start <= toks[c]!.t.end && q.end >= toks[close]!.t.start)) {
        const sp = lastSpeaker(tk.sentence) ?? actorBefore(tk.sentence, tk.t.start);
        emit(span(toks[p]!.t.start, toks[p + after - 1]!.t.end), sp, null, true, tk.t.end, toks[close]!.t.start, tk.sentence);
        c = p + after - 1;
      }
    }
  }

  function preSubjectOfSentence(sentence: number, before: number): Speaker | null {
    // The subject after the sentence's first verb, when no entity is known: "واستقبل الرئيس X ..., مؤكدا".
    void sentence;
    void before;
    return null;
  }

  function handleAccordingTo(c: number, len: number): void {
    const tk = toks[c]!;
    const sentence = tk.sentence;
    const hard = sentenceEndTok(c);
    let i = c + len;
    // "بحسب ما نقلت/ذكرت X" : skip ما and the verb.
    let viaFirst = false;
    if (word(i) === 'ما' || word(i) === 'لما') {
      i++;
      if (verbAt(i)) {
        i++;
        viaFirst = true;
      }
    }
    let j = i;
    while (j <= hard && !COMMAS.has(toks[j]!.t.text) && !ENDS.has(toks[j]!.t.text) && !DASHES.has(toks[j]!.t.text) && toks[j]!.key !== 'فان') j++;
    if (j <= i) return;
    // عن Y: "بحسب ما نقلت الوكالة عن مسؤول": Y speaks through X.
    let an = -1;
    for (let k = i; k < j; k++) if (toks[k]!.key === 'عن') {
      an = k;
      break;
    }
    let spStart = i;
    let spEnd = j;
    let viaSpan: { start: number; end: number } | null = null;
    if (an > i) {
      viaSpan = { start: startOfWord(i), end: toks[an - 1]!.t.end };
      spStart = an + 1;
    }
    for (let k = spStart + 1; k < spEnd; k++) if (isAdverbialStart(k) && toks[k]!.key !== 'من') {
      spEnd = k;
      break;
    }
    // The clause it attaches to: a quote already found in this sentence (then it names the channel), else the text before or after.
    const prevInSentence = quotes.filter((q) => q.end <= tk.t.start && speakersOf.find((x) => x.q === q)?.sentence === sentence).pop();
    if (prevInSentence) {
      if (viaFirst && !prevInSentence.via) {
        prevInSentence.via = viaEntity({ start: startOfWord(i), end: toks[j - 1]!.t.end });
      }
      return;
    }
    const sp = an > i || spEnd > spStart ? speakerFrom(spStart, spEnd) : null;
    const via = viaEntity(viaSpan);
    const sentStart = firstTokOfSentence(c);
    const cueSpan = span(startOfWord(c), toks[c + len - 1]!.t.end);
    if (c <= sentStart + 1) {
      // Sentence-initial: "وبحسب الأمم المتحدة، فإن ..."
      let from = j + 1;
      if (from <= hard && COMMAS.has(toks[j]!.t.text) === false && toks[j]!.key !== 'فان') return;
      if (toks[j]?.key === 'فان') from = j + 1;
      else if (toks[from]?.key === 'فان') from++;
      if (from > hard) return;
      const { end } = contentEnd(from, hard);
      if (end <= from) return;
      emit(cueSpan, sp, via, false, toks[from]!.t.start, toks[end - 1]!.t.end, sentence);
    } else {
      let from = sentStart;
      // The content is the clause before; an opening conjunction is not part of it.
      const b = toks[c - 1]!.t.end;
      let a = toks[from]!.t.start;
      if (toks[from]!.key === 'و' ) a = toks[from + 1]!.t.start;
      else if (toks[from]!.key !== toks[from]!.bare && toks[from]!.key[0] === 'و') a = toks[from]!.t.start + 1;
      emit(cueSpan, sp, via, false, a, b, sentence);
    }
  }

  function firstTokOfSentence(i: number): number {
    const s = toks[i]!.sentence;
    let j = i;
    while (j > 0 && toks[j - 1]!.sentence === s) j--;
    return j;
  }

  return quotes.sort((x, y) => x.start - y.start);
}
