/**
 * The API's OpenAPI 3.1 document (served at /api/openapi.json) and a plain
 * HTML page listing the endpoints (/api/docs; no CDN, no script).
 */
import { MAX_STORE_ID, PLOVER_TYPES } from './validate.ts';

type Param = { name: string; in: 'query' | 'path'; required?: boolean; description: string; schema: Record<string, unknown> };

const str = (description: string, extra: Record<string, unknown> = {}): Omit<Param, 'name' | 'in'> => ({ description, schema: { type: 'string', ...extra } });
const int = (description: string, min = 1, max?: number): Omit<Param, 'name' | 'in'> => ({ description, schema: { type: 'integer', minimum: min, ...(max ? { maximum: max } : {}) } });
const date = (description: string) => str(description, { format: 'date' });
const q = (name: string, p: Omit<Param, 'name' | 'in'>, required = false): Param => ({ name, in: 'query', required, ...p });
const idPath: Param = { name: 'id', in: 'path', required: true, ...int('store id') };
const actor = 'an entity id (digits) or a CAMEO actor / ISO 3166 alpha-3 country code (RUS, RUSGOV)';
const pageParams = [q('page', int('page number, from 1', 1, 10000)), q('pageSize', int('results per page (default 20)', 1, 100))];

interface Op {
  method: 'get' | 'post';
  path: string;
  summary: string;
  params?: Param[];
  body?: boolean;
  write?: boolean;
}

const OPS: Op[] = [
  { method: 'get', path: '/api/stats', summary: 'Counts of articles, stories, entities, quotes, events and rejected items' },
  {
    method: 'get',
    path: '/api/search',
    summary: 'Search articles: all words of q in any spelling (normalized, clitics stripped), with highlighted snippets from the original text',
    params: [
      q('q', str('words to find')),
      q('from', date('first article date')),
      q('to', date('last article date')),
      q('source', str('outlet name, exactly')),
      q('entity', int('entity id: articles that mention it', 1, MAX_STORE_ID)),
      q('eventType', str('PLOVER type: articles with such an event', { enum: PLOVER_TYPES })),
      ...pageParams,
    ],
  },
  { method: 'get', path: '/api/articles/{id}', summary: 'One article with its full analysis, story and store entity ids', params: [idPath] },
  { method: 'get', path: '/api/entities', summary: 'Entities whose Arabic (any spelling) or English name starts with name', params: [q('name', str('name or its start'), true), q('limit', int('at most (default 20)', 1, 100))] },
  {
    method: 'get',
    path: '/api/entities/{id}',
    summary: 'Entity profile: names, knowledge-base facts, mentions per month, co-occurring entities, quotes, events as source and as target',
    params: [idPath, q('limit', int('items per list (default 20)', 1, 100))],
  },
  {
    method: 'get',
    path: '/api/events',
    summary: 'Events filtered by actors, PLOVER type, CAMEO code, modality and dates',
    params: [
      q('source', str(`source actor: ${actor}`)),
      q('target', str(`target actor: ${actor}`)),
      q('actor', str(`either side: ${actor}`)),
      q('plover', str('PLOVER type, e.g. CONSULT', { enum: PLOVER_TYPES })),
      q('cameo', str('CAMEO code or its start (2-4 digits)')),
      q('modality', str('modality', { enum: ['asserted', 'future', 'intended', 'requested', 'negated', 'hypothetical'] })),
      q('from', date('first event day')),
      q('to', date('last event day')),
      ...pageParams,
    ],
  },
  {
    method: 'get',
    path: '/api/dyads',
    summary: "Two actors' events: counts by PLOVER type and mean Goldstein score per day, week or month",
    params: [
      q('a', str(actor), true),
      q('b', str(actor), true),
      q('interval', str('bucket size (default month)', { enum: ['day', 'week', 'month'] })),
      q('directed', str('only a → b (default false: both directions)', { enum: ['true', 'false'] })),
      q('from', date('first day')),
      q('to', date('last day')),
    ],
  },
  {
    method: 'get',
    path: '/api/quotes',
    summary: 'Quotes by speaker and by text',
    params: [q('speaker', int('speaker entity id', 1, MAX_STORE_ID)), q('text', str('words in the quote')), q('from', date('first date')), q('to', date('last date')), ...pageParams],
  },
  { method: 'get', path: '/api/sources', summary: 'Sources with their article counts (the search facet)' },
  {
    method: 'get',
    path: '/api/places',
    summary: 'Place entities with coordinates, article and event counts (the map)',
    params: [q('from', date('first date')), q('to', date('last date')), q('plover', str('only articles with an event of this PLOVER type', { enum: PLOVER_TYPES })), q('limit', int('at most this many places (default 500, max 2000)'))],
  },
  { method: 'get', path: '/api/export/events', summary: 'Every event as GDELT 2.0-style TSV, JSON Lines or CSV', params: [q('format', str('default jsonl', { enum: ['gdelt', 'jsonl', 'csv'] }))] },
  { method: 'post', path: '/api/analyze', summary: 'Analyze a text (at most 200,000 characters) and return the analysis without storing it', body: true },
  { method: 'post', path: '/api/articles', summary: 'Analyze and store one article (201 when new, 200 when its content was already stored)', body: true, write: true },
  { method: 'get', path: '/api/health', summary: 'Liveness' },
];

