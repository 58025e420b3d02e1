/**
 * Array parameters in PostgreSQL's binary format (what array_recv reads), for the batch writes: a batch's rows
 * go to the server as one array per column (INSERT ... SELECT * FROM unnest($1::int[], $2::text[], ...)).
 * node-postgres sends a JavaScript array as an array literal ('{"...","..."}'): the worker escapes every element
 * and the server parses the literal character by character (array_in, then each element's input function,
 * tsvectorin for the search lexemes: the costliest). A Buffer parameter goes in binary instead, and the server
 * only copies it (array_recv and the elements' receive functions, which check the text's encoding as the text
 * form does). Same values stored, less CPU on both sides (docs/benchmarks.md, PostgreSQL, "Eighth session").
 */

/** Element types by the names the store's SQL casts its parameters to ($n::int[] ...), with their type OIDs. */
const OIDS = {
  int: 23,
  int4: 23,
  integer: 23,
  bigint: 20,
  int8: 20,
  text: 25,
  float8: 701,
  bytea: 17,
  tsvector: 3614,
} as const;
export type ElementType = keyof typeof OIDS;

export function isElementType(name: string): name is ElementType {
  return Object.hasOwn(OIDS, name);
}

/** PostgreSQL's limit on one lexeme, in bytes (MAXSTRLEN is 2047, the text form refuses 2047 too). */
const MAX_LEXEME_BYTES = 2046;
/** Positions a lexeme keeps (MAXNUMPOS) and the largest position (MAXENTRYPOS - 1), as tsvectorin keeps them. */
const MAX_POSITIONS = 256;
const MAX_POSITION = 16383;
const SURROGATE = /[\ud800-\udfff]/;

/**
 * Lexemes are made here, not by PostgreSQL's parser and dictionary: the shared indexer has already cut the words
 * and stems (search-terms.ts), and folding case in JavaScript keeps the index independent of the server's locale.
 *
 * One tsvector in binary form (tsvectorrecv): the count of lexemes, then each lexeme as NUL-terminated UTF-8 with
 * its count of positions and the positions (weight D, the default, is 0 in the top bits). `terms` are the
 * indexed forms separated by spaces; each form is a lexeme (lowercased: lexemes fold case in JavaScript, so the
 * index does not depend on the server's locale), at its word position.
 */
export function tsvectorBinary(terms: string): Buffer {
  const positions = new Map<string, number[]>();
  let pos = 0;
  for (let from = 0; from < terms.length; ) {
    let to = terms.indexOf(' ', from);
    if (to < 0) to = terms.length;
    if (to > from) {
      pos++;
      let lex = terms.slice(from, to).toLowerCase();
      // two lone surrogates would both become U+FFFD in UTF-8: one lexeme, as the text form makes it
      if (SURROGATE.test(lex)) lex = Buffer.from(lex, 'utf8').toString('utf8');
      const list = positions.get(lex);
      const p = pos > MAX_POSITION ? MAX_POSITION : pos;
      if (!list) positions.set(lex, [p]);
      // positions rise, except past the last one, where they all become MAX_POSITION: kept once
      else if (list.length < MAX_POSITIONS && list[list.length - 1] !== p) list.push(p);
    }
    from = to + 1;
  }
  // UTF-16 order, which is the server's (UTF-8 bytes) but for code points past U+FFFF against U+E000-U+FFFF: the
  // server sorts a vector whose lexemes come out of order (tsvectorrecv), so that case costs it a sort, nothing more
  const lexemes = [...positions.keys()].sort();
  const sizes = new Int32Array(lexemes.length);
  let size = 4;
  let kept = 0;
  for (let i = 0; i < lexemes.length; i++) {
    const bytes = Buffer.byteLength(lexemes[i]!);
    sizes[i] = bytes;
    if (bytes > MAX_LEXEME_BYTES) continue; // no query word is that long
    kept++;
    size += bytes + 3 + 2 * positions.get(lexemes[i]!)!.length;
  }
  const buf = Buffer.allocUnsafe(size);
  let off = buf.writeInt32BE(kept, 0);
  for (let i = 0; i < lexemes.length; i++) {
    const bytes = sizes[i]!;
    if (bytes > MAX_LEXEME_BYTES) continue;
    const lex = lexemes[i]!;
    const list = positions.get(lex)!;
    off += buf.write(lex, off, bytes, 'utf8');
    buf[off++] = 0;
    off = buf.writeUInt16BE(list.length, off);
    for (const p of list) off = buf.writeUInt16BE(p, off);
  }
  return buf;
}

