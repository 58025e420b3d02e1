import { test } from 'node:test';
import assert from 'node:assert/strict';
import { webLink } from '../../web/src/links.ts';

test('an article url is a link only when it is an http(s) address (qa14)', () => {
  assert.equal(webLink('https://example.com/news/1'), 'https://example.com/news/1');
  assert.equal(webLink(' http://example.com/a?b=1 '), 'http://example.com/a?b=1');
  assert.equal(webLink('javascript:alert(1)'), null);
  assert.equal(webLink('JaVaScRiPt:alert(1)'), null);
  assert.equal(webLink('data:text/html,<script>alert(1)</script>'), null);
  assert.equal(webLink('vbscript:msgbox(1)'), null);
  assert.equal(webLink('file:///etc/passwd'), null);
  assert.equal(webLink('example.com/no-scheme'), null);
  assert.equal(webLink(''), null);
  assert.equal(webLink(null), null);
});
