/**
 * The articles the benchmarks run on: the ANT corpus in ../shared (or
 * $RASD_SHARED) when present, else articles generated from the project's
 * samples (their sentences shuffled into articles of similar length).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readJsonLines } from '../src/io/corpus.ts';
import { readArticles } from '../src/readers/index.ts';
import type { ArticleInput } from '../src/core/document.ts';
import { sharedPath } from '../src/resources/shared.ts';

export const CORPUS_PATH = sharedPath('data/news/ant-corpus.jsonl.gz') ?? '';

export async function loadBenchArticles(limit: number): Promise<{ source: string; articles: ArticleInput[] }> {
  if (existsSync(CORPUS_PATH)) {
    const articles: ArticleInput[] = [];
    for await (const rec of readJsonLines(CORPUS_PATH, limit)) {
      if (typeof rec.text === 'string' && rec.text.trim()) articles.push({ id: rec.id ?? null, title: rec.title ?? null, text: rec.text, source: rec.source ?? null });
    }
    return { source: `${CORPUS_PATH} (${articles.length} articles)`, articles };
  }
  const dir = new URL('../samples/', import.meta.url).pathname;
  const sentences = readdirSync(dir).flatMap((f) => readArticles(readFileSync(dir + f, 'utf8')).flatMap((i) => (i.article ? i.article.text.split('\n').filter(Boolean) : [])));
  const n = Number.isFinite(limit) ? limit : 3000;
  const articles = Array.from({ length: n }, (_, i) => ({ text: Array.from({ length: 12 }, (_, k) => sentences[(i * 7 + k * 13) % sentences.length]).join('\n'), date: '2025-01-01' }));
  return { source: `generated from samples/ (${n} articles)`, articles };
}
