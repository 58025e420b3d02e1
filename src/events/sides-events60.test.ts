/**
 * (events60) An organ of a state accusing or convicting its own private people named by a bare definite noun (وتتهم
 * المحكمة الصحفيين، أدانت المحكمة المتهمين) is a domestic event, as its arrest of them is (OWN_PEOPLE_TYPES in
 * src/events/stage.ts); lawyers (المحامين، المحامية) are private people too (data/events/grammar.json `privatePeople`).
 * Sentences written for these tests; entities from the stand-in surface finder.
 */
import { test } from 'node:test';
import { hasTriple, lacksTriple } from './test-kit.ts';

test("an organ accusing or convicting its state's people is a domestic accusation", () => {
  hasTriple('وقالت مصادر في تركيا إن الشرطة اتهمت الصحفيين بالتخابر.', 'ACCUSE TUR>TUR asserted');
  hasTriple('وقالت مصادر في مصر إن المحكمة أدانت المتهمين بالتخطيط لهجوم.', 'ACCUSE EGY>EGY asserted');
});

test('lawyers named after an organ\'s arrest are its own people', () => {
  hasTriple('وقالت مصادر في تركيا إن الشرطة اعتقلت المحامين المدافعين عن الصحفيين.', 'COERCE TUR>TUR asserted');
});

test('people with a nisba adjective are of that state, not the organ\'s', () => {
  lacksTriple('وقالت مصادر في تركيا إن الشرطة اتهمت الصحفيين الفرنسيين بالتخابر.', 'ACCUSE TUR>TUR asserted');
});

test("an organ's appeal to its state's people is domestic too", () => {
  hasTriple('وقالت مصادر في مصر إن الحكومة دعت المواطنين إلى ترشيد المياه.', 'REQUEST EGY>EGY asserted');
});
