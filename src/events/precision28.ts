/**
 * Precision guards of the event stage found by reading what rasd codes on random corpus text (branch events28,
 * docs/events.md "Precision audit on random corpus text"). Each guard is a small test the stage calls where it would
 * otherwise make a false event; kept apart from src/events/stage.ts so that it stays readable and merges cleanly.
 */

/** A final ta marbuta (ة), with any short vowels after it, on the surface of a word. */
const TA_MARBUTA = /\u0629[\u064b-\u0652]*$/;

/**
 * Whether one of a word's noun stems is in `words` as a word of its own, not as the stem the pronoun stripper made by
 * reading a final ta marbuta as the pronoun ه: the normalizer writes ة as ه, so "منطقة" (region) reads as "منطق"
 * + "ه" (its logic) and "دورة" (session) as "دور" + "ه" (its role). On the surface the ة is still there, and a
 * stem that is the word less that letter is no reading of it.
 */
export function hasStemIn(surface: string, stems: ReadonlySet<string>, words: ReadonlySet<string>): boolean {
  const taMarbuta = TA_MARBUTA.test(surface);
  for (const st of stems) {
    if (!words.has(st)) continue;
    if (taMarbuta && stems.has(st + 'ه')) continue;
    return true;
  }
  return false;
}

/** What the stage knows of a side: its entity's type and actor code, and the kind of rule that found it. */
export interface SideLike {
  entity: { type: string; actor: string | null; country: string | null };
  kind: string;
  /** The preposition before the side's mention, if any. */
  prep?: string;
}

/**
 * Whether the side that "arrives" (وصل، يصل) can be a visitor: a person, a body or a delegation. A country or city named
 * by itself ("تكنولوجيا إيران وصلت إلى الحوثيين"، "الطريق الذي يصل بين الكوريتين"), a crowd of its people ("وصل 422
 * شخصا من عناصر الخوذ البيضاء") or its armed forces ("القوات التركية ... ووصلت إلى مشارف عفرين") arriving somewhere is
 * no visit. A country after من is where a delegation or a team comes from ("يصل وفد من إريتريا إلى أديس أبابا").
 */
export function canVisit(side: SideLike): boolean {
  const actor = side.entity.actor ?? '';
  if (/MIL$/.test(actor)) return false;
  if (side.entity.type === 'LOC') return side.kind === 'name' ? side.prep === 'من' : side.kind !== 'people';
  return true;
}

/** The actor-code sectors of a state's own organs (government, military, legislature, judiciary, police, intelligence); the event stage's rules read it too. */
export const STATE_ORGANS = new Set(['GOV', 'MIL', 'LEG', 'JUD', 'COP', 'SPY']);

/**
 * Whether a meeting is one inside a government: two sides of one state, each the state itself or one of its organs
 * (a head of state and his minister, a king and his prime minister: "يلتقي ترامب وبومبيو"، "يستقبل العاهل الأردني
 * رئيس الوزراء"). The annotators code talks between states and with groups, never a state's officials meeting one
 * another (no same-state CONSULT among the 158 of the read gold); talks of a government with rebels or the opposition
 * (another suffix) stay. A side with no actor code of its own counts with the state (most often a private person meeting
 * an official, which the gold does not code either).
 */
export function meetingInsideGovernment(a: { country: string | null; actor: string | null }, b: { country: string | null; actor: string | null }, plover: string): boolean {
  if (plover !== 'CONSULT' || !a.country || a.country !== b.country) return false;
  const organ = (e: { country: string | null; actor: string | null }) => !e.actor || e.actor === e.country || (e.actor.startsWith(e.country!) && STATE_ORGANS.has(e.actor.slice(3)));
  return organ(a) && organ(b);
}

/**
 * Whether a side is a social media platform (data/events/lexicon.json "platforms", by knowledge-base id) that the
 * argument rules took from where something was said ("وقال على تويتر"، "في تغريدة على موقع التواصل الاجتماعي تويتر"،
 * "في رسالة على تطبيق واتساب": SUPPORT FRA>USA of "أشاد الوزير على تويتر بالشرطة"). A platform stays a side only as
 * the object right after the act, with no preposition ("يتهم ترامب غوغل"، "تحظر منصة يوتيوب"):
 * a state's act on a company is coded like any other. `wordsAfterTrigger` is how many words stand between the end of
 * the trigger and the side's head (negative when the side stands before the trigger); null for a source.
 */
export function platformAsPlace(e: { kbId: string | null }, prep: string, wordsAfterTrigger: number | null, platforms: ReadonlySet<string>): boolean {
  if (!e.kbId || !platforms.has(e.kbId)) return false;
  return wordsAfterTrigger === null || prep !== '' || wordsAfterTrigger < 0 || wordsAfterTrigger > 3;
}