/**
 * A one-dimensional array of `type` in binary form. Elements: numbers (int, bigint: also decimal strings, float8),
 * strings (text), Buffers (bytea, and tsvector elements made by tsvectorBinary); null and undefined are NULL.
 */
export function binaryArray(type: ElementType, values: readonly unknown[]): Buffer {
  const oid = OIDS[type];
  const n = values.length;
  if (n === 0) {
    const empty = Buffer.alloc(12);
    empty.writeInt32BE(0, 0); // no dimensions
    empty.writeInt32BE(0, 4);
    empty.writeInt32BE(oid, 8);
    return empty;
  }
  let size = 20;
  let hasNull = 0;
  const lengths = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    let len: number;
    if (v === null || v === undefined) {
      len = -1;
      hasNull = 1;
    } else if (oid === 23) len = 4;
    else if (oid === 20 || oid === 701) len = 8;
    else if (oid === 25) {
      if (typeof v !== 'string') throw new TypeError(`text array element ${i} is a ${typeof v}, not a string`);
      len = Buffer.byteLength(v);
    } else {
      if (!(v instanceof Uint8Array)) throw new TypeError(`${type} array element ${i} is not a Buffer`);
      len = v.length;
    }
    lengths[i] = len;
    size += 4 + Math.max(len, 0);
  }
  const buf = Buffer.allocUnsafe(size);
  let off = buf.writeInt32BE(1, 0);
  off = buf.writeInt32BE(hasNull, off);
  off = buf.writeInt32BE(oid, off);
  off = buf.writeInt32BE(n, off);
  off = buf.writeInt32BE(1, off);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    const len = lengths[i]!;
    off = buf.writeInt32BE(len, off);
    if (len < 0) continue;
    if (oid === 23) {
      const x = Number(v);
      // the text form would refuse these too ("invalid input syntax for type integer", "out of range")
      if (!Number.isInteger(x) || x < -2147483648 || x > 2147483647) throw new RangeError(`not a 32-bit integer: ${String(v)}`);
      off = buf.writeInt32BE(x, off);
    } else if (oid === 20) off = buf.writeBigInt64BE(BigInt(v as number | string | bigint), off);
    else if (oid === 701) off = buf.writeDoubleBE(Number(v), off);
    else if (oid === 25) off += buf.write(v as string, off, len, 'utf8');
    else {
      buf.set(v as Uint8Array, off);
      off += len;
    }
  }
  return buf;
}

/**
 * The same tsvector as tsvectorBinary, as a literal (tsvectorin's input): what the store sent before its batch
 * writes went binary; tests compare the two on the server.
 */
export function tsvectorText(terms: string): string {
  const positions = new Map<string, number[]>();
  let pos = 0;
  for (const form of terms.split(' ')) {
    if (!form) continue;
    pos++;
    const lex = form.toLowerCase();
    if (Buffer.byteLength(lex) > MAX_LEXEME_BYTES) continue;
    const list = positions.get(lex) ?? positions.set(lex, []).get(lex)!;
    if (list.length < MAX_POSITIONS) list.push(Math.min(pos, MAX_POSITION));
  }
  const out: string[] = [];
  for (const [lex, list] of positions) out.push(`'${lex}':${[...new Set(list)].join(',')}`);
  return out.join(' ');
}
