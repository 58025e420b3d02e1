/**
 * Bytes to text, with one clear error for each kind of bad input: empty,
 * gzip (inflated here), UTF-16 with a byte-order mark or, for Arabic text, without
 * one (decoded), binary or NUL bytes, invalid UTF-8 (with the byte offset, and a hint
 * when it reads as Windows-1256), too large.
 */
import { gunzipSync } from 'node:zlib';
import { RasdError } from '../core/errors.ts';

/** Largest input file rasd reads whole (compressed size for gzip): big enough for a corpus dump. */
export const MAX_INPUT_BYTES = 256 * 1024 * 1024;
/** Largest inflated gzip input. */
export const MAX_INFLATED_BYTES = 1024 * 1024 * 1024;

/** Offset of the first byte that breaks UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    if (i + need >= n) return i;
    let cp = b & (0xff >> (need + 2));
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 65536);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control > n * 0.01;
}

const MAGIC: Array<[number[], string]> = [
  [[0x25, 0x50, 0x44, 0x46, 0x2d], 'PDF document'],
  [[0x50, 0x4b, 0x03, 0x04], 'ZIP archive or Office document'],
  [[0x89, 0x50, 0x4e, 0x47], 'PNG image'],
  [[0x47, 0x49, 0x46, 0x38], 'GIF image'],
  [[0xff, 0xd8, 0xff], 'JPEG image'],
  [[0x7f, 0x45, 0x4c, 0x46], 'executable'],
  [[0x42, 0x5a, 0x68], 'bzip2 archive'],
  [[0xfd, 0x37, 0x7a, 0x58, 0x5a], 'xz archive'],
];

/** Names a well-known binary format from its first bytes, or null. */
export function knownBinaryFormat(bytes: Uint8Array): string | null {
  for (const [magic, name] of MAGIC) {
    if (bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b)) return name;
  }
  return null;
}

export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * 'utf-16le' / 'utf-16be' for UTF-16 written without a byte-order mark, else null. In such a file one byte of each
 * pair is the high byte of a character, which in Arabic news is 0x06 (Arabic letters) or 0x00 (spaces, digits,
 * Latin, punctuation): at least 95% of those bytes in the first 64 KiB, and no NUL among the low bytes.
 */
export function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 65536) & ~1;
  if (n < 4 || bytes.length % 2 !== 0) return null;
  for (const [high, name] of [[1, 'utf-16le'], [0, 'utf-16be']] as const) {
    let plausible = 0;
    let arabic = 0;
    let lowNul = 0;
    for (let i = 0; i < n; i += 2) {
      const h = bytes[i + high]!;
      if (h === 0x06) arabic++;
      if (h === 0x06 || h === 0x00 || h === 0x20) plausible++;
      if (bytes[i + 1 - high] === 0) lowNul++;
    }
    if (arabic > 0 && lowNul === 0 && plausible >= (n / 2) * 0.95) return name;
  }
  return null;
}

/** Whether bytes that are not UTF-8 read as Arabic in Windows-1256 (at least 80% of their non-ASCII characters). */
export function looksWindows1256(bytes: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder('windows-1256').decode(bytes.subarray(0, 65536));
  } catch {
    return false; // a Node without full ICU
  }
  const high = text.match(/[^\x00-\x7f]/g)?.length ?? 0;
  const arabic = text.match(/[\u060c-\u06ff]/g)?.length ?? 0;
  return arabic >= 3 && arabic >= high * 0.8;
}

/** Decodes an input file's bytes to text, or throws a RasdError naming what is wrong. */
export function decodeInput(input: Uint8Array): string {
  let bytes = input;
  if (bytes.length === 0) throw new RasdError('RASD_E001', 'empty file');
  if (bytes.length > MAX_INPUT_BYTES) throw new RasdError('RASD_E004', `file is ${bytes.length} bytes, over the limit of ${MAX_INPUT_BYTES}`);
  if (isGzip(bytes)) {
    try {
      bytes = gunzipSync(bytes, { maxOutputLength: MAX_INFLATED_BYTES });
    } catch (err) {
      throw new RasdError('RASD_E006', `corrupt gzip data: ${(err as Error).message}`);
    }
    if (bytes.length === 0) throw new RasdError('RASD_E001', 'empty file (after gzip)');
  }
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const le = bytes[0] === 0xff;
    if (bytes.length % 2 !== 0) throw new RasdError('RASD_E003', 'UTF-16 file with an odd number of bytes');
    return new TextDecoder(le ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(2));
  }
  let skipped = 0;
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    bytes = bytes.subarray(3);
    skipped = 3;
  }
  const utf16 = skipped ? null : utf16WithoutBom(bytes);
  if (utf16) return new TextDecoder(utf16).decode(bytes);
  const kind = knownBinaryFormat(bytes);
  if (kind) throw new RasdError('RASD_E005', `unsupported format (${kind}): rasd reads text, JSON, JSON Lines, gzip, the seed and ANT formats`);
  if (looksBinary(bytes)) throw new RasdError('RASD_E002', 'binary file (NUL or control bytes), not text');
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    const hint = looksWindows1256(bytes) ? ' (the file looks like Windows-1256: convert it with iconv -f CP1256 -t UTF-8)' : '';
    throw new RasdError('RASD_E003', `invalid UTF-8 at byte ${bad + skipped}${isGzip(input) ? ' of the inflated data' : ''}${hint}`);
  }
  return new TextDecoder('utf-8').decode(bytes);
}

/** Arabic single-byte encodings a saved page or feed may declare, by the labels TextDecoder knows them by. */
const ARABIC_CHARSETS = new Set(['windows-1256', 'cp1256', 'x-cp1256', 'iso-8859-6', 'arabic', 'asmo-708', 'iso-ir-127', 'ecma-114', 'csisolatinarabic', 'iso_8859-6']);

/**
 * The character set an HTML page or an XML feed declares in its first bytes (`<meta charset>`, the http-equiv
 * Content-Type, or the XML declaration's encoding), lower-cased, or null.
 */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const m =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ??
    /^\s*<\?xml[^>]*\sencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}

/**
 * Decodes a saved HTML page or feed: as decodeInput does, except that bytes which are not UTF-8 in a document that
 * declares an Arabic single-byte charset (Windows-1256, ISO-8859-6: pages saved from older Arabic news sites) are
 * read in it, as a browser reads them. They were refused with the iconv hint although the page says its encoding
 * (qa12).
 */
export function decodeMarkup(input: Uint8Array): string {
  const charset = input.length > 0 && !isGzip(input) ? declaredCharset(input) : null;
  if (charset && ARABIC_CHARSETS.has(charset) && firstInvalidUtf8(input) >= 0 && !looksBinary(input)) {
    try {
      return new TextDecoder(charset).decode(input);
    } catch {
      /* a Node without full ICU: refused below with the iconv hint */
    }
  }
  return decodeInput(input);
}
