/**
 * Document readers: text in, articles out. The format is detected from the
 * content (not the file name): the seed format (`date YYYY-MM-DD` first
 * line), the ANT corpus format (<DOC> elements), JSON / JSON Lines article
 * objects, and plain text. Bytes (encodings, gzip) are the io layer's job;
 * readers only see strings, so they run in a browser too.
 */
import { RasdError } from '../core/errors.ts';
import type { ArticleInput } from '../core/document.ts';
import { parsePublicationDate, unreadDate } from './date.ts';
import { findHeadings } from './headings.ts';
import { toWellFormed } from '../text/wellformed.ts';

export type Format = 'seed' | 'ant' | 'json' | 'jsonl' | 'text';

/** Longest article body rasd analyzes, in UTF-16 units; longer ones are rejected, not cut. */
export const MAX_ARTICLE_CHARS = 1_000_000;

export interface ReadItem {
  /** Where the item came from inside the input: "line 12", "DOC 3", "" for a single document. */
  where: string;
  article?: ArticleInput;
  error?: RasdError;
  /** A publication date the item gives and rasd cannot read, as written (the article has none, or the run's --date). */
  unreadDate?: string;
}

export function detectFormat(text: string): Format {
  const head = text.slice(0, 4096).trimStart();
  if (SEED_HEADER.test(head)) return 'seed';
  if (/^<DOC>/i.test(head)) return 'ant';
  if (head.startsWith('[')) return 'json';
  if (head.startsWith('{')) {
    // the whole first line, not the head's: a JSON Lines article is often longer than 4,096 characters (qa9)
    const body = text.trimStart();
    const nl = body.indexOf('\n');
    const firstLine = (nl < 0 ? body : body.slice(0, nl)).trim();
    // One object per line is JSON Lines; an object spread over lines is JSON.
    if (firstLine.endsWith('}')) {
      try {
        JSON.parse(firstLine);
        return 'jsonl';
      } catch {
        /* fall through */
      }
    }
    return 'json';
  }
  return 'text';
}

const TEXT_FIELDS = ['text', 'title', 'source', 'url', 'id'] as const;

/** Longest title, source, url and id, in UTF-16 units (the API's limits): the title is part of the document text. */
export const MAX_FIELD_CHARS = { title: 1000, source: 500, url: 2000, id: 500 } as const;

/**
 * An article as every reader (here, feeds and HTML pages in src/ingest, the API) hands it on: its string fields
 * well-formed (lone surrogates to U+FFFD, the length kept: a store cannot keep them), or the reason it is refused
 * (no text, too long, a NUL character: SQLite's text functions stop at one and the API refuses them).
 */
export function checkArticle(input: ArticleInput): { article: ArticleInput; error?: undefined } | { error: RasdError; article?: undefined } {
  const article: ArticleInput = { ...input };
  for (const f of TEXT_FIELDS) {
    const v = article[f];
    if (typeof v !== 'string') continue;
    if (v.includes('\u0000')) return { error: new RasdError('RASD_E002', `article "${f}" contains NUL characters`) };
    if (f !== 'text' && v.length > MAX_FIELD_CHARS[f]) {
      return { error: new RasdError('RASD_E004', `article "${f}" is ${v.length} characters, over the limit of ${MAX_FIELD_CHARS[f]}`) };
    }
    article[f] = toWellFormed(v);
  }
  if (!article.text.trim()) return { error: new RasdError('RASD_E001', 'article has no text') };
  if (article.text.length > MAX_ARTICLE_CHARS) {
    return { error: new RasdError('RASD_E004', `article text is ${article.text.length} characters, over the limit of ${MAX_ARTICLE_CHARS}`) };
  }
  return { article };
}

function checked(article: ArticleInput, where: string): ReadItem {
  return { where, ...checkArticle(article) };
}

/** `date YYYY-MM-DD`, then the body on the next line (or, in files whose line breaks were lost, after a space). */
const SEED_HEADER = /^\s*date\s+(\d{4}-\d{2}-\d{2})(?=\s|$)/;

/** The item with the date the source gives and rasd cannot read, when it was made into an article. */
function dated(item: ReadItem, raw: string | null | undefined, parsed: string | null): ReadItem {
  const unread = item.article ? unreadDate(raw, parsed) : null;
  return unread ? { ...item, unreadDate: unread } : item;
}

