/**
 * A pool of analysis workers (worker_threads), one per core by default.
 * `analyze` resolves with the worker's record or error; callers bound the
 * number of articles in flight (see ingest.ts).
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { ArticleInput } from '../core/document.ts';
import type { ArticleRecord } from '../store/store.ts';

export interface WorkerRequest {
  seq: number;
  article: ArticleInput;
}

export type WorkerResponse = { seq: number; record: ArticleRecord; error?: undefined } | { seq: number; error: string; record?: undefined };

export interface PoolOptions {
  workers?: number;
}

/**
 * Articles queued at each worker at once. More than one keeps a worker busy
 * while the main thread is inside a write transaction and cannot answer its
 * message at once (with one, workers sat idle about a sixth of the time).
 */
const IN_FLIGHT_PER_WORKER = 16;

export class AnalysisPool {
  readonly size: number;
  private readonly workers: Worker[] = [];
  /** Requests each worker holds. */
  private readonly load = new Map<Worker, number>();
  private readonly waiting: Array<{ req: WorkerRequest; resolve: (r: WorkerResponse) => void; reject: (e: Error) => void }> = [];
  private readonly pending = new Map<number, { resolve: (r: WorkerResponse) => void; reject: (e: Error) => void; worker: Worker }>();
  private seq = 0;
  private failure: Error | null = null;
  /** The analyzer version the workers run (known once one is ready). */
  version: Promise<string>;

  constructor(opts: PoolOptions = {}) {
    this.size = Math.max(1, opts.workers ?? availableParallelism());
    let gotVersion!: (v: string) => void;
    let failed!: (e: Error) => void;
    this.version = new Promise((res, rej) => ((gotVersion = res), (failed = rej)));
    this.version.catch(() => {});
    for (let i = 0; i < this.size; i++) {
      // A larger young generation: analysis allocates many short-lived objects, and scavenges took 5-9% of a worker's time.
      const w = new Worker(new URL('./worker-boot.mjs', import.meta.url), { resourceLimits: { maxYoungGenerationSizeMb: 64 } });
      this.load.set(w, 0);
      w.on('message', (msg: WorkerResponse | { ready: string }) => {
        if ('ready' in msg) {
          gotVersion(msg.ready);
          return;
        }
        const p = this.pending.get(msg.seq);
        if (!p) return;
        this.pending.delete(msg.seq);
        this.load.set(w, this.load.get(w)! - 1);
        p.resolve(msg);
        this.release(w);
      });
      w.on('error', (err) => this.fail(err as Error, failed));
      w.on('exit', (code) => {
        if (code !== 0 && !this.closing) this.fail(new Error(`analysis worker exited with code ${code}`), failed);
      });
      this.workers.push(w);
    }
  }

  private closing = false;

  private fail(err: Error, failed: (e: Error) => void): void {
    this.failure ??= err;
    failed(err);
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
    for (const w of this.waiting.splice(0)) w.reject(err);
  }

  private release(w: Worker): void {
    const next = this.waiting.shift();
    if (next) this.dispatch(w, next.req, next.resolve, next.reject);
  }

  /** The worker holding the fewest requests, if it has room for one more. */
  private leastLoaded(): Worker | undefined {
    let best: Worker | undefined;
    for (const w of this.workers) if (this.load.get(w)! < IN_FLIGHT_PER_WORKER && (!best || this.load.get(w)! < this.load.get(best)!)) best = w;
    return best;
  }

  private dispatch(w: Worker, req: WorkerRequest, resolve: (r: WorkerResponse) => void, reject: (e: Error) => void): void {
    this.pending.set(req.seq, { resolve, reject, worker: w });
    this.load.set(w, this.load.get(w)! + 1);
    w.postMessage(req);
  }

  analyze(article: ArticleInput): Promise<WorkerResponse> {
    if (this.failure) return Promise.reject(this.failure);
    const req = { seq: ++this.seq, article };
    return new Promise((resolve, reject) => {
      const w = this.leastLoaded();
      if (w) this.dispatch(w, req, resolve, reject);
      else this.waiting.push({ req, resolve, reject });
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/**
 * The pool's interface on the calling thread itself: a worker process that is
 * to use one core (`rasd worker --concurrency 0`, one process per core)
 * analyzes between its writes instead of beside them.
 */
export class InlineAnalysis {
  private readonly maker = import('./record.ts').then((m) => m.createRecordMaker());
  private seq = 0;
  readonly version: Promise<string> = this.maker.then((m) => m.version);

  async analyze(article: ArticleInput): Promise<WorkerResponse> {
    const maker = await this.maker;
    return { seq: ++this.seq, ...maker.make(article) };
  }

  async close(): Promise<void> {}
}

/** Analysis on `workers` threads, or on the calling thread when `workers` is 0. */
export function createAnalysis(workers: number): AnalysisPool | InlineAnalysis {
  return workers === 0 ? new InlineAnalysis() : new AnalysisPool({ workers });
}
