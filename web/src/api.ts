// The UI's only way to the data: the JSON API served by `rasd serve`.

// The shapes are the store's own (type-only imports: nothing of the server is bundled).
import type { DyadBucket, EntityProfile, EntityRecord, EventRecord, Page, PlaceCount, SearchHit, StoreStats, StoredArticle } from '../../src/store/store.ts';
export type { DyadBucket, EntityProfile, EntityRecord, EventRecord, Page, PlaceCount, SearchHit, StoreStats, StoredArticle };

/** The longest search text and entity name the API takes (src/server/validate.ts): longer input is cut, not sent to a 400. */
export const MAX_QUERY = 500;
export const MAX_NAME = 200;

/** A page number from a URL: a whole number the API accepts (1 to 10,000), else the first page. */
export function pageParam(raw: string | null): number {
  const n = raw !== null && /^\d{1,5}$/.test(raw) ? Number(raw) : 1;
  return n >= 1 && n <= 10_000 ? n : 1;
}

/** A YYYY-MM-DD day from a URL if it is a real one (the API refuses 2024-02-30), else undefined. */
export function dateParam(raw: string | null): string | undefined {
  if (!raw || !/^\d{4}-\d{2}-\d{2}$/.test(raw)) return undefined;
  const t = Date.parse(`${raw}T00:00:00Z`);
  return Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== raw ? undefined : raw;
}

export class ApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

async function get<T>(path: string, params: Record<string, string | number | undefined | null> = {}): Promise<T> {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') qs.set(k, String(v));
  const url = `api/${path}${qs.size ? `?${qs}` : ''}`;
  const res = await fetch(url);
  if (!res.ok) {
    let message = res.statusText;
    try {
      message = ((await res.json()) as { error?: string }).error ?? message;
    } catch {
      /* not JSON */
    }
    throw new ApiError(res.status, message);
  }
  return (await res.json()) as T;
}

export const api = {
  stats: () => get<StoreStats>('stats'),
  sources: async () => (await get<{ items: Array<{ source: string; articles: number }> }>('sources')).items.map((s) => s.source),
  search: (p: { q?: string; from?: string; to?: string; source?: string; entity?: string; eventType?: string; page?: number }) => get<Page<SearchHit>>('search', p),
  article: (id: number) => get<StoredArticle>(`articles/${id}`),
  findEntities: async (name: string) => (await get<{ items: EntityRecord[] }>('entities', { name: name.slice(0, MAX_NAME), limit: 10 })).items,
  entity: (id: number) => get<EntityProfile>(`entities/${id}`),
  dyad: async (a: string, b: string, interval: string, from?: string, to?: string) => (await get<{ buckets: DyadBucket[] }>('dyads', { a, b, interval, from, to })).buckets,
  events: (p: { actor?: string; source?: string; target?: string; a?: string; b?: string; plover?: string; from?: string; to?: string; page?: number; pageSize?: number }) => get<Page<EventRecord>>('events', p),
  places: async (p: { from?: string; to?: string; plover?: string }) => (await get<{ items: PlaceCount[] }>('places', p)).items,
};
