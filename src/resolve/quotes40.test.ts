/**
 * (quotes40) Speaker phrases read wrong after a title: a circumstantial accusative (مازحا، ضاحكا، مبتسما) right after
 * a title or a speaking verb is no person's name (docs/quotes.md, "Eighteenth session (quotes40)"). The sentences are
 * written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, entityAt } from './title-test-kit.ts';

/** The speaker entity of the first quote: type and English name (or kbId). */
const speakerOf = (text: string): string | null => {
  const a = run(text);
  const q = a.quotes[0];
  const e = q?.speaker ? a.entities.find((x) => x.id === q.speaker) : undefined;
  return e ? (e.kbId && !e.kbId.startsWith('x:') ? e.kbId : `${e.type} ${e.nameEn}`) : null;
};

test('a circumstantial accusative after a title is no name', () => {
  assert.equal(entityAt(run('وأضاف الرئيس الفرنسي ضاحكا أن الصحفيين يحبون الأسئلة الصعبة.'), 'ضاحكا'), null);
  assert.equal(entityAt(run('وقال الوزير الروسي مازحا إن الطقس في الشمال أجمل.'), 'مازحا'), null);
  // The title then names the person the article named before.
  assert.equal(
    speakerOf('التقى وزير الخارجية الروسي سيرغي لافروف نظيره في جنيف أمس. وقال الوزير الروسي مازحا إن الطقس في جنيف أجمل.'),
    'per:sergey-lavrov',
  );
});

test('a name of the same shape stays a name where a woman is meant, or after no title', () => {
  assert.match(entityAt(run('وقالت الوزيرة مارتا إن الطقس في الشمال أجمل.'), 'مارتا') ?? '', /^PER /);
  // A known person after a title keeps the name; the accusative after it is left out.
  const a = run('وقال الرئيس ماكرون مبتسما إن الطقس في باريس أجمل.');
  assert.equal(entityAt(a, 'ماكرون'), 'per:emmanuel-macron');
  assert.equal(entityAt(a, 'مبتسما'), null);
});

test('a circumstantial participle right after the verb leaves the running speaker', () => {
  const a = run('قال الرئيس الإيراني حسن روحاني إن بلاده لن تتراجع. وقال مخاطبا ترامب: "لا تلعب بالنار".');
  const e = a.entities.find((x) => x.id === a.quotes[1]?.speaker);
  assert.equal(e?.kbId, 'per:hassan-rouhani');
  // A noun with a pronoun is a subject, not a circumstantial: "ويقول مراسلنا" keeps its own speaker phrase.
  const b = run('قال الرئيس الإيراني حسن روحاني إن بلاده لن تتراجع. ويقول مراسلنا إن الشوارع هادئة.');
  assert.match(b.quotes[1]?.speakerText ?? '', /مراسلنا/);
});
