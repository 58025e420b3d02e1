import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { decodeInput, firstInvalidUtf8, knownBinaryFormat } from './decode.ts';
import { RasdError } from '../core/errors.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const code = (f: () => unknown) => {
  try {
    f();
  } catch (err) {
    return err instanceof RasdError ? `${err.code}: ${err.message}` : String(err);
  }
  return 'ok';
};

test('UTF-8, with or without BOM', () => {
  assert.equal(decodeInput(utf8('نص')), 'نص');
  assert.equal(decodeInput(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('نص')])), 'نص');
});

test('UTF-16 with a BOM is decoded, both byte orders', () => {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('سوريا', 'utf16le')]);
  assert.equal(decodeInput(le), 'سوريا');
  const be = Buffer.from(Buffer.from('سوريا', 'utf16le')).swap16();
  assert.equal(decodeInput(Buffer.concat([Buffer.from([0xfe, 0xff]), be])), 'سوريا');
});

test('gzip is inflated', () => {
  assert.equal(decodeInput(gzipSync(utf8('{"text":"نص"}'))), '{"text":"نص"}');
  assert.match(code(() => decodeInput(new Uint8Array([0x1f, 0x8b, 1, 2, 3]))), /RASD_E006/);
});

test('empty, binary, NUL bytes and known binary formats are refused', () => {
  assert.match(code(() => decodeInput(new Uint8Array())), /RASD_E001/);
  assert.match(code(() => decodeInput(utf8('نص\u0000نص'))), /RASD_E002/);
  assert.match(code(() => decodeInput(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]))), /RASD_E002/);
  assert.match(code(() => decodeInput(utf8('%PDF-1.7\n...'))), /RASD_E005.*PDF/);
  assert.equal(knownBinaryFormat(new Uint8Array([0x89, 0x50, 0x4e, 0x47])), 'PNG image');
});

test('invalid UTF-8 names the byte offset', () => {
  const bytes = new Uint8Array([...utf8('abc'), 0xd8, 0x41, ...utf8('x')]);
  assert.equal(firstInvalidUtf8(bytes), 3);
  assert.match(code(() => decodeInput(bytes)), /RASD_E003: invalid UTF-8 at byte 3/);
  assert.equal(firstInvalidUtf8(utf8('سلام 😀')), -1);
  assert.equal(firstInvalidUtf8(new Uint8Array([0xc0, 0x80])), 0); // overlong
  assert.equal(firstInvalidUtf8(new Uint8Array([0xed, 0xa0, 0x80])), 0); // surrogate
  assert.equal(firstInvalidUtf8(new Uint8Array([0x41, 0xe2, 0x82])), 1); // truncated
  assert.match(code(() => decodeInput(new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0xff]))), /at byte 4/);
});

// qa9: a UTF-16 file saved without a byte-order mark (Notepad's "Unicode", some exports) was "binary", and a
// Windows-1256 file (the Arabic Windows code page) only "invalid UTF-8 at byte 16": neither told the user what to do.
test('UTF-16 without a byte-order mark is recognized by its Arabic and ASCII high bytes and decoded', () => {
  const text = 'date 2025-10-15\nوصل الرئيس الروسي إلى دمشق أمس، والتقى نظيره السوري.\n';
  const le = Buffer.from(text, 'utf16le');
  assert.equal(decodeInput(le), text);
  const be = Buffer.from(le);
  be.swap16();
  assert.equal(decodeInput(be), text);
  // real binary with NULs stays binary
  assert.throws(() => decodeInput(Uint8Array.from({ length: 400 }, (_, i) => (i % 2 ? 0 : (i * 37) % 256))), /binary/);
});

test('Windows-1256 text gets an error that names the encoding and the fix', () => {
  const cp1256 = Buffer.concat([Buffer.from('date 2025-10-15\n'), Buffer.from([0xe6, 0xd5, 0xe1, 0x20, 0xc7, 0xe1, 0xd1, 0xc6, 0xed, 0xd3, 0x20, 0xc5, 0xe1, 0xec, 0x20, 0xcf, 0xe3, 0xd4, 0xde])]);
  assert.throws(() => decodeInput(cp1256), (err: Error) => /invalid UTF-8 at byte 16/.test(err.message) && /Windows-1256/.test(err.message) && /iconv -f CP1256 -t UTF-8/.test(err.message));
  // bytes that are not Arabic in that code page get the plain message
  assert.throws(() => decodeInput(Uint8Array.from([0x61, 0x62, 0xa9, 0x20, 0xae, 0x63])), (err: Error) => /invalid UTF-8 at byte 2/.test(err.message) && !/1256/.test(err.message));
});

test('declared charsets of pages and feeds (qa12)', async () => {
  const { declaredCharset, decodeMarkup } = await import('./decode.ts');
  const bytes = (s: string) => new TextEncoder().encode(s);
  assert.equal(declaredCharset(bytes('<html><head><meta charset="Windows-1256">')), 'windows-1256');
  assert.equal(declaredCharset(bytes('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-6" />')), 'iso-8859-6');
  assert.equal(declaredCharset(bytes('<?xml version="1.0" encoding="windows-1256"?><rss>')), 'windows-1256');
  assert.equal(declaredCharset(bytes('<html><body>no declaration')), null);
  // 0xE3 0xC7 is "ما" in Windows-1256 and invalid UTF-8
  const page = Uint8Array.from([...bytes('<meta charset="windows-1256"><p>'), 0xe3, 0xc7, ...bytes('</p>')]);
  assert.equal(decodeMarkup(page), '<meta charset="windows-1256"><p>ما</p>');
  // a declared charset that is not an Arabic one changes nothing: invalid UTF-8 is refused as before
  assert.throws(() => decodeMarkup(Uint8Array.from([...bytes('<meta charset="shift_jis"><p>'), 0xe3, 0xc7])), /invalid UTF-8/);
  // valid UTF-8 is read as UTF-8 whatever the page declares (a page re-saved as UTF-8 keeps its old meta)
  assert.equal(decodeMarkup(bytes('<meta charset="windows-1256"><p>ما</p>')), '<meta charset="windows-1256"><p>ما</p>');
});
