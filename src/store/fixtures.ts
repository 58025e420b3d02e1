/**
 * Hand-made analyses for the store and API tests: short Arabic articles
 * written for rasd, with entities, quotes, events, times and places whose
 * spans are found in the text (so they always satisfy the offset contract),
 * standing in for stages that are still being built.
 */
import { ANALYSIS_SCHEMA, type Analysis, type EntityType, type Event, type Modality, type TimeType } from '../core/analysis.ts';
import { hashHex } from '../core/hash.ts';
import { articleContentHash } from './keys.ts';
import type { ArticleRecord } from './store.ts';

export interface EntitySpec {
  id: string;
  type: EntityType;
  name: string;
  nameEn?: string;
  kbId?: string;
  country?: string;
  actor?: string;
  /** Surface forms; every occurrence in the text becomes a mention. */
  mentions: string[];
}

export interface FixtureSpec {
  title: string;
  body: string;
  date: string;
  source: string;
  url?: string;
  entities?: EntitySpec[];
  quotes?: Array<{ speaker: string | null; cue: string; text: string; direct?: boolean }>;
  events?: Array<{ plover: string; cameo: string; quadClass: 1 | 2 | 3 | 4; goldstein: number; source: string | null; target: string | null; trigger: string; modality?: Modality; date?: string; standing?: 'fallback' }>;
  times?: Array<{ text: string; type: TimeType; value: string }>;
  places?: Array<{ entity: string; lat: number; lon: number; country: string; feature: string }>;
}

function span(text: string, s: string, from = 0): { start: number; end: number; text: string } {
  const start = text.indexOf(s, from);
  if (start < 0) throw new Error(`fixture: "${s}" not in text`);
  return { start, end: start + s.length, text: s };
}

function all(text: string, s: string): Array<{ start: number; end: number; text: string }> {
  const out = [];
  for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + s.length)) out.push({ start: i, end: i + s.length, text: s });
  if (!out.length) throw new Error(`fixture: "${s}" not in text`);
  return out;
}

/** Longest first where surface forms overlap ("بوتين" inside "فلاديمير بوتين"). */
function nonOverlapping<T extends { start: number; end: number }>(spans: T[]): T[] {
  const out: T[] = [];
  for (const s of [...spans].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (!out.length || s.start >= out[out.length - 1]!.end) out.push(s);
  }
  return out;
}

export function makeAnalysis(spec: FixtureSpec): Analysis {
  const text = `${spec.title}\n\n${spec.body}`;
  const sentences: Array<{ start: number; end: number }> = [{ start: 0, end: spec.title.length }];
  const re = /[^.!؟]+[.!؟]?/g;
  for (let m = re.exec(spec.body); m; m = re.exec(spec.body)) {
    const s = m[0].trim();
    if (s) sentences.push({ start: spec.title.length + 2 + m.index + m[0].indexOf(s), end: spec.title.length + 2 + m.index + m[0].indexOf(s) + s.length });
  }
  const sentenceOf = (at: number) => Math.max(0, sentences.findIndex((s) => at >= s.start && at < s.end));
  return {
    schema: ANALYSIS_SCHEMA,
    document: { id: `doc-${hashHex(text)}`, title: spec.title, date: spec.date, source: spec.source, url: spec.url ?? null, language: 'ar', text },
    sentences,
    entities: (spec.entities ?? []).map((e) => ({
      id: e.id,
      type: e.type,
      name: e.name,
      nameEn: e.nameEn ?? null,
      kbId: e.kbId ?? null,
      country: e.country ?? null,
      actor: e.actor ?? null,
      mentions: nonOverlapping(e.mentions.flatMap((m) => all(text, m))).map((m) => ({ ...m, kind: 'name' as const })),
    })),
    quotes: (spec.quotes ?? []).map((q) => {
      const body = span(text, q.text);
      return { speaker: q.speaker, speakerText: null, cue: span(text, q.cue), via: null, direct: q.direct ?? true, ...body };
    }),
    events: (spec.events ?? []).map(
      (e): Event => {
        const trigger = span(text, e.trigger);
        return {
          plover: e.plover,
          mode: null,
          cameo: e.cameo,
          quadClass: e.quadClass,
          goldstein: e.goldstein,
          source: e.source,
          target: e.target,
          sourceActor: null,
          targetActor: null,
          location: null,
          date: e.date ?? spec.date,
          modality: e.modality ?? 'asserted',
          trigger,
          sentence: sentenceOf(trigger.start),
          ...(e.standing ? { standing: e.standing } : {}),
        };
      },
    ),
    times: (spec.times ?? []).map((t) => ({ ...span(text, t.text), type: t.type, value: t.value })),
    places: spec.places ?? [],
  };
}

