// qa18: a failing assert.ok (or assert(...)) without a message makes Node build one from the source: it reads the
// test file at the source-mapped call site and parses forward with acorn, token by token. On the 300-line TypeScript
// browser test that ran for more than twenty minutes at full CPU (qa17's phone test "hung"; a CPU profile of the stuck
// process showed only acorn under assert's findColumn). The browser tests are the costly place for it: there every
// assert.ok carries its message.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = new URL('./e2e/', import.meta.url).pathname;

/** The `assert.ok(...)` and bare `assert(...)` calls of `source` that have one argument, as `line: text`. */
export function messageless(source: string): string[] {
  const out: string[] = [];
  const re = /\bassert(?:\.ok)?\(/g;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    let depth = 1;
    let commas = 0;
    let quote: string | null = null;
    let i = m.index + m[0].length;
    for (; i < source.length && depth > 0; i++) {
      const ch = source[i]!;
      if (quote) {
        if (ch === '\\') i++;
        else if (ch === quote) quote = null;
      } else if (ch === '"' || ch === "'" || ch === '`') quote = ch;
      else if ('([{'.includes(ch)) depth++;
      else if (')]}'.includes(ch)) depth--;
      else if (ch === ',' && depth === 1) commas++;
    }
    if (commas === 0) out.push(`${source.slice(0, m.index).split('\n').length}: ${source.slice(m.index, i).replace(/\s+/g, ' ')}`);
  }
  return out;
}

test('messageless finds a one-argument assert.ok and passes one with a message', () => {
  assert.deepEqual(messageless("assert.ok(f(a, b));\nassert.ok(x > 1, 'x, too small');\nassert(y);"), ['1: assert.ok(f(a, b))', '3: assert(y)']);
  assert.deepEqual(messageless("assert.ok(`a,${b})`, 'm');"), []);
});

test('every assert.ok of the browser tests carries its message', () => {
  const found = readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .flatMap((f) => messageless(readFileSync(join(dir, f), 'utf8')).map((l) => `${f}:${l}`));
  assert.deepEqual(found, []);
});
