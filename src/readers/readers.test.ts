import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readArticles, detectFormat } from './index.ts';
import { parsePublicationDate, unreadDateNote } from './date.ts';
import { findHeadings } from './headings.ts';

test('detects each format from the content', () => {
  assert.equal(detectFormat('date 2025-10-15\nنص'), 'seed');
  assert.equal(detectFormat('  date 2025-10-15 نص على السطر نفسه'), 'seed');
  assert.equal(detectFormat('<DOC>\n<TEXT>نص</TEXT></DOC>'), 'ant');
  assert.equal(detectFormat('{"text":"نص"}\n{"text":"آخر"}'), 'jsonl');
  assert.equal(detectFormat('{\n  "text": "نص"\n}'), 'json');
  assert.equal(detectFormat('[{"text":"نص"}]'), 'json');
  assert.equal(detectFormat('مجرد نص عادي.'), 'text');
});

test('seed format: date line, body, headings', () => {
  const [item] = readArticles('date 2024-03-12\nوصل الوفد إلى القاهرة.\n\nأهداف الزيارة\n\nوقال الوزير إن الزيارة مهمة.');
  assert.equal(item!.article!.date, '2024-03-12');
  assert.equal(item!.article!.title ?? null, null);
  const body = item!.article!.text;
  assert.deepEqual(item!.article!.headings!.map((h) => body.slice(h.start, h.end)), ['أهداف الزيارة']);
});

test('ANT format: fields, date as written in its zone, abstract not repeated', () => {
  const doc = `<DOC>
<DOCNO>XX-1-20180219</DOCNO>
<URL>http://example.org/a</URL>
<SRC>Example</SRC>
<TITLE>عنوان الخبر &amp; تفاصيله</TITLE>
<TIME>Mon, 19 Feb 2018 00:16:11 +0400</TIME>
<ABSTRACT>
ملخص يكرر المقدمة.
</ABSTRACT>
<TEXT>
  السطر الأول من الخبر.

  السطر الثاني.
</TEXT>
</DOC>`;
  const [item] = readArticles(doc);
  const a = item!.article!;
  assert.equal(a.id, 'XX-1-20180219');
  assert.equal(a.title, 'عنوان الخبر & تفاصيله');
  assert.equal(a.date, '2018-02-19');
  assert.equal(a.source, 'Example');
  assert.equal(a.url, 'http://example.org/a');
  assert.equal(a.text, 'السطر الأول من الخبر.\n\nالسطر الثاني.');
  assert.ok(!a.text.includes('ملخص'));
});

test('JSON Lines: one article a line, bad lines reported, rest read', () => {
  const items = readArticles('{"id":"a","title":"ع","text":"نص أول","time":"2018-02-19T10:00:00+03:00"}\n{oops\n{"id":"c"}\n{"id":"d","text":"نص رابع","date":"2020-01-02"}\n');
  assert.equal(items.length, 4);
  assert.equal(items[0]!.article!.date, '2018-02-19');
  assert.equal(items[1]!.error!.code, 'RASD_E005');
  assert.equal(items[1]!.where, 'line 2');
  assert.equal(items[2]!.error!.code, 'RASD_E011');
  assert.equal(items[3]!.article!.id, 'd');
});

test('JSON array and object', () => {
  assert.equal(readArticles('[{"text":"أ"},{"text":"ب"}]').length, 2);
  assert.equal(readArticles('{"text":"نص", "source":"مصدر"}')[0]!.article!.source, 'مصدر');
  assert.equal(readArticles('[1, "x"]')[0]!.error!.code, 'RASD_E011');
  assert.equal(readArticles('{"text": ')[0]!.error!.code, 'RASD_E005');
});

test('plain text takes --date; empty and oversized inputs are errors', () => {
  assert.equal(readArticles('نص عادي.', { date: '2020-05-05' })[0]!.article!.date, '2020-05-05');
  assert.equal(readArticles('   \n ')[0]!.error!.code, 'RASD_E001');
  assert.equal(readArticles('ب'.repeat(1_000_001))[0]!.error!.code, 'RASD_E004');
});

test('the source date wins over --date', () => {
  assert.equal(readArticles('date 2025-10-15\nنص', { date: '2020-01-01' })[0]!.article!.date, '2025-10-15');
});

