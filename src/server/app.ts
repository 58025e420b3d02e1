/**
 * The HTTP API (Hono). Every handler validates its input (validate.ts) and
 * answers 400 with a JSON error for bad input; any other failure is a JSON
 * 500 for that request only, never a crash of the server. Writes (POST) need
 * the token when one is configured (always, when bound beyond loopback).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve as resolvePath, extname, sep } from 'node:path';
import { timingSafeEqual, createHash } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { stream } from 'hono/streaming';
import type { Analyzer } from '../analyzer.ts';
import { isValidDate } from '../core/document.ts';
import { describeError } from '../core/errors.ts';
import { createSegmenter } from '../text/clitics.ts';
import { toWellFormed } from '../text/wellformed.ts';
import { prepareRecord } from '../store/prepare.ts';
import { entityNameForms } from '../store/search-terms.ts';
import type { Store } from '../store/store.ts';
import { MAX_ARTICLE_CHARS } from '../readers/index.ts';
import { exportEvents, EXPORT_FORMATS } from './export.ts';
import { openApiDocument, docsPage } from './openapi.ts';
import {
  BadRequest,
  INTERVALS,
  MODALITIES,
  onlyKnown,
  optActor,
  optEntityId,
  optBool,
  optCameo,
  optDate,
  optEnum,
  optInt,
  optPlover,
  optString,
  paging,
  reqActor,
  reqInt,
  type Params,
} from './validate.ts';

/** Largest text POST /api/analyze and POST /api/articles accept, in characters. */
export const MAX_POST_TEXT = 200_000;
/** Largest request body, in bytes (UTF-8 Arabic is two bytes a letter). */
export const MAX_BODY_BYTES = 1024 * 1024;

export interface AppOptions {
  store: Store;
  /** The analyzer for POST routes, created on first use when not given. */
  analyzer?: () => Analyzer;
  /** When set, every write must carry it (Authorization: Bearer TOKEN). */
  token?: string;
  /** Folder of the built web UI (index.html); `/` serves it when present. */
  webDist?: string;
  /** Log failures (default: to stderr). */
  log?: (line: string) => void;
}

function sameToken(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/** All query parameters; a malformed percent-escape is a 400, not a crash, and so is a parameter given twice (which one was meant?). */
function queryOf(c: Context): Params {
  let all: Record<string, string[]>;
  try {
    all = c.req.queries();
  } catch {
    throw new BadRequest('malformed query string');
  }
  const out: Params = {};
  for (const [k, v] of Object.entries(all)) {
    if (v.length > 1) throw new BadRequest(`parameter "${k.slice(0, 40)}" is given more than once`);
    out[k] = v[0];
  }
  return out;
}

/** The fields a posted article may have; any other is a 400 naming them (a misspelt "titel" is not silently dropped). */
const POSTED_FIELDS = ['text', 'title', 'date', 'source', 'url'];

function idParam(c: Context, name = 'id'): number {
  let raw: string | undefined;
  try {
    raw = c.req.param(name);
  } catch {
    throw new BadRequest('malformed path');
  }
  return reqInt({ [name]: raw }, name, 1, Number.MAX_SAFE_INTEGER);
}

interface PostedArticle {
  text: string;
  title: string | null;
  date: string | null;
  source: string | null;
  url: string | null;
}

async function postedArticle(c: Context): Promise<PostedArticle> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\b/i.test(type)) throw new BadRequest('send a JSON body with Content-Type: application/json', 415);
  // JSON bodies are UTF-8 (RFC 8259): bytes that are not were read as U+FFFD and analyzed or stored so, and a UTF-16
  // body was "malformed JSON" (qa12)
  const charset = /;\s*charset\s*=\s*"?([\w-]+)/i.exec(type)?.[1]?.toLowerCase();
  if (charset && charset !== 'utf-8' && charset !== 'utf8') throw new BadRequest(`JSON bodies are UTF-8, not ${charset}`, 415);
  let raw: string;
  try {
    raw = new TextDecoder('utf-8', { fatal: true }).decode(await c.req.arrayBuffer());
  } catch {
    throw new BadRequest('the body is not valid UTF-8');
  }
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    throw new BadRequest('malformed JSON body');
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw new BadRequest('the body must be a JSON object with a "text" string');
  const b = body as Record<string, unknown>;
  const unknown = Object.keys(b).find((k) => !POSTED_FIELDS.includes(k));
  if (unknown !== undefined) throw new BadRequest(`unknown field "${unknown}" (known: ${POSTED_FIELDS.join(', ')})`);
  const str = (name: string, max: number): string | null => {
    const v = b[name];
    if (v === undefined || v === null) return null;
    if (typeof v !== 'string') throw new BadRequest(`"${name}" must be a string`);
    if (v.length > max) throw new BadRequest(`"${name}" is longer than ${max} characters`, 413);
    if (v.includes('\u0000')) throw new BadRequest(`"${name}" contains NUL characters`);
    // lone surrogates (JSON escapes) as U+FFFD, the length kept: the store could not keep them (src/text/wellformed.ts)
    return toWellFormed(v);
  };
  const text = str('text', MAX_POST_TEXT);
  if (!text || !text.trim()) throw new BadRequest('"text" is required and must not be empty');
  const date = str('date', 10);
  if (date !== null && !isValidDate(date)) throw new BadRequest('"date" must be a YYYY-MM-DD date');
  return { text: text.trim(), title: str('title', 1000), date, source: str('source', 500), url: str('url', 2000) };
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

