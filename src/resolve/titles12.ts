/**
 * Title rules of the eleventh session (titles12; docs/knowledge-base.md, "Eleventh session (titles12)", rules T1-T6),
 * found by a title audit of random corpus text. Each is called from src/resolve/stage.ts with a few lines.
 *
 * T1. A kin noun in construct with a title (زوجة الرئيس الفرنسي بريجيت ماكرون، ابنة الرئيس الأمريكي، إيفانكا
 *     ترامب): the name after the title is the kin's, not the holder's; the title is the holder's as it would be with
 *     no name after it. Not when the kin is the person named before the kin noun (تشيلسي كلينتون ابنة الرئيس …
 *     بيل كلينتون), when the kin noun has a pronoun (لوالده الملك الحسن الثاني), or when the KB knows the name after
 *     as a holder of that title (نجلي الرئيس السابق علي عبدالله صالح).
 * T2. A person the KB knows, named with a title that carries no country (سلفه الرئيس باراك أوباما), who does not
 *     hold that office on the article's date while someone else does: later mentions of the title WITH the country
 *     (الرئيس الأمريكي) are the holder on the date, not that past holder.
 * T3. A UN envoy by post (المبعوث الأممي إلى اليمن، مبعوث الأمم المتحدة لليمن) is the UN's envoy there on the date.
 * T4. A KB holder of a generic office named right before its title takes it (stage.ts `holderNameBefore`).
 * T5. الأمين العام + ل + a KB armed group or party is the group's head on the date (stage.ts `bodyHeadTitle`).
 * T6. ولي عهد أبوظبي is Abu Dhabi's crown prince, not Dubai's.
 */
import type { Doc } from '../core/document.ts';
import { arabicLetters, isDroppedMark } from '../text/normalize.ts';
import type { KnowledgeBase } from '../kb/index.ts';
import type { Role, Title } from '../kb/types.ts';
import { normalize } from '../text/normalize.ts';
import { RESOLVER_WORDS } from './words.ts';

/** Kin nouns that take a title in construct (زوجة الرئيس، نجل رئيس الوزراء), with و or ف on them too. */
const KIN_HEADS = RESOLVER_WORDS.kinHeads;

/** وهو/وهي before the kin noun: the kin is the person just named (البيرق، وهو صهر الرئيس رجب طيب أردوغان). */
const HUWA = new Set(['وهو', 'وهي', 'هو', 'هي'].map((w) => normalize(w)));
const ALSO = new Set(['أيضا', 'أيضاً', 'كذلك'].map((w) => normalize(w)));

/**
 * Nouns a title can stand in construct after whose person is not the title's (كبير مستشاري المبعوث الدولي إلى سوريا،
 * يان إيغلاند): a name after such a phrase is that person's, not the envoy's (rule T3).
 */
const NOT_THE_HOLDER = RESOLVER_WORDS.notTheHolder;

/** Is the word before token `first` (و or ف on it allowed) one of those nouns? */
export function notTheHolderBefore(doc: Doc, first: number, tn: (doc: Doc, j: number) => string): boolean {
  if (first < 1) return false;
  const w = tn(doc, first - 1).replace(/^[وف]/, '');
  const two = first >= 2 ? `${tn(doc, first - 2).replace(/^[وف]/, '')} ${w}` : '';
  return NOT_THE_HOLDER.has(w) || NOT_THE_HOLDER.has(two);
}

/**
 * Is the word right before the title at token `first` (spaces only between) a kin noun in construct with it, and is
 * that kin not the person named right before it? When a name (or وهو) stands before the kin noun (تشيلسي كلينتون
 * ابنة الرئيس الأمريكي الأسبق بيل كلينتون؛ علاء مبارك، نجل الرئيس المصري الأسبق، حسني مبارك), the kin is that
 * person and the name after the title is the holder's, as usual. `personEndsAt(pos)`: a person's name ends at pos.
 */
export function kinBeforeTitle(doc: Doc, first: number, titleStart: number, tn: (doc: Doc, j: number) => string, personEndsAt: (pos: number) => boolean, heads: ReadonlySet<string> = KIN_HEADS): boolean {
  if (first < 1) return false;
  const prev = doc.tokens[first - 1]!;
  // The title starts at its token (a one-letter proclitic on the title, لزوجة… is another reading).
  if (doc.tokens[first]!.start !== titleStart) return false;
  if (!/^\s+$/.test(doc.text.slice(prev.end, titleStart))) return false;
  const w = tn(doc, first - 1);
  if (![w, w.replace(/^[وف]/, ''), w.replace(/^[وف]?[لب]/, '')].some((v) => heads.has(v))) return false;
  // With a pronoun on it the kin noun is no construct: خلفا لوالده الملك الحسن الثاني (his father, the king): the name
  // is the title's. (Normalization folds ة into ه: the word as written tells them apart.)
  if (/(?:ه|ها|هم|هما)[\u064B-\u0652]*$/u.test(prev.text) && !/ة[\u064B-\u0652]*$/u.test(prev.text)) return false;
  let b = first - 2;
  if (b >= 0 && /^[،,]$/.test(doc.tokens[b]!.text)) b--;
  // وهي أيضا والدة الرئيس السابق جورج دبليو بوش: "also" passed over.
  if (b >= 1 && ALSO.has(tn(doc, b))) b--;
  if (b < 0) return true;
  return !personEndsAt(doc.tokens[b]!.end) && !HUWA.has(tn(doc, b));
}

/**
 * rule T2: is the KB person `kbId`, named with a title of no country, someone who does not hold that office for
 * their country on `date` while another person does? Then the country's title is not to be read back to them.
 */
