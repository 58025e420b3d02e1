import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { openPgStore } from '../store/postgres/pg-store.ts';
import { createDatabase, dropDatabases, pgSkipReason } from '../store/postgres/test-db.ts';
import { DEFAULT_WORKER_BATCH, MIN_TAIL_BATCH, TAIL_SHARE, createBoss, enqueue, fetchSize, runWorker } from './queue.ts';
import { ingest } from './ingest.ts';
import type { SourceItem } from './sources.ts';

let skip: string | null = null;
try {
  skip = pgSkipReason();
} catch {
  // under CI the PostgreSQL store suite reports the missing server; here the queue test just runs and fails
}

function items(): SourceItem[] {
  const bodies = [
    'استقبل الرئيس الروسي في موسكو وزير الخارجية السوري لبحث العلاقات الثنائية.',
    'قال وزير الخارجية الأردني إن بلاده ترفض أي تصعيد في المنطقة.',
    'أعلنت الحكومة العراقية أمس عن خطة جديدة لإعادة إعمار مدينة الموصل.',
  ];
  return [
    ...bodies.map((text, i) => ({ label: `mem: item ${i + 1}`, article: { title: `خبر ${i + 1}`, text, date: '2025-10-15' } })),
    // the same article again, and one without text
    { label: 'mem: item 4', article: { title: 'خبر 1', text: bodies[0]!, date: '2025-10-15' } },
    { label: 'mem: item 5', error: 'empty: no text' },
  ];
}

for (const concurrency of [0, 1]) {
  test(`queue: a worker with --concurrency ${concurrency} stores every queued article once`, { skip: skip ?? false, timeout: 120_000 }, async () => {
    const url = await createDatabase('rasd_queue');
    const store = await openPgStore(url);
    try {
      const queued = await enqueue({ url, store, paths: [], items: items() });
      assert.equal(queued.enqueued, 3);
      assert.equal(queued.duplicates, 1);
      assert.equal(queued.rejected.length, 1);
      const done = await runWorker({ url, store, concurrency, batchSize: 2, exitWhenEmpty: true, maintenanceSeconds: 1 });
      assert.equal(done.stored, 3);
      assert.equal(done.rejected, 0);
      const stats = await store.stats();
      assert.equal(stats.articles, 3);
      assert.equal(stats.rejected, 1);
      // a second worker finds nothing left to do
      const again = await runWorker({ url, store, concurrency, exitWhenEmpty: true, maintenanceSeconds: 1 });
      assert.equal(again.stored + again.duplicates, 0);
    } finally {
      await store.close();
    }
  });
}

test('queue: a fetch takes a whole batch from a long queue and a share of a short one, so draining workers end together', () => {
  const b = DEFAULT_WORKER_BATCH;
  assert.equal(fetchSize(b, TAIL_SHARE * b), b);
  assert.equal(fetchSize(b, 10_000), b);
  assert.equal(fetchSize(b, TAIL_SHARE * b - 1), b);
  assert.equal(fetchSize(b, 2 * b), Math.ceil((2 * b) / TAIL_SHARE));
  assert.equal(fetchSize(b, 3), MIN_TAIL_BATCH);
  assert.equal(fetchSize(b, 0), MIN_TAIL_BATCH);
  assert.equal(fetchSize(4, 1_000), 4);
  // the last jobs of a queue of 1,000 drained by two workers: no fetch takes more than a quarter of what waits
  let waiting = 1_000;
  const sizes: number[] = [];
  while (waiting > 0) {
    const n = Math.min(waiting, fetchSize(b, Math.min(waiting, TAIL_SHARE * b)));
    sizes.push(n);
    waiting -= n;
  }
  assert.ok(sizes.slice(-4).every((n) => n <= MIN_TAIL_BATCH));
  assert.equal(sizes.reduce((x, y) => x + y, 0), 1_000);
});

