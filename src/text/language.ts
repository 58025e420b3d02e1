/**
 * Language identification good enough to tell an Arabic article from one in
 * another language or script: letter counts by script, Persian and Urdu by
 * their own letters, Latin-script languages by their commonest words.
 */
import language from '../../data/text/languages.json' with { type: 'json' };

const PERSIAN_LETTERS = new Set(language.persianLetters);
const URDU_LETTERS = new Set(language.urduLetters);
const PERSIAN_WORDS = new Set(language.persianWords);
const URDU_WORDS = new Set(language.urduWords);

/**
 * Persian or Urdu rather than Arabic: letters Arabic never writes (more than 1% of the letters), or the language's
 * function words (at least 3, and 3% of the words). The letters the three share in keyboards (ی ک ھ) are no evidence
 * alone: Arabic typed on a Persian keyboard writes ی for ي throughout.
 */
function arabicScriptLanguage(sample: string, letters: number, persian: number, urdu: number): string {
  let persianWords = 0;
  let urduWords = 0;
  let words = 0;
  for (const word of sample.split(/[^\p{L}\p{M}\u200c]+/u)) {
    if (!word) continue;
    words++;
    if (PERSIAN_WORDS.has(word)) persianWords++;
    if (URDU_WORDS.has(word)) urduWords++;
  }
  const byWords = (hits: number) => hits >= 3 && hits >= words * 0.03;
  if (urdu > letters * 0.01 || byWords(urduWords)) return 'ur';
  if (persian > letters * 0.01 || byWords(persianWords)) return 'fa';
  return 'ar';
}
const STOPWORDS: Record<string, Set<string>> = Object.fromEntries(
  Object.entries(language.latinStopwords as Record<string, string[]>).map(([lang, words]) => [lang, new Set(words)]),
);

export function detectLanguage(text: string): string {
  let arabic = 0;
  let latin = 0;
  let other = 0;
  let persian = 0;
  let urdu = 0;
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  for (const ch of sample) {
    const c = ch.codePointAt(0)!;
    if ((c >= 0x0620 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3) || (c >= 0xfb50 && c <= 0xfefc)) {
      arabic++;
      if (PERSIAN_LETTERS.has(ch)) persian++;
      if (URDU_LETTERS.has(ch)) urdu++;
    } else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) latin++;
    else if (/\p{L}/u.test(ch)) other++;
  }
  const letters = arabic + latin + other;
  if (letters === 0) return 'und';
  if (arabic >= latin && arabic >= other) return arabicScriptLanguage(sample, arabic, persian, urdu);
  if (latin >= other) {
    const words = sample.toLowerCase().match(/[a-zà-ÿ]+/g) ?? [];
    let bestLang = 'und';
    let bestHits = 0;
    for (const [lang, set] of Object.entries(STOPWORDS)) {
      let hits = 0;
      for (const w of words) if (set.has(w)) hits++;
      if (hits > bestHits) {
        bestHits = hits;
        bestLang = lang;
      }
    }
    return bestHits >= 2 || (words.length < 10 && bestHits >= 1) ? bestLang : 'und';
  }
  return 'und';
}