export function pastHolderOnly(kb: KnowledgeBase, kbId: string | null | undefined, country: string | null | undefined, role: Role, title: Title, date: string | null | undefined): boolean {
  if (!kbId || kbId.startsWith('x:') || !country || !date) return false;
  const now = kb.holders(role, country, date, title);
  return now.length > 0 && !now.some((h) => h.person.id === kbId);
}

/**
 * rule T1's exception: the name after a kin noun and a title is the holder's after all when the KB knows that person
 * as a holder of that title at some date (نجلي الرئيس السابق علي عبدالله صالح: the sons of Saleh). Sara Netanyahu,
 * Ivanka Trump and a name the KB lacks (بريجيت ماكرون) are the kin.
 */
export function heldTitle(kb: KnowledgeBase, ids: readonly string[], role: Role, title: Title): boolean {
  return ids.some((id) => kb.byId(id)?.person?.roles.some((r) => r.role === role && r.title === title) ?? false);
}

/**
 * rule T3: a UN envoy by post (المبعوث الأممي إلى اليمن، مبعوث الأمم المتحدة لليمن، المبعوث الدولي الخاص إلى سوريا،
 * مبعوث الأمين العام للأمم المتحدة إلى ليبيا): the words after an envoy title that make it the UN's, and where the post
 * word starts (null when none follows). `former`: السابق in the phrase (no sitting holder).
 */
const UN_ENVOY = /^\s+(?:(?:الخاص|الخاصة)\s+)?(?:الأممي|الأممية|الاممي|الاممية|الدولي|الدولية|للأمم المتحدة|للامم المتحدة|الأمم المتحدة|الامم المتحدة|الأمين العام للأمم المتحدة|الامين العام للامم المتحدة|للأمين العام للأمم المتحدة|للامين العام للامم المتحدة|الأمين العام|الامين العام|للأمين العام|للامين العام)(?:\s+(?:الخاص|الخاصة))?(?:\s+(?:للأمم المتحدة|للامم المتحدة))?(\s+(?:السابق|السابقة))?(?:(?:\s+(?:إلى|الى|لدى|في|بشأن|حول)\s+)|\s+(?=ل))?/u;

export interface UnEnvoyPhrase {
  former: boolean;
  /** Where the word naming the post starts (after إلى …, or at a ل-prefixed word), or null. */
  postAt: number | null;
  end: number;
}

export function unEnvoyPhrase(text: string, titleEnd: number): UnEnvoyPhrase | null {
  // The phrase is read without marks, tatweel and invisible characters and with presentation forms as their letters:
  // an RLM or a ZWJ inside "الأمم المتحدة" lost the title, and with it every event of the envoy (qa16).
  const view = plainView(text, titleEnd, titleEnd + 90);
  const m = UN_ENVOY.exec(view.text);
  if (!m) return null;
  const end = view.at(m[0].length);
  const rest = view.text.slice(m[0].length, m[0].length + 2);
  const postAt = /^\S/.test(rest) && (m[0].endsWith(' ') || /^ل/.test(rest)) ? end : null;
  // مبعوث الأمين العام الخاص إلى سوريا (titles13): the secretary-general without the UN's name only with a post.
  if (postAt === null && /(?:الأمين|الامين) العام(?:\s+(?:الخاص|الخاصة))?\s*$/u.test(m[0])) return null;
  return { former: !!m[1], postAt, end };
}

/**
 * text[from, to) without the characters normalization drops (harakat, tatweel, bidi marks, ZWJ ...) and with
 * presentation forms as their letters, the letters otherwise as written (hamza forms, ة, ى stay); `at(i)` is the index
 * in `text` of the view's character i (its end for i = the view's length).
 */
function plainView(text: string, from: number, to: number): { text: string; at: (i: number) => number } {
  const end = Math.min(to, text.length);
  let out = '';
  const starts: number[] = [];
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isDroppedMark(c)) continue;
    const ch = (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefe) ? arabicLetters(text[i]!) : text[i]!;
    for (let k = 0; k < ch.length; k++) starts.push(i);
    out += ch;
  }
  return { text: out, at: (i) => (i < starts.length ? starts[i]! : end) };
}

/** rule T3: the UN envoys on `date`, to `post` when one is named (data/kb/people/titles12-un-envoys.jsonl). */
export function unEnvoys(kb: KnowledgeBase, post: string | null, date: string): string[] {
  return kb
    .officeHolders('envoy', null, 'org:united-nations', date)
    .filter((h) => !!h.spell.post && h.spell.post !== 'IGO' && (!post || h.spell.post === post))
    .map((h) => h.person.id);
}

/**
 * rule T6: ولي عهد أبوظبي (titles.json: the UAE's crown prince by the emirate). The KB files the crown princes of
 * Abu Dhabi and of Dubai alike as the UAE's; Abu Dhabi's is of the Al Nahyan, the house of Zayed (Mohamed bin Zayed
 * to 2022, Khaled bin Mohamed bin Zayed from 2023), Dubai's of the Al Maktoum.
 */
export function abuDhabiCrownPrince(kb: KnowledgeBase, titleText: string, date: string | null | undefined): string | null | undefined {
  if (!/أبو ?ظبي|ابو ?ظبي/u.test(titleText)) return undefined;
  if (!date) return null;
  const ids = kb.holders('crown_prince', 'ARE', date, 'crown_prince').map((h) => h.person.id).filter((id) => /zayed|nahyan/.test(id));
  return ids.length === 1 ? ids[0]! : null;
}
