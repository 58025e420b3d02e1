/**
 * Language identification good enough to tell an Arabic article from one in
 * another language or script: letter counts by script, Persian and Urdu by
 * their own letters, Latin-script languages by their commonest words.
 */
import language from '../../data/text/languages.json' with { type: 'json' };

const PERSIAN_LETTERS = new Set(language.persianLetters);
const URDU_LETTERS = new Set(language.urduLetters);
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
  if (arabic >= latin && arabic >= other) {
    if (urdu > arabic * 0.01) return 'ur';
    if (persian > arabic * 0.01) return 'fa';
    return 'ar';
  }
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
