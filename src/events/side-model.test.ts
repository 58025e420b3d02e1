/**
 * (events37) The learned side picker (src/events/side-model.ts) and its hook in the event stage (src/events/stage.ts,
 * next to secondSide). Sentences written for these tests; entities from the stand-in surface finder.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDoc } from '../core/document.ts';
import { DATA_DIR } from '../resources/load.ts';
import { entitiesFromSurfaces } from './standin.ts';
import { ALL, resources, segmenter, stage } from './test-kit.ts';
import { actorKind, candidateFeatures, candidateProbability, parseSideModel, pickCandidate, trainLogistic, type CandidateFacts } from './side-model.ts';
import { setSideCandidateTrace, setSideModelOverride, type SideCandidateTrace } from './stage.ts';

const facts = (over: Partial<CandidateFacts> = {}): CandidateFacts => ({
  role: 'target', plover: 'ACCUSE', isVerb: true, passive: false, enclitic: null, inQuote: false, where: 'sentence', before: false, distance: 2,
  commaBetween: false, clauseBetween: false, triggerBetween: false, prep: 'في', prepAccepted: false, firstActor: false, kind: 'state', foundKind: 'state',
  speaker: false, rank: 1, sentences: 3, inHeadline: true, pairSeen: false, nearerOther: false, foundRank: 2, candidates: 1, sentenceIndex: 2, pairSameType: false,
  ...over,
});

test('the shipped weights load, hold no article text, and are off (the picker did not pay in cross-validation)', () => {
  const model = resources.eventLexicon.sideModel;
  assert.ok(model);
  assert.equal(model.on, false);
  assert.ok(model.threshold > 0 && model.threshold < 1);
  // every weight is a named feature of candidateFeatures' vocabulary: "name=value|..." parts, no running text
  for (const k of model.weights.keys()) assert.match(k, /^[a-z-]+(=[^|\s]+(?: [^|\s]+)?)?(\|[a-z-]+(=[^|\s]+(?: [^|\s]+)?)?)*$/, k);
  const raw = JSON.parse(readFileSync(join(DATA_DIR, 'events/side-model.json'), 'utf8'));
  assert.equal(Object.keys(raw.weights).length, model.weights.size);
});

test('parseSideModel refuses a file without its parts', () => {
  assert.throws(() => parseSideModel({ on: true, threshold: 1.5, bias: 0, weights: {} }), /threshold/);
  assert.throws(() => parseSideModel({ on: 'yes', threshold: 0.5, bias: 0, weights: {} }), /"on"/);
  assert.throws(() => parseSideModel({ on: true, threshold: 0.5, bias: 0, weights: { a: 'x' } }), /weight "a"/);
  assert.equal(parseSideModel({ on: true, threshold: 0.5, bias: 0.25, weights: { a: 1 } }).weights.get('a'), 1);
});

test('candidateFeatures: position features only for a candidate in the trigger\'s sentence', () => {
  const inSentence = candidateFeatures(facts());
  assert.ok(inSentence.includes('dir=after|role=target'));
  assert.ok(inSentence.includes('prep=في|role=target|dir=after'));
  assert.ok(inSentence.includes('same-clause|dir=after|role=target'));
  assert.ok(inSentence.includes('dyad|role=target'));
  const previous = candidateFeatures(facts({ where: 'previous', commaBetween: true }));
  assert.ok(!previous.some((f) => f.startsWith('dir=') || f.startsWith('comma')), previous.join(' '));
  assert.ok(previous.includes('prep=في|where=previous'));
  assert.equal(actorKind('ORG', 'SAUGOV', 'SAU', 'name'), 'gov');
  assert.equal(actorKind('LOC', 'EGY', 'EGY', 'name'), 'state');
  assert.equal(actorKind('LOC', 'EGY', 'EGY', 'demonym'), 'people');
  assert.equal(actorKind('ORG', 'IGOUNO', 'IGO', 'name'), 'igo');
});

test('trainLogistic learns a feature that predicts the label, the same weights for the same seed; pickCandidate says none under the threshold', () => {
  const ex = [];
  for (let i = 0; i < 60; i++) ex.push({ features: ['good', i % 2 ? 'x' : 'y'], label: 1 as const }, { features: ['bad', i % 3 ? 'x' : 'y'], label: 0 as const });
  const a = trainLogistic(ex, { epochs: 20, seed: 5 });
  const b = trainLogistic(ex, { epochs: 20, seed: 5 });
  assert.deepEqual([...a.weights], [...b.weights]);
  assert.equal(a.bias, b.bias);
  assert.ok(a.weights.get('good')! > 1 && a.weights.get('bad')! < -1);
  assert.ok(candidateProbability(a, ['good']) > 0.9);
  assert.deepEqual(pickCandidate(a, [['bad'], ['good']], 0.5).index, 1);
  assert.equal(pickCandidate(a, [['bad'], ['bad', 'x']], 0.5).index, -1);
});

/** The events of a text as "PLOVER SRC>TGT standing/sideRule", trigger offsets checked. */
function coded(text: string): string[] {
  const doc = createDoc({ text, date: '2024-05-01' }, segmenter);
  const entities = entitiesFromSurfaces(doc.text, ALL);
  const events = stage.run(doc, { entities });
  for (const e of events) assert.equal(doc.text.slice(e.trigger.start, e.trigger.end), e.trigger.text);
  const country = (id: string | null) => entities.find((x) => x.id === id)?.country ?? '-';
  return events.map((e) => `${e.plover} ${country(e.source)}>${country(e.target)} ${e.standing ?? 'rule'}${e.sideRule ? `/${e.sideRule}` : ''}`);
}

test('the stage hook: candidates of a firing one side short go to the trace; a model that is on picks one, with sideRule "model"', () => {
  const text = 'وأدانت مصر بشدة الهجوم الذي وقع أمس في العراق.';
  const traces: SideCandidateTrace[] = [];
  try {
    setSideModelOverride(null);
    setSideCandidateTrace((t) => traces.push(t));
    const off = coded(text);
    assert.ok(!off.some((e) => e.startsWith('ACCUSE EGY>')), off.join('; '));
    const firing = traces.find((t) => t.plover === 'ACCUSE');
    assert.ok(firing, traces.map((t) => t.plover).join(' '));
    assert.equal(firing.role, 'target');
    assert.equal(firing.found, 'EGY');
    const irq = firing.candidates.find((c) => c.country === 'IRQ');
    assert.ok(irq);
    assert.equal(irq.facts.where, 'sentence');
    assert.equal(irq.facts.before, false);
    assert.equal(irq.facts.prep, 'في');
    setSideCandidateTrace(null);
    // a model that takes every candidate in the sentence after the trigger
    setSideModelOverride({ on: true, threshold: 0.5, bias: -5, weights: new Map([['dir=after|role=target', 10]]) });
    assert.ok(coded(text).includes('ACCUSE EGY>IRQ fallback/model'));
    // and one whose threshold nothing reaches adds nothing
    setSideModelOverride({ on: true, threshold: 0.99, bias: -5, weights: new Map([['dir=after|role=target', 6]]) });
    assert.ok(!coded(text).some((e) => e.endsWith('/model')));
  } finally {
    setSideCandidateTrace(null);
    setSideModelOverride(undefined);
  }
  // the shipped model is off: no event of the picker
  assert.ok(!coded(text).some((e) => e.endsWith('/model')));
});
