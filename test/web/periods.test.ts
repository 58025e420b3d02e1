import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fillPeriods, nextPeriod, periodRange, weekOf } from '../../web/src/periods.ts';

test("week labels follow SQLite's %W, which the store's dyad buckets use, not the ISO week", () => {
  // 2025 starts on a Wednesday: its first Monday (6 January) starts week 01; 1-5 January are week 00
  assert.equal(weekOf('2025-01-01'), '2025-W00');
  assert.equal(weekOf('2025-01-06'), '2025-W01');
  assert.equal(weekOf('2025-07-21'), '2025-W29');
  assert.deepEqual(periodRange('2025-W29'), { from: '2025-07-21', to: '2025-07-27' });
  assert.deepEqual(periodRange('2025-W00'), { from: '2025-01-01', to: '2025-01-05' });
  // a week that would cross the year's end stops at 31 December (1 January is the next year's week 00)
  assert.deepEqual(periodRange('2025-W52'), { from: '2025-12-29', to: '2025-12-31' });
  // 2018 starts on a Monday: there is no week 00 and %W matches the ISO week
  assert.equal(weekOf('2018-01-01'), '2018-W01');
  assert.deepEqual(periodRange('2018-W07'), { from: '2018-02-12', to: '2018-02-18' });
  // every day of a range is labelled with that range's week
  for (const w of ['2023-W00', '2023-W06', '2024-W09', '2025-W05']) {
    const { from, to } = periodRange(w);
    assert.equal(weekOf(from), w);
    assert.equal(weekOf(to), w);
  }
});

test('months and days', () => {
  assert.deepEqual(periodRange('2024-02'), { from: '2024-02-01', to: '2024-02-29' });
  assert.deepEqual(periodRange('2018-03-05'), { from: '2018-03-05', to: '2018-03-05' });
  assert.equal(nextPeriod('2018-12'), '2019-01');
  assert.equal(nextPeriod('2018-02-28'), '2018-03-01');
  assert.equal(nextPeriod('2025-W52'), '2026-W00');
  assert.equal(nextPeriod('2018-W52'), '2018-W53'); // 31 December 2018 is a Monday
  assert.equal(nextPeriod('2018-W53'), '2019-W00');
});

test('empty periods between the first and the last are filled in, so the time axis is even', () => {
  const got = fillPeriods([{ p: '2018-02', n: 1 }, { p: '2018-05', n: 3 }], (x) => x.p, (p) => ({ p, n: 0 }));
  assert.deepEqual(got.map((x) => `${x.p}:${x.n}`), ['2018-02:1', '2018-03:0', '2018-04:0', '2018-05:3']);
  const weeks = fillPeriods([{ p: '2018-W07' }, { p: '2018-W10' }], (x) => x.p, (p) => ({ p }));
  assert.deepEqual(weeks.map((x) => x.p), ['2018-W07', '2018-W08', '2018-W09', '2018-W10']);
  const one = [{ p: '2018-W07' }];
  assert.equal(fillPeriods(one, (x) => x.p, (p) => ({ p })), one);
  // a label it does not know is left as it is rather than guessed at
  const odd = [{ p: 'x' }, { p: 'y' }];
  assert.deepEqual(fillPeriods(odd, (x) => x.p, (p) => ({ p })), odd);
});
