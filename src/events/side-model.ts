/**
 * (events37) A learned side picker for a trigger whose rules found one side and not the other (docs/events.md,
 * "Fifteenth session: a learned side picker (events37)"). The event stage (src/events/stage.ts, next to the second side
 * pass `secondSide`) lists the candidate actors of such a firing (the coded actors of its sentence, of the sentence
 * before and of the headline, one per scored country, nearest first) and describes each by plain facts
 * ({@link CandidateFacts}); this module turns the facts into named binary features, scores them with a logistic
 * regression whose weights are data (data/events/side-model.json, {@link parseSideModel}), and picks the best candidate
 * when its probability reaches the model's threshold ("none" otherwise). The weights are trained by
 * scripts/event-side-model.ts on the read gold sets ({@link trainLogistic}: plain stochastic gradient descent with L2,
 * a fixed seed), which also runs the leave-one-set-out cross-validation that decides whether the picker is on.
 */

import { seededRandom } from '../core/seeded-random.ts';

/** What the stage knows about one candidate for the missing side of one firing. */
export interface CandidateFacts {
  /** The side the candidate would fill. */
  role: 'source' | 'target';
  /** The trigger's PLOVER type, whether it is a verb, passive, its pronoun suffix (m, f, p) and whether a quote holds it. */
  plover: string;
  isVerb: boolean;
  passive: boolean;
  enclitic: 'm' | 'f' | 'p' | null;
  inQuote: boolean;
  /** Where the candidate's mention stands: the trigger's sentence, the sentence before, or only the headline. */
  where: 'sentence' | 'previous' | 'headline';
  /** In the trigger's sentence: before the trigger, and how many tokens lie between. */
  before: boolean;
  distance: number;
  /** Between the trigger and the candidate (same sentence): a comma; a clause boundary or complementizer; another trigger word. */
  commaBetween: boolean;
  clauseBetween: boolean;
  triggerBetween: boolean;
  /** The candidate's preposition ("" none, a word, or a clitic such as "ل-"), and whether the entry takes its target through it. */
  prep: string;
  prepAccepted: boolean;
  /** The candidate is the first actor of its sentence. */
  firstActor: boolean;
  /** The candidate's and the found side's kinds ({@link actorKind}). */
  kind: string;
  foundKind: string;
  /** The candidate is the speaker of the quote that holds the trigger. */
  speaker: boolean;
  /** The rank of the candidate's country among the article's countries by sentences naming them (1 = most), and that count. */
  rank: number;
  sentences: number;
  /** The candidate's country is named in the headline. */
  inHeadline: boolean;
  /** An event between the found side's country and the candidate's was coded earlier in the article (either direction). */
  pairSeen: boolean;
  /** Another candidate country stands nearer the trigger in its sentence. */
  nearerOther: boolean;
  /** The found side's country's rank (as `rank`), how many candidates the firing has, the trigger's sentence index. */
  foundRank: number;
  candidates: number;
  sentenceIndex: number;
  /** An event of the trigger's type between the two countries was coded earlier in the article. */
  pairSameType: boolean;
  /** The lexicon entry's id (optional: features of the entry only when given). */
  entry?: string;
}

/** A coarse kind of actor from an entity's type and codes: state, place, person, gov, mil, reb, igo, org, people. */
export function actorKind(type: string, actor: string | null, country: string | null, mentionKind: string): string {
  if (mentionKind === 'demonym' || mentionKind === 'people') return 'people';
  if (country === 'IGO' || actor === 'IGO' || (actor ?? '').startsWith('IGO')) return 'igo';
  if (type === 'PER') return 'person';
  const code = actor ?? country ?? '';
  if (code.length > 3) {
    const tail = code.slice(3);
    if (tail.startsWith('GOV')) return 'gov';
    if (tail.startsWith('MIL') || tail.startsWith('COP')) return 'mil';
    if (tail.startsWith('REB') || tail.startsWith('INS')) return 'reb';
    return 'org';
  }
  if (type === 'LOC') return actor && actor === country ? 'state' : 'place';
  return 'org';
}

/** For scripts/event-side-model.ts: whether features of the lexicon entry are made (a measured variant, off). */
export const ENTRY_FEATURES = { on: false };

const bucket = (d: number) => (d <= 1 ? '1' : d <= 3 ? '2-3' : d <= 6 ? '4-6' : d <= 10 ? '7-10' : d <= 20 ? '11-20' : '21+');

