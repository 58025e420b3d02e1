/**
 * Two-column NER files (`token TAG` a line, ANERcorp/CoNLL style). Blank
 * lines separate sentences; where a file has none, sentences are cut after
 * sentence-final punctuation so that decoding stays local.
 */
export interface TaggedSentence {
  words: string[];
  tags: string[];
}

const FINAL = new Set(['.', '!', '?', '؟', '!', '…']);
const MAX_SENTENCE = 200;

export function parseConll(text: string): TaggedSentence[] {
  const sentences: TaggedSentence[] = [];
  let cur: TaggedSentence = { words: [], tags: [] };
  const flush = () => {
    if (cur.words.length) sentences.push(cur);
    cur = { words: [], tags: [] };
  };
  // A blank line counts only between tokens (a file's final newline is not a sentence break).
  let sawBlank = false;
  let pendingBlank = false;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '').replace(/^\uFEFF/, '');
    if (!line.trim()) {
      pendingBlank = cur.words.length > 0 || pendingBlank;
      flush();
      continue;
    }
    if (pendingBlank) sawBlank = true;
    const parts = line.trim().split(/\s+/);
    const tag = parts.length > 1 ? parts[parts.length - 1]! : 'O';
    const word = parts.length > 1 ? parts.slice(0, -1).join(' ') : parts[0]!;
    cur.words.push(word);
    cur.tags.push(tag);
  }
  flush();
  if (sawBlank) return sentences;
  // No blank lines: one block; cut it at sentence-final punctuation.
  const out: TaggedSentence[] = [];
  for (const s of sentences) {
    let part: TaggedSentence = { words: [], tags: [] };
    s.words.forEach((w, i) => {
      part.words.push(w);
      part.tags.push(s.tags[i]!);
      if ((FINAL.has(w) || part.words.length >= MAX_SENTENCE) && s.tags[i + 1]?.startsWith('I-') !== true) {
        out.push(part);
        part = { words: [], tags: [] };
      }
    });
    if (part.words.length) out.push(part);
  }
  return out;
}

/** Makes a tag sequence valid BIO: an I-X that does not continue an X becomes B-X. */
export function repairBio(tags: readonly string[]): string[] {
  return tags.map((t, i) => {
    if (!t.startsWith('I-')) return t;
    const prev = i > 0 ? tags[i - 1]! : 'O';
    return prev === 'O' || prev.slice(2) !== t.slice(2) ? 'B-' + t.slice(2) : t;
  });
}
