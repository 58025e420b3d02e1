import { test } from 'node:test';
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { openSqliteStore } from '../store/sqlite/sqlite-store.ts';
import { fixtureRecords } from '../store/fixtures.ts';
import { startServer, isLoopback } from './serve.ts';

function raw(port: number, payload: string): Promise<string> {
  return new Promise((resolve) => {
    const s = connect(port, '127.0.0.1', () => s.end(payload));
    let out = '';
    s.on('data', (d) => (out += d));
    s.on('close', () => resolve(out));
    s.on('error', () => resolve(out));
  });
}

test('the server survives malformed HTTP and keeps answering', async () => {
  const store = openSqliteStore(':memory:');
  await store.putArticles(fixtureRecords());
  const server = await startServer({ store, port: 0 });
  try {
    await raw(server.port, 'GARBAGE\r\n\r\n');
    await raw(server.port, 'GET /api/search?q=%%%% HTTP/1.1\r\nHost: x\r\n\r\n');
    await raw(server.port, `GET /${'a'.repeat(70_000)} HTTP/1.1\r\nHost: x\r\n\r\n`);
    await raw(server.port, 'POST /api/analyze HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"text":');
    const res = await fetch(`${server.url}api/stats`);
    assert.equal(res.status, 200);
    assert.equal(((await res.json()) as { articles: number }).articles, 4);
  } finally {
    await server.close();
    await store.close();
  }
});

test('binding beyond loopback needs a token', async () => {
  assert.ok(isLoopback('127.0.0.1') && isLoopback('::1') && !isLoopback('0.0.0.0'));
  const store = openSqliteStore(':memory:');
  await assert.rejects(startServer({ store, host: '0.0.0.0', port: 0 }), /token/);
  await store.close();
});

// qa9: the server used to drop such connections without a word (curl: "Empty reply from server").
test('malformed HTTP and an over-long URL get a JSON 400 / 431, not an empty reply', async () => {
  const store = openSqliteStore(':memory:');
  const server = await startServer({ store, port: 0 });
  try {
    const long = await raw(server.port, `GET /api/search?q=${'a'.repeat(70_000)} HTTP/1.1\r\nHost: x\r\n\r\n`);
    assert.match(long, /^HTTP\/1\.1 431 /);
    assert.match(long, /\r\n\r\n\{"error":"[^"]+"\}$/);
    const garbage = await raw(server.port, 'GARBAGE\r\n\r\n');
    assert.match(garbage, /^HTTP\/1\.1 400 /);
    assert.match(garbage, /content-type: application\/json/i);
    assert.equal((await fetch(`${server.url}api/stats`)).status, 200);
  } finally {
    await server.close();
    await store.close();
  }
});
