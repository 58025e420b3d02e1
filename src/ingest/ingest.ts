/**
 * Ingest: read every item of the inputs, skip content already stored (by
 * content hash, before any analysis), analyze the rest on all cores, and
 * write them in batched transactions. A bad item is recorded in the store's
 * `rejected` table and the run goes on.
 *
 * Why a rerun after `kill -9` gives exactly a clean run's store: each batch
 * is one transaction (all of it or none survives the kill), the store keys
 * articles by content hash, rejections by (path, reason), and stories and
 * entity merges do not depend on the order articles arrive in.
 */
import { statSync } from 'node:fs';
import type { ArticleInput } from '../core/document.ts';
import type { Analysis } from '../core/analysis.ts';
import { articleContentHash, describeDocId, idTakenReason } from '../store/keys.ts';
import type { ArticleRecord, RejectedItem, Store, StoredDocId } from '../store/store.ts';
import { AnalysisPool, type PoolOptions, type WorkerResponse } from './pool.ts';
import { expandPaths, readSource, type SourceItem } from './sources.ts';
import { Progress } from './progress.ts';
import { unreadDateNote } from '../readers/date.ts';

export interface IngestOptions extends PoolOptions {
  store: Store;
  paths: string[];
  /** Articles per write transaction. */
  batchSize?: number;
  progress?: Progress;
  /** Items from somewhere other than files (tests, POST /api/articles). */
  items?: AsyncIterable<SourceItem> | Iterable<SourceItem>;
  /**
   * Then analyze again every stored article another analyzer version made, with the same workers (`rasd demo`: an
   * old rasd.db showed the old analyses of the samples, which ingest skips as already stored).
   */
  reanalyzeStale?: boolean;
}

export interface IngestSummary {
  /** Articles read from the inputs (duplicates included, rejected items not). */
  articles: number;
  stored: number;
  duplicates: number;
  rejected: RejectedItem[];
  /**
   * Articles stored with something of them that could not be used or does not fit: a date rasd cannot read (stored
   * without it), a text that is not Arabic (stored anyway). Both were silent (qa12); the command lists them.
   */
  notes: RejectedItem[];
  seconds: number;
  /** Articles analyzed and stored per second. */
  rate: number;
  analyzerVersion: string | null;
  /** With reanalyzeStale: the stored articles analyzed again, and those that failed to be. */
  reanalyzed?: number;
  reanalyzeFailed?: Array<{ id: number; reason: string }>;
}

async function* fileItems(paths: string[], onBytes: (fileIndex: number, bytes: number) => void): AsyncGenerator<SourceItem> {
  const files = expandPaths(paths);
  for (let i = 0; i < files.length; i++) {
    for await (const item of readSource(files[i]!, (b) => onBytes(i, b))) yield item;
    onBytes(i, Infinity);
  }
}

function fileSizes(paths: string[]): number[] {
  return expandPaths(paths).map((f) => {
    try {
      return statSync(f).size;
    } catch {
      return 0;
    }
  });
}

/** An article's identity as its source gave it: the id, within its source (an id is its outlet's). */
function idKey(docId: string, source: string | null | undefined): string {
  return `${source ?? ''}\u0000${docId}`;
}

/**
 * Why an article that its source gave an id is not stored, or null: an article of the same source with that id is
 * stored with other text, or came earlier in this run with other text (then noted in `run`). Until qa17 both were
 * stored beside the first, without a word: an updated feed item or a re-used id gave two articles for one. The first
 * text is kept (nothing stored is changed by an ingest); the line says so, and the item counts as rejected (status 1).
 */
export function idClash(article: ArticleInput, hash: string, stored: readonly StoredDocId[], run: Map<string, string>): string | null {
  if (!article.id) return null;
  const key = idKey(article.id, article.source);
  const other = stored.find((r) => r.docId === article.id && (r.source ?? '') === (article.source ?? '') && r.contentHash !== hash);
  if (other) return idTakenReason(article.id, article.source, other.id);
  const which = describeDocId(article.id, article.source);
  const earlier = run.get(key);
  if (earlier !== undefined && earlier !== hash) return `${which} came earlier in this input with other text; not stored (the first is kept)`;
  if (earlier === undefined) run.set(key, hash);
  return null;
}

