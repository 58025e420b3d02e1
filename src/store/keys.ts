/**
 * Identity of stored things: the content hash that makes ingest idempotent,
 * and the key under which an entity is merged across articles.
 */
import { createHash } from 'node:crypto';
import type { Entity } from '../core/analysis.ts';
import { normalize } from '../text/normalize.ts';

/** Collapses whitespace runs so that re-wrapped copies of an article hash alike. */
export function normalizeWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** sha256 (hex) of the whitespace-normalized text. */
export function contentHash(text: string): string {
  return createHash('sha256').update(normalizeWhitespace(text)).digest('hex');
}

/** The hash of the document text an article will have once analyzed (title, blank line, body). */
export function articleContentHash(article: { title?: string | null; text: string }): string {
  const title = article.title?.trim();
  return contentHash(title ? `${title}\n\n${article.text}` : article.text);
}

/**
 * Why an article is not stored whose source's id is stored with other text (ingest's line for it, and the API's
 * error; qa17, qa18): the store keeps the text it has.
 */
export function idTakenReason(docId: string, source: string | null | undefined, storedId: number): string {
  return `${describeDocId(docId, source)} is already stored (article ${storedId}) with other text; not stored (the store keeps the text it has)`;
}

/** "id "X" of source "Y"" for a refusal line: the id cut at 80 characters, the source when there is one. */
export function describeDocId(docId: string, source: string | null | undefined): string {
  const shown = JSON.stringify(docId.length > 80 ? `${docId.slice(0, 80)}…` : docId);
  return `id ${shown}${source ? ` of source ${JSON.stringify(source)}` : ''}`;
}

/**
 * Entities merge across articles by knowledge-base id; the resolution stage
 * gives unlinked entities a stable kbId-like id too. With none at all, the
 * normalized name and type stand in, so "الأمم المتحدة" and "الامم المتحده" meet.
 */
export function entityKey(entity: Pick<Entity, 'kbId' | 'name' | 'type'>): string {
  if (entity.kbId) return entity.kbId;
  return `name:${entity.type}:${normalizeWhitespace(normalize(entity.name))}`;
}
