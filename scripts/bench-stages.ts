/**
 * Stand-in stages for benchmarking the store while the real NER, resolution
 * and event stages are being built: a small gazetteer of well-known actors
 * (entities with kbIds, countries, CAMEO actor codes) and a trigger-word
 * event coder, enough to give the store realistic entity profiles and
 * event tables at corpus scale. Not a model of anything; loaded by
 * scripts/bench-store.ts through the worker pool's stagesModule option.
 */
import type { Entity, Event } from '../src/core/analysis.ts';
import type { Stage } from '../src/core/stage.ts';
import type { Resources } from '../src/analyzer.ts';

const GAZETTEER: Array<[string, Entity['type'], string, string, string | null, string | null]> = [
  // name, type, English, kbId, country, actor
  ['روسيا', 'LOC', 'Russia', 'Q159', 'RUS', 'RUS'],
  ['الولايات المتحدة', 'LOC', 'United States', 'Q30', 'USA', 'USA'],
  ['إيران', 'LOC', 'Iran', 'Q794', 'IRN', 'IRN'],
  ['سوريا', 'LOC', 'Syria', 'Q858', 'SYR', 'SYR'],
  ['السعودية', 'LOC', 'Saudi Arabia', 'Q851', 'SAU', 'SAU'],
  ['مصر', 'LOC', 'Egypt', 'Q79', 'EGY', 'EGY'],
  ['تركيا', 'LOC', 'Turkey', 'Q43', 'TUR', 'TUR'],
  ['إسرائيل', 'LOC', 'Israel', 'Q801', 'ISR', 'ISR'],
  ['العراق', 'LOC', 'Iraq', 'Q796', 'IRQ', 'IRQ'],
  ['قطر', 'LOC', 'Qatar', 'Q846', 'QAT', 'QAT'],
  ['بريطانيا', 'LOC', 'United Kingdom', 'Q145', 'GBR', 'GBR'],
  ['فرنسا', 'LOC', 'France', 'Q142', 'FRA', 'FRA'],
  ['الأمم المتحدة', 'ORG', 'United Nations', 'Q1065', 'IGO', 'IGOUNO'],
  ['ترامب', 'PER', 'Donald Trump', 'Q22686', 'USA', 'USAGOV'],
  ['بوتين', 'PER', 'Vladimir Putin', 'Q7747', 'RUS', 'RUSGOV'],
  ['أردوغان', 'PER', 'Recep Tayyip Erdogan', 'Q39259', 'TUR', 'TURGOV'],
  ['الأسد', 'PER', 'Bashar al-Assad', 'Q44329', 'SYR', 'SYRGOV'],
  ['ماكرون', 'PER', 'Emmanuel Macron', 'Q3052772', 'FRA', 'FRAGOV'],
  ['موسكو', 'LOC', 'Moscow', 'Q649', 'RUS', null],
  ['واشنطن', 'LOC', 'Washington', 'Q61', 'USA', null],
  ['طهران', 'LOC', 'Tehran', 'Q3616', 'IRN', null],
  ['دمشق', 'LOC', 'Damascus', 'Q3766', 'SYR', null],
  ['القاهرة', 'LOC', 'Cairo', 'Q85', 'EGY', null],
  ['الرياض', 'LOC', 'Riyadh', 'Q3692', 'SAU', null],
];

const PATTERNS = GAZETTEER.map(([name]) => new RegExp(`(?<!\\p{L})([وفبلك]?)(${name})(?!\\p{L})`, 'gu'));

const TRIGGERS: Array<[RegExp, string, string, 1 | 2 | 3 | 4, number]> = [
  [/(?<!\p{L})(استقبل|التقى|بحث)(?!\p{L})/u, 'CONSULT', '040', 1, 1],
  [/(?<!\p{L})(دعا|طالب)(?!\p{L})/u, 'DEMAND', '100', 3, -5],
  [/(?<!\p{L})(أدان|انتقد)(?!\p{L})/u, 'DISAPPROVE', '110', 3, -2],
  [/(?<!\p{L})(هدد)(?!\p{L})/u, 'THREATEN', '130', 3, -4.4],
  [/(?<!\p{L})(اتفق|وقع)(?!\p{L})/u, 'AGREE', '057', 2, 8],
];

const entities: Stage<'entities'> = {
  id: 'benchgazetteer.v1',
  requires: [],
  assigns: 'entities',
  run(doc) {
    const out: Entity[] = [];
    GAZETTEER.forEach(([name, type, nameEn, kbId, country, actor], i) => {
      const re = PATTERNS[i]!;
      re.lastIndex = 0;
      const mentions = [];
      for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
        const start = m.index + m[1]!.length;
        mentions.push({ start, end: start + m[2]!.length, text: m[2]!, kind: 'name' as const });
      }
      if (mentions.length) out.push({ id: `e${out.length + 1}`, type, name, nameEn, kbId, country, actor, mentions });
    });
    return out;
  },
};

const events: Stage<'events'> = {
  id: 'benchevents.v1',
  requires: ['entities'],
  assigns: 'events',
  run(doc, layers) {
    const ents = layers.entities ?? [];
    const out: Event[] = [];
    doc.sentences.forEach((s, si) => {
      const sentence = doc.text.slice(s.start, s.end);
      for (const [re, plover, cameo, quadClass, goldstein] of TRIGGERS) {
        const m = re.exec(sentence);
        if (!m) continue;
        const inSentence = ents.filter((e) => e.actor && e.mentions.some((x) => x.start >= s.start && x.end <= s.end));
        if (inSentence.length < 2) continue;
        const start = s.start + m.index;
        out.push({
          plover, mode: null, cameo, quadClass, goldstein,
          source: inSentence[0]!.id, target: inSentence[1]!.id, sourceActor: null, targetActor: null,
          location: null, date: doc.info.date, modality: 'asserted',
          trigger: { start, end: start + m[1]!.length, text: m[1]! }, sentence: si,
        });
        break;
      }
    });
    return out;
  },
};

export function createStages(_resources: Resources): Stage[] {
  return [entities, events];
}
