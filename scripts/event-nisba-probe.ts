/**
 * Finds verbal nouns of attack, threat, support or sanction followed by a nationality/group adjective (قصف إسرائيلي،
 * غارات روسية، تهديدات عسكرية روسية، هجوم حوثي) in a stride of the unlabelled corpus (gold and reserved articles
 * skipped) and prints, for each, the events coded on that noun: for measuring how often such phrases give no event or
 * the wrong sides. Its output holds article text, so it stays on the machine.
 *
 *   npx tsx scripts/event-nisba-probe.ts --from 1 --to 17537 --every 40 [--exclude-file scripts/reserved-articles.txt]
 */
import { loadResources } from '../src/resources/load.ts';
import { buildStages, createAnalyzer } from '../src/analyzer.ts';
import { toTriples } from '../src/events/eval.ts';
import { corpusLineRange, corpusRangeFlags } from './corpus-pool.ts';

const { from, to, every, exclude } = corpusRangeFlags();
const resources = loadResources();
const analyzer = createAnalyzer(resources, buildStages(resources));
const NOUN = '(?:[وفب]?(?:ال|لل)?)(?:قصف|غارة|غارات|هجوم|هجمات|عقوبات|تهديد|تهديدات|دعم|عدوان|تدخل|اعتداء|اعتداءات|ضربة|ضربات|حصار|احتلال|انتهاكات|انتهاك|تصعيد|استهداف)[اًا]?';
const ADJ = '(?:ال)?[\\u0621-\\u064A]{2,}(?:ي|ية|يا|يين|يون)';
const re = new RegExp(`(?<![\\u0621-\\u064A])(${NOUN})\\s+(?:(?:ال)?(?:عسكري|عسكرية|جوي|جوية|صاروخي|صاروخية|بري|برية|مكثف|مكثفة|جديد|جديدة|جديدا)[اة]?\\s+)?(${ADJ})(?![\\u0621-\\u064A])`, 'g');
for await (const { id, article } of corpusLineRange({ from, to, every, exclude })) {
  const a = analyzer.analyzeArticle(article);
  const text = a.document.text;
  for (const m of text.matchAll(re)) {
    const start = m.index!;
    const end = start + m[1]!.length;
    const evs = a.events.filter((ev) => ev.trigger.start < end && ev.trigger.end > start);
    const ts = evs.map((ev) => { const t = toTriples([ev], a.entities)[0]; return t ? `${t.plover} ${t.source ?? '-'}>${t.target ?? '-'}` : `${ev.plover} ?`; });
    const ctx = text.slice(Math.max(0, start - 40), Math.min(text.length, start + 90)).replace(/\s+/g, ' ');
    console.log(`${id}\t${m[1]} ${m[2]}\t${ts.join('; ') || 'NONE'}\t${ctx}`);
  }
}
