// The web UI's files: served with their types from a dist folder however its
// path is written, unknown paths fall back to index.html (client-side routes),
// and nothing outside the folder is ever served.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from './app.ts';
import type { Store } from '../store/store.ts';

const dist = mkdtempSync(join(tmpdir(), 'rasd-dist-'));
mkdirSync(join(dist, 'assets'));
writeFileSync(join(dist, 'index.html'), '<!doctype html><div id="root"></div>');
writeFileSync(join(dist, 'assets', 'app.js'), 'console.log(1)');
writeFileSync(join(tmpdir(), 'rasd-secret.txt'), 'secret');

for (const webDist of [dist, `${dist}/`]) {
  test(`serves the UI from "${webDist.endsWith('/') ? 'dist/' : 'dist'}"`, async () => {
    const app = createApp({ store: {} as Store, webDist, log: () => {} });
    const js = await app.request('/assets/app.js');
    assert.equal(js.status, 200);
    assert.match(js.headers.get('content-type') ?? '', /javascript/);
    assert.equal(await js.text(), 'console.log(1)');
    const route = await app.request('/entity/12');
    assert.match(await route.text(), /id="root"/);
    for (const path of ['/../rasd-secret.txt', '/%2e%2e/rasd-secret.txt', '/assets/../../rasd-secret.txt']) {
      const res = await app.request(path);
      assert.doesNotMatch(await res.text(), /secret/, path);
    }
  });
}

// qa15: with the UI built, a mistyped API path (/api/stat, /api/stats/, /API/stats) answered 200 with the UI's
// index.html, so an API client read HTML where it expected JSON; a missing file (/favicon.ico, an asset name of an
// older build) was index.html too, served as its own type.
test('an unknown API path is a JSON 404 and a missing file a 404, with the UI built', async () => {
  const app = createApp({ store: {} as Store, webDist: dist, log: () => {} });
  for (const path of ['/api/nothing', '/api/', '/api', '/api/stats/', '/API/stats', '/api/articles/1/', '/Api/search?q=x']) {
    const res = await app.request(path);
    assert.equal(res.status, 404, path);
    assert.match(res.headers.get('content-type') ?? '', /json/, path);
    assert.match(((await res.json()) as { error: string }).error, /no route GET/, path);
  }
  for (const path of ['/favicon.ico', '/assets/index-0ld.js', '/robots.txt']) {
    const res = await app.request(path);
    assert.equal(res.status, 404, path);
    assert.doesNotMatch(await res.text(), /id="root"/, path);
  }
  // the UI's own routes still get the page
  for (const path of ['/', '/index.html', '/search', '/entity/12']) assert.match(await (await app.request(path)).text(), /id="root"/, path);
});

// qa17: a method an API path does not take was a 404 "no route" (as if the path were not there), and without the UI
// built an unknown API path was {"error": "not found"} where with it it was "no route GET ..."
test('a method an API path does not take is a 405 naming the methods it takes; an unknown API path the same 404 with or without the UI', async () => {
  for (const webDist of [dist, undefined]) {
    const app = createApp({ store: {} as Store, webDist, log: () => {} });
    const cases: Array<[string, string, string]> = [
      ['PUT', '/api/stats', 'GET, HEAD'],
      ['DELETE', '/api/articles/5', 'GET, HEAD'],
      ['GET', '/api/analyze', 'POST'],
      ['PATCH', '/api/articles', 'POST'],
      ['POST', '/api/openapi.json', 'GET, HEAD'],
    ];
    for (const [method, path, allow] of cases) {
      const res = await app.request(path, { method });
      assert.equal(res.status, 405, `${method} ${path}`);
      assert.equal(res.headers.get('allow'), allow, `${method} ${path}`);
      assert.deepEqual(await res.json(), { error: `${method} is not allowed on ${path} (allowed: ${allow})` });
    }
    for (const path of ['/api/nothing', '/api/stats/', '/api/articles/5/x']) {
      const res = await app.request(path);
      assert.equal(res.status, 404, path);
      assert.deepEqual(await res.json(), { error: `no route GET ${path}` }, `${path} ${webDist ? 'with' : 'without'} the UI`);
    }
  }
});
