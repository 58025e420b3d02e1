// Drives the installed command (bin/rasd.js) the way a user does, with good
// and bad inputs in one run: bad ones get one line on stderr and a non-zero
// exit, the good ones are still analyzed and printed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import Database from 'better-sqlite3';

const bin = new URL('../bin/rasd.js', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'rasd-cli-'));
const file = (name: string, content: string | Uint8Array) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};
const rasd = (args: string[], input?: string) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', input, timeout: 60_000 });

const good = file('good.txt', 'date 2025-10-15\nاستقبل الرئيس الضيف في العاصمة اليوم.\n\nوقال إن اللقاء كان مثمرا.');
const good2 = file('good2.json', JSON.stringify({ id: 'j1', title: 'عنوان', text: 'وصل الوفد إلى بغداد.', time: 'Mon, 19 Feb 2018 00:16:11 +0400' }));

test('one document prints one JSON object', () => {
  const r = rasd(['analyze', good]);
  assert.equal(r.status, 0, r.stderr);
  const a = JSON.parse(r.stdout);
  assert.equal(a.schema, 'rasd.analysis/1');
  assert.equal(a.document.date, '2025-10-15');
});

test('several documents print JSON Lines; stdin works', () => {
  const r = rasd(['analyze', good, good2, '-'], 'نص من الإدخال القياسي.');
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(lines.map((a) => a.document.id).slice(1, 2), ['j1']);
  assert.equal(lines.length, 3);
  assert.equal(lines[1].document.date, '2018-02-19');
});

