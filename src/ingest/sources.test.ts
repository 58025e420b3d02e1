import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFeed, readHtmlPage } from './sources.ts';

const P1 = 'التقى وزير الخارجية الروسي نظيره التركي في أنقرة اليوم، وبحث الجانبان الوضع في سوريا والعلاقات الثنائية بين البلدين.';
const P2 = 'وقال الوزير في مؤتمر صحفي مشترك إن موسكو وأنقرة متفقتان على ضرورة الحل السياسي للأزمة السورية وفق مسار أستانا.';

// qa9: a saved page's <h1> (and a feed item's content that opens with its headline) came back as the body's first
// paragraph, so the document text held the headline twice: its mentions, quotes and events were counted twice.
test('a page whose main text opens with its headline keeps the headline once', () => {
  const html = `<!doctype html><html lang="ar"><head><meta charset="utf-8"><title>لافروف يلتقي نظيره التركي في أنقرة | موقع</title></head>
<body><nav><a href="/">الرئيسية</a></nav><article><h1>لافروف يلتقي  نظيره التركي في أنقرة</h1><p>${P1}</p><p>${P2}</p></article></body></html>`;
  const item = readHtmlPage(html, 'p.html');
  assert.equal(item.article?.title, 'لافروف يلتقي نظيره التركي في أنقرة');
  assert.equal(item.article?.text, `${P1}\n\n${P2}`);
});

test('a feed item whose content opens with its title keeps the title once; other openings stay', () => {
  const xml = `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>موقع</title>
<item><title>لقاء في أنقرة</title><content:encoded><![CDATA[<h2>لقاء في أنقرة</h2><p>${P1}</p>]]></content:encoded></item>
<item><title>لقاء في أنقرة</title><content:encoded><![CDATA[<p>لقاء في أنقرة اليوم بين الوزيرين.</p><p>${P2}</p>]]></content:encoded></item>
</channel></rss>`;
  const [a, b] = readFeed(xml, 'f.xml');
  assert.equal(a!.article?.text, P1);
  assert.equal(b!.article?.text, `لقاء في أنقرة اليوم بين الوزيرين.\n\n${P2}`);
});