test('publication dates as written', () => {
  assert.equal(parsePublicationDate('Sat, 10 Mar 2018 10:22:08 GMT'), '2018-03-10');
  assert.equal(parsePublicationDate('Mon, 19 Feb 2018 00:16:11 +0400'), '2018-02-19');
  assert.equal(parsePublicationDate('2025-10-15T23:30:00-05:00'), '2025-10-15');
  assert.equal(parsePublicationDate('2018/3/5'), '2018-03-05');
  assert.equal(parsePublicationDate('31 Feb 2018'), null);
  assert.equal(parsePublicationDate('yesterday'), null);
});

// qa12: day-first, month-name-first and Arabic-Indic dates were no date at all, and nothing said so
test('publication dates: day-first, month first, Arabic-Indic digits; an unreadable one is noted', () => {
  assert.equal(parsePublicationDate('15/06/2018'), '2018-06-15');
  assert.equal(parsePublicationDate('5-6-2018 10:00'), '2018-06-05');
  assert.equal(parsePublicationDate('06/15/2018'), '2018-06-15');
  assert.equal(parsePublicationDate('June 15, 2018'), '2018-06-15');
  assert.equal(parsePublicationDate('٢٠١٨-٠٦-١٥'), '2018-06-15');
  assert.equal(parsePublicationDate('١٥/٦/٢٠١٨'), '2018-06-15');
  assert.equal(parsePublicationDate('31/02/2018'), null);
  const json = readArticles(JSON.stringify({ id: 'x', text: 'وصل الوفد إلى دمشق.', date: '2018-13-45' }))[0]!;
  assert.equal(json.article!.date, null);
  assert.equal(json.unreadDate, '2018-13-45');
  assert.equal(unreadDateNote(json.unreadDate!, 'analyzed', json.article!.date), 'date "2018-13-45" is not a date rasd reads (YYYY-MM-DD, D/M/YYYY, RFC 822, ISO 8601 or "7 مايو 2018"); analyzed without a date');
  const seed = readArticles('date 2025-02-30\nوصل الوفد إلى دمشق.', { date: '2025-01-01' })[0]!;
  assert.equal(seed.article!.date, '2025-01-01');
  assert.equal(seed.unreadDate, '2025-02-30');
  assert.match(unreadDateNote(seed.unreadDate!, 'stored', seed.article!.date), /date "2025-02-30" .*; stored with the date given for the run, 2025-01-01$/);
  const ant = readArticles('<DOC><DOCNO>a</DOCNO><TIME> soon </TIME><TEXT>وصل الوفد إلى دمشق.</TEXT></DOC>')[0]!;
  assert.equal(ant.unreadDate, 'soon');
  assert.match(unreadDateNote('x'.repeat(80), 'analyzed', null), /^date "x{60}" is not/);
  assert.equal(readArticles(JSON.stringify({ text: 'نص', date: '15/06/2018' }))[0]!.unreadDate, undefined);
  assert.equal(readArticles(JSON.stringify({ text: 'نص' }))[0]!.unreadDate, undefined);
  assert.equal(readArticles(JSON.stringify({ text: '', date: 'x' }))[0]!.unreadDate, undefined);
});

test('headings are short unpunctuated lines after the lead', () => {
  const body = 'جملة المقدمة بلا نقطة\nجملة الخبر الأولى.\n\nخلفية الأزمة\nقال الوزير: نعم.\n' + 'هذا سطر طويل بلا علامة ترقيم في آخره لكنه أطول من أن يكون عنوانا فرعيا';
  assert.deepEqual(findHeadings(body).map((h) => body.slice(h.start, h.end)), ['خلفية الأزمة']);
});

// qa9: JSON escapes can carry what a decoded file cannot: lone surrogates (a store keeps them as three U+FFFD each,
// shifting every later span) and NUL characters (cut off by SQLite's text functions, refused by the API).
test('JSON articles: lone surrogates become U+FFFD in every field, the length kept', () => {
  const [item] = readArticles('{"id":"x\\ud800","title":"عنوان \\udc00","text":"وصل الوفد \\ud800 إلى دمشق","source":"s\\ud800"}', { format: 'jsonl' });
  const a = item!.article!;
  assert.equal(a.text, 'وصل الوفد \ufffd إلى دمشق');
  assert.equal(a.title, 'عنوان \ufffd');
  assert.equal(a.source, 's\ufffd');
  assert.equal(a.id, 'x\ufffd');
});