test('queue: a worker takes DEFAULT_WORKER_BATCH jobs a fetch, so a short queue is one batch, one transaction', { skip: skip ?? false, timeout: 120_000 }, async () => {
  assert.ok(DEFAULT_WORKER_BATCH >= 64);
  const url = await createDatabase('rasd_queue');
  const store = await openPgStore(url);
  try {
    await enqueue({ url, store, paths: [], items: items() });
    const batches: number[] = [];
    const done = await runWorker({ url, store, concurrency: 0, exitWhenEmpty: true, maintenanceSeconds: 1, onBatch: (s) => batches.push(s.stored) });
    assert.equal(done.stored, 3);
    assert.deepEqual(batches, [3]);
  } finally {
    await store.close();
  }
});

test('queue: near the end of a queue a worker fetches a share of what waits, not a whole batch', { skip: skip ?? false, timeout: 120_000 }, async () => {
  const url = await createDatabase('rasd_queue');
  const store = await openPgStore(url);
  try {
    const cities = ['عمان', 'بغداد', 'دمشق', 'القاهرة', 'الرباط', 'تونس', 'بيروت', 'الدوحة', 'مسقط', 'صنعاء'];
    const many: SourceItem[] = Array.from({ length: 20 }, (_, i) => ({
      label: `mem: many ${i}`,
      article: { title: `نشرة ${i}`, text: `افتتح وزير الصحة في ${cities[i % 10]} مستشفى جديدا يضم ${i + 40} سريرا في اليوم ${i + 1} من الشهر.`, date: '2025-10-15' },
    }));
    assert.equal((await enqueue({ url, store, paths: [], items: many })).enqueued, 20);
    const sizes: number[] = [];
    let before = 0;
    const done = await runWorker({ url, store, concurrency: 0, batchSize: 16, exitWhenEmpty: true, maintenanceSeconds: 1, onBatch: (s) => (sizes.push(s.stored - before), (before = s.stored)) });
    assert.equal(done.stored, 20);
    // 20 waiting: a quarter is 5, so MIN_TAIL_BATCH (8); then 8 of 12; then the last 4 (a whole batch would take 16, then 4)
    assert.deepEqual(sizes, [8, 8, 4]);
  } finally {
    await store.close();
  }
});

test('queue: a worker\'s queue sessions commit asynchronously, an enqueuer\'s synchronously', { skip: skip ?? false, timeout: 120_000 }, async () => {
  const url = await createDatabase('rasd_queue');
  for (const [asyncCommit, want] of [[true, 'off'], [false, 'on']] as const) {
    const boss = createBoss(url, { asyncCommit });
    await boss.start();
    try {
      const { rows } = (await boss.getDb().executeSql('SHOW synchronous_commit', [])) as { rows: Array<{ synchronous_commit: string }> };
      assert.equal(rows[0]!.synchronous_commit, want);
    } finally {
      await boss.stop({ graceful: false, wait: true });
    }
  }
});

// qa13: ingest --queue said nothing of a date it could not read or a text not in Arabic, where plain ingest lists them
test('queue: enqueue notes a date it cannot read and a text not in Arabic, as plain ingest does', { skip: skip ?? false, timeout: 120_000 }, async () => {
  const url = await createDatabase('rasd_queue');
  const store = await openPgStore(url);
  try {
    const noted: SourceItem[] = [
      { label: 'mem: line 1', article: { title: 'خبر', text: 'أعلنت الحكومة العراقية عن خطة جديدة لإعادة إعمار مدينة الموصل.', date: null }, unreadDate: 'next week' },
      { label: 'mem: line 2', article: { title: 'News', text: 'The government announced a new plan to rebuild the city of Mosul after the war.', date: '2025-10-15' } },
      { label: 'mem: line 3', article: { title: 'خبر آخر', text: 'قال وزير الخارجية الأردني إن بلاده ترفض أي تصعيد في المنطقة.', date: '2025-10-15' } },
    ];
    const queued = await enqueue({ url, store, paths: [], items: noted });
    assert.equal(queued.enqueued, 3);
    assert.deepEqual(queued.notes.map((n) => n.path), ['mem: line 1', 'mem: line 2']);
    assert.match(queued.notes[0]!.reason, /date "next week" .*stored without a date/);
    assert.match(queued.notes[1]!.reason, /not Arabic \(language "en"\); stored anyway/);
    // once stored, queued again: already there, nothing said
    assert.equal((await runWorker({ url, store, concurrency: 0, exitWhenEmpty: true, maintenanceSeconds: 1 })).stored, 3);
    const again = await enqueue({ url, store, paths: [], items: noted });
    assert.equal(again.duplicates, 3);
    assert.deepEqual(again.notes, []);
  } finally {
    await store.close();
  }
});

