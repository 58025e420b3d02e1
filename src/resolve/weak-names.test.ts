import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadResources } from '../resources/load.ts';
import { createAnalyzer } from '../analyzer.ts';

const analyzer = createAnalyzer(loadResources());
const run = (text: string) => analyzer.analyze(text, { date: '2018-05-01' });

test('a KB name that is a common word (data/kb/weak-names.json) needs the recognizer or a locative word', () => {
  const home = run('عاد الرجل إلى البيت بعد العمل، وجلس مع أولاده حتى المساء في الحديقة.');
  assert.ok(!home.entities.some((e) => e.kbId === 'org:elbit-systems'));
  const truss = run('وترأس الملك محمد السادس اجتماعا في الرباط، بينما بلغ السعر الحد الأقصى المسموح به.');
  assert.ok(!truss.entities.some((e) => e.kbId === 'per:liz-truss' || e.kbId === 'loc:al-aqsa-mosque'));
  // The same name after a locative word, and the full name, still link.
  const aqsa = run('اقتحم مستوطنون المسجد الأقصى، وأدى المصلون الصلاة في الأقصى.');
  const mosque = aqsa.entities.find((e) => e.kbId === 'loc:al-aqsa-mosque');
  assert.deepEqual(mosque?.mentions.map((m) => m.text), ['المسجد الأقصى', 'الأقصى']);
});

test('cities1000 spellings that are common words name no place (place-stopnames.txt)', () => {
  const a = run('قالت ريم إن اللوم يقع على الإدارة، وإن الحوار في ميدان التحرير كان أبيا.');
  assert.ok(!a.entities.some((e) => ['loc:rome', 'loc:lome', 'loc:apia'].includes(e.kbId ?? '')));
});

test('a name written with its particle joined or apart is one entity', () => {
  const a = run('قال الناشط المصري حازم عبدالعظيم إن السلطات اعتقلته. وكان حازم عبد العظيم قد انتقد الحكومة.');
  const people = a.entities.filter((e) => e.type === 'PER');
  assert.equal(people.length, 1);
  assert.equal(people[0]!.mentions.length, 2);
  // A KB person since kb13 (people/corpus-g.jsonl): both spellings reach the record.
  assert.equal(people[0]!.nameEn, 'Hazem Abdel Azim');
  for (const m of people[0]!.mentions) assert.equal(a.document.text.slice(m.start, m.end), m.text);
  const q = run('وصل وزير الخارجية القطري محمد بن عبدالرحمن آل ثاني إلى الدوحة.');
  const fm = q.entities.find((e) => e.kbId === 'per:mohammed-bin-abdulrahman-al-thani');
  assert.ok(fm?.mentions.some((m) => m.text === 'محمد بن عبدالرحمن آل ثاني'));
});