test('JSON articles: a NUL character in a field is rejected, not stored', () => {
  const items = readArticles('{"text":"وصل الوفد\\u0000 إلى دمشق"}\n{"title":"a\\u0000","text":"وصل الوفد إلى دمشق"}\n{"text":"وصل الوفد إلى دمشق"}');
  assert.match(items[0]!.error?.message ?? '', /NUL/);
  assert.equal(items[0]!.error?.code, 'RASD_E002');
  assert.match(items[1]!.error?.message ?? '', /"title" contains NUL/);
  assert.ok(items[2]!.article);
});

test('JSON articles: a "text" that is not a string is not an article', () => {
  const items = readArticles('{"text":12345,"date":"2018-05-06"}\n{"text":["وصل الوفد"]}\n{"id":7,"text":"وصل الوفد إلى دمشق"}');
  assert.equal(items[0]!.error?.code, 'RASD_E011');
  assert.equal(items[1]!.error?.code, 'RASD_E011');
  assert.equal(items[2]!.article?.id, '7');
});

// qa9: the title goes into the document text, so a megabyte "title" went around the article length limit
test('over-long titles and other fields are refused like over-long text', () => {
  const items = readArticles(
    [
      JSON.stringify({ title: 'عنوان '.repeat(400_000), text: 'وصل الوفد إلى دمشق.' }),
      JSON.stringify({ url: `https://example.org/${'a'.repeat(3000)}`, text: 'وصل الوفد إلى دمشق.' }),
      JSON.stringify({ title: 'عنوان عادي', text: 'وصل الوفد إلى دمشق.' }),
    ].join('\n'),
    { format: 'jsonl' },
  );
  assert.equal(items[0]!.error?.code, 'RASD_E004');
  assert.match(items[0]!.error!.message, /"title" is 2400000 characters, over the limit of 1000/);
  assert.match(items[1]!.error!.message, /"url" is \d+ characters, over the limit of 2000/);
  assert.ok(items[2]!.article);
});

// qa9: the format was told from the first 4,096 characters, so JSON Lines whose first article is longer (most real
// articles) were taken for one JSON document and failed whole: `rasd analyze corpus.jsonl` read nothing
test('JSON Lines with long lines are JSON Lines', () => {
  const long = 'وصل الرئيس الروسي إلى دمشق أمس والتقى نظيره السوري في القصر الجمهوري. '.repeat(80);
  const text = `${JSON.stringify({ id: 'L1', text: long })}\n${JSON.stringify({ id: 'L2', text: long })}\n`;
  assert.equal(detectFormat(text), 'jsonl');
  assert.deepEqual(readArticles(text).map((i) => i.article?.id), ['L1', 'L2']);
  assert.equal(detectFormat(`{\n  "text": "${long}"\n}`), 'json');
});

// qa15: feed dates written in Arabic were reported as dates rasd cannot read
test('publication dates written in Arabic, with the time stage\'s month names', () => {
  assert.equal(parsePublicationDate('الاثنين 7 مايو 2018'), '2018-05-07');
  assert.equal(parsePublicationDate('الإثنين، 7 أيار 2018 - 10:30'), '2018-05-07');
  assert.equal(parsePublicationDate('٧ أيار/مايو ٢٠١٨'), '2018-05-07');
  assert.equal(parsePublicationDate('12 كانون الأول (ديسمبر) 2019'), '2019-12-12');
  assert.equal(parsePublicationDate('يوم الخميس 03 جويلية 2014'), '2014-07-03');
  assert.equal(parsePublicationDate('1 آب 2017 م'), '2017-08-01');
  assert.equal(parsePublicationDate('30 شباط 2018'), null);
  assert.equal(parsePublicationDate('7 أيار/حزيران 2018'), null);
  assert.equal(parsePublicationDate('7 مايو'), null);
  assert.equal(parsePublicationDate('منذ ساعتين'), null);
});