const HOME = `<!doctype html><html lang="en"><meta charset="utf-8"><title>rasd</title>
<body style="font-family:sans-serif;max-width:40em;margin:3em auto">
<h1>rasd رصد</h1><p>The API is running. See <a href="/api/docs">/api/docs</a> for its endpoints
(<a href="/api/openapi.json">OpenAPI JSON</a>) and <a href="/api/stats">/api/stats</a> for what the store holds.</p></body></html>`;

export function createApp(opts: AppOptions): Hono {
  const { store } = opts;
  const log = opts.log ?? ((line: string) => console.error(line));
  let analyzer: Analyzer | null = null;
  const getAnalyzer = () => {
    if (!analyzer) {
      if (!opts.analyzer) throw new Error('no analyzer configured');
      analyzer = opts.analyzer();
    }
    return analyzer;
  };
  let segment: ReturnType<typeof createSegmenter> | null = null;
  // the corpus word frequencies are read on the first request that needs clitics split, not at start-up
  const segmenter = async () => (segment ??= createSegmenter((await import('../resources/load.ts')).loadWordFrequencies()));
  const app = new Hono();

  app.onError((err, c) => {
    if (err instanceof BadRequest) return c.json({ error: err.message }, err.status);
    if (err instanceof URIError) return c.json({ error: 'malformed URL encoding' }, 400);
    log(`rasd serve: ${c.req.method} ${c.req.path.slice(0, 200)}: ${describeError(err)}`);
    return c.json({ error: 'internal error' }, 500);
  });
  // qa17: a method an API path does not take (PUT /api/stats, GET /api/analyze) was a 404 "no route", as if the path
  // did not exist; it is a 405 with the methods it takes, in the Allow header and in the error
  const routePatterns = () =>
    app.routes
      .filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/'))
      .map((r) => ({ method: r.method, re: new RegExp(`^${r.path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:[^/]+/g, '[^/]+')}$`) }));
  let patterns: ReturnType<typeof routePatterns> | null = null;
  const noRoute = (c: Context) => {
    const path = c.req.path;
    const allowed = new Set((patterns ??= routePatterns()).filter((r) => r.re.test(path)).map((r) => r.method));
    if (allowed.has('GET')) allowed.add('HEAD');
    if (allowed.size && !allowed.has(c.req.method)) {
      const list = [...allowed].sort().join(', ');
      c.header('Allow', list);
      return c.json({ error: `${c.req.method} is not allowed on ${path.slice(0, 200)} (allowed: ${list})` }, 405);
    }
    return c.json({ error: `no route ${c.req.method} ${path.slice(0, 200)}` }, 404);
  };
  app.notFound(noRoute);

  // Writes: token when configured, bounded bodies.
  app.use('/api/*', async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && c.req.method !== 'OPTIONS' && opts.token) {
      const auth = c.req.header('authorization') ?? '';
      const given = auth.startsWith('Bearer ') ? auth.slice(7) : c.req.header('x-rasd-token') ?? '';
      if (!given || !sameToken(given, opts.token)) return c.json({ error: 'this server requires a token for writes (Authorization: Bearer TOKEN)' }, 401);
    }
    await next();
  });
  app.use('/api/*', bodyLimit({ maxSize: MAX_BODY_BYTES, onError: (c) => c.json({ error: `request body over ${MAX_BODY_BYTES} bytes` }, 413) }));

  app.get('/api/health', (c) => c.json({ ok: true }));
  app.get('/api/openapi.json', (c) => c.json(openApiDocument()));
  app.get('/api/docs', (c) => c.html(docsPage()));
  app.get('/api/stats', async (c) => {
    onlyKnown(queryOf(c), []);
    return c.json(await store.stats());
  });

  app.get('/api/search', async (c) => {
    const p = queryOf(c);
    onlyKnown(p, ['q', 'from', 'to', 'source', 'entity', 'eventType', 'page', 'pageSize']);
    return c.json(
      await store.search({
        q: optString(p, 'q'),
        from: optDate(p, 'from'),
        to: optDate(p, 'to'),
        source: optString(p, 'source'),
        entity: optEntityId(p, 'entity'),
        eventType: optPlover(p, 'eventType'),
        ...paging(p),
      }),
    );
  });

  app.get('/api/articles/:id', async (c) => {
    const a = await store.article(idParam(c));
    if (!a) throw new BadRequest('no such article', 404);
    return c.json(a);
  });

  app.get('/api/entities', async (c) => {
    const p = queryOf(c);
    onlyKnown(p, ['name', 'limit']);
    const name = optString(p, 'name', 200);
    if (!name) throw new BadRequest('"name" is required');
    const limit = optInt(p, 'limit', 1, 100) ?? 20;
    // وبوتين finds بوتين, as the search does: the name as typed first, then what its form without proclitics adds
    const lists = await Promise.all(entityNameForms(name, await segmenter()).map((n) => store.findEntities(n, limit)));
    const byId = new Map(lists.flat().map((e) => [e.id, e]));
    return c.json({ items: [...byId.values()].slice(0, limit) });
  });

  app.get('/api/entities/:id', async (c) => {
    const p = queryOf(c);
    onlyKnown(p, ['limit']);
    const profile = await store.entityProfile(idParam(c), optInt(p, 'limit', 1, 100) ?? 20);
    if (!profile) throw new BadRequest('no such entity', 404);
    return c.json(profile);
  });

  app.get('/api/events', async (c) => {
    const p = queryOf(c);
    onlyKnown(p, ['source', 'target', 'actor', 'plover', 'cameo', 'modality', 'from', 'to', 'page', 'pageSize']);
    return c.json(
      await store.events({
        source: optActor(p, 'source'),
        target: optActor(p, 'target'),
        actor: optActor(p, 'actor'),
        plover: optPlover(p, 'plover'),
        cameo: optCameo(p, 'cameo'),
        modality: optEnum(p, 'modality', MODALITIES),
        from: optDate(p, 'from'),
        to: optDate(p, 'to'),
        ...paging(p),
      }),
    );
  });

  app.get('/api/dyads', async (c) => {
    const p = queryOf(c);
    onlyKnown(p, ['a', 'b', 'interval', 'directed', 'from', 'to']);
    const query = {
      a: reqActor(p, 'a'),
      b: reqActor(p, 'b'),
      interval: optEnum(p, 'interval', INTERVALS) ?? 'month',
      directed: optBool(p, 'directed') ?? false,
      from: optDate(p, 'from'),
      to: optDate(p, 'to'),
    };
    return c.json({ ...query, buckets: await store.dyad(query) });
  });

  app.get('/api/sources', async (c) => {
    onlyKnown(queryOf(c), []);
    return c.json({ items: await store.sources() });
  });

  app.get('/api/places', async (c) => {
    const p = queryOf(c);
    onlyKnown(p, ['from', 'to', 'plover', 'limit']);
    return c.json({ items: await store.places({ from: optDate(p, 'from'), to: optDate(p, 'to'), plover: optPlover(p, 'plover'), limit: optInt(p, 'limit', 1, 2000) }) });
  });

  app.get('/api/quotes', async (c) => {
    const p = queryOf(c);
    onlyKnown(p, ['speaker', 'text', 'from', 'to', 'page', 'pageSize']);
    return c.json(
      await store.quotes({
        speaker: optEntityId(p, 'speaker'),
        text: optString(p, 'text'),
        from: optDate(p, 'from'),
        to: optDate(p, 'to'),
        ...paging(p),
      }),
    );
  });

  app.get('/api/export/events', async (c) => {
    const p = queryOf(c);
    onlyKnown(p, ['format']);
    const format = optEnum(p, 'format', EXPORT_FORMATS) ?? 'jsonl';
    const type = format === 'jsonl' ? 'application/x-ndjson' : format === 'csv' ? 'text/csv' : 'text/tab-separated-values';
    c.header('content-type', `${type}; charset=utf-8`);
    c.header('content-disposition', `attachment; filename="rasd-events.${format === 'gdelt' ? 'tsv' : format}"`);
    return stream(c, async (s) => {
      await exportEvents(store, format, (chunk) => s.write(chunk));
    });
  });

  app.post('/api/analyze', async (c) => {
    const a = await postedArticle(c);
    return c.json(getAnalyzer().analyzeArticle(a));
  });

  app.post('/api/articles', async (c) => {
    const a = await postedArticle(c);
    if (a.text.length > MAX_ARTICLE_CHARS) throw new BadRequest('article too long', 413);
    const an = getAnalyzer();
    const record = prepareRecord(an.analyzeArticle(a), an.version, await segmenter());
    const [res] = await store.putArticles([record]);
    return c.json({ id: res!.id, inserted: res!.inserted, contentHash: record.contentHash }, res!.inserted ? 201 : 200);
  });

  // The web UI's built files when present (another issue builds them), else a pointer to the docs.
  app.get('/*', (c) => {
    const dist = opts.webDist;
    // without the UI built, an API path no route took was {"error": "not found"}, with it "no route ..." (qa17)
    if (/^\/api(?:\/|$)/i.test(c.req.path)) return noRoute(c);
    if (!dist || !existsSync(join(dist, 'index.html'))) return c.req.path === '/' ? c.html(HOME) : c.json({ error: 'not found' }, 404);
    let rel: string;
    try {
      rel = decodeURIComponent(c.req.path);
    } catch {
      throw new BadRequest('malformed path');
    }
    // An API path no route took (/api/stat, /api/stats/, /API/stats) is the API's JSON 404, not the UI's page: a client
    // read 200 and HTML where it expected JSON (qa15). The UI routes by the hash, so nothing under /api is its.
    if (/^\/api(?:\/|$)/i.test(rel)) return noRoute(c);
    // resolve() drops a trailing slash, so a dist given as "web/dist/" still contains its files.
    const root = resolvePath(dist);
    const file = resolvePath(join(root, rel));
    const inside = file === root || file.startsWith(root + sep);
    const found = inside && existsSync(file) && statSync(file).isFile();
    // a missing file (/favicon.ico, an asset of an older build) is a 404; only a path without an extension is a page
    if (!found && extname(rel)) return c.json({ error: 'no such file' }, 404);
    const target = found ? file : join(dist, 'index.html');
    c.header('content-type', MIME[extname(target)] ?? 'application/octet-stream');
    return c.body(readFileSync(target));
  });

  return app;
}
