// The UI's only way to the data: the JSON API served by `rasd serve`.
import type { Analysis } from '../../src/core/analysis.ts';

export interface Page<T> { total: number; page: number; pageSize: number; items: T[] }
export interface StoreStats { articles: number; stories: number; entities: number; quotes: number; events: number; rejected: number }
export interface SearchHit { id: number; title: string | null; date: string | null; source: string | null; url: string | null; storyId: number | null; snippet: string; snippetStart: number; highlights: Array<{ start: number; end: number }> }
export interface StoredArticle { id: number; title: string | null; date: string | null; source: string | null; url: string | null; storyId: number | null; storyArticles: number[]; entityIds: Record<string, number>; analysis: Analysis }
export interface EntityRecord { id: number; kbId: string | null; type: string; name: string; nameEn: string | null; country: string | null; actor: string | null; articles: number }
export interface QuoteRecord { id: number; articleId: number; date: string | null; speakerId: number | null; speakerName: string | null; speakerText: string | null; cue: string; direct: boolean; text: string }
export interface EventRecord { id: number; articleId: number; day: string | null; date: string | null; plover: string; mode: string | null; cameo: string; quadClass: number; goldstein: number; sourceId: number | null; targetId: number | null; sourceName: string | null; targetName: string | null; sourceActor: string | null; targetActor: string | null; modality: string; trigger: string; sentence: number; sentenceText?: string; numSources: number }
export interface EntityProfile extends EntityRecord {
  names: Array<{ name: string; count: number }>;
  mentionsOverTime: Array<{ period: string; articles: number; mentions: number }>;
  cooccurring: Array<EntityRecord & { together: number }>;
  quotes: QuoteRecord[];
  eventsAsSource: EventRecord[];
  eventsAsTarget: EventRecord[];
}
export interface DyadBucket { period: string; events: number; goldsteinMean: number; byPlover: Record<string, number> }
export interface PlaceCount { entityId: number; name: string; nameEn: string | null; lat: number; lon: number; country: string | null; feature: string; articles: number; events: number }

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
  sources: () => get<string[]>('sources'),
  search: (p: { q?: string; from?: string; to?: string; source?: string; entity?: string; eventType?: string; page?: number }) => get<Page<SearchHit>>('search', p),
  article: (id: number) => get<StoredArticle>(`articles/${id}`),
  findEntities: async (name: string) => (await get<{ items: EntityRecord[] }>('entities', { name, limit: 10 })).items,
  entity: (id: number) => get<EntityProfile>(`entities/${id}`),
  dyad: async (a: string, b: string, interval: string, from?: string, to?: string) => (await get<{ buckets: DyadBucket[] }>('dyads', { a, b, interval, from, to })).buckets,
  events: (p: { actor?: string; source?: string; target?: string; a?: string; b?: string; plover?: string; from?: string; to?: string; page?: number; pageSize?: number }) => get<Page<EventRecord>>('events', p),
  places: (p: { from?: string; to?: string; plover?: string }) => get<PlaceCount[]>('places', p),
};
