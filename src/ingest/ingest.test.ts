import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore, type SqliteStore } from '../store/sqlite/sqlite-store.ts';
import { ingest, reanalyze } from './ingest.ts';
import { expandPaths, fileKind } from './sources.ts';

const BODY_A = 'استقبل الرئيس الروسي في موسكو وفدا من رجال الأعمال العرب، وبحث معهم فرص الاستثمار في قطاع الطاقة والنقل.';
const BODY_B = 'أعلنت وزارة الصحة في القاهرة عن حملة تطعيم واسعة تشمل المحافظات كافة خلال الشهر المقبل.';
const PAGE_TEXT = 'قالت الحكومة التونسية إنها ستطلق برنامجا جديدا لدعم الشركات الصغيرة في المناطق الداخلية. ';

describe('ingest', () => {
  let dir: string;
  let store: SqliteStore;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'rasd-ingest-'));
    mkdirSync(join(dir, 'in', 'sub'), { recursive: true });
    writeFileSync(join(dir, 'in', 'a.txt'), `date 2025-10-15\n${BODY_A}\n`);
    writeFileSync(join(dir, 'in', 'sub', 'a-copy.txt'), `date 2025-10-15\n${BODY_A.replace(/ /g, '  ')}\n`);
    writeFileSync(join(dir, 'in', 'empty.txt'), '');
    writeFileSync(join(dir, 'in', 'blob.bin'), Buffer.from([0, 1, 2, 3, 0, 255, 0]));
    const lines = [
      JSON.stringify({ id: 'j1', title: 'حملة تطعيم', text: BODY_B, time: 'Tue, 12 Mar 2024 10:00:00 +0200', source: 'اختبار' }),
      '{"broken json',
      JSON.stringify({ id: 'j3', title: 'بلا نص' }),
    ];
    writeFileSync(join(dir, 'in', 'sub', 'items.jsonl.gz'), gzipSync(lines.join('\n') + '\n'));
    writeFileSync(
      join(dir, 'in', 'feed.xml'),
      `<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>موقع الأخبار</title>
<item><title>مباحثات في عمّان</title><link>https://example.org/n/1</link><pubDate>Wed, 05 Nov 2025 09:00:00 +0300</pubDate>
<description>ملخص قصير</description><content:encoded><![CDATA[<p>بحث وزير الخارجية الأردني في عمّان مع نظيره العراقي ملف المياه.</p><p>واتفق الجانبان على لجنة مشتركة.</p>]]></content:encoded></item>
<item><title>خبر فارغ</title><link>https://example.org/n/2</link></item>
</channel></rss>`,
    );
    writeFileSync(
      join(dir, 'in', 'atom.atom'),
      `<feed xmlns="http://www.w3.org/2005/Atom"><title>نشرة</title><entry><title>أمطار غزيرة في الجزائر</title><link href="https://example.org/x/9"/>
<updated>2025-02-01T08:00:00+01:00</updated><content type="html">&lt;p&gt;هطلت أمطار غزيرة على العاصمة الجزائرية وتسببت في قطع طرق عدة.&lt;/p&gt;</content></entry></feed>`,
    );
    writeFileSync(
      join(dir, 'in', 'page.html'),
      `<!doctype html><html><head><title>برنامج لدعم الشركات</title><meta property="article:published_time" content="2025-06-01T10:00:00+01:00">
<link rel="canonical" href="https://example.org/p/5"></head><body><nav><a href="/">الرئيسية</a></nav><article><h1>برنامج لدعم الشركات</h1>
<p>${PAGE_TEXT.repeat(4)}</p><p>${PAGE_TEXT.repeat(3)}</p></article><footer>جميع الحقوق محفوظة</footer></body></html>`,
    );
    writeFileSync(join(dir, 'in', 'menu.html'), '<!doctype html><html><body><ul><li><a href="/">الرئيسية</a></li></ul></body></html>');
    store = openSqliteStore(join(dir, 'store.db'));
  });
  after(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('expands folders and globs and tells formats apart', () => {
    const all = expandPaths([join(dir, 'in')]);
    assert.equal(all.length, 9);
    assert.deepEqual(expandPaths([join(dir, 'in', '**', '*.txt')]).map((f) => f.slice(dir.length)), ['/in/a.txt', '/in/empty.txt', '/in/sub/a-copy.txt']);
    assert.equal(fileKind(join(dir, 'in', 'feed.xml')), 'feed');
    assert.equal(fileKind(join(dir, 'in', 'atom.atom')), 'feed');
    assert.equal(fileKind(join(dir, 'in', 'page.html')), 'html');
    assert.equal(fileKind(join(dir, 'in', 'sub', 'items.jsonl.gz')), 'jsonl-stream');
  });

  it('stores every article once and records each bad item', async () => {
    const s = await ingest({ store, paths: [join(dir, 'in')], workers: 1 });
    const reasons = Object.fromEntries(s.rejected.map((r) => [r.path.slice(dir.length), r.reason]));
    assert.deepEqual(Object.keys(reasons).sort(), ['/in/blob.bin', '/in/empty.txt', '/in/feed.xml: item 2', '/in/menu.html', '/in/sub/items.jsonl.gz: line 2', '/in/sub/items.jsonl.gz: line 3']);
    assert.match(reasons['/in/menu.html']!, /not an article/);
    assert.match(reasons['/in/blob.bin']!, /binary/);
    assert.equal(s.articles, 6, 'a, its copy, jsonl line 1, rss item 1, atom entry, page');
    assert.equal(s.stored, 5);
    assert.equal(s.duplicates, 1);
    const stats = await store.stats();
    assert.equal(stats.articles, 5);
    assert.equal(stats.rejected, 6);
    const page = (await store.search({ q: 'التونسيه' })).items[0]!;
    const article = (await store.article(page.id))!;
    assert.equal(article.url, 'https://example.org/p/5');
    assert.equal(article.date, '2025-06-01');
    const rss = (await store.search({ q: 'عمان' })).items[0]!;
    assert.equal(rss.date, '2025-11-05');
    assert.equal(rss.source, 'موقع الأخبار');
    assert.match((await store.article(rss.id))!.analysis.document.text, /لجنة مشتركة/, 'full text from content:encoded');
    assert.equal((await store.search({ q: 'تطعيم' })).items[0]!.date, '2024-03-12');
  });

  // qa12: an unreadable date was dropped and a text in another language stored, both without a word
  it('notes the articles it stores without their date or not in Arabic', async () => {
    const notes = join(dir, 'notes.jsonl');
    writeFileSync(notes, [
      JSON.stringify({ id: 'n1', text: 'أعلنت الحكومة في عمان خطة جديدة لدعم المزارعين في وادي الأردن هذا العام.', date: 'next week' }),
      JSON.stringify({ id: 'n2', text: 'The minister said the talks in Geneva would resume next week after a long pause.' }),
      JSON.stringify({ id: 'n3', text: 'وصل وزير الخارجية المصري إلى الخرطوم في زيارة تستمر يومين.', date: '15/06/2018' }),
    ].join('\n') + '\n');
    const s = await ingest({ store, paths: [notes], workers: 1 });
    assert.equal(s.stored, 3);
    assert.deepEqual(s.notes.map((n) => n.path.replace(/^.*notes\.jsonl: /, '')).sort(), ['line 1', 'line 2']);
    assert.match(s.notes.find((n) => n.path.endsWith('line 1'))!.reason, /date "next week" .*stored without a date/);
    assert.match(s.notes.find((n) => n.path.endsWith('line 2'))!.reason, /not Arabic \(language "en"\); stored anyway/);
    // stored already: nothing stored, nothing said again
    assert.deepEqual((await ingest({ store, paths: [notes], workers: 1 })).notes, []);
  });

  it('is idempotent: the same inputs again store nothing new', async () => {
    const before = await store.canonicalDump();
    const s = await ingest({ store, paths: [join(dir, 'in'), join(dir, 'in', 'a.txt')], workers: 1 });
    assert.equal(s.stored, 0);
    assert.equal(s.duplicates, 6);
    assert.equal(await store.canonicalDump(), before);
  });

  it('reanalyzes articles made by another analyzer version', async () => {
    store.db.prepare("UPDATE articles SET analysis_version = 'old' WHERE id <= 2").run();
    const r = await reanalyze({ store, workers: 1 });
    assert.equal(r.reanalyzed, 2);
    assert.equal(r.failed.length, 0);
    assert.equal((await store.staleArticles(r.version, 0, 10)).length, 0);
  });

  it('with reanalyzeStale, analyzes again what another version made, even when every input is stored already', async () => {
    store.db.prepare("UPDATE articles SET analysis_version = 'old' WHERE id = 3").run();
    const s = await ingest({ store, paths: [join(dir, 'in', 'a.txt')], workers: 1, reanalyzeStale: true });
    assert.equal(s.stored, 0);
    assert.equal(s.reanalyzed, 1);
    assert.deepEqual(s.reanalyzeFailed, []);
    assert.equal((await store.staleArticles(s.analyzerVersion!, 0, 10)).length, 0);
    const plain = await ingest({ store, paths: [join(dir, 'in', 'a.txt')], workers: 1 });
    assert.equal(plain.reanalyzed, undefined);
    assert.equal(plain.analyzerVersion, null);
  });

  // qa17: an article that came again under the id its source gave, with other text, was stored beside the first
  // without a word (an updated feed item, a re-used id): now refused in one line, the first text kept, the run going on
  it('refuses an article that comes again under its source\'s id with other text, and stores the rest', async () => {
    const db = openSqliteStore(join(dir, 'ids.db'));
    try {
      const item = (label: string, id: string | undefined, text: string, source: string | null = 'مصدر') => ({ label, article: { ...(id ? { id } : {}), title: 'خبر', text, date: '2025-10-15', source } });
      const first = await ingest({ store: db, paths: [], items: [item('in: line 1', 'n-1', BODY_A)], workers: 1 });
      assert.equal(first.stored, 1);
      const second = await ingest({
        store: db,
        paths: [],
        workers: 1,
        items: [
          item('in2: line 1', 'n-1', BODY_B), // the stored id, other text: refused
          item('in2: line 2', 'n-1', BODY_A), // the stored id, the same text: a duplicate
          item('in2: line 3', 'n-2', PAGE_TEXT), // a new id: stored
          item('in2: line 4', 'n-2', `${PAGE_TEXT} وأضافت أن البرنامج يبدأ الشهر المقبل.`), // the same id again in this input, other text: refused
          item('in2: line 5', 'n-1', `${BODY_B} وتبدأ الحملة يوم الأحد.`, 'مصدر آخر'), // the id of another source: stored
          item('in2: line 6', undefined, `${BODY_B} وقالت الوزارة إن الحملة مجانية.`), // no id: stored
        ],
      });
      assert.equal(second.stored, 3);
      assert.equal(second.duplicates, 1);
      assert.deepEqual(second.rejected.map((r) => r.path), ['in2: line 1', 'in2: line 4']);
      assert.match(second.rejected[0]!.reason, /^id "n-1" of source "مصدر" is already stored \(article 1\) with other text; not stored \(the store keeps the text it has\)$/);
      assert.match(second.rejected[1]!.reason, /^id "n-2" of source "مصدر" came earlier in this input with other text; not stored \(the first is kept\)$/);
      assert.equal((await db.stats()).articles, 4);
      assert.equal((await db.rejected()).length, 2);
      const kept = await db.articlesByDocId(['n-1']);
      assert.deepEqual(kept.map((k) => k.source).sort(), ['مصدر', 'مصدر آخر']);
    } finally {
      await db.close();
    }
  });

  // qa18: two ingests at once (two processes; here two connections to one file) that bring the same new id with
  // different texts both looked it up before analysis, found nothing, and both stored theirs: one is now refused
  it('of two ingests at once that bring one new id with different texts, stores one and refuses the other in one line', async () => {
    const path = join(dir, 'race.db');
    const a = openSqliteStore(path);
    const b = openSqliteStore(path);
    try {
      const item = (label: string, text: string) => [{ label, article: { id: 'race-1', title: 'خبر', text, date: '2025-10-15', source: 'مصدر' } }];
      const [ra, rb] = await Promise.all([
        ingest({ store: a, paths: [], items: item('a: line 1', BODY_A), workers: 1 }),
        ingest({ store: b, paths: [], items: item('b: line 1', BODY_B), workers: 1 }),
      ]);
      assert.equal(ra.stored + rb.stored, 1, 'both texts were stored under one id');
      const refused = [...ra.rejected, ...rb.rejected];
      assert.equal(refused.length, 1);
      assert.match(refused[0]!.reason, /^id "race-1" of source "مصدر" is already stored \(article 1\) with other text; not stored \(the store keeps the text it has\)$/);
      assert.equal((await a.stats()).articles, 1);
      assert.deepEqual((await a.rejected()).map((r) => r.reason), [refused[0]!.reason]);
    } finally {
      await a.close();
      await b.close();
    }
  });
});