const ARTICLE_BODY = {
  required: true,
  content: {
    'application/json': {
      schema: {
        type: 'object',
        required: ['text'],
        properties: {
          text: { type: 'string', maxLength: 200000 },
          title: { type: ['string', 'null'] },
          date: { type: ['string', 'null'], format: 'date' },
          source: { type: ['string', 'null'] },
          url: { type: ['string', 'null'] },
        },
      },
      example: { title: 'بوتين يستقبل الشرع في الكرملين', text: 'استقبل الرئيس الروسي فلاديمير بوتين في موسكو الرئيس السوري أحمد الشرع.', date: '2025-10-15' },
    },
  },
};

const ERROR = { description: 'invalid input', content: { 'application/json': { schema: { type: 'object', properties: { error: { type: 'string' } } } } } };

export function openApiDocument(): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of OPS) {
    paths[op.path] ??= {};
    paths[op.path]![op.method] = {
      summary: op.summary,
      parameters: op.params ?? [],
      ...(op.body ? { requestBody: ARTICLE_BODY } : {}),
      ...(op.method === 'post' ? { security: [{}, { bearer: [] }] } : {}),
      responses: { '200': { description: 'JSON' }, '400': ERROR, ...(op.method === 'post' ? { '401': ERROR, '413': ERROR } : {}), '404': ERROR },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'rasd API',
      version: '1',
      description:
        'Search and query Arabic news analyzed by rasd: articles, entities, quotes, CAMEO/PLOVER events. All spans are UTF-16 offsets into the article text. ' +
        'Writes (POST) need a bearer token when the server was started with one (always when it listens beyond 127.0.0.1).',
    },
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    paths,
  };
}

function esc(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

export function docsPage(): string {
  const rows = OPS.map(
    (op) =>
      `<h2><code>${op.method.toUpperCase()} ${esc(op.path)}</code></h2><p>${esc(op.summary)}</p>` +
      (op.params?.length
        ? `<ul>${op.params.map((p) => `<li><code>${esc(p.name)}</code>${p.required ? ' (required)' : ''}: ${esc(p.description)}</li>`).join('')}</ul>`
        : '') +
      (op.body ? '<p>Body: JSON <code>{"text", "title"?, "date"?, "source"?, "url"?}</code></p>' : ''),
  ).join('\n');
  return `<!doctype html><html lang="en"><meta charset="utf-8"><title>rasd API</title>
<body style="font-family:sans-serif;max-width:50em;margin:2em auto;line-height:1.4">
<h1>rasd API</h1><p>Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1). Errors are JSON <code>{"error": "..."}</code> with status 400 for invalid input.</p>
${rows}</body></html>`;
}
