/**
 * Builds data/kb/name-vocab.json: how given names and surnames of many languages are spelled in Latin script,
 * for the romanizer (src/kb/translit.ts: an unknown foreign name word is written as a vocabulary word the Arabic
 * letters can spell, docs/knowledge-base.md "Name vocabulary"). Source: the person name lists of
 * @faker-js/faker's locales (MIT licence; a devDependency, read only here, never at run time).
 *
 * Every Latin-script locale's first and last names, and the Russian and Ukrainian lists transliterated as English
 * news writes Russian names (Абрамов Abramov, Дмитрий Dmitry, Евгений Yevgeny); Greek, Hebrew, Arabic, Persian and
 * East Asian lists are skipped (their romanization is a scheme of its own). A word is kept folded to plain a-z
 * letters as news writes it (Bermúdez Bermudez, Abalıoğlu Abalioglu, Müller Muller) with its capitals (McNeilly),
 * one word only, 3 letters or more. Its count is the number of lists (locale × given/family) that have it: a name
 * many languages share (Alexander, Martin) is likelier than one list's, and a word of one list only is left out.
 * Deterministic (sorted output).
 *
 *   npx tsx scripts/build-name-vocab.ts
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { allLocales } from '@faker-js/faker';

const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p',
  р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  і: 'i', ї: 'yi', є: 'ye', ґ: 'g',
};

/** A Russian or Ukrainian name in Latin letters as English news writes it. */
export function fromCyrillic(word: string, ukrainian: boolean): string {
  const w = word.toLowerCase();
  let out = '';
  for (let i = 0; i < w.length; i++) {
    const c = w[i]!;
    const prev = w[i - 1] ?? '';
    // е is ye at a word's start and after a vowel or a sign (Евгений Yevgeny, Алексеев Alekseyev).
    if (c === 'е' && (i === 0 || 'аеёиоуыэюяьъ'.includes(prev))) { out += 'ye'; continue; }
    // -ий and -ый at the end are one y (Дмитрий Dmitry, Грозный Grozny).
    if ((c === 'и' || c === 'ы') && w[i + 1] === 'й' && i + 2 === w.length) { out += 'y'; i++; continue; }
    if (c === 'и' && ukrainian) { out += 'y'; continue; }
    const t = CYRILLIC[c];
    if (t === undefined) return '';
    out += t;
  }
  return out.charAt(0).toUpperCase() + out.slice(1);
}

/** Latin letters folded to plain a-z as English news writes them; '' when a letter is left that is not a-z. */
export function foldLatin(word: string): string {
  const special: Record<string, string> = { ß: 'ss', ø: 'o', Ø: 'O', ł: 'l', Ł: 'L', ı: 'i', đ: 'd', Đ: 'D', ə: 'a', Ə: 'A', æ: 'ae', Æ: 'Ae', œ: 'oe', þ: 'th', ð: 'd', "'": '', '’': '' };
  const s = [...word.normalize('NFC')].map((c) => special[c] ?? c).join('').normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return /^[A-Za-z]+$/.test(s) ? s : '';
}

const SKIP = new Set(['ar', 'dv', 'el', 'fa', 'he', 'hy', 'ja', 'ka_GE', 'ko', 'ku_ckb', 'mk', 'ne', 'th', 'ur', 'zh_CN', 'zh_TW', 'en_BORK']);
// Locales that copy another whole list (de_AT = de): counted once.
const COPIES = new Set(['de_AT']);

function names(x: unknown): string[] {
  if (!x) return [];
  if (Array.isArray(x)) return x.filter((s): s is string => typeof s === 'string');
  return Object.values(x as Record<string, unknown>).flatMap((v) => names(v));
}

// A word of one list only is left out: read against corpus names, one list's rare words (Putu, Lisnic, Yakubu) are
// more often another name the Arabic letters happen to spell than the name meant (docs/knowledge-base.md).
const MIN_LISTS = 2;

/** The vocabulary: [word, number of lists], most shared first; and the lists read. */
export function buildNameVocab(): { words: Array<[string, number]>; lists: string[] } {
  const counts = new Map<string, Map<string, number>>();
  const lists: string[] = [];
  for (const [locale, def] of Object.entries(allLocales).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const person = (def as { person?: { first_name?: unknown; last_name?: unknown } }).person;
    if (!person || SKIP.has(locale) || COPIES.has(locale)) continue;
    for (const kind of ['first_name', 'last_name'] as const) {
      const words = new Set<string>();
      for (const n of names(person[kind])) {
        for (const part of n.split(/[\s-]+/)) {
          const latin = locale === 'ru' || locale === 'uk' ? fromCyrillic(part, locale === 'uk') : foldLatin(part);
          if (latin.length >= 3) words.add(latin);
        }
      }
      if (!words.size) continue;
      lists.push(`${locale}.${kind}`);
      for (const w of words) {
        // Spellings that differ only in capitals (Mcdonald, McDonald) are one word; the most frequent form is shown.
        const key = w.toLowerCase();
        const forms = counts.get(key) ?? new Map<string, number>();
        forms.set(w, (forms.get(w) ?? 0) + 1);
        counts.set(key, forms);
      }
    }
  }
  const out: Array<[string, number]> = [];
  for (const forms of counts.values()) {
    const total = [...forms.values()].reduce((a, b) => a + b, 0);
    if (total < MIN_LISTS) continue;
    const best = [...forms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
    out.push([best, total]);
  }
  out.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return { words: out, lists };
}

// Run as a script (not when a test imports the helpers above).
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { words: out, lists } = buildNameVocab();
  const file = {
    _comment: `Latin-script given names and surnames of many languages, for the romanizer (src/kb/translit.ts): [word, number of lists that have it, at least ${MIN_LISTS}]. Derived by scripts/build-name-vocab.ts from the person name lists of @faker-js/faker (MIT licence, (c) Faker contributors), ${lists.length} lists; Russian and Ukrainian transliterated, accents folded.`,
    lists,
    words: out,
  };
  const path = fileURLToPath(new URL('../data/kb/name-vocab.json', import.meta.url));
  writeFileSync(path, JSON.stringify(file).replace(/\],\[/g, '],\n[') + '\n');
  console.log(`${out.length} words from ${lists.length} lists`);
}
