/**
 * The stores' read cache: an LRU of answers (searches, entity profiles,
 * sources, places) that each engine drops whenever the data may have
 * changed (SQLite: PRAGMA data_version; PostgreSQL: the store_version row
 * that every write transaction bumps), so a cached answer is never staler
 * than one computed now.
 */
export class LruCache {
  private map = new Map<string, unknown>();
  constructor(readonly size: number) {}
  get(key: string): unknown {
    const v = this.map.get(key);
    if (v !== undefined) {
      this.map.delete(key);
      this.map.set(key, v);
    }
    return v;
  }
  set(key: string, value: unknown): void {
    if (this.size <= 0) return;
    if (this.map.size >= this.size) this.map.delete(this.map.keys().next().value!);
    this.map.set(key, value);
  }
  clear(): void {
    this.map.clear();
  }
}

/** Entries kept when a store is opened without `cacheSize`: $RASD_STORE_CACHE, else 2,048 (0 turns the cache off). */
export function defaultCacheSize(): number {
  const env = process.env.RASD_STORE_CACHE;
  if (env === undefined || env === '') return 2048;
  const n = Number(env);
  return Number.isFinite(n) && n > 0 ? Math.floor(n) : 0;
}