/** What ingest says of an article stored in another language than Arabic (plain ingest and --queue alike). */
export function languageNote(language: string): string | null {
  return language === 'ar' ? null : `not Arabic (language "${language}"); stored anyway`;
}

export async function ingest(opts: IngestOptions): Promise<IngestSummary> {
  const { store } = opts;
  const batchSize = opts.batchSize ?? 64;
  const progress = opts.progress ?? new Progress(process.stderr, false);
  const sizes = opts.items ? [] : fileSizes(opts.paths);
  const totalBytes = sizes.reduce((a, b) => a + b, 0);
  let doneBytes = 0;
  let fileIndex = -1;
  let fileBytes = 0;
  const onBytes = (i: number, b: number) => {
    if (i !== fileIndex) {
      if (fileIndex >= 0) doneBytes += sizes[fileIndex] ?? 0;
      fileIndex = i;
      fileBytes = 0;
    }
    fileBytes = Number.isFinite(b) ? b : sizes[i] ?? 0;
  };
  const state = { articles: 0, stored: 0, duplicates: 0, rejected: 0, fraction: null as number | null };
  const rejected: RejectedItem[] = [];
  const notes: RejectedItem[] = [];
  const pendingRejects: RejectedItem[] = [];
  let toWrite: ArticleRecord[] = [];
  /** The input label of each record of toWrite, for the line of one the store refuses. */
  let toWriteLabels: string[] = [];
  const seen = new Set<string>();
  /** The content hash of each article this run sends to be stored, by its source's id (idKey). */
  const idsThisRun = new Map<string, string>();
  let pool = null as AnalysisPool | null;
  const inFlight: Array<Promise<void>> = [];
  let checkBuffer: Array<{ label: string; article: ArticleInput; hash: string; unreadDate?: string }> = [];
  let version: string | null = null;
  let analyzed = 0;
  let stale: { reanalyzed: number; failed: Array<{ id: number; reason: string }> } | null = null;

  const flush = async () => {
    if (pendingRejects.length) await store.reject(pendingRejects.splice(0));
    if (!toWrite.length) return;
    const batch = toWrite;
    const labels = toWriteLabels;
    toWrite = [];
    toWriteLabels = [];
    const results = await store.putArticles(batch);
    const refused: RejectedItem[] = [];
    results.forEach((r, k) => {
      // another ingest stored the same id with other text since this one looked it up (qa18)
      if (r.idTaken) {
        const d = batch[k]!.analysis.document;
        refused.push({ path: labels[k]!, reason: idTakenReason(d.id, d.source, r.id) });
      } else if (r.inserted) state.stored++;
      else state.duplicates++;
    });
    if (refused.length) {
      rejected.push(...refused);
      state.rejected += refused.length;
      await store.reject(refused);
    }
  };

  const reject = (label: string, reason: string) => {
    const r = { path: label, reason };
    rejected.push(r);
    pendingRejects.push(r);
    state.rejected++;
  };

  const handle = (label: string, res: WorkerResponse) => {
    if (res.record) {
      toWrite.push(res.record);
      toWriteLabels.push(label);
      analyzed++;
      const language = res.record.analysis.document.language;
      const note = languageNote(language);
      if (note) notes.push({ path: label, reason: note });
    } else reject(label, res.error);
  };

  const maxInFlight = () => (pool ? pool.size * 24 : 24);

  const drainChecks = async () => {
    if (!checkBuffer.length) return;
    const batch = checkBuffer;
    checkBuffer = [];
    const known = await store.knownHashes(batch.map((b) => b.hash));
    const given = batch.filter((b) => !known.has(b.hash) && b.article.id);
    const stored = given.length ? await store.articlesByDocId(given.map((b) => b.article.id!)) : [];
    for (const item of batch) {
      if (known.has(item.hash)) {
        state.duplicates++;
        continue;
      }
      const clash = idClash(item.article, item.hash, stored, idsThisRun);
      if (clash) {
        reject(item.label, clash);
        continue;
      }
      // said of the articles stored now only: content already stored is skipped, its date as it was
      if (item.unreadDate) notes.push({ path: item.label, reason: unreadDateNote(item.unreadDate, 'stored', item.article.date ?? null) });
      pool ??= new AnalysisPool(opts);
      const p = pool.analyze(item.article).then((res) => handle(item.label, res));
      inFlight.push(p);
      await settle(maxInFlight() - 1);
    }
  };

  /** Waits for the oldest analyses until at most `most` are in flight, writing each batch that fills. */
  const settle = async (most: number) => {
    while (inFlight.length > most) {
      await inFlight.shift();
      if (toWrite.length >= batchSize) await flush();
      update();
    }
  };

  const update = () => {
    state.fraction = totalBytes > 0 ? Math.min(1, (doneBytes + fileBytes) / totalBytes) : null;
    progress.update(state);
  };

  const source = opts.items ?? fileItems(opts.paths, onBytes);
  try {
    for await (const item of source) {
      if (!item.article) {
        reject(item.label, item.error ?? 'unreadable');
        continue;
      }
      state.articles++;
      const hash = articleContentHash(item.article);
      if (seen.has(hash)) {
        state.duplicates++;
        continue;
      }
      seen.add(hash);
      checkBuffer.push({ label: item.label, article: item.article, hash, unreadDate: item.unreadDate });
      if (checkBuffer.length >= batchSize) await drainChecks();
      if (toWrite.length >= batchSize || pendingRejects.length >= batchSize) await flush();
      update();
    }
    await drainChecks();
    await settle(0);
    await flush();
    if (opts.reanalyzeStale) pool ??= new AnalysisPool(opts);
    if (pool) version = await pool.version;
    if (opts.reanalyzeStale) stale = await reanalyzeWith(pool!, store, version!);
  } finally {
    await pool?.close();
    progress.update(state, true);
    progress.done();
  }
  const seconds = progress.elapsed();
  return {
    articles: state.articles,
    stored: state.stored,
    duplicates: state.duplicates,
    rejected,
    notes,
    seconds,
    rate: analyzed / Math.max(seconds, 1e-3),
    analyzerVersion: version,
    ...(stale ? { reanalyzed: stale.reanalyzed, reanalyzeFailed: stale.failed } : {}),
  };
}

