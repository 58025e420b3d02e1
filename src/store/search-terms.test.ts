import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize, type Token } from '../text/tokenize.ts';
import { entityNameForms, makeSnippet, parseQuery, wordForms, type Segmenter, type Snippet } from './search-terms.ts';

// a small stand-in segmenter: strips the one-letter proclitics ب و ل
// a small stand-in segmenter: strips the one-letter proclitics ب و ل, and the enclitic ه after ت, restoring ة (حكومته → حكومة)
const segment: Segmenter = (word) => {
  const m = /^([بول]?)(.+?)(ته)?$/u.exec(word)!;
  const n = m[1]!.length;
  const stem = m[3] ? `${m[2]}ة` : m[2]!;
  return { proclitics: n ? [m[1]!] : [], enclitic: m[3] ? 'ه' : null, baseStart: n, stemStart: n, stemEnd: word.length - (m[3] ? 1 : 0), stem };
};

/** The snippet as computed over every token of the whole text (the definition the windowed one must match). */
function reference(text: string, q: string): Snippet {
  const query = parseQuery(q, segment);
  const wanted = new Set(query.words.flat());
  const tokens = tokenize(text);
  const isWord = (t: Token) => t.kind === 'arabic' || t.kind === 'latin' || t.kind === 'number';
  const isHit = (t: Token) => isWord(t) && wordForms(t.text, t.kind, segment).some((f) => wanted.has(f));
  let first = -1;
  if (wanted.size) for (let i = 0; i < tokens.length && first < 0; i++) if (isHit(tokens[i]!)) first = i;
  let from = 0;
  if (first >= 0) {
    const at = tokens[first]!.start;
    let k = first;
    while (k > 0 && at - tokens[k - 1]!.start <= 80) k--;
    from = tokens[k]!.start;
  }
  let to = Math.min(text.length, from + 240);
  const space = text.indexOf(' ', to);
  if (to < text.length && space >= 0 && space - to < 30) to = space;
  if (to < text.length && text.charCodeAt(to) >= 0xdc00 && text.charCodeAt(to) <= 0xdfff) to++;
  const highlights = [];
  if (first >= 0) {
    for (let i = first; i < tokens.length && tokens[i]!.start < to; i++) {
      const t = tokens[i]!;
      if (t.end <= to && isHit(t)) highlights.push({ start: t.start, end: t.end });
    }
  }
  return { snippet: text.slice(from, to).replace(/[\r\n\t]/g, ' '), snippetStart: from, highlights };
}

const FILLER = 'قال المتحدث إن الاجتماع تناول ملفات عديدة، منها الاقتصاد والتعليم والصحة.\n';

function snippetTexts(): string[] {
  const texts: string[] = [];
  for (const reps of [0, 1, 20, 27, 28, 29, 60, 200]) {
    texts.push(`${FILLER.repeat(reps)}وصل الوفد إلى بموسكو صباح اليوم، ثم غادر موسكو مساء. ${FILLER.repeat(3)}`);
    // no space near the hit: a long run of letters and punctuation
    texts.push(`${FILLER.repeat(reps)}${'كلمة،'.repeat(90)}موسكو${'،نص'.repeat(60)} ${FILLER}`);
  }
  texts.push('موسكو'); // the hit is the whole text
  texts.push(FILLER.repeat(50)); // no hit at all
  texts.push(`${FILLER.repeat(30)}\u00a0موسكو\u2003والرئيس 😀 موسكو`);
  // diacritics, tatweel and hamza forms in the text; a stem with a restored ة; Latin with a hyphen; numbers
  texts.push(`${FILLER.repeat(5)}وأعلنت حكومته أنّ الرئيـــسَ سيزور مُوسْكُو، وقال al-Assad إن النمو بلغ 3.5 بالمئة. ${FILLER}`);
  // a ligature (presentation form) sends the search down the slow path
  texts.push(`${FILLER.repeat(5)}ﻻ بد من موسكو ${FILLER}`);
  return texts;
}

const QUERIES = ['موسكو', 'والرئيس موسكو', 'غائب', '', 'حكومة', 'الرئيس', 'al-Assad', 'الاسد', '3.5', 'أعلنت', 'لا'];

test('the windowed snippet equals the snippet over the whole text, wherever the hit is', () => {
  for (const text of snippetTexts()) {
    for (const q of QUERIES) {
      const got = makeSnippet(text, parseQuery(q, segment), segment);
      assert.deepEqual(got, reference(text, q), `query ${q} in a text of ${text.length} chars`);
      for (const h of got.highlights) assert.equal(got.snippet.slice(h.start - got.snippetStart, h.end - got.snippetStart), text.slice(h.start, h.end));
    }
  }
});

test('a hit far into a long text is found and highlighted', () => {
  const text = `${FILLER.repeat(300)}وأعلنت موسكو القرار.`;
  const s = makeSnippet(text, parseQuery('موسكو', segment), segment);
  assert.equal(s.highlights.length, 1);
  assert.equal(text.slice(s.highlights[0]!.start, s.highlights[0]!.end), 'موسكو');
  assert.ok(s.snippetStart > 10_000);
});


// qa13: /api/entities?name=وبوتين found nothing; the lookup now also tries the name without its proclitics
test('entity lookup forms: the name as typed, then without the proclitics of its first word', async () => {
  const { createSegmenter } = await import('../text/clitics.ts');
  const { loadWordFrequencies } = await import('../resources/load.ts');
  const real = createSegmenter(loadWordFrequencies());
  assert.deepEqual(entityNameForms('وبوتين', real), ['وبوتين', 'بوتين']);
  assert.deepEqual(entityNameForms('بالكرملين', real), ['بالكرملين', 'الكرملين']);
  assert.deepEqual(entityNameForms('للسيسي', real), ['للسيسي', 'السيسي']);
  assert.deepEqual(entityNameForms('وتل أبيب', real), ['وتل أبيب', 'تل أبيب']);
  assert.deepEqual(entityNameForms('بوتين', real), ['بوتين']);
  assert.deepEqual(entityNameForms('Putin', real), ['Putin']);
  // a two-letter remainder is no name: بان (Ban Ki-moon) does not also look up every name starting with ان
  assert.deepEqual(entityNameForms('بان', real), ['بان']);
});
