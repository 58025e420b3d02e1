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
