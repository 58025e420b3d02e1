import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { binaryArray, tsvectorBinary, tsvectorText } from './binary.ts';
import { createDatabase, dropDatabases, pgSkipReason } from './test-db.ts';

test('binary arrays: header, NULLs, lengths (array_recv layout)', () => {
  const b = binaryArray('int4', [7, null, -1]);
  assert.deepEqual([0, 4, 8, 12, 16].map((o) => b.readInt32BE(o)), [1, 1, 23, 3, 1]); // 1 dimension, has NULLs, int4, 3 long, from 1
  assert.deepEqual([20, 24, 28, 32, 36].map((o) => b.readInt32BE(o)), [4, 7, -1, 4, -1]);
  const t = binaryArray('text', ['قال', '']);
  assert.equal(t.readInt32BE(4), 0);
  assert.equal(t.readInt32BE(8), 25);
  assert.equal(t.readInt32BE(20), 6); // three Arabic letters, two bytes each in UTF-8
  assert.equal(t.subarray(24, 30).toString('utf8'), 'قال');
  assert.equal(t.readInt32BE(30), 0);
  const empty = binaryArray('text', []);
  assert.deepEqual([0, 4, 8].map((o) => empty.readInt32BE(o)), [0, 0, 25]);
  assert.throws(() => binaryArray('int4', [1.5]), RangeError);
  assert.throws(() => binaryArray('int4', [2 ** 31]), RangeError);
  assert.throws(() => binaryArray('text', [3]), TypeError);
});

test('tsvectorBinary: lexemes once, sorted, lowercased, with their positions', () => {
  const b = tsvectorBinary('قال Putin قال  putin');
  let off = 0;
  const n = b.readInt32BE(off);
  off += 4;
  const out: Array<[string, number[]]> = [];
  for (let i = 0; i < n; i++) {
    const end = b.indexOf(0, off);
    const lex = b.subarray(off, end).toString('utf8');
    off = end + 1;
    const npos = b.readUInt16BE(off);
    off += 2;
    const pos: number[] = [];
    for (let j = 0; j < npos; j++, off += 2) pos.push(b.readUInt16BE(off));
    out.push([lex, pos]);
  }
  assert.equal(off, b.length);
  assert.deepEqual(out, [['putin', [2, 4]], ['قال', [1, 3]]]);
});

/** Terms that reach tsvector's limits: many positions, positions past 16383, a lexeme too long, lone surrogates, astral letters. */
function edgeTerms(): string[] {
  const long = Array.from({ length: 17000 }, (_, i) => (i % 3 === 0 ? 'و' : `w${i % 50}`));
  return [
    'قال الرئيس قال Putin PUTIN',
    '',
    '   ',
    long.join(' '),
    `${'ب'.repeat(1100)} قصير`,
    'a\ud800 a\udc00 b',
    '\u{1d400}x \ue000x \u{1d400}x',
    'ا'.repeat(5) + ' ' + 'ا'.repeat(4),
  ];
}

const skip = (() => {
  try {
    return pgSkipReason();
  } catch {
    return null; // under CI the store suite reports the missing server
  }
})();

test('binary parameters: the server stores what the text form stores', { skip: skip ?? false }, async () => {
  after(dropDatabases);
  const client = new pg.Client({ connectionString: await createDatabase('rasd_test_bin') });
  await client.connect();
  try {
    for (const terms of edgeTerms()) {
      const { rows } = await client.query<{ same: boolean; bin: string }>(
        'SELECT ($1::tsvector[])[1] = $2::tsvector AS same, ($1::tsvector[])[1]::text AS bin',
        [binaryArray('tsvector', [tsvectorBinary(terms)]), tsvectorText(terms)],
      );
      assert.ok(rows[0]!.same, `${terms.slice(0, 40)}: ${rows[0]!.bin.slice(0, 200)}`);
    }
    const texts = ['قال "الرئيس" \\ {a,b}', null, '', 'NULL', 'x\ud800y', '\u{1d400}'];
    const ints = [0, -2147483648, 2147483647, null];
    const floats = [0.1, -2.5, 1e-300, Number.POSITIVE_INFINITY, null];
    const bytes = [Buffer.from([0, 1, 255]), null, Buffer.alloc(0)];
    const { rows } = await client.query(
      `SELECT $1::text[] = $2::text[] AS t, $3::int[] = $4::int[] AS i, $5::float8[] = $6::float8[] AS f, $7::bytea[] = $8::bytea[] AS b,
              $9::bigint[] = $10::bigint[] AS g, cardinality($11::text[]) AS empty`,
      [
        binaryArray('text', texts), texts,
        binaryArray('int4', ints), ints,
        binaryArray('float8', floats), floats.map((x) => (x === Number.POSITIVE_INFINITY ? 'Infinity' : x)),
        binaryArray('bytea', bytes), bytes,
        binaryArray('bigint', ['9007199254740993', -5, null]), ['9007199254740993', -5, null],
        binaryArray('text', []),
      ],
    );
    assert.deepEqual(rows[0], { t: true, i: true, f: true, b: true, g: true, empty: 0 });
  } finally {
    await client.end();
  }
});
