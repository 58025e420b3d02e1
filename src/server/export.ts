/**
 * Event exports, shared by `rasd export` and GET /api/export/events:
 * GDELT 2.0 Events-style TSV (the 61 columns in GDELT's order, filled where
 * rasd knows the value, empty where it does not), JSON Lines and CSV.
 */
import type { EventRecord, Store } from '../store/store.ts';

export type ExportFormat = 'gdelt' | 'jsonl' | 'csv';
export const EXPORT_FORMATS: ExportFormat[] = ['gdelt', 'jsonl', 'csv'];

export const GDELT_COLUMNS = [
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate',
  'Actor1Code', 'Actor1Name', 'Actor1CountryCode', 'Actor1KnownGroupCode', 'Actor1EthnicCode', 'Actor1Religion1Code', 'Actor1Religion2Code', 'Actor1Type1Code', 'Actor1Type2Code', 'Actor1Type3Code',
  'Actor2Code', 'Actor2Name', 'Actor2CountryCode', 'Actor2KnownGroupCode', 'Actor2EthnicCode', 'Actor2Religion1Code', 'Actor2Religion2Code', 'Actor2Type1Code', 'Actor2Type2Code', 'Actor2Type3Code',
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale', 'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  'Actor1Geo_Type', 'Actor1Geo_FullName', 'Actor1Geo_CountryCode', 'Actor1Geo_ADM1Code', 'Actor1Geo_ADM2Code', 'Actor1Geo_Lat', 'Actor1Geo_Long', 'Actor1Geo_FeatureID',
  'Actor2Geo_Type', 'Actor2Geo_FullName', 'Actor2Geo_CountryCode', 'Actor2Geo_ADM1Code', 'Actor2Geo_ADM2Code', 'Actor2Geo_Lat', 'Actor2Geo_Long', 'Actor2Geo_FeatureID',
  'ActionGeo_Type', 'ActionGeo_FullName', 'ActionGeo_CountryCode', 'ActionGeo_ADM1Code', 'ActionGeo_ADM2Code', 'ActionGeo_Lat', 'ActionGeo_Long', 'ActionGeo_FeatureID',
  'DATEADDED', 'SOURCEURL',
] as const;

const CSV_COLUMNS: Array<keyof EventRecord> = [
  'id', 'articleId', 'day', 'date', 'plover', 'mode', 'cameo', 'quadClass', 'goldstein', 'modality',
  'sourceId', 'sourceName', 'sourceNameEn', 'sourceActor', 'sourceCountry', 'targetId', 'targetName', 'targetNameEn', 'targetActor', 'targetCountry',
  'locationId', 'trigger', 'sentence', 'numSources', 'url', 'standing',
  // qa17: the sentence the event was found in (JSON Lines and the API had it; a CSV reader had only its number)
  'evidence',
];

/**
 * qa18: a byte-order mark opens a CSV export, so that Excel reads it as UTF-8 (without it Excel decodes the Arabic
 * in the system's code page: mojibake). Only with the header row: a headerless CSV is meant to be appended to another,
 * where a mark in the middle would become part of the first field. JSON Lines and GDELT TSV carry none.
 */
export const CSV_BOM = '\uFEFF';

/** Tabs and newlines would break a TSV row. */
function tsv(v: unknown): string {
  return v === null || v === undefined ? '' : String(v).replace(/[\t\r\n]+/g, ' ');
}

function csv(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Country, known group and role codes out of a CAMEO actor code (RUSGOV → RUS, GOV; IGOUNO → group UNO). */
function actorParts(actor: string | null, country: string | null): { country: string; group: string; type1: string; type2: string } {
  const a = actor ?? '';
  const parts = a.match(/.{1,3}/g) ?? [];
  if (parts[0] === 'IGO' || parts[0] === 'NGO' || parts[0] === 'MNC') return { country: '', group: parts[1] ?? '', type1: parts[0]!, type2: '' };
  return { country: country && country !== 'IGO' ? country : parts[0] ?? '', group: '', type1: parts[1] ?? '', type2: parts[2] ?? '' };
}

export function gdeltRow(e: EventRecord): string {
  const day = e.day ?? '';
  const [y, m, d] = day ? day.split('-').map(Number) as [number, number, number] : [0, 0, 0];
  const a1 = actorParts(e.sourceActor, e.sourceCountry);
  const a2 = actorParts(e.targetActor, e.targetCountry);
  const name = (en: string | null, ar: string | null) => (en ? en.toUpperCase() : ar ?? '');
  const row: unknown[] = [
    e.id, day.replace(/-/g, ''), day ? day.slice(0, 7).replace('-', '') : '', day ? y : '', day ? (y + (m * 30 + d) / 365).toFixed(4) : '',
    e.sourceActor ?? '', e.sourceActor || e.sourceId ? name(e.sourceNameEn, e.sourceName) : '', a1.country, a1.group, '', '', '', a1.type1, a1.type2, '',
    e.targetActor ?? '', e.targetActor || e.targetId ? name(e.targetNameEn, e.targetName) : '', a2.country, a2.group, '', '', '', a2.type1, a2.type2, '',
    e.sentence <= 1 ? 1 : 0, e.cameo, e.cameo.slice(0, 3), e.cameo.slice(0, 2), e.quadClass, e.goldstein, 1, e.numSources, e.numSources, '',
    ...Array(8).fill(''), ...Array(8).fill(''), ...Array(8).fill(''),
    day ? `${day.replace(/-/g, '')}000000` : '', e.url ?? '',
  ];
  return row.map(tsv).join('\t');
}

/** Writes every stored event in `format`; `write` may return a promise (backpressure). */
export async function exportEvents(store: Store, format: ExportFormat, write: (chunk: string) => unknown, header = true): Promise<number> {
  let n = 0;
  if (format === 'gdelt' && header) await write(`${GDELT_COLUMNS.join('\t')}\n`);
  if (format === 'csv' && header) await write(`${CSV_BOM}${CSV_COLUMNS.join(',')}\n`);
  for await (const e of store.allEvents()) {
    if (format === 'gdelt') await write(`${gdeltRow(e)}\n`);
    else if (format === 'csv') await write(`${CSV_COLUMNS.map((c) => csv(e[c])).join(',')}\n`);
    else await write(`${JSON.stringify(e)}\n`);
    n++;
  }
  return n;
}