const PUTIN: EntitySpec = { id: 'e1', type: 'PER', name: 'فلاديمير بوتين', nameEn: 'Vladimir Putin', kbId: 'Q7747', country: 'RUS', actor: 'RUSGOV', mentions: ['فلاديمير بوتين', 'بوتين'] };
const SHARAA: EntitySpec = { id: 'e2', type: 'PER', name: 'أحمد الشرع', nameEn: 'Ahmed al-Sharaa', kbId: 'Q-sharaa', country: 'SYR', actor: 'SYRGOV', mentions: ['أحمد الشرع'] };
const MOSCOW: EntitySpec = { id: 'e3', type: 'LOC', name: 'موسكو', nameEn: 'Moscow', kbId: 'Q649', country: 'RUS', mentions: ['موسكو'] };
const KREMLIN: EntitySpec = { id: 'e4', type: 'ORG', name: 'الكرملين', mentions: ['الكرملين'] };

/** Four articles: two near-identical wire copies (one story), one with بموسكو and أنقرة, one in Cairo. */
export const FIXTURES: FixtureSpec[] = [
  {
    title: 'بوتين يستقبل الشرع في الكرملين',
    body:
      'استقبل الرئيس الروسي فلاديمير بوتين في موسكو اليوم الأربعاء الرئيس السوري أحمد الشرع، وبحث الجانبان التعاون الاقتصادي وإعادة الإعمار. ' +
      'وقال بوتين إن «العلاقات بين البلدين تاريخية وستبقى قوية». وأعلن الكرملين أن الزيارة ستستمر يومين وأن وفدين من الوزراء سيلتقيان غدا.',
    date: '2025-10-15',
    source: 'وكالة الأنباء الأولى',
    url: 'https://example.org/a/1',
    entities: [PUTIN, SHARAA, MOSCOW, KREMLIN],
    quotes: [{ speaker: 'e1', cue: 'وقال', text: 'العلاقات بين البلدين تاريخية وستبقى قوية' }],
    events: [
      { plover: 'CONSULT', cameo: '042', quadClass: 1, goldstein: 1.9, source: 'e1', target: 'e2', trigger: 'استقبل' },
      { plover: 'COOPERATE', cameo: '050', quadClass: 2, goldstein: 3.5, source: 'e2', target: 'e1', trigger: 'بحث', standing: 'fallback' },
    ],
    times: [{ text: 'اليوم الأربعاء', type: 'DATE', value: '2025-10-15' }, { text: 'غدا', type: 'DATE', value: '2025-10-16' }],
    places: [{ entity: 'e3', lat: 55.7558, lon: 37.6173, country: 'RUS', feature: 'PPLC' }],
  },
  {
    title: 'الشرع في الكرملين للقاء بوتين',
    body:
      'استقبل الرئيس الروسي فلاديمير بوتين في موسكو اليوم الأربعاء الرئيس السوري أحمد الشرع، وبحث الجانبان التعاون الاقتصادي وإعادة الإعمار. ' +
      'وقال بوتين إن «العلاقات بين البلدين تاريخية وستبقى قوية». وأعلن الكرملين أن الزيارة ستستمر يومين وأن وفدين من الوزراء سيلتقيان غدا في العاصمة.',
    date: '2025-10-15',
    source: 'صحيفة المساء',
    url: 'https://example.org/b/7',
    entities: [PUTIN, SHARAA, MOSCOW, KREMLIN],
    quotes: [{ speaker: 'e1', cue: 'وقال', text: 'العلاقات بين البلدين تاريخية وستبقى قوية' }],
    events: [{ plover: 'CONSULT', cameo: '042', quadClass: 1, goldstein: 1.9, source: 'e1', target: 'e2', trigger: 'استقبل' }],
  },
  {
    title: 'وفد تركي يصل إلى العاصمة الروسية',
    body:
      'وصل وفد تُرْكِيّ رفيع إلى العاصمة الروسية، واجتمع بمسؤولين بموسكو لبحث ملف الطاقة وخطوط الغاز. ' +
      'وذكرت مصادر في أنقرة أن الوزير سيعود الأسبوع المقبل. وأكد الكرملين أن المحادثات كانت بناءة.',
    date: '2025-11-03',
    source: 'صحيفة المساء',
    entities: [KREMLIN, { id: 'e5', type: 'LOC', name: 'أنقرة', nameEn: 'Ankara', kbId: 'Q3640', country: 'TUR', mentions: ['أنقرة'] }],
    events: [{ plover: 'CONSULT', cameo: '043', quadClass: 1, goldstein: 2.8, source: 'e5', target: 'e4', trigger: 'اجتمع', modality: 'asserted' }],
  },
  {
    title: 'السيسي يبحث مع بلينكن وقف إطلاق النار',
    body:
      'استقبل الرئيس المصري عبد الفتاح السيسي في القاهرة وزير الخارجية الأمريكي أنتوني بلينكن، وبحثا جهود وقف إطلاق النار في غزة. ' +
      'وقال السيسي إن «مصر لن تقبل بتهجير الفلسطينيين من أرضهم». وطالب بلينكن بإدخال المساعدات دون تأخير.',
    date: '2024-03-12',
    source: 'وكالة الأنباء الأولى',
    entities: [
      { id: 'e1', type: 'PER', name: 'عبد الفتاح السيسي', nameEn: 'Abdel Fattah el-Sisi', kbId: 'Q1621', country: 'EGY', actor: 'EGYGOV', mentions: ['عبد الفتاح السيسي', 'السيسي'] },
      { id: 'e2', type: 'PER', name: 'أنتوني بلينكن', nameEn: 'Antony Blinken', kbId: 'Q4773', country: 'USA', actor: 'USAGOV', mentions: ['أنتوني بلينكن', 'بلينكن'] },
      { id: 'e3', type: 'LOC', name: 'القاهرة', nameEn: 'Cairo', kbId: 'Q85', country: 'EGY', mentions: ['القاهرة'] },
    ],
    quotes: [{ speaker: 'e1', cue: 'وقال', text: 'مصر لن تقبل بتهجير الفلسطينيين من أرضهم' }],
    events: [
      { plover: 'CONSULT', cameo: '042', quadClass: 1, goldstein: 1.9, source: 'e1', target: 'e2', trigger: 'استقبل' },
      { plover: 'DEMAND', cameo: '102', quadClass: 3, goldstein: -5, source: 'e2', target: null, trigger: 'وطالب', modality: 'requested' },
    ],
    places: [{ entity: 'e3', lat: 30.0444, lon: 31.2357, country: 'EGY', feature: 'PPLC' }],
  },
];

/** The fixtures as records ready for Store.putArticles. */
export function fixtureRecords(version = 'text.v1 fixture.v1'): ArticleRecord[] {
  return FIXTURES.map((spec) => {
    const analysis = makeAnalysis(spec);
    return { analysis, contentHash: articleContentHash({ title: spec.title, text: spec.body }), analysisVersion: version };
  });
}
