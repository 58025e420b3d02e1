import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { goldFilesIn, goldSplit, namesArticle, readArticleGold, readGoldRecords, requireGold, requireSplit } from './gold-corpus.ts';

const dir = mkdtempSync(join(tmpdir(), 'rasd-gold-'));
const write = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};

test('gold records: comments skipped, records kept, each fault named by file and line', () => {
  const ok = write('ok.jsonl', '{"_about": "x"}\n\n{"article": "../shared/a.txt"}\n{"corpus": "c.jsonl.gz", "id": "7"}\n');
  assert.equal(readGoldRecords(ok, 'jsonl', namesArticle, 'an article').length, 2);
  assert.throws(() => readGoldRecords(write('bad.jsonl', '{"article": "a"}\n{oops\n'), 'jsonl', namesArticle, 'x'), /bad\.jsonl: line 2: malformed JSON/);
  assert.throws(() => readGoldRecords(write('arr.jsonl', '[1]\n'), 'jsonl', namesArticle, 'x'), /arr\.jsonl: line 1: not a gold record/);
  assert.throws(() => readGoldRecords(write('none.jsonl', '{"article": ""}\n'), 'jsonl', namesArticle, '"article"'), /none\.jsonl: line 1: the gold record names no article \("article"\)/);
  assert.throws(() => readGoldRecords(join(dir, 'missing.jsonl'), 'jsonl', namesArticle, 'x'), /missing\.jsonl: no such gold file/);
  assert.throws(() => readGoldRecords(dir, 'jsonl', namesArticle, 'x'), /is a folder, not a gold file/);
  assert.equal(readGoldRecords(write('one.json', '{\n "article": "a",\n "events": []\n}\n'), 'json', namesArticle, 'x').length, 1);
});

test('gold folders and empty gold are refused', () => {
  assert.throws(() => goldFilesIn(join(dir, 'nope'), '.json'), /nope: no such gold folder/);
  assert.throws(() => goldFilesIn(write('file.txt', ''), '.json'), /not a folder of gold files/);
  assert.deepEqual(goldFilesIn(dir, '.json').map((p) => p.slice(dir.length + 1)), ['one.json']);
  assert.throws(() => requireGold(0, 'X'), /no gold records in X/);
  requireGold(1, 'X');
});

test('--split names a split some gold record is of, or is refused with the splits there are', () => {
  const golds = [{ split: 'dev2' }, {}, { split: 'heldout' }];
  assert.equal(goldSplit({}), 'dev');
  requireSplit(undefined, golds, 'gold article');
  requireSplit('dev', golds, 'gold article');
  requireSplit('heldout', golds, 'gold article');
  assert.throws(() => requireSplit('dev3', golds, 'gold article'), /^RasdError: --split "dev3": no gold article of that split \(dev2, dev, heldout\)/);
  assert.throws(() => requireSplit('x', golds, 'gold file', '/g'), /--split "x": no gold file of that split in \/g \(dev2, dev, heldout\)/);
});

test('article gold of several files: every record that names its article, none at all refused', () => {
  const a = write('a.jsonl', '{"_about": "x"}\n{"article": "../shared/a.txt", "split": "dev"}\n');
  const b = write('b.jsonl', '{"corpus": "c.jsonl.gz", "id": "9"}\n');
  assert.deepEqual(readArticleGold<{ split?: string }>([a, b], 'jsonl').map(goldSplit), ['dev', 'dev']);
  const none = write('none-only.jsonl', '{"_about": "nothing yet"}\n');
  assert.throws(() => readArticleGold([none], 'jsonl'), /no gold records in .*none-only\.jsonl/);
  assert.throws(() => readArticleGold([none], 'json', 'the folder'), /no gold records in the folder/);
  assert.throws(() => readArticleGold([write('x.jsonl', '{"path": "a"}\n')], 'jsonl'), /names no article \("article", or "corpus" and "id"\)/);
});
