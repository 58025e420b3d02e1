/**
 * Scores found quotes against hand-annotated gold (test/gold/quotes/): a gold
 * quote is found when a quote has its cue at the gold cue's position or starts
 * (within a few characters) where the gold content starts.
 *
 * The speaker is right (the main figure) when the quote's speaker entity is the
 * gold speaker: same kbId, or same English name (case, accents, "al-" and
 * hyphens folded). An entity the resolver could not link (no kbId, or an "x:"
 * id of a name the KB lacks, whose English name is a transliteration) is compared by its Arabic words with the gold speaker's, but only when
 * the gold speaker is not in the knowledge base either. An anonymous gold
 * speaker (speakerEn null) is right when the quote has no speaker entity and
 * its speakerText shares a content word with the gold words. The old surface
 * check (speakerText or the entity's mentions share a content word with the
 * gold speaker, whatever the entity) is kept as a second figure.
 */
import type { Entity, Quote } from '../core/analysis.ts';
import { normalize } from '../text/normalize.ts';

/** [speaker, speakerEn, cue, contentStart, "D"|"I", "T"?] */
export type GoldQuoteRow = [string, string | null, string, string, 'D' | 'I', ('T' | undefined)?];

export interface GoldArticle {
  /** Path of an article file ("../shared/data/news/ant-dev/..."); or, for an article of a JSON Lines corpus, `corpus` and `id`. */
  article?: string;
  /** A JSON Lines corpus ("../shared/data/news/ant-corpus.jsonl.gz") holding the article whose `id` is given. */
  corpus?: string;
  id?: string;
  /** "dev" (rules were tuned on it), "dev2"/"dev3" (measured before tuning, then tuned on), "heldout" or "corpus1" (only measured). */
  split?: 'dev' | 'dev2' | 'dev3' | 'dev4' | 'dev5' | 'heldout' | 'corpus1';
  quotes: GoldQuoteRow[];
  /** Gold English name → its knowledge-base id(s), for speakers the KB has. */
  kb?: Record<string, string | string[]>;
}

export interface QuoteScore {
  gold: number;
  predicted: number;
  found: number;
  rightSpeaker: number;
  /** The old surface comparison (see above), for reference. */
  rightSpeakerSurface: number;
  /** Predicted quotes that match some gold quote. */
  matchedPredicted: number;
  rightDirect: number;
  misses: string[];
  wrongSpeakers: string[];
  spurious: string[];
}

