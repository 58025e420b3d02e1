/**
 * Text from JSON (a file's `"\ud800"` escape, a POSTed body) can hold lone UTF-16 surrogates. JavaScript keeps them,
 * but a store cannot: SQLite writes them as invalid UTF-8 and reads them back as three U+FFFD each, so every span
 * after one moves (PostgreSQL refuses the text). Each lone surrogate becomes one U+FFFD, the same length, before a
 * document is made from the text, so what is analyzed is what is stored.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `s` with every lone surrogate replaced by U+FFFD (String.prototype.toWellFormed; same length, offsets hold). */
export function toWellFormed(s: string): string {
  return s.replace(LONE_SURROGATE, '\uFFFD');
}