// qa15: the same input queued twice before a worker ran said "3 queued" again (the job ids, keyed on the content hash,
// made pg-boss skip them without a word) and repeated the notes of articles it had not queued
test('queue: an article whose job is in the queue already is counted as such, not as queued, and noted once', { skip: skip ?? false, timeout: 120_000 }, async () => {
  const url = await createDatabase('rasd_queue');
  const store = await openPgStore(url);
  try {
    const noted: SourceItem[] = [
      { label: 'mem: line 1', article: { title: 'خبر', text: 'أعلنت الحكومة العراقية عن خطة جديدة لإعادة إعمار مدينة الموصل.', date: null }, unreadDate: 'next week' },
      { label: 'mem: line 2', article: { title: 'خبر آخر', text: 'قال وزير الخارجية الأردني إن بلاده ترفض أي تصعيد في المنطقة.', date: '2025-10-15' } },
    ];
    const first = await enqueue({ url, store, paths: [], items: noted });
    assert.equal(first.enqueued, 2);
    assert.equal(first.notes.length, 1);
    const more: SourceItem[] = [...noted, { label: 'mem: line 3', article: { title: 'خبر ثالث', text: 'وصل الوفد السوري إلى موسكو أمس لإجراء محادثات.', date: '2025-10-15' } }];
    const again = await enqueue({ url, store, paths: [], items: more });
    assert.equal(again.enqueued, 1);
    assert.equal(again.alreadyQueued, 2);
    assert.equal(again.duplicates, 0);
    assert.deepEqual(again.notes, []);
    assert.equal((await runWorker({ url, store, concurrency: 0, exitWhenEmpty: true, maintenanceSeconds: 1 })).stored, 3);
  } finally {
    await store.close();
  }
});

// qa17: an article queued again under its source's id with other text was stored beside the first, as plain ingest did
test('queue: enqueue refuses an article whose source id is stored or queued with other text', { skip: skip ?? false, timeout: 120_000 }, async () => {
  const url = await createDatabase('rasd_queue');
  const store = await openPgStore(url);
  try {
    const item = (label: string, id: string, text: string): SourceItem => ({ label, article: { id, title: 'خبر', text, date: '2025-10-15', source: 'مصدر' } });
    const first = await enqueue({ url, store, paths: [], items: [item('a: line 1', 'n-1', 'أعلنت الحكومة العراقية عن خطة جديدة لإعادة إعمار مدينة الموصل.')] });
    assert.equal(first.enqueued, 1);
    assert.equal((await runWorker({ url, store, concurrency: 0, exitWhenEmpty: true, maintenanceSeconds: 1 })).stored, 1);
    const again = await enqueue({
      url,
      store,
      paths: [],
      items: [
        item('b: line 1', 'n-1', 'قال وزير الخارجية الأردني إن بلاده ترفض أي تصعيد في المنطقة.'),
        item('b: line 2', 'n-2', 'وصل الوفد السوري إلى موسكو أمس لإجراء محادثات.'),
        item('b: line 3', 'n-2', 'وصل الوفد السوري إلى موسكو أمس لإجراء محادثات مع المسؤولين الروس.'),
      ],
    });
    assert.equal(again.enqueued, 1);
    assert.deepEqual(again.rejected.map((r) => r.path), ['b: line 1', 'b: line 3']);
    assert.match(again.rejected[0]!.reason, /^id "n-1" of source "مصدر" is already stored \(article \d+\) with other text; not stored/);
    assert.match(again.rejected[1]!.reason, /came earlier in this input with other text/);
    assert.equal((await runWorker({ url, store, concurrency: 0, exitWhenEmpty: true, maintenanceSeconds: 1 })).stored, 1);
    assert.equal((await store.stats()).articles, 2);
    assert.equal((await store.rejected()).length, 2);
  } finally {
    await store.close();
  }
});