// qa9: a feed with a DOCTYPE was not taken for a feed, and any other XML file was stored as an article of raw markup
test('a feed with a DOCTYPE is a feed; other XML is refused, not stored as text', async () => {
  const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { fileKind, readSource } = await import('./sources.ts');
  const dir = mkdtempSync(join(tmpdir(), 'rasd-xml-'));
  try {
    const feed = join(dir, 'feed.xml');
    writeFileSync(feed, `<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY x "xx">]>\n<rss version="2.0"><channel><title>موقع</title><item><title>خبر</title><description>${P1}</description></item></channel></rss>`);
    assert.equal(fileKind(feed), 'feed');
    const items = [];
    for await (const it of readSource(feed)) items.push(it);
    assert.equal(items.length, 1);
    assert.equal(items[0]!.article?.text, P1);
    const other = join(dir, 'sitemap.xml');
    writeFileSync(other, `<?xml version="1.0" encoding="UTF-8"?>\n<urlset><url><loc>https://example.org/خبر</loc></url></urlset>`);
    const got = [];
    for await (const it of readSource(other)) got.push(it);
    assert.equal(got.length, 1);
    assert.match(got[0]!.error ?? '', /XML that is not an RSS or Atom feed/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// qa9: a folder ingest could not list was skipped without a word, and an unreadable .jsonl said
// "after line 0: cannot read further: EACCES ...". Root reads everything, so this runs only as another user.
test('unreadable folders and files are reported in one plain line each', { skip: process.getuid?.() === 0 ? 'running as root: permissions do not apply' : false }, async () => {
  const { mkdtempSync, mkdirSync, writeFileSync, chmodSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { expandPaths, readSource } = await import('./sources.ts');
  const dir = mkdtempSync(join(tmpdir(), 'rasd-perm-'));
  try {
    mkdirSync(join(dir, 'locked'));
    writeFileSync(join(dir, 'locked', 'a.txt'), P1);
    writeFileSync(join(dir, 'b.jsonl'), JSON.stringify({ text: P1 }));
    writeFileSync(join(dir, 'c.txt'), P2);
    chmodSync(join(dir, 'locked'), 0);
    chmodSync(join(dir, 'b.jsonl'), 0);
    const paths = expandPaths([dir]);
    assert.ok(paths.includes(join(dir, 'locked')));
    const errors: string[] = [];
    for (const p of paths) for await (const it of readSource(p)) if (it.error) errors.push(`${it.label}: ${it.error}`);
    assert.deepEqual(errors.sort(), [
      `${join(dir, 'b.jsonl')}: permission denied [RASD_E006]`,
      `${join(dir, 'locked')}: folder cannot be read (permission denied): its files were not read [RASD_E006]`,
    ]);
  } finally {
    chmodSync(join(dir, 'locked'), 0o755);
    rmSync(dir, { recursive: true, force: true });
  }
});

// qa9: JSON Lines are streamed, not read through decodeInput: a Windows-1256 .jsonl (or .jsonl.gz) was stored as
// articles of U+FFFD, a binary one gave a rejection per "line", a UTF-16 one garbled JSON errors on every line.
test('streamed JSON Lines: bad encodings are refused clearly, CRLF and a BOM are fine', async () => {
  const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { gzipSync } = await import('node:zlib');
  const { readSource } = await import('./sources.ts');
  const dir = mkdtempSync(join(tmpdir(), 'rasd-jsonl-'));
  const lines = `${JSON.stringify({ id: 'a', text: P1 })}\n${JSON.stringify({ id: 'b', text: P2 })}\n`;
  const all = async (name: string, bytes: Uint8Array) => {
    writeFileSync(join(dir, name), bytes);
    const out: Array<{ label: string; error?: string; id?: string | null }> = [];
    for await (const it of readSource(join(dir, name))) out.push({ label: it.label.slice(dir.length + 1), error: it.error, id: it.article?.id });
    return out;
  };
  try {
    const cp1256 = Buffer.from(new Uint8Array([...Buffer.from('{"id":"a","text":"'), 0xe6, 0xd5, 0xe1, 0x20, 0xc7, 0xe1, 0xd1, 0xc6, 0xed, 0xd3, ...Buffer.from('"}\n{"id":"b","text":"'), 0xe6, 0xd5, 0xe1, 0x20, 0xc7, 0xe1, 0xe6, 0xdD, 0xcf, ...Buffer.from('"}\n')]));
    for (const [name, bytes] of [['cp.jsonl', cp1256], ['cp.jsonl.gz', gzipSync(cp1256)]] as const) {
      const got = await all(name, bytes);
      assert.equal(got.length, 2, name);
      for (const g of got) assert.match(g.error ?? '', /invalid UTF-8 .*Windows-1256/, name);
    }
    const bin = await all('bin.jsonl', Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7) % 256)));
    assert.deepEqual(bin.map((g) => g.label), ['bin.jsonl']);
    assert.match(bin[0]!.error ?? '', /binary/);
    const u16 = await all('u16.jsonl', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(lines, 'utf16le')]));
    assert.equal(u16.length, 1);
    assert.match(u16[0]!.error ?? '', /UTF-16/);
    const notGz = await all('plain.jsonl.gz', Buffer.from(lines));
    assert.equal(notGz.length, 1);
    assert.match(notGz[0]!.error ?? '', /not gzip/);
    const ok = await all('crlf.jsonl', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lines.replace(/\n/g, '\r\n'))]));
    assert.deepEqual(ok.map((g) => [g.id, g.error]), [['a', undefined], ['b', undefined]]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// qa9: a quoted brace glob ('news/*.{html,xml}') was "no such file"
test('brace alternatives in a quoted glob expand', async () => {
  const { mkdtempSync, writeFileSync, mkdirSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { expandPaths } = await import('./sources.ts');
  const dir = mkdtempSync(join(tmpdir(), 'rasd-brace-'));
  try {
    mkdirSync(join(dir, 'a'));
    mkdirSync(join(dir, 'b'));
    for (const f of ['a/x.html', 'a/y.xml', 'a/z.txt', 'b/w.html']) writeFileSync(join(dir, f), P1);
    const rel = (paths: string[]) => paths.map((p) => p.slice(dir.length + 1));
    assert.deepEqual(rel(expandPaths([join(dir, 'a', '*.{html,xml}')])), ['a/x.html', 'a/y.xml']);
    assert.deepEqual(rel(expandPaths([join(dir, '{a,b}', '*.html')])), ['a/x.html', 'b/w.html']);
    assert.deepEqual(rel(expandPaths([join(dir, 'a', '{z.txt,x.html}')])), ['a/z.txt', 'a/x.html']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// qa9: a symbolic link back to a parent folder made ingest read the same files once per level until the path grew
// too long (41 times for one link; two such links multiply: 2^40), and a dangling link was skipped silently
test('folders reached twice through links are walked once; a dangling link is reported', async () => {
  const { mkdtempSync, mkdirSync, writeFileSync, symlinkSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { expandPaths } = await import('./sources.ts');
  const dir = mkdtempSync(join(tmpdir(), 'rasd-loop-'));
  try {
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'a.txt'), P1);
    symlinkSync(dir, join(dir, 'sub', 'back'));
    symlinkSync(dir, join(dir, 'sub', 'again'));
    symlinkSync(join(dir, 'nothing'), join(dir, 'dangling'));
    const paths = expandPaths([dir]).map((p) => p.slice(dir.length + 1));
    assert.deepEqual(paths, ['dangling', 'sub/a.txt']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// qa9: /dev/zero was read until memory ran out; a pipe (a FIFO, `<(zcat ...)`) is read like standard input
test('devices are refused in one line; pipes are read', { skip: process.platform === 'win32' }, async () => {
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { execFileSync, spawn } = await import('node:child_process');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { readSource } = await import('./sources.ts');
  const dir = mkdtempSync(join(tmpdir(), 'rasd-fifo-'));
  const all = async (p: string) => {
    const got = [];
    for await (const it of readSource(p)) got.push(it);
    return got;
  };
  try {
    const zero = await all('/dev/zero');
    assert.equal(zero.length, 1);
    assert.match(zero[0]!.error ?? '', /not a regular file or pipe/);
    for (const name of ['pipe.txt', 'pipe.jsonl']) {
      const fifo = join(dir, name);
      execFileSync('mkfifo', [fifo]);
      // the writer must not need this process's event loop: readInput reads a pipe synchronously
      spawn('sh', ['-c', 'printf "%s\\n" "$2" > "$1"', 'sh', fifo, JSON.stringify({ id: name, text: P1 })], { stdio: 'ignore' });
      const got = await all(fifo);
      assert.deepEqual(got.map((g) => g.article?.id ?? g.error), [name]);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// qa12: a page saved from an Arabic site in Windows-1256, which says so in its <meta charset>, was refused as invalid
// UTF-8 (with the iconv hint); a feed with the encoding in its XML declaration too
test('a page or feed in the Windows-1256 it declares is read in it', async () => {
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { readSource } = await import('./sources.ts');
  const decoder = new TextDecoder('windows-1256');
  const byChar = new Map<string, number>();
  for (let b = 0; b < 256; b++) byChar.set(decoder.decode(Uint8Array.of(b)), b);
  const cp1256 = (s: string) => Uint8Array.from([...s].map((c) => byChar.get(c) ?? 0x3f));
  const dir = mkdtempSync(join(tmpdir(), 'rasd-cp1256-'));
  const page = join(dir, 'page.html');
  writeFileSync(page, cp1256(`<!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256"><title>لقاء في أنقرة</title></head><body><article><p>${P1}</p><p>${P2}</p></article></body></html>`));
  const items = [];
  for await (const it of readSource(page)) items.push(it);
  assert.equal(items[0]!.error, undefined);
  assert.equal(items[0]!.article!.text, `${P1}\n\n${P2}`);
  const feed = join(dir, 'feed.xml');
  writeFileSync(feed, cp1256(`<?xml version="1.0" encoding="windows-1256"?><rss version="2.0"><channel><title>موقع</title><item><title>لقاء</title><description>${P1}</description></item></channel></rss>`));
  const fitems = [];
  for await (const it of readSource(feed)) fitems.push(it);
  assert.equal(fitems[0]!.article!.text, P1);
  // without a declaration: refused with the hint, as before
  const bare = join(dir, 'bare.html');
  writeFileSync(bare, cp1256(`<html><body><p>${P1}</p><p>${P2}</p></body></html>`));
  for await (const it of readSource(bare)) assert.match(it.error!, /invalid UTF-8 .*Windows-1256/);
});

// qa14: `rasd analyze EMPTY_FOLDER` printed nothing and exited 0, `rasd ingest EMPTY_FOLDER` "0 articles read" with
// status 0: a folder with no file to read (none, only hidden ones, only empty subfolders) is reported in one line.
test('a folder with no file to read is reported, not passed over in silence', async () => {
  const { mkdtempSync, mkdirSync, writeFileSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { expandPaths, readSource } = await import('./sources.ts');
  const dir = mkdtempSync(join(tmpdir(), 'rasd-empty-'));
  try {
    mkdirSync(join(dir, 'none'));
    mkdirSync(join(dir, 'hidden'));
    writeFileSync(join(dir, 'hidden', '.notes.txt'), P1);
    mkdirSync(join(dir, 'nested', 'deeper'), { recursive: true });
    mkdirSync(join(dir, 'full'));
    writeFileSync(join(dir, 'full', 'a.txt'), P1);
    const errors: string[] = [];
    for (const name of ['none', 'hidden', 'nested']) {
      const paths = expandPaths([join(dir, name)]);
      assert.deepEqual(paths, [join(dir, name)]);
      for (const p of paths) for await (const it of readSource(p)) if (it.error) errors.push(`${name}: ${it.error}`);
    }
    assert.deepEqual(errors, ['none', 'hidden', 'nested'].map((n) => `${n}: folder holds no file to read (hidden files are skipped) [RASD_E006]`));
    assert.deepEqual(expandPaths([join(dir, 'full')]), [join(dir, 'full', 'a.txt')]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
