// qa17: the CSV and JSON Lines exports of events whose names and sentences hold Arabic with commas, Arabic commas,
// double quotes, guillemets and a line break: a CSV reader gets every field back as it was, JSON Lines each event
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CSV_BOM, exportEvents } from './export.ts';
import type { EventRecord, Store } from '../store/store.ts';

const evidence = 'وقال الوزير، في بيان: "لن نقبل بذلك"، وأضاف «سنرد», ثم غادر\nالقاعة.';
const event = {
  id: 7, articleId: 3, day: '2025-10-15', date: '2025-10-15', plover: 'ACCUSE', mode: null, cameo: '112', quadClass: 3, goldstein: -2,
  modality: 'asserted', sourceId: 1, sourceName: 'حركة "النهضة"، تونس', sourceNameEn: 'Ennahda, "Renaissance"', sourceActor: 'TUNOPP',
  sourceCountry: 'TUN', targetId: null, targetName: null, targetNameEn: null, targetActor: null, targetCountry: null, locationId: null,
  trigger: 'اتهم', sentence: 4, numSources: 1, url: 'https://example.org/a?x=1,2', standing: null, evidence,
} as unknown as EventRecord;
const store = { async *allEvents() { yield event; } } as unknown as Store;

/** RFC 4180 fields of a CSV text (quoted fields may hold commas, doubled quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"', i++);
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') (row.push(field), (field = ''));
    else if (ch === '\n') (row.push(field), rows.push(row), (row = []), (field = ''));
    else field += ch;
  }
  return rows;
}

test('CSV quotes Arabic fields with commas, quotes and line breaks, and carries the evidence sentence', async () => {
  let out = '';
  assert.equal(await exportEvents(store, 'csv', (c) => (out += c)), 1);
  const [header, row] = parseCsv(out);
  assert.equal(header!.length, row!.length);
  const field = (name: string) => row![header!.indexOf(name)];
  assert.equal(field('sourceName'), 'حركة "النهضة"، تونس');
  assert.equal(field('sourceNameEn'), 'Ennahda, "Renaissance"');
  assert.equal(field('url'), 'https://example.org/a?x=1,2');
  assert.equal(field('evidence'), evidence);
  assert.equal(field('targetName'), '');
});

test('JSON Lines writes one parsable line an event, line breaks escaped', async () => {
  let out = '';
  await exportEvents(store, 'jsonl', (c) => (out += c));
  const lines = out.split('\n');
  assert.deepEqual(lines.slice(1), ['']);
  assert.deepEqual(JSON.parse(lines[0]!), JSON.parse(JSON.stringify(event)));
});

// qa18: Excel opens a CSV without a byte-order mark in the system's code page, so Arabic comes out as mojibake
test('CSV opens with a UTF-8 byte-order mark (with its header row only); JSON Lines and GDELT carry none', async () => {
  const of = async (format: 'csv' | 'jsonl' | 'gdelt', header = true) => {
    let out = '';
    await exportEvents(store, format, (c) => (out += c), header);
    return Buffer.from(out, 'utf8');
  };
  assert.deepEqual([...(await of('csv')).subarray(0, 5)], [0xef, 0xbb, 0xbf, 0x69, 0x64], 'the CSV does not open with EF BB BF, then "id"');
  assert.equal(CSV_BOM, '\uFEFF');
  for (const f of ['jsonl', 'gdelt'] as const) assert.notEqual((await of(f))[0], 0xef, `${f} opens with a byte-order mark`);
  assert.notEqual((await of('csv', false))[0], 0xef, 'a headerless CSV (to append) opens with a byte-order mark');
  assert.equal((await of('csv')).toString('utf8').split('\uFEFF').length, 2, 'one mark, once');
});
