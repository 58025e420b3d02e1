/**
 * Loads rasd's resources from the data folder (Node). Resources are data
 * files listed in data/manifest.json; they are read once per process.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { RasdError } from '../core/errors.ts';
import { parseWordFrequencies } from '../text/clitics.ts';
import type { Resources } from '../analyzer.ts';
import { loadKnowledgeBase } from './kb.ts';
import { parseTimeLexicon } from '../time/lexicon.ts';
import { compileLexicon, type CameoTable, type EventLexiconData } from '../events/lexicon.ts';
import { parseSideModel } from '../events/side-model.ts';
import { addDescriptions, type DescriptionData } from '../events/descriptions.ts';
import { loadNerAutoLexicon, loadNerResources } from './ner.ts';
import { buildQuoteLexicon, type QuoteCueData } from '../quotes/lexicon.ts';
import { buildStateOrganTable, type StateOrganData } from '../resolve/state-organs.ts';
import { tuneJit } from './jit.ts';
import { analysisRevision } from './revision.ts';

export const DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));

export function readDataFile(relative: string, dataDir = DATA_DIR): string {
  try {
    return readFileSync(join(dataDir, relative), 'utf8');
  } catch (err) {
    throw new RasdError('RASD_E008', `cannot read resource ${relative}: ${(err as Error).message}`);
  }
}

let cached: Resources | null = null;
let cachedWordFrequencies: Resources['wordFrequencies'] | null = null;

/**
 * The corpus word frequencies alone (what the clitic segmenter needs: the
 * stores' search index, the server), without the models and lexicons of the
 * whole pipeline; the same object loadResources() holds.
 */
export function loadWordFrequencies(dataDir = DATA_DIR): Resources['wordFrequencies'] {
  if (dataDir !== DATA_DIR) return parseWordFrequencies(readDataFile('lexicon/word-freq.tsv', dataDir));
  return (cachedWordFrequencies ??= parseWordFrequencies(readDataFile('lexicon/word-freq.tsv', dataDir)));
}

export function loadResources(dataDir = DATA_DIR): Resources {
  // every Node process that analyzes comes through here before its first article
  tuneJit();
  if (cached && dataDir === DATA_DIR) return cached;
  const resources: Resources = {
    wordFrequencies: loadWordFrequencies(dataDir),
    kb: loadKnowledgeBase(join(dataDir, 'kb')),
    timeLexicon: parseTimeLexicon(readDataFile('time/lexicon.json', dataDir)),
    eventLexicon: compileLexicon(
      JSON.parse(readDataFile('events/lexicon.json', dataDir)) as EventLexiconData,
      JSON.parse(readDataFile('events/cameo.json', dataDir)) as CameoTable,
      JSON.parse(readDataFile('events/grammar.json', dataDir)),
    ),
    ner: loadNerResources(dataDir),
    stateOrgans: buildStateOrganTable(JSON.parse(readDataFile('quotes/state-organs.json', dataDir)) as StateOrganData),
    quoteCues: buildQuoteLexicon(JSON.parse(readDataFile('quotes/cues.json', dataDir)) as QuoteCueData, JSON.parse(readDataFile('quotes/grammar.json', dataDir))),
  };
  resources.eventLexicon.sideModel = parseSideModel(JSON.parse(readDataFile('events/side-model.json', dataDir)));
  addDescriptions(resources.eventLexicon, JSON.parse(readDataFile('events/descriptions.json', dataDir)) as DescriptionData, resources.kb.countries, resources.kb.places.flatMap((p) => p.ar));
  resources.nameEvidence = resources.ner?.autoLexicon ?? loadNerAutoLexicon(dataDir);
  resources.revision = analysisRevision(dataDir);
  if (dataDir === DATA_DIR) cached = resources;
  return resources;
}