test('bad inputs: one clear line each, non-zero exit, the rest still analyzed', () => {
  const bad = [
    file('empty.txt', ''),
    file('nul.bin', new Uint8Array([0x41, 0, 0x42, 0, 0x43])),
    file('latin1.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x41])),
    file('doc.pdf', '%PDF-1.4\n%âãÏÓ\n'),
    file('broken.json', '{"text": "غير مكتمل'),
    file('english.txt', 'The minister said the talks in Geneva would resume next week.'),
    join(dir, 'missing.txt'),
    file('huge.txt', 'ب '.repeat(600_000)),
  ];
  const utf16 = file('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('وصل الوفد إلى عمان.', 'utf16le')]));
  const corpus = file('corpus.jsonl.gz', gzipSync('{"id":"a","text":"نص أول."}\nnot json\n{"id":"c","text":"نص ثالث."}\n'));
  const r = rasd(['analyze', '--format', 'jsonl', good, ...bad, utf16, corpus]);
  assert.equal(r.status, 1);
  assert.ok(!/\n\s+at /.test(r.stderr), `stack trace on stderr:\n${r.stderr}`);
  const errLines = r.stderr.trim().split('\n');
  const expect = [/empty\.txt: empty file/, /nul\.bin: binary file/, /latin1\.txt: invalid UTF-8 at byte 3/, /doc\.pdf: unsupported format \(PDF document\)/, /broken\.json: malformed JSON/, /english\.txt: not Arabic \(language "en"\)/, /missing\.txt: no such file/, /huge\.txt: article text is \d+ characters, over the limit/, /corpus\.jsonl\.gz: line 2: malformed JSON/];
  for (const re of expect) assert.ok(errLines.some((l) => re.test(l)), `no stderr line matches ${re}:\n${r.stderr}`);
  assert.equal(errLines.length, expect.length, r.stderr);
  const ids = r.stdout.trim().split('\n').map((l) => JSON.parse(l).document);
  // good, english (analyzed anyway), utf16, and the two good corpus lines
  assert.equal(ids.length, 5);
  assert.ok(ids.some((d) => d.language === 'en'));
  assert.ok(ids.some((d) => d.text === 'وصل الوفد إلى عمان.'));
  assert.deepEqual(ids.filter((d) => d.id === 'a' || d.id === 'c').map((d) => d.id), ['a', 'c']);
});

// qa9: --format json with several documents printed objects back to back, which no JSON parser reads
test('--format json with several documents prints one JSON array', () => {
  const r = rasd(['analyze', '--format', 'json', good, good2]);
  assert.equal(r.status, 0, r.stderr);
  const all = JSON.parse(r.stdout);
  assert.ok(Array.isArray(all));
  assert.deepEqual(all.map((a: { document: { id: string } }) => a.document.id).slice(1), ['j1']);
});

test('usage errors', () => {
  assert.equal(rasd(['analyze']).status, 1);
  assert.match(rasd(['analyze', '--date', '2025-13-40', good]).stderr, /not a valid YYYY-MM-DD date/);
  assert.match(rasd(['analyze', '--format', 'xml', good]).stderr, /unknown --format/);
  assert.equal(rasd(['frobnicate']).status, 2);
  // worker options are checked before any connection (port 1: nothing listens there)
  const worker = rasd(['worker', '--db', 'postgres://u@127.0.0.1:1/x', '--concurrency', 'abc']);
  assert.equal(worker.status, 1);
  assert.match(worker.stderr, /--concurrency must be a whole number from 0 to 256, not "abc"/);
  // qa9: `eval entities --help` ran the whole evaluation
  const help = rasd(['eval', 'entities', '--help']);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /^usage: rasd eval entities/);
  assert.equal(rasd(['eval', 'entities', '--bogus']).status, 2);
  // qa14: `eval entities --split` without a value ran the whole evaluation with status 0, and `--split --json` took
  // "--json" for the split; now refused as the other eval commands refuse it, before anything is read
  const noSplit = rasd(['eval', 'entities', '--split']);
  assert.equal(noSplit.status, 1);
  assert.match(noSplit.stderr, /--split <value>' argument missing/);
  const splitFlag = rasd(['eval', 'entities', '--split', '--json']);
  assert.equal(splitFlag.status, 1);
  assert.match(splitFlag.stderr, /--split/);
  assert.doesNotMatch(splitFlag.stderr, /split "--json"/);
  // qa9: reanalyze on a mistyped --db created an empty store
  const missing = join(dir, 'typo.db');
  const re = rasd(['reanalyze', '--db', missing]);
  assert.equal(re.status, 1);
  assert.match(re.stderr, /no store at .*typo\.db/);
  assert.equal(existsSync(missing), false);
  // qa9: ingest with a bad --workers created the store before refusing the option
  const fresh = join(dir, 'fresh.db');
  assert.equal(rasd(['ingest', '--db', fresh, '--workers', '0', good]).status, 1);
  assert.equal(existsSync(fresh), false);
});

// qa12: a missing, empty or malformed gold file was Node's bare ENOENT, a JSON error without the file, a crash in
// the middle of the scoring ("paths[1]" argument ...), or an empty output with status 0
test('eval commands refuse missing, empty and malformed gold in one line', () => {
  const empty = file('gold-empty.jsonl', '');
  const garbage = file('gold-garbage.jsonl', '{"_about": "a comment"}\nnot json\n');
  const unnamed = file('gold-unnamed.jsonl', '{"split": "dev", "quotes": []}\n');
  const cases: [string[], RegExp][] = [
    [['eval', 'entities', empty], /no gold records in .*gold-empty\.jsonl/],
    [['eval', 'quotes', '--gold', empty], /no gold records in .*gold-empty\.jsonl/],
    [['eval', 'times', '--gold', join(dir, 'no-such.jsonl')], /no-such\.jsonl: no such gold file/],
    [['eval', 'entities', garbage], /gold-garbage\.jsonl: line 2: malformed JSON/],
    [['eval', 'quotes', '--gold', unnamed], /gold-unnamed\.jsonl: line 1: the gold record names no article/],
    [['eval', 'times', '--gold', unnamed], /gold-unnamed\.jsonl: line 1: the gold record names no article/],
    [['eval', 'events', '--gold', mkdtempSync(join(dir, 'no-gold-'))], /no gold records in /],
    [['eval', 'events', '--gold', dir], /\.json: (malformed JSON|the gold record names no article)/],
    [['eval', 'events', '--gold', join(dir, 'no-such-folder')], /no-such-folder: no such gold folder/],
    [['eval', 'events', '--split', 'no-such-split'], /--split "no-such-split": no gold file of that split/],
    // qa13: eval ner scored an empty or malformed file as P/R/F1 0.00 with status 0
    [['eval', 'ner', '--gold', empty], /gold-empty\.jsonl: no tagged tokens/],
    [['eval', 'ner', '--gold', garbage], /gold-garbage\.jsonl: line 1: "comment"}" is not a tag/],
    [['eval', 'ner', '--gold', join(dir, 'no-such.txt')], /no-such\.txt: no such file/],
  ];
  for (const [args, re] of cases) {
    const r = rasd(args);
    assert.equal(r.status, 1, `${args.join(' ')}: ${r.stdout}${r.stderr}`);
    assert.match(r.stderr, re);
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
  }
  // the usage line lists every option the help explains
  const help = rasd(['eval', 'ner', '--help']).stdout;
  for (const option of help.matchAll(/^--[a-z-]+/gm)) assert.ok(help.split('\n')[0]!.includes(option[0]), `${option[0]} missing from: ${help.split('\n')[0]}`);
});

// qa12: a folder was "is a directory" and a quoted glob "no such file" (ingest reads both); `--date FILE` took the
// file for the date and then said only "no input files"
test('analyze reads folders and quoted globs as ingest does; a missing --date value is named', () => {
  const folder = mkdtempSync(join(dir, 'folder-'));
  writeFileSync(join(folder, 'one.txt'), 'date 2025-10-15\nوصل الوفد إلى دمشق أمس.');
  mkdirSync(join(folder, 'sub'));
  writeFileSync(join(folder, 'sub', 'two.txt'), 'date 2025-10-16\nاستقبل الرئيس الضيف في بغداد.');
  const r = rasd(['analyze', folder]);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(r.stdout.trim().split('\n').map((l) => JSON.parse(l).document.date).sort(), ['2025-10-15', '2025-10-16']);
  const g = rasd(['analyze', '--format', 'json', join(folder, '*.txt')]);
  assert.equal(g.status, 0, g.stderr);
  assert.equal(JSON.parse(g.stdout).document.date, '2025-10-15');
  // a date the input gives and rasd cannot read: one line, status 1, the article still analyzed (it was silent)
  const undated = rasd(['analyze', file('undated.json', JSON.stringify({ text: 'وصل الوفد إلى دمشق أمس.', date: '2018-13-45' }))]);
  assert.equal(undated.status, 1);
  assert.match(undated.stderr, /undated\.json: (line 1: )?date "2018-13-45" is not a date rasd reads/);
  assert.equal(JSON.parse(undated.stdout).document.date, null);
  const d = rasd(['analyze', '--date', good]);
  assert.equal(d.status, 1);
  assert.match(d.stderr, /--date ".*good\.txt" is not a valid YYYY-MM-DD date/);
});

test('pretty output is readable text', () => {
  const r = rasd(['analyze', '--format', 'pretty', good]);
  assert.equal(r.status, 0);
  assert.match(r.stdout, /Entities \(\d+\)/);
  assert.match(r.stdout, /2025-10-15/);
});

// qa14: `demo --print --db x` printed as if --db were not there (its store was never written)
test('demo --print refuses other arguments', () => {
  const r = rasd(['demo', '--print', '--db', 'x.db']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--print takes no other argument \(--db\)/);
  assert.equal(r.stdout, '');
});

// qa16: `demo --port abc` ingested the samples into the store, then refused the port
test('demo checks --port before it ingests anything', () => {
  const db = join(dir, 'demo-badport.db');
  const r = rasd(['demo', '--db', db, '--port', 'abc']);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /--port must be a number from 0 to 65535, not "abc"/);
  assert.doesNotMatch(r.stdout, /articles read/);
  assert.equal(existsSync(db), false);
});

test('demo --print analyzes the samples', () => {
  const r = rasd(['demo', '--print']);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /rasd demo: 4 articles/);
});

