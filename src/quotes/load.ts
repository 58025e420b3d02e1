/**
 * Reads the reporting-cue lexicon (data/quotes/cues.json). Node only: the
 * stage itself receives the built lexicon through `Resources`.
 */
import { readDataFile, DATA_DIR } from '../resources/load.ts';
import { RasdError } from '../core/errors.ts';
import { buildQuoteLexicon, type QuoteCueData, type QuoteLexicon } from './lexicon.ts';

export const QUOTE_CUES_FILE = 'quotes/cues.json';

export function loadQuoteLexicon(dataDir = DATA_DIR): QuoteLexicon {
  let data: QuoteCueData;
  try {
    data = JSON.parse(readDataFile(QUOTE_CUES_FILE, dataDir)) as QuoteCueData;
  } catch (err) {
    if (err instanceof RasdError) throw err;
    throw new RasdError('RASD_E008', `cannot parse ${QUOTE_CUES_FILE}: ${(err as Error).message}`);
  }
  if (!Array.isArray(data.verbs) || data.verbs.length === 0) throw new RasdError('RASD_E008', `${QUOTE_CUES_FILE} has no verbs`);
  return buildQuoteLexicon(data);
}
