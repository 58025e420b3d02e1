/**
 * Rules of the quotes30 pass (docs/quotes.md, "Fourteenth session: the speaker's entity"). The sentences are written
 * for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotesOf as run, type Spec } from './speaker-cases.ts';

test('"الوكالة" after "وكالة X" whose name mention leaves the noun out is that body (a noun whose own first letter is و)', () => {
  const body: Spec = { id: 'b', type: 'ORG', kbId: 'x:org:1', forms: [['مكافحة الفيضانات', 'name']] };
  const text = 'غمرت المياه قرى الساحل. وقالت وكالة مكافحة الفيضانات إن عدد القتلى ارتفع. كما أفادت الوكالة أن آلاف الأشخاص مفقودون.';
  const qs = run(text, [body]);
  assert.equal(qs.at(-1)?.speakerText, 'الوكالة');
  assert.equal(qs.at(-1)?.speaker, 'b');
  // Another noun before the name is its own thing: "الهيئة" is not the body named after "لجنة".
  const other = run('غمرت المياه قرى الساحل. وقالت لجنة مكافحة الفيضانات إن عدد القتلى ارتفع. كما أفادت الهيئة أن آلاف الأشخاص مفقودون.', [body]);
  assert.equal(other.at(-1)?.speaker, null);
});

test('a government the KB lacks, named with its state, speaks as that state; one the KB has stays the body', async () => {
  const { loadResources } = await import('../resources/load.ts');
  const { buildStages, createAnalyzer } = await import('../analyzer.ts');
  const resources = loadResources();
  const analyzer = createAnalyzer(resources, buildStages(resources).filter((s) => !s.id.startsWith('events')));
  const text = 'اندلعت حرائق في اليونان. وأعلنت الحكومة اليونانية أنها طلبت المساعدة. وقالت حكومة فنلندا إن الحدود ستغلق. وقالت الحكومة الألمانية إنها سترسل طائرات.';
  const a = analyzer.analyzeArticle({ text, date: '2018-05-01' });
  const kbOf = (words: string) => {
    const q = a.quotes.find((x) => x.speakerText === words);
    return q?.speaker ? a.entities.find((e) => e.id === q.speaker)?.kbId ?? null : null;
  };
  // Never the resolver's own x: body: the state, or the KB's body if the KB comes to have one.
  for (const [words, iso] of [['الحكومة اليونانية', 'GRC'], ['حكومة فنلندا', 'FIN']] as const) {
    const id = kbOf(words);
    assert.ok(id === `cty:${iso}` || (!!id && !id.startsWith('x:')), `${words} → ${id}`);
  }
  assert.equal(kbOf('الحكومة الألمانية'), 'org:german-government');
});