/** The named binary features of one candidate (the model's vocabulary; no article text). */
export function candidateFeatures(f: CandidateFacts): string[] {
  const r = f.role;
  const out: string[] = [`role=${r}`, `role=${r}|verb=${f.isVerb}`, `type=${f.plover}|role=${r}`, `where=${f.where}|role=${r}`, `kind=${f.kind}|role=${r}`, `found=${f.foundKind}|role=${r}`, `kind=${f.kind}|found=${f.foundKind}`, `rank=${Math.min(f.rank, 4)}`, `rank=${Math.min(f.rank, 4)}|where=${f.where}`, `sentences=${bucket(f.sentences)}`];
  if (f.passive) out.push(`passive|role=${r}`);
  if (f.rank <= 2 && f.foundRank <= 2) out.push(`dyad|role=${r}`, `dyad|where=${f.where}`);
  out.push(`found-rank=${Math.min(f.foundRank, 4)}`, `candidates=${Math.min(f.candidates, 4)}`, `sentence=${f.sentenceIndex === 0 ? '0' : f.sentenceIndex <= 3 ? '1-3' : f.sentenceIndex <= 8 ? '4-8' : '9+'}`);
  if (f.pairSameType) out.push(`pair-same-type|role=${r}`);
  if (f.entry && ENTRY_FEATURES.on) out.push(`entry=${f.entry}|role=${r}`, `entry=${f.entry}|role=${r}|prep=${f.prep || 'none'}|where=${f.where}${f.where === 'sentence' ? (f.before ? '<' : '>') : ''}`);
  if (f.inQuote) out.push(`quote|role=${r}`);
  if (f.speaker) out.push(`speaker|role=${r}`);
  if (f.inHeadline) out.push(`headline|role=${r}`);
  if (f.pairSeen) out.push('pair', `pair|role=${r}`, `pair|where=${f.where}`);
  if (f.enclitic) out.push(`enclitic=${f.enclitic}|kind=${f.kind}|role=${r}`);
  if (f.where === 'sentence') {
    const dir = f.before ? 'before' : 'after';
    out.push(`dir=${dir}|role=${r}`, `dir=${dir}|role=${r}|verb=${f.isVerb}`, `dist=${bucket(f.distance)}|dir=${dir}`, `dist=${bucket(f.distance)}|role=${r}`);
    if (f.commaBetween) out.push(`comma|role=${r}`);
    if (f.clauseBetween) out.push(`clause|role=${r}`);
    if (f.triggerBetween) out.push(`trigger-between|role=${r}`);
    if (!f.commaBetween && !f.clauseBetween) out.push(`same-clause|dir=${dir}|role=${r}`);
    out.push(`prep=${f.prep || 'none'}|role=${r}|dir=${dir}`);
    if (f.prepAccepted) out.push(`prep-accepted|role=${r}`);
    if (f.firstActor) out.push(`first|role=${r}`);
    if (f.nearerOther) out.push(`nearer-other|role=${r}`);
  } else {
    out.push(`prep=${f.prep || 'none'}|where=${f.where}`);
    if (f.firstActor) out.push(`first|where=${f.where}|role=${r}`);
  }
  return out;
}

/** A trained model: the bias, a weight per feature (absent = 0), the probability a pick needs, and whether the stage uses it. */
export interface SideModel {
  on: boolean;
  threshold: number;
  bias: number;
  weights: Map<string, number>;
}

/** The file data/events/side-model.json as written by scripts/event-side-model.ts. */
export interface SideModelFile {
  $comment?: string;
  on: boolean;
  threshold: number;
  bias: number;
  weights: Record<string, number>;
  trained?: Record<string, unknown>;
}

/** Checks and reads data/events/side-model.json (parsed): a threshold in (0, 1), finite weights. */
export function parseSideModel(json: unknown): SideModel {
  const f = json as SideModelFile;
  if (!f || typeof f !== 'object' || typeof f.on !== 'boolean') throw new Error('side-model.json: "on" must be true or false');
  if (typeof f.threshold !== 'number' || !(f.threshold > 0 && f.threshold < 1)) throw new Error('side-model.json: "threshold" must be a number between 0 and 1');
  if (typeof f.bias !== 'number' || !Number.isFinite(f.bias)) throw new Error('side-model.json: "bias" must be a finite number');
  if (!f.weights || typeof f.weights !== 'object') throw new Error('side-model.json: "weights" must be an object');
  const weights = new Map<string, number>();
  for (const [k, v] of Object.entries(f.weights)) {
    if (typeof v !== 'number' || !Number.isFinite(v)) throw new Error(`side-model.json: weight "${k}" is not a finite number`);
    weights.set(k, v);
  }
  return { on: f.on, threshold: f.threshold, bias: f.bias, weights };
}

/** The probability the model gives a candidate (logistic of the bias plus its features' weights). */
export function candidateProbability(model: Pick<SideModel, 'bias' | 'weights'>, features: readonly string[]): number {
  let z = model.bias;
  for (const k of features) z += model.weights.get(k) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** The index of the best candidate when its probability reaches `threshold`, else -1 ("none"). */
export function pickCandidate(model: Pick<SideModel, 'bias' | 'weights'>, candidates: ReadonlyArray<readonly string[]>, threshold: number): { index: number; p: number } {
  let best = -1;
  let bestP = 0;
  candidates.forEach((c, i) => {
    const p = candidateProbability(model, c);
    if (p > bestP) [best, bestP] = [i, p];
  });
  return bestP >= threshold ? { index: best, p: bestP } : { index: -1, p: bestP };
}


/** Logistic regression by stochastic gradient descent with L2 (not on the bias), a fixed seed for the order. */
export function trainLogistic(examples: ReadonlyArray<{ features: readonly string[]; label: 0 | 1 }>, opts: { epochs?: number; rate?: number; l2?: number; seed?: number } = {}): { bias: number; weights: Map<string, number> } {
  const epochs = opts.epochs ?? 40;
  const rate0 = opts.rate ?? 0.1;
  const l2 = opts.l2 ?? 1e-3;
  const next = seededRandom(opts.seed ?? 37);
  const weights = new Map<string, number>();
  let bias = 0;
  const order = examples.map((_, i) => i);
  for (let ep = 0; ep < epochs; ep++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const rate = rate0 / (1 + ep * 0.1);
    for (const i of order) {
      const ex = examples[i]!;
      const p = candidateProbability({ bias, weights }, ex.features);
      const g = p - ex.label;
      bias -= rate * g;
      for (const k of ex.features) {
        const w = weights.get(k) ?? 0;
        weights.set(k, w - rate * (g + l2 * w));
      }
    }
  }
  return { bias, weights };
}