function readSeed(text: string, opts: ReadOptions): ReadItem[] {
  const header = SEED_HEADER.exec(text)!;
  const body = text.slice(header[0].length).trim();
  const date = parsePublicationDate(header[1]);
  return [dated(checked({ text: body, date: date ?? opts.date ?? null, headings: findHeadings(body) }, ''), header[1], date)];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

function field(doc: string, tag: string): string | null {
  const m = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'i').exec(doc);
  return m ? decodeEntities(m[1]!).trim() : null;
}

/** Trims each line and drops blank runs: ANT bodies are padded. */
function tidyBody(s: string): string {
  return s
    .split('\n')
    .map((l) => l.trim())
    .filter((l, i, all) => l !== '' || (i > 0 && all[i - 1] !== ''))
    .join('\n')
    .trim();
}

function readAnt(text: string, opts: ReadOptions): ReadItem[] {
  const docs = text.match(/<DOC>[\s\S]*?(<\/DOC>|$)/gi) ?? [];
  if (docs.length === 0) return [{ where: '', error: new RasdError('RASD_E005', 'no <DOC> element') }];
  return docs.map((doc, i) => {
    const where = docs.length > 1 ? `DOC ${i + 1}` : '';
    // <ABSTRACT> repeats the lead: used only when there is no <TEXT>.
    const body = tidyBody(field(doc, 'TEXT') ?? field(doc, 'ABSTRACT') ?? '');
    const time = field(doc, 'TIME');
    const date = parsePublicationDate(time);
    const item = checked(
      {
        id: field(doc, 'DOCNO'),
        title: field(doc, 'TITLE'),
        text: body,
        date: date ?? opts.date ?? null,
        source: field(doc, 'SRC'),
        url: field(doc, 'URL'),
      },
      where,
    );
    return dated(item, time, date);
  });
}

function str(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  return null;
}

function fromObject(obj: unknown, where: string, opts: ReadOptions): ReadItem {
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) {
    return { where, error: new RasdError('RASD_E011', 'not an article object') };
  }
  const o = obj as Record<string, unknown>;
  // the body must be a string: a number or an array there is a wrong field, not an article (the API says the same)
  const body = [o.text, o.body, o.content].find((v) => typeof v === 'string') as string | undefined ?? null;
  if (body === null) return { where, error: new RasdError('RASD_E011', 'article object has no "text" string') };
  const rawDate = str(o.date) ?? str(o.time) ?? str(o.published);
  const date = parsePublicationDate(rawDate);
  const item = checked(
    {
      id: str(o.id),
      title: str(o.title),
      text: tidyBody(body),
      date: date ?? opts.date ?? null,
      source: str(o.source),
      url: str(o.url),
    },
    where,
  );
  return dated(item, rawDate, date);
}

function readJson(text: string, opts: ReadOptions): ReadItem[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    return [{ where: '', error: new RasdError('RASD_E005', `malformed JSON: ${(err as Error).message}`) }];
  }
  if (Array.isArray(parsed)) return parsed.map((o, i) => fromObject(o, `item ${i + 1}`, opts));
  return [fromObject(parsed, '', opts)];
}

function readJsonLines(text: string, opts: ReadOptions): ReadItem[] {
  const items: ReadItem[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    let obj: unknown;
    try {
      obj = JSON.parse(line);
    } catch (err) {
      items.push({ where: `line ${i + 1}`, error: new RasdError('RASD_E005', `malformed JSON: ${(err as Error).message}`) });
      continue;
    }
    items.push(fromObject(obj, `line ${i + 1}`, opts));
  }
  return items;
}

function readPlain(text: string, opts: ReadOptions): ReadItem[] {
  const body = text.trim();
  return [checked({ text: body, date: opts.date ?? null, headings: findHeadings(body) }, '')];
}

export interface ReadOptions {
  /** Publication date to use when the input gives none. */
  date?: string | null;
  /** Skip detection. */
  format?: Format;
}

/** Reads every article in `text`. Items that cannot be read carry an error and the rest go on. */
export function readArticles(text: string, opts: ReadOptions = {}): ReadItem[] {
  if (!text.trim()) return [{ where: '', error: new RasdError('RASD_E001', 'empty input') }];
  const format = opts.format ?? detectFormat(text);
  switch (format) {
    case 'seed':
      return readSeed(text, opts);
    case 'ant':
      return readAnt(text, opts);
    case 'json':
      return readJson(text, opts);
    case 'jsonl':
      return readJsonLines(text, opts);
    case 'text':
      return readPlain(text, opts);
  }
}