/** The article a stored analysis was made from, to analyze it again. */
export function articleOf(a: Analysis): ArticleInput {
  const d = a.document;
  const body = d.title ? d.text.slice(d.title.length + 2) : d.text;
  return { id: d.id, title: d.title, text: body, date: d.date, source: d.source, url: d.url };
}

export interface ReanalyzeSummary {
  reanalyzed: number;
  failed: Array<{ id: number; reason: string }>;
  version: string;
  seconds: number;
}

/**
 * Analyzes again, with `pool`, every stored article whose analysis another analyzer version than `version` made,
 * in batches of 256 by id; `onBatch` hears the running counts.
 */
async function reanalyzeWith(
  pool: AnalysisPool,
  store: Store,
  version: string,
  onBatch?: (reanalyzed: number, failed: number) => void,
): Promise<{ reanalyzed: number; failed: Array<{ id: number; reason: string }> }> {
  const failed: Array<{ id: number; reason: string }> = [];
  let reanalyzed = 0;
  let after = 0;
  for (;;) {
    const batch = await store.staleArticles(version, after, 256);
    if (!batch.length) break;
    after = batch[batch.length - 1]!.id;
    const results = await Promise.all(batch.map((b) => pool.analyze(articleOf(b.analysis))));
    for (let i = 0; i < batch.length; i++) {
      const res = results[i]!;
      if (res.record) {
        await store.replaceAnalysis(batch[i]!.id, res.record.analysis, res.record.analysisVersion);
        reanalyzed++;
      } else failed.push({ id: batch[i]!.id, reason: res.error });
    }
    onBatch?.(reanalyzed, failed.length);
  }
  return { reanalyzed, failed };
}

/** Re-runs analysis over stored articles whose analysis_version differs from the analyzer's. */
export async function reanalyze(opts: PoolOptions & { store: Store; progress?: Progress }): Promise<ReanalyzeSummary> {
  const progress = opts.progress ?? new Progress(process.stderr, false);
  const pool = new AnalysisPool(opts);
  let result: { reanalyzed: number; failed: Array<{ id: number; reason: string }> } = { reanalyzed: 0, failed: [] };
  let version = '';
  try {
    version = await pool.version;
    result = await reanalyzeWith(pool, opts.store, version, (reanalyzed, failed) =>
      progress.update({ articles: reanalyzed, stored: reanalyzed, duplicates: 0, rejected: failed, fraction: null }),
    );
  } finally {
    await pool.close();
    progress.done();
  }
  return { ...result, version, seconds: progress.elapsed() };
}
