/**
 * The checks every word-list file of sections shares (data/events/grammar.json, data/quotes/grammar.json,
 * data/kb/resolver-words.json): the file is one JSON object of sections, each an object that says how the stage
 * compares its words ("compare") and carries them; keys opening with "$" are comments. Each loader compiles the
 * sections its own way; a fault is a RASD_E008 naming the file and the section, so a bad edit stops the load with
 * one line instead of a rule quietly reading nothing.
 */
import { RasdError } from './errors.ts';

export interface SectionFile {
  /** The file's sections, keyed by name. */
  readonly root: Record<string, unknown>;
  /** Stops the load: RASD_E008 `FILE: msg`. */
  fail(msg: string): never;
  /** Section `name`, which must be an object and, when `compare` is given, say "compare": `compare`. */
  section(name: string, compare?: string): Record<string, unknown>;
  /** `list`, which must be a non-empty array of non-empty strings (`what` names them in the fault: "words"). */
  strings(name: string, list: unknown, what?: string): string[];
  /** Refuses a key that is neither a comment nor a section `known` holds (no rule reads it). */
  noOtherSections(known: Iterable<string>): void;
}

/** The checks for `json`, the parsed file `file` ("events/grammar.json"); refuses anything but a JSON object. */
export function sectionFile(file: string, json: unknown): SectionFile {
  const fail = (msg: string): never => {
    throw new RasdError('RASD_E008', `${file}: ${msg}`);
  };
  if (!json || typeof json !== 'object' || Array.isArray(json)) fail('is not a JSON object');
  const root = json as Record<string, unknown>;
  return {
    root,
    fail,
    section(name, compare) {
      const s = root[name];
      if (!s || typeof s !== 'object' || Array.isArray(s)) fail(`section "${name}" is missing or not an object`);
      const sec = s as Record<string, unknown>;
      if (compare !== undefined && sec.compare !== compare) fail(`section "${name}" must say "compare": "${compare}" (found ${JSON.stringify(sec.compare)})`);
      return sec;
    },
    strings(name, list, what = 'words') {
      if (!Array.isArray(list) || list.length === 0) fail(`section "${name}" has no ${what} (a non-empty array is expected)`);
      for (const w of list as unknown[]) if (typeof w !== 'string' || !w.trim()) fail(`section "${name}" has an entry that is not a non-empty string: ${JSON.stringify(w)}`);
      return list as string[];
    },
    noOtherSections(known) {
      const names = new Set(known);
      for (const k of Object.keys(root)) if (!k.startsWith('$') && !names.has(k)) fail(`unknown section "${k}" (no rule reads it)`);
    },
  };
}
