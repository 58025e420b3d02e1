/**
 * Scores found quotes against hand-annotated gold (test/gold/quotes/): a gold
 * quote is found when a quote has its cue at the gold cue's position or starts
 * (within a few characters) where the gold content starts; the speaker is right
 * when the speaker entity's English name or kbId matches the gold English
 * name, or, without a resolved entity, when the speaker's words share a
 * content word with the gold speaker's (until resolution lands, the surface
 * check is what decides most cases).
 */
import type { Entity, Quote } from '../core/analysis.ts';
import { normalize } from '../text/normalize.ts';

/** [speaker, speakerEn, cue, contentStart, "D"|"I", "T"?] */
export type GoldQuoteRow = [string, string | null, string, string, 'D' | 'I', ('T' | undefined)?];

export interface GoldArticle {
  article: string;
  quotes: GoldQuoteRow[];
}

export interface QuoteScore {
  gold: number;
  predicted: number;
  found: number;
  rightSpeaker: number;
  /** Predicted quotes that match some gold quote. */
  matchedPredicted: number;
  rightDirect: number;
  misses: string[];
  wrongSpeakers: string[];
  spurious: string[];
}

/** Tolerance (UTF-16 units) between a predicted content start and the gold content start. */
const START_SLACK = 12;
/** Words that say what someone is, not who: a shared one is no evidence of the same speaker. */
const GENERIC = new Set(
  ['الرئيس', 'وزير', 'الوزير', 'رئيس', 'المتحدث', 'متحدث', 'باسم', 'مصدر', 'مصادر', 'مسؤول', 'الخارجية', 'الدفاع', 'الداخلية', 'وزارة', 'الوزارة', 'العام', 'السابق', 'الأسبق', 'الأمريكي', 'الأميركي', 'الروسي', 'السوري', 'في', 'من', 'عن', 'على', 'بن', 'أبو', 'عبد', 'الدولة', 'المملكة', 'الحكومة', 'حكومة', 'الشرطة', 'وكالة', 'صحيفة', 'الأنباء', 'مدير', 'المرصد', 'البيان', 'بيان', 'ال'].map((w) => key(w)),
);

function key(word: string): string {
  return normalize(word).replace(/ـ/g, '');
}

/** Content words of a speaker string, with the article and one-letter proclitics folded away. */
function speakerWords(s: string): Set<string> {
  const out = new Set<string>();
  for (const raw of s.split(/[^\p{L}\p{N}]+/u)) {
    let w = key(raw);
    if (!w) continue;
    if (/^[وفبلك]ال/.test(w)) w = w.slice(1);
    else if (/^[وف]?لل/.test(w)) w = w.replace(/^[وف]?ل/, 'ا');
    if (w.startsWith('ال') && w.length > 4) w = w.slice(2);
    else if (/^[وفبل]/.test(w) && w.length > 4) w = w.slice(1);
    if (w.length < 2 || GENERIC.has(w) || GENERIC.has('ال' + w)) continue;
    out.add(w);
  }
  return out;
}

export function sameSpeaker(q: Quote, entities: readonly Entity[], goldSpeaker: string, goldEn: string | null): boolean {
  const ent = q.speaker ? entities.find((e) => e.id === q.speaker) : undefined;
  if (ent && goldEn && (ent.nameEn?.toLowerCase() === goldEn.toLowerCase() || (ent.kbId && ent.kbId === goldEn))) return true;
  const surfaces = [q.speakerText ?? '', ...(ent ? [ent.name, ...ent.mentions.map((m) => m.text)] : [])];
  const gold = speakerWords(goldSpeaker);
  if (gold.size === 0) {
    // A gold speaker of generic words only ("المرصد", "الوزارة"): compare whole strings.
    return surfaces.some((s) => s && key(s).includes(key(goldSpeaker)));
  }
  return surfaces.some((s) => [...speakerWords(s)].some((w) => gold.has(w)));
}

/**
 * Where the gold content starts: its first occurrence in the body with the
 * gold cue shortly before it (else its first occurrence in the body, else in
 * the title). No-break spaces count as spaces.
 */
function locate(text: string, needle: string, cue: string, bodyStart: number, inTitle: boolean): number {
  const hay = text.replace(/\u00a0/g, ' ');
  if (inTitle) return hay.slice(0, bodyStart).indexOf(needle);
  const all: number[] = [];
  for (let at = hay.indexOf(needle, bodyStart); at >= 0; at = hay.indexOf(needle, at + 1)) all.push(at);
  if (all.length === 0) return hay.indexOf(needle);
  if (cue === ':') return all[0]!;
  // The cue before the content (قال X إن ...), else after it (... بحسب X).
  return (
    all.find((at) => hay.slice(Math.max(0, at - CUE_REACH), at).includes(cue)) ??
    all.find((at) => hay.slice(at, at + CUE_REACH).includes(cue)) ??
    all[0]!
  );
}

/** How far before its content a gold cue may stand. */
const CUE_REACH = 400;

/** Scores one article's quotes; adds into `score`. */
export function scoreArticle(
  score: QuoteScore,
  gold: GoldArticle,
  text: string,
  bodyStart: number,
  quotes: readonly Quote[],
  entities: readonly Entity[],
): void {
  const used = new Set<number>();
  score.gold += gold.quotes.length;
  score.predicted += quotes.length;
  for (const row of gold.quotes) {
    const [speaker, speakerEn, cue, content, direct, where] = row;
    const pos = locate(text, content, cue, bodyStart, where === 'T');
    if (pos < 0) {
      score.misses.push(`${gold.article}: gold content not in text: ${content}`);
      continue;
    }
    // The gold cue: its nearest occurrence before the content.
    let cuePos = -1;
    if (cue !== ':') {
      const before = text.lastIndexOf(cue, pos);
      if (before >= 0 && pos - before < CUE_REACH) cuePos = before;
    }
    let best = -1;
    for (let i = 0; i < quotes.length; i++) {
      if (used.has(i)) continue;
      const q = quotes[i]!;
      const byStart = Math.abs(q.start - pos) <= START_SLACK || (q.start <= pos && pos < q.end && pos - q.start <= START_SLACK * 3);
      const byCue = cuePos >= 0 && q.cue.start <= cuePos + cue.length && cuePos <= q.cue.end;
      if (byStart || byCue) {
        best = i;
        if (byStart && byCue) break;
      }
    }
    if (best < 0) {
      score.misses.push(`${gold.article}: [${cue}] ${speaker} | ${content}`);
      continue;
    }
    used.add(best);
    score.found++;
    const q = quotes[best]!;
    if ((direct === 'D') === q.direct) score.rightDirect++;
    if (sameSpeaker(q, entities, speaker, speakerEn)) score.rightSpeaker++;
    else score.wrongSpeakers.push(`${gold.article}: [${cue}] gold ${speaker} / got ${q.speakerText ?? '∅'} | ${content}`);
  }
  score.matchedPredicted += used.size;
  quotes.forEach((q, i) => {
    if (!used.has(i)) score.spurious.push(`${gold.article}: [${q.cue.text}] ${q.speakerText ?? '∅'} | ${q.text.slice(0, 60)}`);
  });
}

export function emptyScore(): QuoteScore {
  return { gold: 0, predicted: 0, found: 0, rightSpeaker: 0, matchedPredicted: 0, rightDirect: 0, misses: [], wrongSpeakers: [], spurious: [] };
}
