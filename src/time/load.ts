/** Reads the time lexicon from data/time/lexicon.json (Node only). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseTimeLexicon, type TimeLexicon } from './lexicon.ts';

export const TIME_LEXICON_PATH = fileURLToPath(new URL('../../data/time/lexicon.json', import.meta.url));

let cached: TimeLexicon | null = null;

export function loadTimeLexicon(path = TIME_LEXICON_PATH): TimeLexicon {
  if (path === TIME_LEXICON_PATH && cached) return cached;
  const lexicon = parseTimeLexicon(readFileSync(path, 'utf8'));
  if (path === TIME_LEXICON_PATH) cached = lexicon;
  return lexicon;
}
