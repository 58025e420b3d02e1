/**
 * (quotes40) The shapes of a circumstantial accusative that news puts right after a verb of saying or a speaker's
 * title (وقال مازحا، وأضاف الرئيس ضاحكا، وتابع متسائلا): a normalized bare word (no clitic, no article) that ends in
 * ا and is either a participle (م, a consonant, 3+ letters: مبتسما، موضحا، متسائلا، مستنكرا، مخاطبا) or of the
 * shape فاعلا (مازحا، ضاحكا، قائلا). Names so spelled exist (مارتا، شارما، مسيبا, and the ما/مو/مي names the
 * participle shape leaves out: ماريا، مونيكا، ميلانيا) and so are duals before a genitive (قائدا الأمن، شاهدا عيان),
 * so callers check the context and the name lists too.
 */
export function circumstantialShape(key: string): 'participle' | 'faail' | null {
  if (key.length < 5 || !key.endsWith('ا') || key.startsWith('ال') || /[\u064b]/.test(key)) return null;
  // A noun with a pronoun (مراسلنا، مصادرنا، محاميها، منظموها، مندوبها) is no accusative: left out, with the few
  // participles that end so (معلنا، موجها).
  if (/(نا|ها|هما|كما)$/.test(key)) return null;
  // A feminine noun's dual before its genitive (منظمتا هيومن رايتس ووتش، وزارتا الخارجية) is none either.
  if (key.endsWith('تا')) return null;
  if (/^م[^اويىك].*[^اويى]ا$/.test(key)) return 'participle';
  if (key.length === 5 && /^[^اويى]ا[^اويى][^اويى]ا$/.test(key)) return 'faail';
  return null;
}
