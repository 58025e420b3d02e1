/**
 * The store test suite, shared by every Store implementation: sqlite.test.ts
 * runs it on SQLite, and a PostgreSQL store runs the same function with its
 * own factory. (Files named *.case.test.ts are not run by themselves.)
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Store } from './store.ts';
import { fixtureRecords, makeAnalysis, FIXTURES } from './fixtures.ts';
import { articleContentHash } from './keys.ts';

export function storeSuite(name: string, open: () => Promise<Store>): void {
  describe(`Store: ${name}`, () => {
    let store: Store;
    let ids: number[];
    before(async () => {
      store = await open();
      ids = (await store.putArticles(fixtureRecords())).map((r) => r.id);
    });
    after(async () => store.close());

    it('stores each article once, by content hash', async () => {
      const again = await store.putArticles(fixtureRecords());
      assert.deepEqual(again.map((r) => r.inserted), [false, false, false, false]);
      assert.deepEqual(again.map((r) => r.id), ids);
      const stats = await store.stats();
      assert.equal(stats.articles, 4);
      assert.equal(stats.quotes, 3);
      assert.equal(stats.events, 6);
    });

    // qa17: ingest refuses an article that comes again under its source's id with other text; it looks the id up here
    it('finds stored articles by the document id their source gave', async () => {
      const docId = (await store.article(ids[0]!))!.analysis.document.id;
      const found = await store.articlesByDocId([docId, docId, 'no-such-id']);
      assert.equal(found.length, 1);
      assert.equal(found[0]!.id, ids[0]);
      assert.equal(found[0]!.docId, docId);
      assert.equal(found[0]!.source, 'وكالة الأنباء الأولى');
      assert.equal(found[0]!.contentHash, fixtureRecords()[0]!.contentHash);
      assert.deepEqual(await store.articlesByDocId([]), []);
    });

    // qa18: two ingests that both looked a new id up before analysis both stored their text; the write now refuses the
    // second under its own lock, whether it comes in a later batch or in the same one
    it('refuses an article whose source id is stored with other text, in a later batch or the same one', async () => {
      const fresh = await open();
      try {
        const recs = fixtureRecords();
        const withId = (k: number, docId: string, source: string) => {
          const r = recs[k]!;
          return { ...r, analysis: { ...r.analysis, document: { ...r.analysis.document, id: docId, source } } };
        };
        const [first] = await fresh.putArticles([withId(0, 'feed-1', 'مصدر')]);
        assert.equal(first!.inserted, true);
        const [second] = await fresh.putArticles([withId(1, 'feed-1', 'مصدر')]);
        assert.deepEqual(second, { id: first!.id, inserted: false, idTaken: true });
        const batch = await fresh.putArticles([withId(2, 'feed-2', 'مصدر'), withId(3, 'feed-2', 'مصدر'), withId(1, 'feed-1', 'مصدر آخر')]);
        assert.deepEqual(batch.map((r) => [r.inserted, r.idTaken ?? false]), [[true, false], [false, true], [true, false]]);
        assert.equal(batch[1]!.id, batch[0]!.id);
        // the same text under its id again is a duplicate, not a refusal
        const [again] = await fresh.putArticles([withId(0, 'feed-1', 'مصدر')]);
        assert.deepEqual(again, { id: first!.id, inserted: false });
        assert.equal((await fresh.stats()).articles, 3);
      } finally {
        await fresh.close();
      }
    });

    it('lists sources and places, and keeps each event with its sentence', async () => {
      const sources = await store.sources();
      assert.equal(sources.reduce((n, s) => n + s.articles, 0), 4);
      assert.ok(sources.every((s) => s.source && s.articles > 0));
      const places = await store.places({});
      const moscow = places.find((p) => p.lat === 55.7558);
      assert.ok(moscow, JSON.stringify(places));
      assert.equal(moscow.country, 'RUS');
      assert.ok(moscow.articles >= 1);
      assert.deepEqual(await store.places({ from: '2100-01-01' }), []);
      const events = await store.events({ pageSize: 100 });
      for (const e of events.items) assert.ok(e.evidence && e.evidence.includes(e.trigger), `event ${e.id} evidence ${e.evidence} lacks ${e.trigger}`);
    });

    it('treats re-wrapped whitespace as the same content', async () => {
      const spec = FIXTURES[3]!;
      const hash = articleContentHash({ title: `  ${spec.title} `, text: spec.body.replace(/ /g, '  \n') });
      assert.ok((await store.knownHashes([hash, 'f'.repeat(64)])).has(hash));
      assert.equal((await store.knownHashes(['f'.repeat(64)])).size, 0);
    });

    it('merges entities across articles by kbId and by normalized name', async () => {
      const stats = await store.stats();
      // Putin, al-Sharaa, Moscow, Kremlin (no kbId, merged by name), Ankara, Sisi, Blinken, Cairo
      assert.equal(stats.entities, 8);
      const [putin] = await store.findEntities('بوتين');
      assert.ok(putin, 'found by a mention name');
      assert.equal(putin.kbId, 'Q7747');
      assert.equal(putin.articles, 2);
      const [kremlin] = await store.findEntities('الكرملين');
      assert.equal(kremlin!.articles, 3);
      assert.equal(kremlin!.key, 'name:ORG:الكرملين');
    });

    it('finds entities by Arabic name in any spelling and by English name', async () => {
      assert.equal((await store.findEntities('انقره'))[0]?.nameEn, 'Ankara');
      assert.equal((await store.findEntities('ankara'))[0]?.name, 'أنقرة');
      assert.equal((await store.findEntities('Vladimir'))[0]?.kbId, 'Q7747');
      // a surname alone, as an analyst types it, finds the full English name ("Putin", "Sisi" of "al-Sisi")
      assert.equal((await store.findEntities('Putin'))[0]?.kbId, 'Q7747');
      assert.equal((await store.findEntities('puti'))[0]?.kbId, 'Q7747');
      assert.deepEqual((await store.findEntities('utin')).map((e) => e.kbId), []);
      assert.equal((await store.findEntities('Sharaa'))[0]?.kbId, 'Q-sharaa');
      assert.deepEqual(await store.findEntities('لا يوجد اسم كهذا'), []);
      assert.deepEqual(await store.findEntities('   '), []);
    });

    it('groups near-duplicate wire copies into one story with the number of sources', async () => {
      const a = await store.article(ids[0]!);
      const b = await store.article(ids[1]!);
      const c = await store.article(ids[2]!);
      assert.ok(a && b && c);
      assert.equal(a.storyId, b.storyId);
      assert.notEqual(a.storyId, c.storyId);
      assert.deepEqual(a.storyArticles, [ids[1]]);
      assert.equal((await store.stats()).stories, 3);
      const events = await store.events({ plover: 'CONSULT', from: '2025-10-15', to: '2025-10-15' });
      assert.equal(events.total, 2);
      assert.ok(events.items.every((e) => e.numSources === 2));
    });

    it('returns an article with its full analysis, spans intact', async () => {
      const a = await store.article(ids[0]!);
      assert.ok(a);
      const text = a.analysis.document.text;
      assert.equal(a.analysis.entities.length, 4);
      for (const e of a.analysis.entities) for (const m of e.mentions) assert.equal(text.slice(m.start, m.end), m.text);
      for (const q of a.analysis.quotes) assert.equal(text.slice(q.start, q.end), q.text);
      assert.equal(a.entityIds.e1, (await store.findEntities('Vladimir Putin'))[0]!.id);
      assert.equal(await store.article(999_999), null);
    });

    it('finds a word with attached clitics: موسكو finds بموسكو', async () => {
      const res = await store.search({ q: 'موسكو' });
      assert.deepEqual(new Set(res.items.map((h) => h.id)), new Set([ids[0], ids[1], ids[2]]));
      const third = res.items.find((h) => h.id === ids[2])!;
      const article = (await store.article(ids[2]!))!;
      const words = third.highlights.map((h) => article.analysis.document.text.slice(h.start, h.end));
      assert.ok(words.includes('بموسكو'), `highlights: ${words.join(', ')}`);
      for (const h of third.highlights) {
        assert.equal(third.snippet.slice(h.start - third.snippetStart, h.end - third.snippetStart), article.analysis.document.text.slice(h.start, h.end));
      }
    });

    it('folds hamza forms and diacritics in queries and text', async () => {
      assert.deepEqual((await store.search({ q: 'انقرة' })).items.map((h) => h.id), [ids[2]]);
      assert.deepEqual((await store.search({ q: 'تركي' })).items.map((h) => h.id), [ids[2]]);
      assert.deepEqual((await store.search({ q: 'تُرْكِيّ' })).items.map((h) => h.id), [ids[2]]);
      assert.equal((await store.search({ q: 'الاعمار' })).total, 2);
    });

    it('filters search by date, source, entity and event type, with paging', async () => {
      assert.equal((await store.search({ q: 'استقبل', from: '2025-01-01' })).total, 2);
      assert.equal((await store.search({ q: 'استقبل', to: '2024-12-31' })).total, 1);
      assert.equal((await store.search({ source: 'صحيفة المساء' })).total, 2);
      const sisi = (await store.findEntities('السيسي'))[0]!;
      assert.deepEqual((await store.search({ entity: sisi.id })).items.map((h) => h.id), [ids[3]]);
      assert.deepEqual((await store.search({ eventType: 'DEMAND' })).items.map((h) => h.id), [ids[3]]);
      // a text query with each filter (the text-and-filter path of each engine)
      assert.deepEqual(new Set((await store.search({ q: 'استقبل', source: 'وكالة الأنباء الأولى' })).items.map((h) => h.id)), new Set([ids[0], ids[3]]));
      assert.deepEqual((await store.search({ q: 'استقبل', entity: sisi.id })).items.map((h) => h.id), [ids[3]]);
      assert.equal((await store.search({ q: 'موسكو', entity: sisi.id })).total, 0);
      assert.deepEqual((await store.search({ q: 'استقبل', eventType: 'DEMAND' })).items.map((h) => h.id), [ids[3]]);
      assert.deepEqual((await store.search({ q: 'الكرملين', source: 'صحيفة المساء', from: '2025-11-01' })).items.map((h) => h.id), [ids[2]]);
      assert.equal((await store.search({ q: 'الكرملين', eventType: 'DEMAND' })).total, 0);
      const p2 = await store.search({ pageSize: 3, page: 2 });
      assert.equal(p2.total, 4);
      assert.equal(p2.items.length, 1);
      assert.equal((await store.search({ q: '"*) OR NEAR(' })).total, 0);
      assert.equal((await store.search({ q: 'كلمةلاتوجد' })).total, 0);
    });

    it('builds an entity profile', async () => {
      const putin = (await store.findEntities('بوتين'))[0]!;
      const p = await store.entityProfile(putin.id);
      assert.ok(p);
      assert.equal(p.nameEn, 'Vladimir Putin');
      assert.ok(p.names.some((n) => n.name === 'فلاديمير بوتين'));
      assert.deepEqual(p.mentionsOverTime.map((m) => [m.period, m.articles]), [['2025-10', 2]]);
      assert.ok(p.cooccurring.some((c) => c.nameEn === 'Ahmed al-Sharaa' && c.together === 2));
      assert.equal(p.quotes.length, 2);
      assert.equal(p.eventsAsSource.length, 2);
      assert.equal(p.eventsAsTarget.length, 1);
      assert.equal(await store.entityProfile(123_456), null);
    });

    it('keeps the standing of a fallback reading with its event', async () => {
      const all = (await store.events({ pageSize: 100 })).items;
      assert.deepEqual(all.filter((e) => e.standing === 'fallback').map((e) => `${e.plover} ${e.trigger}`), ['COOPERATE بحث']);
      assert.ok(all.filter((e) => e.standing !== 'fallback').every((e) => e.standing === null));
    });

    it('filters events by actor, country, cameo, modality and dates', async () => {
      const sisi = (await store.findEntities('السيسي'))[0]!;
      assert.equal((await store.events({ source: { entity: sisi.id } })).total, 1);
      assert.equal((await store.events({ source: { code: 'USA' } })).total, 1);
      assert.equal((await store.events({ source: { code: 'USAGOV' } })).items[0]!.plover, 'DEMAND');
      assert.equal((await store.events({ actor: { code: 'EGY' } })).total, 1);
      assert.equal((await store.events({ actor: { code: 'USA' } })).total, 2);
      assert.equal((await store.events({ cameo: '04' })).total, 4);
      assert.equal((await store.events({ cameo: '%' })).total, 0);
      assert.equal((await store.events({ modality: 'requested' })).total, 1);
      assert.equal((await store.events({ from: '2025-01-01' })).total, 4);
      assert.equal((await store.events({ pageSize: 2 })).items.length, 2);
    });

    it('counts a dyad by PLOVER type with mean Goldstein per period', async () => {
      const rus = { code: 'RUS' };
      const syr = { code: 'SYR' };
      const month = await store.dyad({ a: rus, b: syr, interval: 'month' });
      assert.deepEqual(month, [{ period: '2025-10', events: 3, goldsteinMean: 2.433, byPlover: { CONSULT: 2, COOPERATE: 1 } }]);
      const directed = await store.dyad({ a: rus, b: syr, interval: 'day', directed: true });
      assert.deepEqual(directed.map((b) => [b.period, b.events]), [['2025-10-15', 2]]);
      assert.equal((await store.dyad({ a: rus, b: syr, interval: 'week' }))[0]!.period, '2025-W41');
    });

    it('finds quotes by speaker and by text', async () => {
      const putin = (await store.findEntities('بوتين'))[0]!;
      assert.equal((await store.quotes({ speaker: putin.id })).total, 2);
      const byText = await store.quotes({ text: 'تهجير' });
      assert.equal(byText.total, 1);
      assert.equal(byText.items[0]!.speakerName, 'عبد الفتاح السيسي');
      assert.equal((await store.quotes({ text: '%' })).total, 0);
    });

    it('records rejected items once each', async () => {
      await store.reject([{ path: 'a.txt', reason: 'empty file' }, { path: 'a.txt', reason: 'empty file' }, { path: 'b.bin', reason: 'binary' }]);
      await store.reject([{ path: 'a.txt', reason: 'empty file' }]);
      assert.equal((await store.rejected()).length, 2);
      assert.equal((await store.stats()).rejected, 2);
    });

    it('replaces an analysis and lists stale articles', async () => {
      assert.equal((await store.staleArticles('text.v1 fixture.v1', 0, 10)).length, 0);
      const stale = await store.staleArticles('text.v2', 0, 10);
      assert.equal(stale.length, 4);
      const spec = FIXTURES[2]!;
      const fresh = makeAnalysis({ ...spec, entities: [], events: [] });
      await store.replaceAnalysis(ids[2]!, fresh, 'text.v2');
      assert.equal((await store.staleArticles('text.v2', 0, 10)).length, 3);
      const stats = await store.stats();
      assert.equal(stats.events, 5);
      assert.equal(stats.entities, 7, 'Ankara was only in that article');
      assert.equal((await store.findEntities('الكرملين'))[0]!.articles, 2);
      assert.equal((await store.search({ q: 'بموسكو' })).total, 3, 'the text index stays');
    });

    it('gives the same canonical dump whatever the order of ingest', async () => {
      const other = await open();
      try {
        const records = fixtureRecords();
        await other.putArticles([records[3]!, records[1]!]);
        await other.putArticles([records[2]!, records[0]!]);
        const mine = await open();
        try {
          await mine.putArticles(fixtureRecords());
          assert.equal(await other.canonicalDump(), await mine.canonicalDump());
        } finally {
          await mine.close();
        }
      } finally {
        await other.close();
      }
    });

    it('exports every event and article', async () => {
      let events = 0;
      for await (const _ of store.allEvents()) events++;
      assert.equal(events, 5);
      let articles = 0;
      for await (const a of store.allArticles()) articles += a.analysis.document.text.length > 0 ? 1 : 0;
      assert.equal(articles, 4);
    });
  });

  describe(`Store: ${name}: search paths and the read cache`, () => {
    let store: Store;
    let ids: number[];
    before(async () => {
      store = await open();
      ids = (await store.putArticles(fixtureRecords())).map((r) => r.id);
    });
    after(async () => store.close());

    it('ranks the same with and without a filter that keeps every match, and counts past the last page', async () => {
      const plain = await store.search({ q: 'الرئيس', pageSize: 2 });
      const filtered = await store.search({ q: 'الرئيس', from: '1900-01-01', pageSize: 2 });
      assert.ok(plain.total >= 3, `total ${plain.total}`);
      assert.equal(filtered.total, plain.total);
      assert.deepEqual(filtered.items.map((h) => h.id), plain.items.map((h) => h.id));
      const second = await store.search({ q: 'الرئيس', pageSize: 2, page: 2 });
      assert.equal(second.total, plain.total);
      assert.equal(new Set([...plain.items, ...second.items].map((h) => h.id)).size, plain.items.length + second.items.length);
      const past = await store.search({ q: 'الرئيس', pageSize: 2, page: 50 });
      assert.deepEqual([past.total, past.items.length], [plain.total, 0]);
      for (const h of plain.items) assert.ok(h.highlights.length > 0 && h.snippet.length > 0, JSON.stringify(h));
    });

    it('never answers from the cache after a write', async () => {
      const q = { q: 'مرفأ' };
      assert.equal((await store.search(q)).total, 0);
      const putin = (await store.findEntities('بوتين'))[0]!;
      const before = await store.entityProfile(putin.id);
      const spec = { ...FIXTURES[0]!, title: 'بوتين يزور مرفأ جديدا', date: '2026-02-03', url: 'https://example.org/a/cache' };
      const added = await store.putArticles([{ analysis: makeAnalysis(spec), contentHash: articleContentHash({ title: spec.title, text: spec.body }), analysisVersion: 'text.v1 fixture.v1' }]);
      assert.ok(added[0]!.inserted);
      const after = await store.search(q);
      assert.deepEqual(after.items.map((h) => h.id), [added[0]!.id]);
      const profile = (await store.entityProfile(putin.id))!;
      assert.equal(profile.articles, before!.articles + 1);
      assert.deepEqual(profile.mentionsOverTime.at(-1), { period: '2026-02', articles: 1, mentions: profile.mentionsOverTime.at(-1)!.mentions });
      assert.ok(ids.length === 4);
    });

    it('puts an entity named at two points on the map at its commonest point, not their average (qa11)', async () => {
      // The places stage puts a country named by its capital (واشنطن) at the country's point and at the capital's:
      // averaging the rows put the United States in Missouri, and the two engines gave different features.
      const own = await open();
      try {
        const usa = { id: 'e1', type: 'LOC' as const, name: 'الولايات المتحدة', nameEn: 'United States', kbId: 'cty:USA', country: 'USA', mentions: ['الولايات المتحدة'] };
        const country = { entity: 'e1', lat: 38, lon: -97, country: 'USA', feature: 'country' };
        const capital = { entity: 'e1', lat: 38.895, lon: -77.0366, country: 'USA', feature: 'PPLC' };
        const specs = [
          { title: 'الولايات المتحدة ترسل وفدا', body: 'أرسلت الولايات المتحدة وفدا إلى المنطقة اليوم.', places: [country] },
          { title: 'واشنطن تعلن موقفها', body: 'أعلنت واشنطن أن الولايات المتحدة ستدعم الاتفاق.', places: [country, capital], entities: [{ ...usa, mentions: ['الولايات المتحدة', 'واشنطن'] }] },
          { title: 'الولايات المتحدة تدرس العرض', body: 'قالت الولايات المتحدة إنها تدرس العرض.', places: [country] },
        ].map((s) => ({ entities: [usa], ...s, date: '2025-10-15', source: 'مصدر' }));
        await own.putArticles(specs.map((spec) => ({ analysis: makeAnalysis(spec), contentHash: articleContentHash({ title: spec.title, text: spec.body }), analysisVersion: 'text.v1 fixture.v1' })));
        const places = await own.places({});
        assert.equal(places.length, 1, JSON.stringify(places));
        assert.deepEqual({ lat: places[0]!.lat, lon: places[0]!.lon, feature: places[0]!.feature, articles: places[0]!.articles }, { lat: 38, lon: -97, feature: 'country', articles: 3 });
      } finally {
        await own.close();
      }
    });

    it('names an entity by its shortest writing across articles, in any order (a typo once written does not win)', async () => {
      // The name was the least string: "الوزارة الدفاع", a typo of one article, named the body of 176 others.
      const own = await open();
      try {
        const body = (name: string, kbId: string) => ({ id: 'e1', type: 'ORG' as const, name, nameEn: 'Defence Ministry', kbId, mentions: [name] });
        const specs = [
          { title: 'بيان أول', body: 'وقالت الوزارة الدفاع إن الدورية عادت.', entities: [body('الوزارة الدفاع', 'x:org:a')] },
          { title: 'بيان ثان', body: 'وقالت وزارة الدفاع إن الدورية عادت.', entities: [body('وزارة الدفاع', 'x:org:a')] },
          { title: 'بيان ثالث', body: 'وأعلنت وزارة الدفاع أن الطائرة هبطت.', entities: [body('وزارة الدفاع', 'x:org:b')] },
          { title: 'بيان رابع', body: 'وأعلنت الوزارة الدفاع أن الطائرة هبطت.', entities: [body('الوزارة الدفاع', 'x:org:b')] },
        ].map((s) => ({ ...s, date: '2025-10-15', source: 'مصدر' }));
        // One article at a time: the longer writing is stored first for x:org:a and last for x:org:b.
        for (const spec of specs) await own.putArticles([{ analysis: makeAnalysis(spec), contentHash: articleContentHash({ title: spec.title, text: spec.body }), analysisVersion: 'text.v1 fixture.v1' }]);
        const found = await own.findEntities('وزارة الدفاع');
        assert.deepEqual(found.map((e) => `${e.kbId} ${e.name} ${e.articles}`).sort(), ['x:org:a وزارة الدفاع 2', 'x:org:b وزارة الدفاع 2']);
      } finally {
        await own.close();
      }
    });
  });
}
