/**
 * Ingest progress: a bar with articles/s and ETA redrawn on a terminal, or
 * nothing until the one-line summary when stderr is a file or pipe.
 */
export interface ProgressState {
  articles: number;
  stored: number;
  duplicates: number;
  rejected: number;
  /** 0..1 of the input read, when known. */
  fraction: number | null;
}

function duration(s: number): string {
  if (!Number.isFinite(s) || s < 0) return '?';
  if (s < 60) return `${Math.round(s)}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(Math.round(s % 60)).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

export class Progress {
  private last = 0;
  private readonly started = performance.now();
  constructor(private readonly out: NodeJS.WriteStream = process.stderr, private readonly enabled = Boolean(out.isTTY)) {}

  elapsed(): number {
    return (performance.now() - this.started) / 1000;
  }

  update(s: ProgressState, force = false): void {
    if (!this.enabled) return;
    const now = performance.now();
    if (!force && now - this.last < 200) return;
    this.last = now;
    const t = this.elapsed();
    const rate = s.articles / Math.max(t, 1e-3);
    const width = 28;
    const f = s.fraction ?? 0;
    const bar = s.fraction === null ? '' : `[${'#'.repeat(Math.round(f * width)).padEnd(width, '.')}] ${(f * 100).toFixed(1).padStart(5)}% `;
    const eta = s.fraction && s.fraction > 0.001 ? duration((t / s.fraction) * (1 - s.fraction)) : '?';
    const line = `${bar}${s.articles} articles (${s.stored} new, ${s.duplicates} dup, ${s.rejected} rejected) ${rate.toFixed(1)}/s ETA ${eta}`;
    this.out.write(`\r\x1b[K${line}`);
  }

  done(): void {
    if (this.enabled) this.out.write('\r\x1b[K');
  }
}
