/**
 * (quotes28) Quotes whose speaker words hold a title or office word followed by words no entity mention covers (a name
 * the recognizer did not tag: "وزير العدل البلجيكي كون غينز"), with the speaker entity the stage gave: how often the
 * title's entity, a KB holder or nothing speaks for an untagged name. Skips gold and reserved articles
 * (corpusLineRange). Prints article text excerpts for a reader, writes nothing.
 *
 *   nice -n 10 npx tsx scripts/quote-title-name-probe.ts --from 1 --to 17537 --every 10 [--show 60]
 */
import { createAnalyzer, buildStages } from '../src/analyzer.ts';
import { loadResources } from '../src/resources/load.ts';
import { corpusLineRange, corpusRangeFlags } from './corpus-pool.ts';

const { from, to, every, exclude } = corpusRangeFlags();
const resources = loadResources();
const analyzer = createAnalyzer(resources, buildStages(resources).filter((s) => !s.id.startsWith('events')));
const kinds = new Map<string, number>();
const shown: string[] = [];
let articles = 0;
let quotes = 0;
for await (const { id, article } of corpusLineRange({ from, to, every, exclude })) {
  articles++;
  const a = analyzer.analyzeArticle(article);
  const text = a.document.text;
  for (const q of a.quotes) {
    quotes++;
    if (!q.speakerText) continue;
    const at = text.lastIndexOf(q.speakerText, q.cue.start + 400);
    if (at < 0) continue;
    const end = at + q.speakerText.length;
    const ms = a.entities.flatMap((e) => e.mentions.filter((m) => m.start >= at && m.end <= end).map((m) => ({ ...m, e })));
    const title = ms.filter((m) => m.kind === 'title' && m.e.type === 'PER').sort((x, y) => y.end - x.end)[0];
    if (!title) continue;
    const after = text.slice(title.end, end).split(/[،,]/)[0]!.trim();
    const words = after.split(/\s+/).filter(Boolean);
    if (words.length < 2 || words.length > 3) continue;
    if (ms.some((m) => m.start >= title.end && m.kind === 'name')) continue;
    if (words.some((w) => /^(ال|لل)/.test(w) || /^(في|من|على|عن|إلى|الى|مع|لدى|و)$/.test(w) || /^[،,.:"«»]/.test(w))) continue;
    const sp = q.speaker ? a.entities.find((e) => e.id === q.speaker) : undefined;
    const kind = !sp ? 'none' : sp === title.e ? (sp.kbId && !sp.kbId.startsWith('x:') ? 'title holder (KB)' : 'title entity (x:)') : 'other';
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    shown.push(`${kind}\t${id}@${q.cue.start} [${q.cue.text}] ${q.speakerText} → ${sp ? `${sp.nameEn ?? sp.name} <${sp.kbId}>` : '∅'} | untagged: ${after}`);
  }
}
console.log(shown.join('\n'));
console.log(`${articles} articles, ${quotes} quotes;`, Object.fromEntries(kinds));
