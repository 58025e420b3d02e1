/**
 * (quotes45) Every quote of every corpus article whose JSON line matches ARTICLE_RE (gold and reserved ids left out,
 * scripts/gold-ids.ts), one tab-separated line each: article id, cue offset, the 90 characters before the cue and the
 * cue, the speaker words, the speaker entity. Only quotes whose context matches QUOTE_RE are printed. Run it with the
 * old code (an archive copy, ROOT=that copy, RASD_SHARED set) and the new, then diff by (id, cue offset): how a rule
 * for one construction is read on all the corpus text it can change. Output goes to stdout (keep it outside the repo).
 *
 *   nice -n 10 npx tsx scripts/quote-re-probe.ts 'ARTICLE_RE' 'QUOTE_RE' > /tmp/x.tsv
 */
const R = process.env.ROOT ?? new URL('..', import.meta.url).pathname.replace(/\/$/, '');
const { goldArticleIds } = await import(R + '/scripts/gold-ids.ts');
const { readJsonLines } = await import(R + '/src/io/corpus.ts');
const { createAnalyzer, buildStages } = await import(R + '/src/analyzer.ts');
const { loadResources } = await import(R + '/src/resources/load.ts');
const { readArticles } = await import(R + '/src/readers/index.ts');
const { sharedPath } = await import(R + '/src/resources/shared.ts');
const filter = new RegExp(process.argv[2] ?? '.');
const sp = new RegExp(process.argv[3] ?? '.');
const gold = goldArticleIds(R + '/test/gold', /./);
const resources = loadResources();
const analyzer = createAnalyzer(resources, buildStages(resources).filter((s: { id: string }) => !s.id.startsWith('events')));
let n = 0;
for await (const rec of readJsonLines(sharedPath('data/news/ant-corpus.jsonl.gz') ?? '')) {
  const id = (rec as { id?: string }).id ?? '';
  if (gold.has(id) || !filter.test(JSON.stringify(rec))) continue;
  n++;
  const article = readArticles(JSON.stringify(rec), { format: 'jsonl' })[0]?.article;
  if (!article) continue;
  const a = analyzer.analyzeArticle(article);
  type Ent = { id: string; name: string; nameEn?: string | null; kbId?: string | null; type: string };
  const byId = new Map<string, Ent>((a.entities as Ent[]).map((e) => [e.id, e]));
  const t: string = a.document.text;
  for (const q of a.quotes) {
    const ctx = t.slice(Math.max(0, q.cue.start - 90), q.cue.end);
    if (!sp.test(ctx)) continue;
    const e = q.speaker ? byId.get(q.speaker) : undefined;
    console.log([id, q.cue.start, ctx.replace(/\n/g, ' '), q.speakerText ?? '', e ? `${e.nameEn ?? e.name} <${e.kbId ?? e.type}> ${e.type}` : '∅'].join('\t'));
  }
}
console.error('articles', n);
