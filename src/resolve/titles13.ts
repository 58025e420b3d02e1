/**
 * Title rules of the twelfth session (titles13; docs/knowledge-base.md, "Twelfth session (titles13)", rules U1-U3),
 * found by annotating every title mention of random corpus articles before rasd was run on them
 * (scripts/titles13-blind.ts, scripts/titles13-compare.ts). Each is called from src/resolve/stage.ts with a few lines.
 *
 * (U1, tried and dropped: the title and the name inside إدارة الرئيس الأمريكي دونالد ترامب, a KB name of the US
 *     administration, given to the person too: the quote stage then lost or moved the administration's statements.)
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
import { RasdError } from '../core/errors.ts';

function wordSet(section: keyof typeof data): Set<string> {
  const s = data[section];
  if (typeof s !== 'object' || !Array.isArray((s as { words?: unknown }).words)) {
    throw new RasdError('RASD_E008', `kb/titles13-words.json: section ${section} has no words`);
  }
  return new Set((s as { words: string[] }).words.map((w) => normalize(w)));
}

/** U4: adjectives of a holder who resigned or was dismissed, as written (data/kb/titles13-words.json `leftOffice`). */
export const LEFT_OFFICE: readonly string[] = (data.leftOffice as { words: string[] }).words;

/** data/kb/titles13-words.json compiled (normalized words). */
export const TITLES13_WORDS = { bodyNouns: wordSet('bodyNouns') };

/** U2: is the (normalized) word, without و/ف or a preposition ب/ل, a definite group noun a head title takes? */
export function groupNounAfterHead(w: string): boolean {
  const v = w.replace(/^[وف]/, '');
  return TITLES13_WORDS.bodyNouns.has(v.startsWith('لل') ? 'ال' + v.slice(2) : v);
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