test('demo ingests the samples, serves them and passes its smoke test', () => {
  const db = join(dir, 'demo.db');
  const r = rasd(['demo', '--smoke', '--db', db]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /serving 4 sample articles at http:\/\/127\.0\.0\.1:\d+\//);
  assert.match(r.stdout, /smoke test passed/);
  // A second run finds everything already stored: nothing twice.
  const again = rasd(['demo', '--smoke', '--db', db]);
  assert.match(again.stdout, /"articles":4/);
  assert.doesNotMatch(again.stdout, /analyzed again/);
  // a store an older rasd wrote: the demo analyzes its samples again instead of showing the old analyses
  const sqlite = new Database(db);
  sqlite.prepare("UPDATE articles SET analysis_version = 'old' WHERE id <= 2").run();
  sqlite.close();
  const old = rasd(['demo', '--smoke', '--db', db]);
  assert.equal(old.status, 0, old.stderr);
  assert.match(old.stdout, /rasd demo: 2 stored articles analyzed again/);
  const check = new Database(db, { readonly: true });
  assert.equal((check.prepare("SELECT count(*) AS n FROM articles WHERE analysis_version = 'old'").get() as { n: number }).n, 0);
  check.close();
});

// qa9: `rasd analyze ... | head -1` ended with "rasd analyze: write EPIPE" and status 1
test('a reader that closes the pipe early stops rasd quietly', async () => {
  const { spawn } = await import('node:child_process');
  const many = file('many.jsonl', Array.from({ length: 40 }, (_, i) => JSON.stringify({ id: `m${i}`, text: `وصل الوفد رقم ${i} إلى بغداد أمس والتقى وزير الخارجية العراقي.` })).join('\n'));
  const child = spawn(process.execPath, [bin, 'analyze', '--format', 'jsonl', many, many, many]);
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  child.stdout.once('data', () => child.stdout.destroy());
  const status = await new Promise((resolve) => child.on('close', resolve));
  assert.equal(status, 0, stderr);
  assert.doesNotMatch(stderr, /EPIPE/);
});

// qa9: analyze read a saved page or a feed as plain text and analyzed its markup
test('analyze reads saved HTML pages and feeds as ingest does', () => {
  const para = 'التقى وزير الخارجية الروسي نظيره التركي في أنقرة اليوم، وبحث الجانبان الوضع في سوريا والعلاقات بين البلدين. ';
  const page = file('page.html', `<!doctype html><html><head><title>لقاء في أنقرة</title></head><body><nav>الرئيسية</nav><article><p>${para.repeat(3)}</p><script>var x = "<p>نص خفي</p>";</script></article></body></html>`);
  const feed = file('feed.xml', `<?xml version="1.0"?><rss version="2.0"><channel><title>موقع</title><item><title>خبر أول</title><description>${para}</description></item><item><title>خبر ثان</title><description>${para}وأضاف.</description></item></channel></rss>`);
  const r = rasd(['analyze', '--format', 'jsonl', page, feed]);
  assert.equal(r.status, 0, r.stderr);
  const docs = r.stdout.trim().split('\n').map((l) => JSON.parse(l).document);
  assert.deepEqual(docs.map((d) => d.title), ['لقاء في أنقرة', 'خبر أول', 'خبر ثان']);
  for (const d of docs) assert.doesNotMatch(d.text, /<|نص خفي/);
});

test('qa16: every option a command\'s help explains is in its usage line', () => {
  for (const command of ['analyze', 'demo', 'ingest', 'reanalyze', 'stats', 'serve', 'export', 'worker']) {
    const r = rasd([command, '--help']);
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout.split('\n');
    const usageEnd = lines.findIndex((l) => l.trim() === '');
    const usage = lines.slice(0, usageEnd).join(' ');
    const explained = lines.slice(usageEnd).flatMap((l) => /^\s+(--[a-z-]+)/.exec(l)?.[1] ?? []);
    for (const option of explained) assert.ok(usage.includes(option), `rasd ${command}: ${option} is explained but not in the usage line`);
  }
});

// qa16: a file name with a line break made the one line about it two ("rasd analyze: bad" and "name.txt: ...")
test('a file name with a line break is named on one line', () => {
  const sub = join(dir, 'odd-names');
  mkdirSync(sub, { recursive: true });
  writeFileSync(join(sub, 'bad\nname.txt'), Uint8Array.from([0xff, 0xfe, 0x00]));
  writeFileSync(join(sub, 'good.txt'), 'date 2025-10-15\nوصل الوفد إلى دمشق أمس.');
  const r = rasd(['analyze', '--format', 'jsonl', sub]);
  assert.equal(r.status, 1);
  const lines = r.stderr.trim().split('\n');
  assert.equal(lines.length, 1, r.stderr);
  assert.match(lines[0]!, /^rasd analyze: ".*bad\\nname\.txt": UTF-16 file with an odd number of bytes/);
  assert.equal(r.stdout.trim().split('\n').length, 1);
  const db = join(dir, 'odd-names.db');
  const i = rasd(['ingest', '--db', db, sub]);
  assert.equal(i.status, 1);
  assert.ok(i.stderr.trim().split('\n').every((l) => l.startsWith('rasd ingest: ')), i.stderr);
  assert.match(i.stderr, /rejected ".*bad\\nname\.txt"/);
});

// qa17: `rasd eval ner` and `rasd train ner` read their options with node:util's parseArgs (in src/ner/commands.ts,
// then inside the core) and answered a typo with "Unknown option '--gld'. To specify a positional argument …"
test('eval ner and train ner name an unknown option and the nearest known one, as the other commands do', () => {
  for (const [args, want] of [
    [['eval', 'ner', '--gld', 'x.txt'], /^rasd eval: unknown option --gld \(did you mean --gold\?\); --help lists the options \[RASD_E007\]$/],
    [['train', 'ner', '--epoch', '3', '--no-write'], /^rasd train: unknown option --epoch \(did you mean --epochs\?\); --help lists the options \[RASD_E007\]$/],
  ] as const) {
    const r = rasd([...args]);
    assert.notEqual(r.status, 0, args.join(' '));
    assert.match(r.stderr.trim(), want, args.join(' '));
    assert.equal(r.stdout, '', args.join(' '));
  }
});

// qa17: the reverse of the test above: every option a command takes is named in its help. `rasd train ner` took
// fifteen options its help never named (--min-count, --stack, --ensemble, --o-penalty ...), and `rasd export` gave
// --format as required (it defaults to jsonl) without explaining --no-header.
test('every option a command takes is named in its help', () => {
  const root = new URL('../', import.meta.url).pathname;
  const optionsOf = (file: string, from = 0, to = Infinity) =>
    [...readFileSync(join(root, file), 'utf8').slice(from, to).matchAll(/['"]?([a-z][a-z0-9-]*)['"]?: *\{ *type: *'(?:string|boolean)'/g)].map((m) => m[1]!).filter((o) => o !== 'help');
  const ner = readFileSync(join(root, 'src/cli/commands/ner.ts'), 'utf8');
  const evalAt = ner.indexOf('export async function evalNer');
  const cases: Array<[string[], string[]]> = [
    ...['analyze', 'ingest', 'reanalyze', 'stats', 'serve', 'export', 'worker'].map((c): [string[], string[]] => [[c], optionsOf(`src/cli/commands/${c}.ts`)]),
    [['demo'], optionsOf('src/cli/demo-serve.ts')],
    [['train', 'ner'], optionsOf('src/cli/commands/ner.ts', 0, evalAt)],
    [['eval', 'ner'], optionsOf('src/cli/commands/ner.ts', evalAt)],
  ];
  for (const [command, options] of cases) {
    assert.ok(options.length > 0, `no options read for rasd ${command.join(' ')}`);
    const r = rasd([...command, '--help']);
    assert.equal(r.status, 0, r.stderr);
    for (const o of options) assert.ok(r.stdout.includes(`--${o}`), `rasd ${command.join(' ')} takes --${o}, its help does not name it`);
  }
  const ex = rasd(['export', '--help']).stdout.split('\n')[0]!;
  assert.match(ex, /\[--format /, 'export --format has a default, so it is optional');
});

test('eval ner without --gold says so on stderr', () => {
  const r = rasd(['eval', 'ner']);
  assert.equal(r.status, 2);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /^rasd eval ner: --gold FILE is needed/);
});
