/**
 * Reads the reporting-cue lexicon (data/quotes/cues.json) and the quote stage's word lists (data/quotes/grammar.json).
 * Node only: the stage itself receives the built lexicon through `Resources`.
 */
import { readDataFile, DATA_DIR } from './load.ts';
import { RasdError } from '../core/errors.ts';
import { buildQuoteLexicon, type QuoteCueData, type QuoteLexicon } from '../quotes/lexicon.ts';

export const QUOTE_CUES_FILE = 'quotes/cues.json';
export const QUOTE_GRAMMAR_FILE = 'quotes/grammar.json';

function parse(file: string, dataDir: string): unknown {
  try {
    return JSON.parse(readDataFile(file, dataDir));
  } catch (err) {
    if (err instanceof RasdError) throw err;
    throw new RasdError('RASD_E008', `cannot parse ${file}: ${(err as Error).message}`);
  }
}

/** Builds the lexicon from the two files' parsed JSON; a malformed grammar section is a RASD_E008 naming the section. */
export function quoteLexiconFrom(cues: unknown, grammar: unknown): QuoteLexicon {
  const data = cues as QuoteCueData;
  if (!data || !Array.isArray(data.verbs) || data.verbs.length === 0) throw new RasdError('RASD_E008', `${QUOTE_CUES_FILE} has no verbs`);
  return buildQuoteLexicon(data, grammar);
}

export function loadQuoteLexicon(dataDir = DATA_DIR): QuoteLexicon {
  return quoteLexiconFrom(parse(QUOTE_CUES_FILE, dataDir), parse(QUOTE_GRAMMAR_FILE, dataDir));
}
