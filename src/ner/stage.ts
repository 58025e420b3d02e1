/**
 * The NER stage (ner.v1): tags each sentence's tokens with the trained model
 * and emits typed mentions. Tokens are orthographic words with clitics
 * attached (as in ANERcorp); a mention starts after its first word's
 * one-letter proclitics (in "وبوتين" the mention is "بوتين").
 */
import type { Doc } from '../core/document.ts';
import type { EntityType } from '../core/analysis.ts';
import type { NerMention, Stage } from '../core/stage.ts';
import type { Segmentation } from '../text/clitics.ts';
import { beginTag, runEnd, TAGS, type NerModel } from './model.ts';
import type { AutoLexicon, FeatureResources } from './features.ts';
import { createTagger, type NerTagger } from './tagger.ts';
import type { WordFrequencies } from '../text/clitics.ts';
import { createNameFilter, DEFAULT_NAME_FILTER, type NameFilterOptions, type PlaceContext } from './name-filter.ts';
import { createSpanGuard } from './span-guard.ts';
import { createMentionStart } from './mention-start.ts';
import { combineTags, createListedName, type EnsembleRule } from './ensemble.ts';

/**
 * The loaded NER resources: the model and the data files its features read (those of `FeatureResources` but the
 * segmenter, which the stage is given), plus the post-filter's corpus counts.
 */
export interface NerResources extends Omit<FeatureResources, 'segment'> {
  model: NerModel;
  /** Corpus word counts for the post-filter of common words and leading verbs (src/ner/name-filter.ts); absent: no filter. */
  commonWords?: WordFrequencies;
  /** false: no guard against splitting a listed multi-word name (src/ner/span-guard.ts); on by default. */
  spanGuard?: boolean;
  /**
   * Words' sightings inside names (data/ner/auto-lexicon.tsv, Resources.nameEvidence) for the mention start
   * (src/ner/mention-start.ts); absent: the lists alone.
   */
  nameEvidence?: AutoLexicon;
  /** false: a mention starts after its first word's one-letter proclitics as the segmenter reads them (ner12's rule off). */
  mentionStart?: boolean;
  /** data/ner/place-context.json for the post-filter (ner13). */
  placeContext?: PlaceContext;
  /** Settings of the post-filter (ner13's rules switched off for comparisons: RASD_NER_FILTER_OFF). */
  nameFilterOptions?: Partial<NameFilterOptions>;
  /**
   * A second model run beside `model` (branch ner14, src/ner/ensemble.ts): its chunks are the ensemble's *main* ones
   * and `model`'s the *other*, combined by `rule` before the span guard and the post-filter. It reads the same data
   * files (its vectors among them, when it was trained with `--dense`).
   */
  ensemble?: { model: NerModel; rule: EnsembleRule };
}

const TYPE: Record<string, EntityType> = { PERS: 'PER', LOC: 'LOC', ORG: 'ORG', MISC: 'MISC' };

export function createNerTagger(ner: NerResources, segment: (word: string) => Segmentation): NerTagger {
  return createTagger(ner.model, { ...ner, segment });
}

/** Token index ranges [first, end) of the document's sentences. */
function sentenceTokenRanges(doc: Doc): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const tokens = doc.tokens;
  let t = 0;
  for (const s of doc.sentences) {
    while (t < tokens.length && tokens[t]!.end <= s.start) t++;
    const first = t;
    while (t < tokens.length && tokens[t]!.start < s.end) t++;
    if (t > first) ranges.push([first, t]);
  }
  if (t < tokens.length) ranges.push([t, tokens.length]);
  return ranges;
}

export function createNerStage(ner: NerResources, segment: (word: string) => Segmentation): Stage<'nerMentions'> {
  const tagger = createNerTagger(ner, segment);
  const ensemble = ner.ensemble
    ? { tagger: createTagger(ner.ensemble.model, { ...ner, segment }), rule: ner.ensemble.rule, listed: createListedName(ner.lexicon, segment) }
    : null;
  // the low-share test's sightings inside names: the model's auto-lexicon, else the one the analyzer passes (ner13)
  const filter = ner.commonWords
    ? createNameFilter(ner.commonWords, ner.autoLexicon, segment, ner.lexicon, { ...DEFAULT_NAME_FILTER, ...ner.nameFilterOptions }, {
        sightings: ner.autoLexicon ?? ner.nameEvidence,
        placeContext: ner.placeContext,
      })
    : null;
  const guard = ner.spanGuard === false ? null : createSpanGuard(ner.lexicon, segment);
  const startIn = ner.mentionStart === false ? (_w: string, seg: Segmentation) => seg.baseStart : createMentionStart(ner.lexicon, ner.nameEvidence);
  return {
    id: 'ner.v1',
    requires: [],
    assigns: 'nerMentions',
    run(doc: Doc): NerMention[] {
      const mentions: NerMention[] = [];
      const ranges = sentenceTokenRanges(doc);
      const sentences = ranges.map(([first, end]) => {
        const words: string[] = [];
        for (let i = first; i < end; i++) words.push(doc.tokens[i]!.text);
        return words;
      });
      // The whole document at once: names tagged in one sentence inform the others.
      let tagged = tagger.tagDocument(sentences);
      if (ensemble) {
        const main = ensemble.tagger.tagDocument(sentences);
        tagged = main.map((tags, r) => combineTags(tags, tagged[r]!, ensemble.rule, ensemble.listed(sentences[r]!)));
      }
      if (guard) for (let r = 0; r < tagged.length; r++) guard.apply(sentences[r]!, tagged[r]!);
      if (filter) for (let r = 0; r < tagged.length; r++) filter.apply(sentences[r]!, tagged[r]!);
      for (let r = 0; r < ranges.length; r++) {
        const [first] = ranges[r]!;
        const tags = tagged[r]!;
        for (let i = 0; i < tags.length; ) {
          if (TAGS[tags[i]!] === 'O') {
            i++;
            continue;
          }
          const b = beginTag(tags[i]!);
          const type = TAGS[b]!.slice(2);
          const j = runEnd(tags, i + 1, b + 1);
          const startToken = first + i;
          const endToken = first + j;
          const start = doc.tokens[startToken]!.start + startIn(doc.tokens[startToken]!.text, doc.segment(startToken));
          const stop = doc.tokens[endToken - 1]!.end;
          mentions.push({ start, end: stop, text: doc.text.slice(start, stop), type: TYPE[type]!, tokenStart: startToken, tokenEnd: endToken });
          i = j;
        }
      }
      return mentions;
    },
  };
}