// qa18: two ingests at once that bring the same new id with different texts both found it free before analysis and
// both stored their text (plain ingest into PostgreSQL), or both queued it and the worker stored both
test('postgres: of two ingests at once that bring one new id with different texts, one is stored and one refused', { skip: skip ?? false, timeout: 120_000 }, async () => {
  const url = await createDatabase('rasd_queue');
  const a = await openPgStore(url);
  const b = await openPgStore(url);
  try {
    const item = (label: string, id: string, text: string): SourceItem[] => [{ label, article: { id, title: 'خبر', text, date: '2025-10-15', source: 'مصدر' } }];
    const one = 'أعلنت الحكومة العراقية عن خطة جديدة لإعادة إعمار مدينة الموصل.';
    const two = 'قال وزير الخارجية الأردني إن بلاده ترفض أي تصعيد في المنطقة.';
    const [ra, rb] = await Promise.all([
      ingest({ store: a, paths: [], items: item('a: line 1', 'race-1', one), workers: 1 }),
      ingest({ store: b, paths: [], items: item('b: line 1', 'race-1', two), workers: 1 }),
    ]);
    assert.equal(ra.stored + rb.stored, 1, 'both texts were stored under one id (plain ingest)');
    const refused = [...ra.rejected, ...rb.rejected];
    assert.equal(refused.length, 1);
    assert.match(refused[0]!.reason, /^id "race-1" of source "مصدر" is already stored \(article \d+\) with other text; not stored/);
    // through the queue: both enqueues find the id free; the worker stores the first it takes and refuses the other
    const [qa, qb] = await Promise.all([
      enqueue({ url, store: a, paths: [], items: item('c: line 1', 'race-2', `${one} وتبدأ الأعمال الشهر المقبل.`) }),
      enqueue({ url, store: b, paths: [], items: item('d: line 1', 'race-2', `${two} وأضاف أن الحوار هو السبيل.`) }),
    ]);
    assert.equal(qa.enqueued + qb.enqueued, 2);
    const done = await runWorker({ url, store: a, concurrency: 0, exitWhenEmpty: true, maintenanceSeconds: 1 });
    assert.equal(done.stored, 1, 'both texts were stored under one id (queue)');
    assert.equal(done.rejected, 1);
    assert.equal((await a.stats()).articles, 2);
    const lines = (await a.rejected()).map((r) => r.reason);
    assert.equal(lines.length, 2);
    assert.ok(lines.some((l) => /^id "race-2" of source "مصدر" is already stored/.test(l)), lines.join('\n'));
  } finally {
    await a.close();
    await b.close();
  }
});

// qa18: two `ingest --queue` (or one and a worker) starting at once on a new database: pg-boss's createQueue of one
// lost to the other's with "deadlock detected" and the run ended
test('queue: six enqueues starting at once on a new database all run', { skip: skip ?? false, timeout: 120_000 }, async () => {
  const url = await createDatabase('rasd_queue');
  const store = await openPgStore(url);
  try {
    const runs = await Promise.allSettled(Array.from({ length: 6 }, () => enqueue({ url, store, paths: [], items: [] })));
    assert.deepEqual(runs.map((r) => (r.status === 'rejected' ? String(r.reason) : 'ok')), Array(6).fill('ok'));
  } finally {
    await store.close();
  }
});

after(dropDatabases);
