// qa15: the server answers a missing file with a 404 now (it was the UI's page), and the page declared no icon, so every
// first load asked for /favicon.ico and logged "Failed to load resource: 404" in the browser's console.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

test('the page declares its icon, so the browser does not ask for /favicon.ico', () => {
  const html = readFileSync(new URL('../../web/index.html', import.meta.url), 'utf8');
  assert.match(html, /<link rel="icon" href="data:,"/);
});
