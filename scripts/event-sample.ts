/**
 * Draws fresh articles for an event gold set from the unlabelled corpus, before rasd runs on them:
 * records of --min..--max characters whose text names at least --countries distinct countries (a fixed
 * list of Arabic country names, not rasd's entity layer) and at least one common event word, leaving out
 * every article a gold file under test/gold names; a seeded shuffle picks --n of them. Prints id, line and
 * (with --text) the article, for annotating by hand; its output holds article text, so it stays on the machine.
 *
 * npx tsx scripts/event-sample.ts --seed 20261129 --n 10 [--text] [--min 1000] [--max 3000] [--exclude-file ids.txt]
 *
 * --exclude-file leaves out the ids it lists (whitespace-separated), e.g. articles reserved for a gold set being annotated.
 * --prefix P1,P2 (events38): only ids that start with one of them (an outlet and section, e.g. FR-internationalNews).
 */
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { readJsonLines } from '../src/io/corpus.ts';
import { REPO_ROOT, resolveSharedPath } from '../src/resources/shared.ts';
import { articleIdsIn, goldArticleIds } from './gold-ids.ts';

const { values } = parseArgs({ options: { seed: { type: 'string' }, n: { type: 'string' }, min: { type: 'string' }, max: { type: 'string' }, countries: { type: 'string' }, text: { type: 'boolean' }, 'exclude-file': { type: 'string' }, prefix: { type: 'string' } } });
const prefixes = values.prefix ? values.prefix.split(',') : null;
let seed = Number(values.seed ?? 1);
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const min = Number(values.min ?? 1000);
const max = Number(values.max ?? 3000);
const needCountries = Number(values.countries ?? 3);
const COUNTRIES = ['سوريا', 'السوري', 'العراق', 'إيران', 'الإيراني', 'روسيا', 'الروسي', 'الولايات المتحدة', 'واشنطن', 'الأمريكي', 'الأميركي', 'تركيا', 'التركي', 'السعودية', 'الرياض', 'مصر', 'المصري', 'الأردن', 'لبنان', 'اللبناني', 'إسرائيل', 'الإسرائيلي', 'فلسطين', 'الفلسطيني', 'اليمن', 'اليمني', 'قطر', 'الإمارات', 'الكويت', 'البحرين', 'عمان', 'ليبيا', 'الليبي', 'تونس', 'الجزائر', 'المغرب', 'السودان', 'الصين', 'الصيني', 'فرنسا', 'الفرنسي', 'بريطانيا', 'البريطاني', 'ألمانيا', 'الألماني', 'اليابان', 'كوريا', 'الهند', 'باكستان', 'أفغانستان'];
const EVENT_WORDS = /(استقبل|زار|زيارة|التقى|لقاء|اجتماع|مباحثات|اتفاق|دعا|طالب|اتهم|هدد|حذر|عقوبات|اعتقل|قصف|غارات|هجوم|أدان|ندد|رحب|دعم|مساعدات|انسحاب|رفض)/;
const skip = goldArticleIds(join(REPO_ROOT, 'test/gold'));
if (values['exclude-file']) for (const id of articleIdsIn(values['exclude-file'])) skip.add(id);
const pool: { id: string; line: number; title: string; text: string }[] = [];
let line = 0;
for await (const rec of readJsonLines(resolveSharedPath('../shared/data/news/ant-corpus.jsonl.gz')!)) {
  line++;
  const id = String(rec.id ?? '');
  const text = String(rec.text ?? '');
  if (skip.has(id) || text.length < min || text.length > max) continue;
  if (prefixes && !prefixes.some((p) => id.startsWith(p))) continue;
  const named = new Set(COUNTRIES.filter((c) => text.includes(c)).map((c) => c.replace(/^ال|ي$/g, '')));
  if (named.size < needCountries || !EVENT_WORDS.test(text)) continue;
  pool.push({ id, line, title: String(rec.title ?? ''), text });
}
for (let i = pool.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [pool[i], pool[j]] = [pool[j]!, pool[i]!];
}
console.log(`pool ${pool.length} articles`);
for (const a of pool.slice(0, Number(values.n ?? 10))) {
  console.log(`\n=== ${a.id} (line ${a.line}, ${a.text.length} chars)`);
  if (values.text) console.log(`${a.title}\n${a.text}`);
}
