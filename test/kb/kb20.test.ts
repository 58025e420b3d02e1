import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadResources } from '../../src/resources/load.ts';
import { createAnalyzer } from '../../src/analyzer.ts';

// Bodies and places kb20 added (data/kb/organizations/kb20*.jsonl, data/kb/place-additions-kb20.jsonl): names a
// random corpus sample left without a KB id in four articles or more.
const analyzer = createAnalyzer(loadResources());
const run = (text: string) => analyzer.analyze(text, { date: '2018-06-01' });
const ids = (text: string) => run(text).entities.map((e) => e.kbId ?? '');

test('companies, a paper and a university the corpus names are KB bodies, with their spans', () => {
  const a = run('قالت شركة لافارج إنها ستتعاون مع القضاء، فيما نشرت صحيفة كومرسانت تقريرا عن أستاذ في جامعة ييل.');
  const lafarge = a.entities.find((e) => e.kbId === 'org:lafarge');
  assert.equal(lafarge?.country, 'FRA');
  assert.equal(lafarge?.mentions[0]?.text, 'شركة لافارج');
  assert.ok(a.entities.some((e) => e.kbId === 'org:kommersant'));
  assert.ok(a.entities.some((e) => e.kbId === 'org:yale-university'));
  for (const e of a.entities) for (const m of e.mentions) assert.equal(a.document.text.slice(m.start, m.end), m.text);
  assert.ok(ids('افتتحت ستاربكس فرعا جديدا في المدينة أمس.').includes('org:starbucks'));
});

test('spellings of bodies the KB had: IOM word order, the Gülen movement by its own name', () => {
  assert.ok(ids('وقالت منظمة الهجرة الدولية إن مئات المهاجرين غرقوا.').includes('org:international-organization-for-migration'));
  assert.ok(ids('وتتهم أنقرة حركة خدمة بتدبير محاولة الانقلاب.').includes('org:gulen-movement'));
});

test('places the corpus names: Al-Fazah in Yemen, towns in Syria, Malmö and Molenbeek', () => {
  const a = run('تقدمت القوات في منطقة الفازة جنوب الحديدة، وانفجر مستودع في بلدة سرمدا، وقصفت الطائرات اللطامنة.');
  const got = a.entities.map((e) => e.kbId);
  for (const id of ['loc:al-fazah', 'loc:sarmada', 'loc:al-lataminah']) assert.ok(got.includes(id), id);
  assert.equal(a.entities.find((e) => e.kbId === 'loc:al-fazah')?.country, 'YEM');
  assert.ok(ids('قتل ثلاثة في إطلاق نار بمدينة مالمو جنوب السويد.').includes('loc:malmo'));
  assert.ok(ids('داهمت الشرطة منزلا في حي مولنبيك في بروكسل.').includes('loc:molenbeek'));
});
