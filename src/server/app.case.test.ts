import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createAnalyzer } from '../analyzer.ts';
import { loadResources } from '../resources/load.ts';
import { fixtureRecords } from '../store/fixtures.ts';
import type { Store } from '../store/store.ts';
import { createApp } from './app.ts';
import { GDELT_COLUMNS } from './export.ts';

/**
 * The HTTP API suite, run against any Store factory: app.test.ts runs it on
 * SQLite, store/postgres/postgres.test.ts on PostgreSQL.
 */
export function apiSuite(name: string, open: () => Promise<Store>): void {
describe(`HTTP API: ${name}`, () => {
  let store: Store;
  let app: ReturnType<typeof createApp>;
  let ids: number[];
  const logged: string[] = [];
  before(async () => {
    store = await open();
    ids = (await store.putArticles(fixtureRecords())).map((r) => r.id);
    app = createApp({ store, analyzer: () => createAnalyzer(loadResources()), log: (l) => logged.push(l) });
  });
  after(async () => store.close());

  const get = async (path: string) => {
    const res = await app.request(path);
    return { status: res.status, body: await res.json() };
  };
  const post = (path: string, body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
    app.request(path, { method: 'POST', body, headers });

  it('searches with snippets and highlights from the original text', async () => {
    const { status, body } = await get(`/api/search?q=${encodeURIComponent('موسكو')}`);
    assert.equal(status, 200);
    assert.equal(body.total, 3);
    const hit = body.items.find((h: { id: number }) => h.id === ids[2]);
    const words = hit.highlights.map((h: { start: number; end: number }) => hit.snippet.slice(h.start - hit.snippetStart, h.end - hit.snippetStart));
    assert.ok(words.includes('بموسكو'));
  });

  it('serves articles, entity lookups and profiles, events, dyads, quotes, stats', async () => {
    const article = await get(`/api/articles/${ids[0]}`);
    assert.equal(article.body.analysis.entities.length, 4);
    const found = await get(`/api/entities?name=${encodeURIComponent('Putin')}`);
    assert.equal(found.status, 200);
    // an English name matches from the start of any of its words (a surname alone finds the person), not mid-word
    assert.equal(found.body.items[0]?.nameEn, 'Vladimir Putin');
    assert.equal((await get(`/api/entities?name=${encodeURIComponent('utin')}`)).body.items.length, 0, 'English lookup matches the start of a word');
    const putin = (await get(`/api/entities?name=${encodeURIComponent('بوتين')}`)).body.items[0];
    // qa13: a name typed with a proclitic found nothing, though the search strips it
    const lookup = async (name: string) => (await get(`/api/entities?name=${encodeURIComponent(name)}`)).body.items.map((e: { nameEn: string | null; name: string }) => e.nameEn ?? e.name);
    assert.deepEqual(await lookup('وبوتين'), ['Vladimir Putin']);
    assert.deepEqual(await lookup('بالكرملين'), ['الكرملين']);
    assert.deepEqual(await lookup('للسيسي'), ['Abdel Fattah el-Sisi']);
    assert.deepEqual(await lookup('وأنقرة'), ['Ankara']);
    const profile = await get(`/api/entities/${putin.id}`);
    assert.equal(profile.body.eventsAsSource.length, 2);
    assert.equal((await get(`/api/events?source=${putin.id}&plover=CONSULT`)).body.total, 2);
    const dyad = await get('/api/dyads?a=RUS&b=SYR&interval=month');
    assert.equal(dyad.body.buckets[0].events, 3);
    assert.equal((await get(`/api/quotes?text=${encodeURIComponent('تهجير')}`)).body.total, 1);
    assert.deepEqual(Object.keys((await get('/api/stats')).body), ['articles', 'stories', 'entities', 'quotes', 'events', 'rejected']);
  });

  it('documents itself', async () => {
    const doc = await get('/api/openapi.json');
    assert.equal(doc.body.openapi, '3.1.0');
    assert.ok(doc.body.paths['/api/dyads'].get);
    const page = await app.request('/api/docs');
    assert.match(await page.text(), /GET \/api\/search/);
    assert.match(await (await app.request('/')).text(), /\/api\/docs/);
  });

  it('exports events as GDELT-style TSV, JSON Lines and CSV', async () => {
    const tsv = await (await app.request('/api/export/events?format=gdelt')).text();
    const rows = tsv.trim().split('\n');
    assert.equal(rows[0]!.split('\t').length, GDELT_COLUMNS.length);
    assert.equal(rows.length, 7);
    const row = rows.find((r) => r.includes('\tRUSGOV\t'))!.split('\t');
    assert.equal(row[GDELT_COLUMNS.indexOf('Actor1Name')], 'VLADIMIR PUTIN');
    assert.equal(row[GDELT_COLUMNS.indexOf('Actor1Type1Code')], 'GOV');
    assert.equal(row[GDELT_COLUMNS.indexOf('NumSources')], '2');
    assert.equal(row.length, GDELT_COLUMNS.length);
    const jsonl = (await (await app.request('/api/export/events?format=jsonl')).text()).trim().split('\n');
    assert.equal(jsonl.length, 6);
    const csv = (await (await app.request('/api/export/events?format=csv')).text()).trim().split('\n');
    assert.equal(csv.length, 7);
    // qa18: the download opens with a UTF-8 byte-order mark (Excel); Response.text() drops it, so read the bytes
    const bytes = new Uint8Array(await (await app.request('/api/export/events?format=csv')).arrayBuffer());
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.notEqual(new Uint8Array(await (await app.request('/api/export/events?format=jsonl')).arrayBuffer())[0], 0xef);
  });

  it('analyzes and ingests posted text', async () => {
    const res = await post('/api/analyze', JSON.stringify({ text: 'وصل وفد إلى موسكو اليوم.', date: '2025-01-02' }));
    assert.equal(res.status, 200);
    assert.equal((await res.json()).document.date, '2025-01-02');
    const body = JSON.stringify({ title: 'خبر جديد', text: 'اجتمع وزراء الخارجية العرب في الرياض لبحث الأوضاع الإقليمية.', source: 'اختبار' });
    const first = await post('/api/articles', body);
    assert.equal(first.status, 201);
    const again = await post('/api/articles', body);
    assert.equal(again.status, 200);
    assert.equal((await again.json()).inserted, false);
    assert.equal((await get(`/api/search?q=${encodeURIComponent('بالرياض')}`)).body.total, 1);
  });

  it('answers hostile input with 400 JSON errors, never 500', async () => {
    const bad = [
      '/api/search?from=2025-13-45',
      '/api/search?to=yesterday',
      '/api/search?page=0',
      '/api/search?pageSize=100000',
      '/api/search?page=1e999',
      '/api/search?entity=-1',
      '/api/search?eventType=%27%3B%20DROP%20TABLE%20articles%3B--',
      `/api/search?q=${'ا'.repeat(600)}`,
      '/api/search?q=%00abc',
      '/api/search?bogus=1',
      '/api/articles/0',
      '/api/articles/1.5',
      '/api/articles/99999999999999999999',
      "/api/articles/1%27%20OR%201=1",
      '/api/entities',
      '/api/entities/abc',
      '/api/events?source=rus',
      '/api/events?cameo=04%25',
      '/api/events?modality=maybe',
      '/api/dyads?a=RUS',
      '/api/dyads?a=RUS&b=SYR&interval=year',
      '/api/dyads?a=RUS&b=SYR&directed=maybe',
      '/api/quotes?speaker=x',
      '/api/export/events?format=xml',
      // qa12: a well-formed name that is no PLOVER type answered an empty list
      '/api/search?eventType=XYZ',
      '/api/events?plover=ATTACK',
      '/api/places?plover=XYZ',
      '/api/events?plover=consult',
    ];
    for (const path of bad) {
      const res = await app.request(path);
      assert.equal(res.status, 400, `${path} → ${res.status}`);
      assert.equal(typeof (await res.json()).error, 'string');
    }
    assert.equal((await app.request('/api/articles/999999')).status, 404);
    assert.equal((await app.request('/api/nothing')).status, 404);
    const posts: Array<[string, Record<string, string> | undefined, number]> = [
      ['{not json', undefined, 400],
      ['[]', undefined, 400],
      ['null', undefined, 400],
      ['{"text": 5}', undefined, 400],
      ['{"text": "   "}', undefined, 400],
      ['{"text": "نص", "date": "2025-02-30"}', undefined, 400],
      [JSON.stringify({ text: 'ا'.repeat(300_000) }), undefined, 413],
      ['{"text": "نص"}', { 'content-type': 'text/plain' }, 415],
      ['x'.repeat(2 * 1024 * 1024), undefined, 413],
      // qa12: a body that is not UTF-8 was read as U+FFFD and analyzed or stored so; a UTF-16 one was "malformed"
      ['{"text": "نص"}', { 'content-type': 'application/json; charset=utf-16' }, 415],
    ];
    for (const [body, headers, status] of posts) {
      for (const route of ['/api/analyze', '/api/articles']) {
        const res = await post(route, body, headers);
        assert.equal(res.status, status, `${route} ${body.slice(0, 30)} → ${res.status}`);
      }
    }
    for (const route of ['/api/analyze', '/api/articles']) {
      const invalid = Uint8Array.from([...new TextEncoder().encode('{"text": "وصل الوفد'), 0xff, ...new TextEncoder().encode(' إلى دمشق."}')]);
      const res = await app.request(route, { method: 'POST', body: invalid, headers: { 'content-type': 'application/json' } });
      assert.equal(res.status, 400, `${route} invalid UTF-8 → ${res.status}`);
      assert.match((await res.json()).error, /not valid UTF-8/);
      const bom = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('{"text": "وصل الوفد إلى دمشق."}')]);
      assert.equal((await app.request('/api/analyze', { method: 'POST', body: bom, headers: { 'content-type': 'application/json; charset=UTF-8' } })).status, 200);
    }
    assert.equal((await store.stats()).articles, 5, 'the tables survived');
    assert.deepEqual(logged, [], 'no internal errors');
  });

  it('refuses entity ids past the store\'s range with a 400, on both engines (qa11: PostgreSQL answered 500)', async () => {
    for (const path of [
      '/api/search?entity=2147483648',
      '/api/search?entity=99999999999999',
      '/api/events?source=2147483648',
      '/api/events?actor=99999999999999',
      '/api/quotes?speaker=2147483648',
      '/api/dyads?a=2147483648&b=RUS',
    ]) {
      const res = await app.request(path);
      assert.equal(res.status, 400, `${path} → ${res.status}`);
      assert.match((await res.json()).error, /2147483647/);
    }
    assert.equal((await app.request('/api/search?entity=2147483647')).status, 200);
    assert.equal((await app.request('/api/entities/2147483648')).status, 404);
    assert.deepEqual(logged, [], 'no internal errors');
  });

  it('requires the token for writes when one is set', async () => {
    const guarded = createApp({ store, token: 's3cret', analyzer: () => createAnalyzer(loadResources()) });
    const body = JSON.stringify({ text: 'نص قصير للاختبار.' });
    assert.equal((await guarded.request('/api/analyze', { method: 'POST', body, headers: { 'content-type': 'application/json' } })).status, 401);
    assert.equal((await guarded.request('/api/analyze', { method: 'POST', body, headers: { 'content-type': 'application/json', authorization: 'Bearer nope' } })).status, 401);
    assert.equal((await guarded.request('/api/analyze', { method: 'POST', body, headers: { 'content-type': 'application/json', authorization: 'Bearer s3cret' } })).status, 200);
    assert.equal((await guarded.request('/api/stats')).status, 200, 'reads stay open');
  });

  // qa9: JSON escapes carry lone surrogates (SQLite read them back as three U+FFFD each: every later span moved)
  it('stores posted text with a lone surrogate so that its spans still slice back', async () => {
    const text = 'أعلن الجيش \udc00 اللبناني اليوم توقيف شخصين في طرابلس بتهمة الإرهاب.';
    const res = await post('/api/articles', JSON.stringify({ text, source: 'اختبار', title: 'عنوان \ud800' }));
    assert.equal(res.status, 201);
    const stored = (await get(`/api/articles/${(await res.json()).id}`)).body.analysis;
    const t: string = stored.document.text;
    assert.ok(t.includes('\ufffd') && !/[\ud800-\udfff]/.test(t));
    const mentions = stored.entities.flatMap((e: { mentions: Array<{ start: number; end: number; text: string }> }) => e.mentions);
    assert.ok(mentions.length >= 2);
    for (const m of mentions) assert.equal(t.slice(m.start, m.end), m.text);
    const analyzed = await (await post('/api/analyze', JSON.stringify({ text }))).json();
    assert.equal(analyzed.document.text, text.replace('\udc00', '\ufffd'));
  });

  it('refuses NUL in any posted field, unknown body fields, repeated and unknown query parameters', async () => {
    const bodies = [
      { text: 'وصل الوفد إلى دمشق.', title: 'a\u0000b' },
      { text: 'وصل الوفد إلى دمشق.', source: '\u0000' },
      { text: 'وصل الوفد إلى دمشق.', lang: 'ar' },
    ];
    for (const b of bodies) {
      for (const route of ['/api/analyze', '/api/articles']) {
        const res = await post(route, JSON.stringify(b));
        assert.equal(res.status, 400, `${route} ${JSON.stringify(b)} → ${res.status}`);
        assert.equal(typeof (await res.json()).error, 'string');
      }
    }
    for (const path of ['/api/search?q=a&q=b', '/api/events?source=RUS&source=SYR', '/api/export/events?format=csv&format=jsonl', '/api/sources?x=1', '/api/stats?x=1']) {
      const res = await app.request(path);
      assert.equal(res.status, 400, `${path} → ${res.status}`);
      assert.match((await res.json()).error, /more than once|unknown parameter/);
    }
  });

  // qa15: on SQLite an export that had not been read to its end (a HEAD request, a slow or stalled download) held a
  // statement open on the store's one connection, and every later query of the process failed ("This database
  // connection is busy executing a query": searches and posts answered 500 until the server was restarted)
  it('an export left unread does not stop other requests', async () => {
    const head = await app.request('/api/export/events?format=gdelt', { method: 'HEAD' });
    assert.equal(head.status, 200);
    const open = await app.request('/api/export/events?format=jsonl');
    const reader = open.body!.getReader();
    assert.ok(!(await reader.read()).done);
    const search = await app.request(`/api/search?q=${encodeURIComponent('موسكو')}`);
    assert.equal(search.status, 200, await search.clone().text());
    const events = await app.request('/api/events?pageSize=5');
    assert.equal(events.status, 200);
    const posted = await post('/api/articles', JSON.stringify({ text: 'وصل وفد من وزارة الخارجية المصرية إلى عمّان أمس لبحث التعاون بين البلدين.', date: '2025-10-16' }));
    assert.equal(posted.status, 201, await posted.clone().text());
    // the export read on afterwards is whole: one line per stored event
    let text = '';
    const decoder = new TextDecoder();
    for (let r = await reader.read(); !r.done; r = await reader.read()) text += decoder.decode(r.value, { stream: true });
    assert.ok(text.split('\n').filter(Boolean).length >= 2);
  });
});
}
