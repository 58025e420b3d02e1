/**
 * Where ingest finds articles: paths (files, folders walked recursively,
 * globs) expanded to files, and each file read into items in the format it
 * holds. JSON Lines (gzip or not) are streamed line by line so that a corpus
 * of any size never sits in memory; RSS 2.0 and Atom feeds give one article
 * per item; saved HTML pages give their main text through Readability; every
 * other file goes through the readers (seed, ANT, JSON, plain text).
 */
import { accessSync, constants, createReadStream, lstatSync, readdirSync, readFileSync, realpathSync, statSync, openSync, readSync, closeSync } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { join, resolve, sep } from 'node:path';
import { DOMParser, parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import type { ArticleInput } from '../core/document.ts';
import { describeError, RasdError } from '../core/errors.ts';
import { fileError, notRegular, readInput, type InputItem } from '../io/input.ts';
import { decodeMarkup, firstInvalidUtf8, knownBinaryFormat, looksBinary, looksWindows1256, utf16WithoutBom, MAX_INPUT_BYTES } from '../io/decode.ts';
import { readArticles, checkArticle, MAX_ARTICLE_CHARS } from '../readers/index.ts';
import { parsePublicationDate, unreadDate } from '../readers/date.ts';

/** An item of an input as ingest reads it: the same as `rasd analyze` reads (labels "FILE: item 3" for feeds too). */
export type SourceItem = InputItem;

const GLOB_CHARS = /[*?[]/;

function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        re += '.*';
        i++;
        if (glob[i + 1] === '/') i++;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const close = glob.indexOf(']', i);
      if (close < 0) re += '\\[';
      else {
        re += `[${glob.slice(i + 1, close).replace(/\\/g, '\\\\')}]`;
        i = close;
      }
    } else re += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/**
 * Files under `dir`; a folder that cannot be listed (permissions) goes into `blocked`, to be reported, not skipped.
 * Each folder is walked once, by its real path (`seen`): a link back to a parent folder made the walk read the same
 * files once per level until the path grew too long, and two such links doubled that per level (qa9). A link to
 * nothing is kept as a path, so that reading it says so.
 */
function walk(dir: string, out: string[], blocked: string[] = [], seen = new Set<string>()): void {
  let names: string[];
  try {
    const real = realpathSync(dir);
    if (seen.has(real)) return;
    seen.add(real);
    names = readdirSync(dir).sort();
  } catch {
    blocked.push(dir);
    return;
  }
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    let st;
    try {
      st = statSync(path);
    } catch {
      try {
        if (lstatSync(path).isSymbolicLink()) out.push(path);
      } catch {
        /* gone since the listing */
      }
      continue;
    }
    if (st.isDirectory()) walk(path, out, blocked, seen);
    else if (st.isFile()) out.push(path);
  }
}

/**
 * `a/{x,y}/*.{html,xml}` as the paths it stands for, as a shell would (no nesting); an argument that names a file
 * as written, braces and all, stays as it is.
 */
function expandBraces(arg: string): string[] {
  const m = /\{([^{}]*,[^{}]*)\}/.exec(arg);
  if (!m) return [arg];
  try {
    statSync(arg);
    return [arg];
  } catch {
    /* not a file of that name: expand */
  }
  return m[1]!.split(',').flatMap((alt) => expandBraces(arg.slice(0, m.index) + alt + arg.slice(m.index + m[0].length)));
}

/**
 * Files named by the arguments, in a stable order: a folder gives every file
 * under it, a glob (quoted, so the shell leaves it alone) the files that
 * match. A path that names nothing is returned as it is, so reading it
 * reports the error.
 */
export function expandPaths(args: string[]): string[] {
  const out: string[] = [];
  for (const arg of args.flatMap(expandBraces)) {
    if (arg === '-') {
      out.push(arg);
      continue;
    }
    if (GLOB_CHARS.test(arg)) {
      const parts = arg.split('/');
      const firstGlob = parts.findIndex((p) => GLOB_CHARS.test(p));
      const base = parts.slice(0, firstGlob).join('/') || '.';
      const re = globToRegExp(parts.slice(firstGlob).join('/'));
      const files: string[] = [];
      const blocked: string[] = [];
      walk(base, files, blocked);
      const baseAbs = resolve(base);
      const matched = files.filter((f) => re.test(resolve(f).slice(baseAbs.length + 1).split(sep).join('/')));
      out.push(...(matched.length ? matched : [arg]), ...blocked);
      continue;
    }
    let isDir = false;
    try {
      isDir = statSync(arg).isDirectory();
    } catch {
      /* reported when read */
    }
    if (isDir) {
      const files: string[] = [];
      const blocked: string[] = [];
      walk(arg, files, blocked);
      // a folder with no file in it gave no output, no line and status 0 (qa14): it is read, and so reported
      out.push(...(files.length || blocked.length ? [...files, ...blocked] : [arg]));
    } else out.push(arg);
  }
  return [...new Set(out)];
}

