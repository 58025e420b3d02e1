import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadResources } from '../resources/load.ts';
import { createAnalyzer } from '../analyzer.ts';
import type { Analysis } from '../core/analysis.ts';

const analyzer = createAnalyzer(loadResources());
const run = (text: string, date = '2018-05-01') => analyzer.analyze(text, { date });

/** The kbId or English name of the entity whose title mention covers `words`. */
function titleOf(a: Analysis, words: string): string | null {
  const at = a.document.text.indexOf(words);
  assert.ok(at >= 0, words);
  for (const e of a.entities) {
    const m = e.mentions.find((x) => x.kind === 'title' && x.start <= at && x.end > at);
    if (m) {
      assert.equal(a.document.text.slice(m.start, m.end), m.text);
      return e.kbId && !e.kbId.startsWith('x:') ? e.kbId : e.nameEn;
    }
  }
  return null;
}

test("a country's envoy in a Security Council or General Assembly story is its envoy to the UN", () => {
  const a = run('شهدت جلسة مجلس الأمن الدولي سجالا حادا حول سوريا. وقال المندوب الروسي إن بلاده ترفض الاتهامات.');
  assert.equal(titleOf(a, 'المندوب الروسي'), 'per:vasily-nebenzya');
  const b = run('صوتت الجمعية العامة على القرار بأغلبية كبيرة، وهاجمت المندوبة الأمريكية الدول التي أيدته.', '2017-12-21');
  assert.equal(titleOf(b, 'المندوبة الأمريكية'), 'per:nikki-haley');
});

test('an envoy in a story that names neither the UN nor its two councils stays generic', () => {
  const a = run('التقى المندوب الروسي وفد المعارضة في جنيف لبحث الدستور السوري.');
  assert.notEqual(titleOf(a, 'المندوب الروسي'), 'per:vasily-nebenzya');
});
