/**
 * Section headings in a plain body: short lines without final punctuation
 * between paragraphs ("أهداف الزيارة"). The first line is the lead, never a
 * heading.
 */
const MAX_HEADING_WORDS = 8;
const FINAL_PUNCTUATION = /[.!?؟:،,؛;»"”…)\]]\s*$/u;

export function findHeadings(body: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let lineStart = 0;
  let first = true;
  while (lineStart <= body.length) {
    let lineEnd = body.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = body.length;
    const line = body.slice(lineStart, lineEnd);
    const trimmed = line.trim();
    if (trimmed) {
      const words = trimmed.split(/\s+/).length;
      if (!first && words <= MAX_HEADING_WORDS && !FINAL_PUNCTUATION.test(trimmed)) {
        const lead = line.length - line.trimStart().length;
        out.push({ start: lineStart + lead, end: lineStart + lead + trimmed.length });
      }
      first = false;
    }
    lineStart = lineEnd + 1;
  }
  return out;
}
