// Validates real analyzer output against the JSON Schema and the offset
// promises of the contract, on the project's samples, the seed article and
// the development articles in ../shared when they are present.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { createAnalyzer } from '../src/analyzer.ts';
import { loadResources } from '../src/resources/load.ts';
import { readInput } from '../src/io/input.ts';
import { checkAnalysis } from '../src/core/validate.ts';
import type { Analysis } from '../src/core/analysis.ts';

const root = new URL('..', import.meta.url).pathname;
const shared = join(root, '..', 'shared', 'data', 'news');

function files(dir: string, limit: number): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.txt')) out.push(p);
    }
  };
  walk(dir);
  // Every k-th file, so each source is represented.
  const step = Math.max(1, Math.floor(out.length / limit));
  return out.filter((_, i) => i % step === 0).slice(0, limit);
}

const schema = JSON.parse(readFileSync(join(root, 'schema', 'analysis.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
const analyzer = createAnalyzer(loadResources());
const inputs = [...files(join(root, 'samples'), 10), ...files(join(shared, 'seed'), 5), ...files(join(shared, 'ant-dev'), 40)];

test('real output validates against the JSON Schema and keeps its offsets', () => {
  assert.ok(inputs.length >= 4, 'no input articles found');
  let analyzed = 0;
  for (const path of inputs) {
    for (const item of readInput(path)) {
      assert.ok(item.article, `${item.label}: ${item.error}`);
      const a: Analysis = analyzer.analyzeArticle(item.article);
      const valid = validate(a);
      assert.ok(valid, `${item.label}: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
      assert.deepEqual(checkAnalysis(a), [], item.label);
      assert.ok(a.sentences.length > 0, `${item.label}: no sentences`);
      analyzed++;
    }
  }
  assert.ok(analyzed >= inputs.length);
});

test('the schema rejects what breaks the contract', () => {
  const a = analyzer.analyze('وصل الوفد إلى دمشق.', { date: '2025-10-15' });
  assert.ok(validate(a));
  assert.ok(!validate({ ...a, schema: 'rasd.analysis/2' }));
  assert.ok(!validate({ ...a, document: { ...a.document, date: '15/10/2025' } }));
  assert.ok(!validate({ ...a, entities: [{ id: 'x', type: 'PERSON', name: 'ب', nameEn: null, kbId: null, country: null, actor: null, mentions: [] }] }));
  const broken = { ...a, times: [{ start: 0, end: 3, text: 'غير', type: 'DATE' as const, value: '2025' }] };
  assert.notDeepEqual(checkAnalysis(broken), []);
});

test('document.text is the title, a blank line, then the body', () => {
  const a = analyzer.analyze('الجملة الأولى.', { title: 'العنوان' });
  assert.equal(a.document.text, 'العنوان\n\nالجملة الأولى.');
  assert.equal(a.document.title, 'العنوان');
  assert.equal(a.document.language, 'ar');
  assert.equal(analyzer.analyze('The delegation arrived in Damascus today and met the minister.').document.language, 'en');
});

test('an event placed at an actor the event stage found itself (في المملكة) refers to an entity of the analysis', () => {
  const a = analyzer.analyze(
    'الرياض - اعتقلت السلطات السعودية العام الماضي عشرات الأمراء ورجال الأعمال في سياق حملة ضد الفساد في المملكة.\nوقالت السلطات إنها اعتقلت عشرات المتهمين بالفساد في المملكة.',
    { date: '2018-05-19' },
  );
  assert.ok(a.events.length > 0, 'no event coded');
  assert.deepEqual(checkAnalysis(a), []);
});

// qa15: the text core keeps bidi marks and zero-width characters inside words, so mentions, quotes and times began or
// ended with one ("\u200Fاليمن", "البريطانية\u200E"): a span the reader cannot see the edge of, and a mention whose text
// differs from the name it was matched by.
test('no span begins or ends with an invisible format character', () => {
  const analyzer = createAnalyzer(loadResources());
  const text =
    'وقال وزير الخارجية \u200Fالأمريكي مايك بومبيو\u200E اليوم إن \u202Bواشنطن ستفرض عقوبات على \u2067إيران\u2069.\u200F\n' +
    'وأكد الرئيس\u200B \u200Bالفرنسي\u200B إيمانويل ماكرون\u200C أن "\u200Fفرنسا لن تنسحب من الاتفاق\u200E".\n' +
    'واستقبل الرئيس السوري بشار الأسد في \u200Fدمشق\u200F \u200Eأمس\u200E وزير الخارجية الروسي سيرغي لافروف.';
  const a = analyzer.analyze(text, { date: '2018-05-08', title: 'عقوبات على \u200Fإيران' });
  assert.deepEqual(checkAnalysis(a), []);
  const spans = [
    ...a.entities.flatMap((e) => e.mentions),
    ...a.quotes,
    ...a.quotes.map((q) => q.cue),
    ...a.events.map((v) => v.trigger),
    ...a.times,
  ];
  assert.ok(spans.length >= 12, `only ${spans.length} spans`);
  const edge = /^[\u200B-\u200F\u202A-\u202E\u2066-\u2069\u061C\uFEFF]|[\u200B-\u200F\u202A-\u202E\u2066-\u2069\u061C\uFEFF]$/;
  for (const s of spans) {
    assert.equal(a.document.text.slice(s.start, s.end), s.text);
    assert.doesNotMatch(s.text, edge, JSON.stringify(s.text));
  }
});