export type FileKind = 'jsonl-stream' | 'feed' | 'html' | 'xml' | 'other';

function head(path: string, bytes = 2048): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    const n = readSync(fd, buf, 0, bytes, 0);
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/** How a file is read, from its name and first bytes. */
export function fileKind(path: string): FileKind {
  const lower = path.toLowerCase();
  if (/\.(jsonl|ndjson)(\.gz)?$/.test(lower)) return 'jsonl-stream';
  if (path === '-') return 'other';
  let start = '';
  try {
    // a pipe's head cannot be read without taking it (and blocked for ever without a writer): readInput reads pipes
    if (!statSync(path).isFile()) return 'other';
    const h = head(path);
    if (h[0] === 0x1f && h[1] === 0x8b) return 'other';
    start = h.toString('utf8').replace(/^\uFEFF/, '').trimStart().slice(0, 1024).toLowerCase();
  } catch {
    return 'other';
  }
  // comments and a DOCTYPE (with an internal subset: its entities are not expanded) may come before the root
  if (/\.(rss|atom)$/.test(lower) || /^(<\?xml[^>]*>\s*)?((<!--[\s\S]*?-->|<!doctype[^[>]*(\[[\s\S]*?\])?\s*>)\s*)*<(rss|feed|rdf:rdf)[\s>]/.test(start)) return 'feed';
  if (/\.(html?|xhtml)$/.test(lower) || start.startsWith('<!doctype html') || start.startsWith('<html')) return 'html';
  // any other XML document (a sitemap, an export) was read as plain text and stored as an article of raw markup
  if (start.startsWith('<?xml')) return 'xml';
  return 'other';
}

const BLOCK = new Set(['P', 'DIV', 'BR', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'SECTION', 'ARTICLE', 'TR', 'FIGCAPTION', 'PRE', 'UL', 'OL', 'TABLE', 'HEADER', 'FOOTER']);

/** Visible text of an HTML fragment, one paragraph a line. */
export function htmlToText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const parts: string[] = [];
  const visit = (node: any): void => {
    for (const child of node.childNodes ?? []) {
      if (child.nodeType === 3) parts.push(child.textContent ?? '');
      else if (child.nodeType === 1) {
        const tag = String(child.tagName).toUpperCase();
        if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT') continue;
        const block = BLOCK.has(tag);
        if (block) parts.push('\n');
        visit(child);
        if (block) parts.push('\n');
      }
    }
  };
  visit(document.body);
  return parts
    .join('')
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

/**
 * The body without a first paragraph that only repeats the title: a saved page's <h1>, a feed item's content that
 * opens with its headline. The document text puts the title first already, and a repeated headline had its
 * mentions, quotes and events counted twice (qa9). Whitespace does not count; a body that is only the title stays.
 */
export function withoutRepeatedTitle(text: string, title: string | null | undefined): string {
  if (!title) return text;
  const cut = text.indexOf('\n\n');
  if (cut < 0) return text;
  const squeeze = (s: string) => s.replace(/\s+/g, ' ').trim();
  return squeeze(text.slice(0, cut)) === squeeze(title) ? text.slice(cut + 2).trimStart() : text;
}

function checkedArticle(label: string, a: ArticleInput): SourceItem {
  const checked = checkArticle(a);
  return checked.article ? { label, article: checked.article } : { label, error: describeError(checked.error) };
}

function readWhole(path: string): string {
  const size = statSync(path).size;
  if (size > MAX_INPUT_BYTES) throw new RasdError('RASD_E004', `file is ${size} bytes, over the limit of ${MAX_INPUT_BYTES}`);
  return decodeMarkup(readFileSync(path));
}

function childText(el: any, names: string[]): string | null {
  for (const name of names) {
    const found = el.getElementsByTagName(name)[0];
    if (found && found.parentNode === el) {
      const t = (found.textContent ?? '').trim();
      if (t) return t;
    }
  }
  return null;
}

/** Each RSS 2.0 <item> or Atom <entry> as an article: full text (content:encoded, content) when the feed has it, else the summary. */
export function readFeed(xml: string, label: string): SourceItem[] {
  const doc = new DOMParser().parseFromString(xml, 'text/xml') as any;
  const items = [...doc.getElementsByTagName('item'), ...doc.getElementsByTagName('entry')];
  const channel = doc.getElementsByTagName('channel')[0] ?? doc.getElementsByTagName('feed')[0];
  const feedTitle = channel ? childText(channel, ['title']) : null;
  if (!items.length) return [{ label, error: describeError(new RasdError('RASD_E011', 'feed has no items')) }];
  return items.map((it: any, i: number) => {
    const where = `${label}: item ${i + 1}`;
    const linkEl = [...it.getElementsByTagName('link')].find((l: any) => l.parentNode === it) as any;
    const url = linkEl ? linkEl.getAttribute('href') || (linkEl.textContent ?? '').trim() || null : null;
    const html = childText(it, ['content:encoded', 'content', 'description', 'summary']) ?? '';
    const title = childText(it, ['title']);
    const rawDate = childText(it, ['pubDate', 'published', 'updated', 'dc:date']);
    const date = parsePublicationDate(rawDate);
    return withDateNote(checkedArticle(where, {
      title,
      text: withoutRepeatedTitle(htmlToText(html), title),
      date,
      source: feedTitle,
      url,
      id: childText(it, ['guid', 'id']),
    }), rawDate, date);
  });
}

const MIN_PAGE_CHARS = 200;

/** A saved article page: its main text by Readability, with title, date, site and canonical URL from its metadata. */
export function readHtmlPage(html: string, label: string): SourceItem {
  const { document } = parseHTML(html) as any;
  const meta = (sel: string) => document.querySelector(sel)?.getAttribute('content') ?? null;
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta('meta[property="og:url"]');
  let parsed: ReturnType<Readability['parse']> = null;
  try {
    parsed = new Readability(document).parse();
  } catch (err) {
    return { label, error: describeError(new RasdError('RASD_E011', `not an article page: ${(err as Error).message}`)) };
  }
  const text = parsed?.content ? htmlToText(parsed.content) : '';
  if (!parsed || text.length < MIN_PAGE_CHARS) return { label, error: describeError(new RasdError('RASD_E011', 'not an article page (no main text found)')) };
  const rawDate = parsed.publishedTime ?? meta('meta[property="article:published_time"]') ?? meta('meta[name="date"]');
  const date = parsePublicationDate(rawDate);
  return withDateNote(checkedArticle(label, {
    title: parsed.title || null,
    text: withoutRepeatedTitle(text, parsed.title),
    date,
    source: parsed.siteName || meta('meta[property="og:site_name"]'),
    url: canonical,
  }), rawDate, date);
}

/** The item with the date the source gives and rasd cannot read (it was dropped silently, qa12). */
function withDateNote(item: SourceItem, raw: string | null, parsed: string | null): SourceItem {
  const unread = item.article ? unreadDate(raw, parsed) : null;
  return unread ? { ...item, unreadDate: unread } : item;
}

/** Longest JSON line read, in bytes (an article of MAX_ARTICLE_CHARS Arabic characters, escaped, fits). */
const MAX_LINE_BYTES = MAX_ARTICLE_CHARS * 6;

/**
 * The lines of a byte stream, split at \n with a trailing \r dropped, as bytes: decoding is left to the caller, so
 * that a line that is not UTF-8 is refused instead of read as U+FFFD. A line over `max` bytes is not kept: its
 * length in bytes comes instead.
 */
async function* byteLines(input: AsyncIterable<Buffer>, max: number): AsyncGenerator<Buffer | number> {
  let parts: Buffer[] = [];
  let size = 0;
  const line = () => {
    const b = parts.length === 1 ? parts[0]! : Buffer.concat(parts, size);
    return b.length && b[b.length - 1] === 0x0d ? b.subarray(0, b.length - 1) : b;
  };
  for await (const chunk of input) {
    let start = 0;
    for (;;) {
      const nl = chunk.indexOf(0x0a, start);
      const piece = chunk.subarray(start, nl < 0 ? chunk.length : nl);
      if (size <= max && piece.length) parts.push(piece);
      size += piece.length;
      if (size > max) parts = [];
      if (nl < 0) break;
      yield size > max ? size : line();
      parts = [];
      size = 0;
      start = nl + 1;
    }
  }
  if (size > 0) yield size > max ? size : line();
}

/** A JSON Lines file streamed line by line (gzip inflated on the fly). `progress` gets the bytes read from disk so far. */
async function* streamJsonLines(path: string, progress?: (bytes: number) => void): AsyncGenerator<SourceItem> {
  let raw;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new RasdError('RASD_E006', 'is a directory');
    if (!st.isFile() && !st.isFIFO()) throw notRegular();
    // the stream opens lazily: an unreadable file was "after line 0: cannot read further: EACCES ..."
    accessSync(path, constants.R_OK);
    raw = createReadStream(path);
  } catch (err) {
    yield { label: path, error: describeError(err instanceof RasdError ? err : fileError(err)) };
    return;
  }
  const gzip = path.toLowerCase().endsWith('.gz');
  const input = gzip ? raw.pipe(createGunzip()) : raw;
  const failed: Error[] = [];
  input.on('error', (err) => failed.push(err));
  raw.on('error', (err) => failed.push(err));
  // the file's first bytes tell an encoding or a binary file that would fail on every line (qa9)
  let head: Buffer | null = null;
  const tapped = (async function* () {
    for await (const chunk of input as AsyncIterable<Buffer>) {
      head ??= chunk;
      yield chunk;
    }
  })();
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  let n = 0;
  try {
    for await (const got of byteLines(tapped, MAX_LINE_BYTES)) {
      n++;
      progress?.(raw.bytesRead);
      const label = `${path}: line ${n}`;
      if (typeof got === 'number') {
        yield { label, error: describeError(new RasdError('RASD_E004', `line is ${got} bytes, over the limit of ${MAX_LINE_BYTES}`)) };
        continue;
      }
      let bytes = got;
      if (n === 1) {
        const h: Buffer = head ?? bytes;
        if ((h[0] === 0xff && h[1] === 0xfe) || (h[0] === 0xfe && h[1] === 0xff) || utf16WithoutBom(h)) {
          yield { label: path, error: describeError(new RasdError('RASD_E003', 'UTF-16 JSON Lines: rasd streams JSON Lines as UTF-8; convert with iconv -f UTF-16 -t UTF-8')) };
          return;
        }
        if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
        const kind = knownBinaryFormat(h);
        if (kind || looksBinary(h)) {
          yield { label: path, error: describeError(new RasdError(kind ? 'RASD_E005' : 'RASD_E002', kind ? `unsupported format (${kind}), not JSON Lines` : 'binary file (NUL or control bytes), not JSON Lines')) };
          return;
        }
      }
      let line: string;
      try {
        line = utf8.decode(bytes);
      } catch {
        const hint = looksWindows1256(bytes) ? ' (the file looks like Windows-1256: convert it with iconv -f CP1256 -t UTF-8)' : '';
        yield { label, error: describeError(new RasdError('RASD_E003', `invalid UTF-8 at byte ${firstInvalidUtf8(bytes)} of the line${hint}`)) };
        continue;
      }
      if (!line.trim()) continue;
      if (line.length > MAX_ARTICLE_CHARS * 2) {
        yield { label, error: describeError(new RasdError('RASD_E004', `line is ${line.length} characters, over the limit`)) };
        continue;
      }
      const [item] = readArticles(line, { format: 'jsonl' });
      if (item) yield item.article ? { label, article: item.article, ...(item.unreadDate ? { unreadDate: item.unreadDate } : {}) } : { label, error: item.error ? describeError(item.error) : 'unreadable' };
    }
  } catch (err) {
    failed.push(err as Error);
  } finally {
    raw.destroy();
  }
  if (failed.length) {
    const err = failed[0] as NodeJS.ErrnoException;
    const notGzip = gzip && n === 0 && err.code === 'Z_DATA_ERROR';
    yield {
      label: n ? `${path}: after line ${n}` : path,
      error: describeError(new RasdError('RASD_E006', notGzip ? `not gzip data (${err.message})` : `cannot read further: ${err.message}`)),
    };
  }
}

/** Every item of one file, in order. */
export async function* readSource(path: string, progress?: (bytes: number) => void): AsyncGenerator<SourceItem> {
  const kind = fileKind(path);
  if (kind === 'jsonl-stream') {
    yield* streamJsonLines(path, progress);
    return;
  }
  if (kind === 'xml') {
    yield { label: path, error: describeError(new RasdError('RASD_E005', 'XML that is not an RSS or Atom feed: rasd reads feeds, HTML pages, JSON, the seed and ANT formats and plain text')) };
    return;
  }
  if (kind === 'feed' || kind === 'html') {
    let text: string;
    try {
      text = readWhole(path);
    } catch (err) {
      yield { label: path, error: describeError(err) };
      return;
    }
    if (kind === 'feed') yield* readFeed(text, path);
    else yield readHtmlPage(text, path);
    return;
  }
  for (const item of readInput(path)) yield item;
}
