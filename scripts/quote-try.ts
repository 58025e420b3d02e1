/**
 * (quotes20) Runs the analyzer (without events) on a sentence given on the command line and prints its quotes (cue,
 * speaker text, speaker entity, direct or not, content): how a rule is tried on a sentence written for it.
 *
 *   npx tsx scripts/quote-try.ts 'وقال الوزير إن ...'
 */
import { loadResources } from '../src/resources/load.ts';
import { buildStages, createAnalyzer } from '../src/analyzer.ts';

const resources = loadResources();
const analyzer = createAnalyzer(resources, buildStages(resources).filter((s) => !s.id.startsWith('events')));
const text = process.argv.slice(2).join(' ');
const a = analyzer.analyzeArticle({ text });
for (const q of a.quotes) {
  const e = q.speaker ? a.entities.find((x) => x.id === q.speaker) : undefined;
  console.log(`[${q.cue.text}] ${q.speakerText ?? '∅'} → ${e ? `${e.nameEn ?? e.name} <${e.kbId}>` : '∅'} ${q.direct ? 'D' : 'I'} | ${q.text.slice(0, 60)}`);
}
