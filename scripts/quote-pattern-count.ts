/**
 * Counts how often a few sentence shapes occur in the corpus pool (scripts/corpus-pool.ts: no gold or reserved
 * article), to tell whether a kind of quote miss seen in a small audit recurs across the corpus before a rule is
 * written for it (quotes20). Each pattern is a regular expression over the article text; prints the number of
 * articles and matches per pattern and up to SHOW example snippets (matched text with 40 characters of context),
 * which are printed, never written to a file.
 *
 *   nice -n 10 npx tsx scripts/quote-pattern-count.ts [--seed 4204] [--articles 3000] [--show 5] [--only NAME]
 */
import { shuffledCorpusPool } from './corpus-pool.ts';
import { flag } from './flag.ts';
import { sharedPath } from '../src/resources/shared.ts';

const PATTERNS: Record<string, RegExp> = {
  // ذكرت الصحيفة، نقلا عن المصادر، أن ...: a channel's verb and subject, then "نقلا عن Y" before the clause.
  interposedNaqlan: /(?:ذكر|قال|أوضح|أفاد|أكد|أشار|كشف)[تا]?\s+[^\n،.]{2,40}،\s*نقلا\s+عن\s+[^\n،.]{2,50}،?\s*(?:أن|إن|بأن)\s/gu,
  // وأضافت ديفوس التي ... "...": a cue, a subject with a relative clause, then a quotation without colon or complementizer.
  relativeThenQuote: /(?:قال|أضاف|تابع|أكد)[تا]?\s+[^\s،.:"«]+\s+(?:الذي|التي)\s+[^\n.:"«“]{5,120}\s["«“]/gu,
  // نعت/نعته بـ"...": a description with a quotation.
  naat: /(?:^|\s)[وف]?(?:نعت|ينعت|تنعت|ناعتا|ناعتة)[ههامكن]*\s*(?:ب|بـ)\s*["«“]/gu,
  // حث X "...": urging with a quotation.
  hathQuote: /(?:^|\s)[وف]?(?:حث|حثت|يحث|تحث)\s+[^\s]+\s*["«“]/gu,
  // مراسل X إن/أن: an unnamed reporter of an outlet as a speaker.
  reporterOf: /(?:قال|يقول|أفاد|ذكر|أضاف)\s+مراسل\s+[^\s،.]+/gu,
  // وأضاف الرئيس "..."، مناشدا ...: a quotation without colon closed by a comma and a circumstantial participle or في إشارة.
  quoteCommaParticiple: /(?:قال|أضاف|تابع|أكد)[تا]?(?:\s+[^\s"«“:،.]+){0,3}\s+["«“][^"«“”»\n]{15,}["»”]\s*،\s*(?:م[^\s]{3,}اً?|في\s+إشارة)(?=[\s.،])/gu,
  // قال فيما بعد إن: "later" between a verb of saying and its clause.
  laterAdverb: /(?:قال|أكد|أعلن|أضاف|ذكر|أوضح|صرح)[تاو]*(?:\s+[^\s.،]+){0,4}\s+فيما\s+بعد\s*،?\s*(?:إن|أن|بأن)/gu,
  // بالقول "..."، إلى القول "...": the verbal noun القول after ب or إلى opening a quotation.
  byTheSaying: /(?:بالقول|إلى\s+القول|الى\s+القول)\s*:?\s*["«“]/gu,
  // علق/عقب X "...": commenting with a quotation (with or without a colon).
  commentQuote: /(?:^|\s)[وف]?(?:علق|علقت|عقب|عقبت|يعلق|تعلق)(?:\s+[^\s.:"«“]+){0,8}\s*[،:]?\s*["«“][^"«“”»\n]{15,}/gu,
  // وأكملت "..."، واستطرد: ...: verbs of going on speaking before a colon or a quotation.
  goOnSpeaking: /(?:^|\s)[وف](?:أكمل|أكملت|استطرد|استطردت|استدرك|استدركت|ختم|ختمت|اختتم|اختتمت)(?:\s+[^\s.:"«“،]+){0,3}\s*:?\s*["«“]/gu,
  // X وغيرها من ...: a subject coordinated with "and other ..."
  // (quotes22) نشرت صحيفة X تقريرا/مقالا قالت/كشفت فيه: a paper's published piece whose statement is the paper's.
  publishedPieceFih: /(?:نشر|نشرت|نشرته|نشرها|أصدر|أصدرت|أصدره|أصدرته)[^\n.]{0,80}?(?:تقرير|مقال|تحقيق|بيان|دراسة|رسالة|تغريدة)[اًةه]*[^\n.]{0,60}?\s[وف]?(?:قال|قالت|كشف|كشفت|ذكر|ذكرت|أكد|أكدت|أشار|أشارت|أوضح|أوضحت|اعتبر|اعتبرت)\s+فيه[اا]?/gu,
  // (quotes22) عبر تويتر / لبي بي سي before a participle: a channel after a preposition.
  channelParticiple: /(?:عبر|على|في)\s+(?:حسابه|حسابها)?\s*(?:على\s+)?(?:تويتر|فيسبوك|انستغرام)\s*،?\s*(?:قائلا|قائلة|مؤكدا|مؤكدة|مضيفا|مضيفة|موضحا|موضحة|مشيرا|مشيرة)/gu,
  // (quotes22) مكتبه الإعلامي / المتحدث باسمه: an office or spokesman by a pronoun.
  officeByPronoun: /(?:مكتبه|مكتبها)\s+(?:الإعلامي|الاعلامي|الصحفي)|(?:المتحدث|الناطق|المتحدثة)\s+(?:باسمه|باسمها|باسمهم)/gu,
  andOthers: /(?:ذكر|قال|أفاد|أكد)[تا]?\s+[^\n،.]{2,40}\s+وغيرها\s+من/gu,
};
const seed = Number(flag('seed', '4204'));
const n = Number(flag('articles', '3000'));
const show = Number(flag('show', '5'));
const only = flag('only', '');
const { pool } = await shuffledCorpusPool(sharedPath('data/news/ant-corpus.jsonl.gz') ?? '', seed);
const sample = pool.slice(0, n);
for (const [name, re] of Object.entries(PATTERNS)) {
  if (only && name !== only) continue;
  let articles = 0;
  let matches = 0;
  const examples: string[] = [];
  for (const a of sample) {
    const hits = [...a.text.matchAll(re)];
    if (hits.length === 0) continue;
    articles++;
    matches += hits.length;
    for (const h of hits) {
      if (examples.length < show) examples.push(`${a.id}: …${a.text.slice(Math.max(0, h.index! - 40), h.index! + h[0].length + 40).replace(/\n/g, ' ')}…`);
    }
  }
  console.log(`${name}: ${matches} matches in ${articles} of ${sample.length} articles`);
  for (const e of examples) console.log(`  ${e}`);
}
