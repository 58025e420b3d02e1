/**
 * rule 117 (resolve16): the shapes of an imperfect that only a verb has, for a word the corpus counts too seldom to
 * tell a verb from a name (docs/knowledge-base.md, "Fourteenth session (resolve16)"). `w` is normalized, without
 * diacritics or proclitics.
 */
export function verbOnlyShape(w: string): boolean {
  // A name's vowel endings (نتيناهو, a misspelt Netanyahu) are no verb's; the plural -وا is.
  if (/[اوهة]$/.test(w) && !/وا$/.test(w)) return false;
  // A derived form's prefix (يتوغل، تتجادل، يستطرد، تنتقم); the dual and plural endings after ي and a short stem
  // without long vowels (يضربان، يشعلون; not يغيازاريان); an object pronoun or plural ending (يفاجئني، يقولوا).
  return /^[يتن](ت|ست|نت)/.test(w) || /^ي[^اوي]{2,4}(ان|ون)$/.test(w) || /.{3,}(ني|نا|وا)$/.test(w);
}