/** How a gold line names its article in lists: its path, or corpus#id. */
export function goldName(gold: GoldArticle): string {
  return gold.article ?? `${gold.corpus ?? '?'}#${gold.id ?? '?'}`;
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

/** Surface check: the quote's words or its entity's mentions share a content word with the gold speaker's. */
export function sameSpeakerSurface(q: Quote, entities: readonly Entity[], goldSpeaker: string): boolean {
  const ent = q.speaker ? entities.find((e) => e.id === q.speaker) : undefined;
  const surfaces = [q.speakerText ?? '', ...(ent ? [ent.name, ...ent.mentions.map((m) => m.text)] : [])];
  return surfacesMatch(surfaces, goldSpeaker);
}

function surfacesMatch(surfaces: readonly string[], goldSpeaker: string): boolean {
  const gold = speakerWords(goldSpeaker);
  if (gold.size === 0) {
    // A gold speaker of generic words only ("المرصد", "الوزارة"): compare whole strings.
    return surfaces.some((s) => s && key(s).includes(key(goldSpeaker)));
  }
  return surfaces.some((s) => [...speakerWords(s)].some((w) => gold.has(w)));
}

/** English names compared: case, accents, "al-"/"el-", hyphens, apostrophes and a leading "the" folded. */
export function englishKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/-/g, ' ')
    .replace(/\b(al|el|the)\s+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Entity check (see the file comment). `goldKb`: the gold speaker's KB ids
 * (empty when the KB lacks it).
 */
export function sameSpeaker(
  q: Quote,
  entities: readonly Entity[],
  goldSpeaker: string,
  goldEn: string | null,
  goldKb: readonly string[] = [],
  goldWritten: readonly string[] = [goldSpeaker],
): boolean {
  const ent = q.speaker ? entities.find((e) => e.id === q.speaker) : undefined;
  if (goldEn === null) return !ent && !!q.speakerText && surfacesMatch([q.speakerText], goldSpeaker);
  if (!ent) return false;
  if (ent.kbId && goldKb.includes(ent.kbId)) return true;
  if (ent.nameEn && englishKey(ent.nameEn) === englishKey(goldEn)) return true;
  // An entity the KB does not know (no kbId, or a document-local "x:" id with a transliterated name).
  const unlinked = !ent.kbId || ent.kbId.startsWith('x:');
  if (unlinked && goldKb.length === 0) return goldWritten.some((g) => surfacesMatch([ent.name, ...ent.mentions.map((m) => m.text)], g));
  return false;
}

/**
 * Where the gold content starts: its first occurrence in the body with the
 * gold cue shortly before it (else its first occurrence in the body, else in
 * the title). No-break spaces count as spaces.
 */
function locate(text: string, needle: string, cue: string, bodyStart: number, inTitle: boolean, taken: ReadonlySet<number> = new Set()): number {
  const hay = text.replace(/\u00a0/g, ' ');
  if (inTitle) return hay.slice(0, bodyStart).indexOf(needle);
  const found: number[] = [];
  for (let at = hay.indexOf(needle, bodyStart); at >= 0; at = hay.indexOf(needle, at + 1)) found.push(at);
  if (found.length === 0) return hay.indexOf(needle);
  // A statement the article repeats word for word (in the lead and again in the body) is two gold rows: the second
  // row takes an occurrence the first did not.
  const free = found.filter((at) => !taken.has(at));
  const all = free.length > 0 ? free : found;
  if (cue === ':') return all[0]!;
  // The cue before the content (قال X إن ...), else after it (... بحسب X), in the same paragraph: the same words
  // may open the next paragraph (a quotation repeating the sentence before it, whose attribution ends that sentence).
  const before = (at: number) => hay.slice(Math.max(0, at - CUE_REACH), at).split('\n').pop()!;
  const after = (at: number) => hay.slice(at, at + CUE_REACH).split('\n')[0]!;
  return (
    all.find((at) => before(at).includes(cue)) ??
    all.find((at) => after(at).includes(cue)) ??
    all.find((at) => hay.slice(Math.max(0, at - CUE_REACH), at).includes(cue)) ??
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
  /** Where earlier gold rows of this article were placed (locate). */
  const placed = new Set<number>();
  score.gold += gold.quotes.length;
  score.predicted += quotes.length;
  for (const row of gold.quotes) {
    const [speaker, speakerEn, cue, content, direct, where] = row;
    const pos = locate(text, content, cue, bodyStart, where === 'T', placed);
    if (pos < 0) {
      score.misses.push(`${goldName(gold)}: gold content not in text: ${content}`);
      continue;
    }
    placed.add(pos);
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
      score.misses.push(`${goldName(gold)}: [${cue}] ${speaker} | ${content}`);
      continue;
    }
    used.add(best);
    score.found++;
    const q = quotes[best]!;
    if ((direct === 'D') === q.direct) score.rightDirect++;
    const kbIds = speakerEn ? [gold.kb?.[speakerEn] ?? []].flat() : [];
    if (sameSpeakerSurface(q, entities, speaker)) score.rightSpeakerSurface++;
    const written = speakerEn ? gold.quotes.filter((r) => r[1] === speakerEn).map((r) => r[0]) : [speaker];
    if (sameSpeaker(q, entities, speaker, speakerEn, kbIds, written)) score.rightSpeaker++;
    else {
      const ent = q.speaker ? entities.find((e) => e.id === q.speaker) : undefined;
      const got = ent ? `${ent.nameEn ?? ent.name}${ent.kbId ? ` <${ent.kbId}>` : ''}` : 'no entity';
      score.wrongSpeakers.push(`${goldName(gold)}: [${cue}] gold ${speaker} (${speakerEn ?? 'anonymous'}) / got ${q.speakerText ?? '∅'} → ${got} | ${content}`);
    }
  }
  score.matchedPredicted += used.size;
  quotes.forEach((q, i) => {
    if (!used.has(i)) score.spurious.push(`${goldName(gold)}: [${q.cue.text}] ${q.speakerText ?? '∅'} | ${q.text.slice(0, 60)}`);
  });
}

export function emptyScore(): QuoteScore {
  return { gold: 0, predicted: 0, found: 0, rightSpeaker: 0, rightSpeakerSurface: 0, matchedPredicted: 0, rightDirect: 0, misses: [], wrongSpeakers: [], spurious: [] };
}

export function addScore(into: QuoteScore, s: QuoteScore): void {
  into.gold += s.gold;
  into.predicted += s.predicted;
  into.found += s.found;
  into.rightSpeaker += s.rightSpeaker;
  into.rightSpeakerSurface += s.rightSpeakerSurface;
  into.matchedPredicted += s.matchedPredicted;
  into.rightDirect += s.rightDirect;
  into.misses.push(...s.misses);
  into.wrongSpeakers.push(...s.wrongSpeakers);
  into.spurious.push(...s.spurious);
}
