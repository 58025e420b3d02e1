/**
 * Branch events39: objects and sides in constructions news uses often (docs/events.md, "Sixteenth session: objects and
 * sides (events39)"). A verb's multiword object is not looked for across a preposition of topic (عن، حول، بشأن) unless the
 * verb takes it as its own complement (grammar prepFrames). Sentences written for these tests, entities from the
 * stand-in surface finder.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { triples, state, type TripleOptions } from './test-kit.ts';

const RUS = state('rus', 'RUS', ['روسيا', 'موسكو'], ['الروسي', 'الروسية']);
const USA = state('usa', 'USA', ['الولايات المتحدة', 'واشنطن'], ['الأمريكي', 'الأمريكية', 'أمريكية']);
const SYR = state('syr', 'SYR', ['سوريا', 'دمشق'], ['السوري', 'السورية']);
const FRA = state('fra', 'FRA', ['فرنسا', 'باريس'], ['الفرنسي', 'الفرنسية']);
const TUR = state('tur', 'TUR', ['تركيا', 'أنقرة'], ['التركي', 'التركية']);
const opts: TripleOptions = { extra: [RUS, USA, SYR, FRA, TUR] };

test('a topic preposition ends the search for a verb\'s multiword object', () => {
  // published information about forces: no deployment
  let got = triples('ونشرت روسيا معلومات عن قوات أمريكية في سوريا.', opts);
  assert.ok(!got.some((t) => t.startsWith('MOBILIZE')), got.join('; '));
  got = triples('ونشرت روسيا تقريرا حول قوات أمريكية في سوريا.', opts);
  assert.ok(!got.some((t) => t.startsWith('MOBILIZE')), got.join('; '));
  // the plain pattern still holds
  got = triples('ونشرت روسيا قوات في سوريا.', opts);
  assert.ok(got.includes('MOBILIZE RUS>SYR asserted'), got.join('; '));
});

test('a verb whose own complement opens with عن crosses it to its object (grammar prepFrames)', () => {
  let got = triples('وأعربت فرنسا عن قلقها من تحركات روسيا.', opts);
  assert.ok(got.includes('ACCUSE FRA>RUS asserted'), got.join('; '));
  got = triples('وعبرت الولايات المتحدة عن قلقها من روسيا.', opts);
  assert.ok(got.includes('ACCUSE USA>RUS asserted'), got.join('; '));
});
