/**
 * Title rules of the twelfth session (titles13; docs/knowledge-base.md, "Twelfth session (titles13)", rules U1-U3),
 * found by annotating every title mention of random corpus articles before rasd was run on them
 * (scripts/titles13-blind.ts, scripts/titles13-compare.ts). Each is called from src/resolve/stage.ts with a few lines.
 *
 * U1. A body's KB name that holds a title and its holder's name (إدارة الرئيس الأمريكي دونالد ترامب, the US
 *     administration of data/kb/organizations/quotes21.jsonl) stays the body's mention, and the title and the name
 *     inside it are also the person's: before, the person and the title were lost inside the body's span.
 * U2. A head title before a definite group noun (زعيم التنظيم، رئيس الكتلة) is the title of the name right after it,
 *     as with a known organization head noun (زعيم الحزب جيريمي كوربين): data/kb/titles13-words.json `bodyNouns`.
 * U3. A hashtag's # between a title and its name (رئيس الوزراء السابق، #إيهود_أولمرت) is passed over as the comma is.
 * U5. A definite head-title phrase with no name (رئيس الجامعة، مدير المستشفى) after one person of the article was given
 *     the same head and noun as a title (حسن جونين رئيس جامعة عثمان غازي) is that person's title again, as a table title
 *     with no country refers back to the holder the article named (a body-head title has no holder in the KB).
 * U4. A resigned or dismissed holder's word after a title (وزير الخارجية البريطاني المستقيل بوريس جونسون، السفيرة
 *     المستقيلة نيكي هايلي، وزير الخارجية المقال) is read as a designate's word is: the name after it is the title's,
 *     and with no name the title is not the holder on the date.
 */
import { normalize } from '../text/normalize.ts';
import data from '../../data/kb/titles13-words.json' with { type: 'json' };
import { sectionFile } from '../core/sections.ts';

const file = sectionFile('kb/titles13-words.json', data);
const words = (name: string): string[] => file.strings(name, file.section(name).words);
file.noOtherSections(['bodyNouns', 'administrationHeads', 'leftOffice']);

/** U4: adjectives of a holder who resigned or was dismissed, as written (data/kb/titles13-words.json `leftOffice`). */
export const LEFT_OFFICE: readonly string[] = words('leftOffice');

/** data/kb/titles13-words.json compiled (normalized words). */
export const TITLES13_WORDS = {
  bodyNouns: new Set(words('bodyNouns').map((w) => normalize(w))),
  administrationHeads: new Set(words('administrationHeads').map((w) => normalize(w))),
};

/** U2: is the (normalized) word, without و/ف or a preposition ب/ل, a definite group noun a head title takes? */
export function groupNounAfterHead(w: string): boolean {
  const v = w.replace(/^[وف]/, '');
  return TITLES13_WORDS.bodyNouns.has(v.startsWith('لل') ? 'ال' + v.slice(2) : v);
}

/** Title words an administration's name may hold between its noun and the name: the head, then adjectives. */
const TITLE_HEAD = /^(?:ال)?رئيس(?:ة)?$/u;

export interface AdministrationParts {
  /** The title inside the body's name ([start, end) in the document text): الرئيس الأمريكي. */
  title: { start: number; end: number };
  /** The holder's name inside it: دونالد ترامب (a hashtag's # left out). */
  name: { start: number; end: number; text: string };
}

/**
 * U1: the title and the name inside a body's mention text `text` (starting at `start` in the document) of the form
 * إدارة/حكومة + a president's title + a name the KB knows as a person (`isPerson`), with an optional comma between.
 * Null when the mention is no such name.
 */
export function administrationParts(text: string, start: number, isPerson: (name: string) => boolean): AdministrationParts | null {
  const words = [...text.matchAll(/[^\s،,]+/gu)].map((m) => ({ w: m[0], s: start + m.index!, e: start + m.index! + m[0].length }));
  if (words.length < 3) return null;
  if (!TITLES13_WORDS.administrationHeads.has(normalize(words[0]!.w.replace(/^[وفبل]+(?=إدارة|حكومة)/u, '')))) return null;
  if (!TITLE_HEAD.test(normalize(words[1]!.w))) return null;
  // The name is the longest run of final words that the KB knows as a person (ترامب، دونالد ترامب).
  for (let i = 2; i < words.length; i++) {
    const nameWords = words.slice(i);
    const nameText = nameWords.map((x) => x.w.replace(/^#/, '').replace(/_/g, ' ')).join(' ');
    if (!isPerson(nameText)) continue;
    const first = nameWords[0]!;
    const nameStart = first.s + (first.w.startsWith('#') ? 1 : 0);
    return { title: { start: words[1]!.s, end: words[i - 1]!.e }, name: { start: nameStart, end: words.at(-1)!.e, text: nameText } };
  }
  return null;
}

/**
 * U5: the key of a head-title phrase's first two words (رئيس جامعة، ورئيس الجامعة → "رئيس جامعه" normalized): the head
 * without و/ف/ب/ل, the noun without ل or the article. Null when the first word is not `isHead`.
 */
export function officeKey(head: string, noun: string, isHead: (w: string) => boolean): string | null {
  const h = normalize(head);
  const bare = isHead(h) ? h : h.replace(/^[وف]?[بل]?/, '');
  if (!isHead(bare)) return null;
  const n = normalize(noun).replace(/^[وف]/, '').replace(/^لل/, 'ال').replace(/^ال/, '');
  if (n.length < 3) return null;
  return `${bare.replace(/^ال/, '')} ${n}`;
}
