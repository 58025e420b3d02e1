/**
 * Branch events50: lexicon gaps events46/47 left (persuading, a reply to a statement, a quotation mark inside a multiword
 * pattern), each checked on corpus text. docs/events.md, "Nineteenth session (events50)". Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { triples, expectTriples, state, type TripleOptions } from './test-kit.ts';

const USA = state('usa', 'USA', ['الولايات المتحدة', 'واشنطن'], ['الأمريكي', 'الأمريكية', 'الأمريكيين']);
const IRN = state('irn', 'IRN', ['إيران', 'طهران'], ['الإيراني', 'الإيرانية']);
const SDN = state('sdn', 'SDN', ['السودان', 'الخرطوم'], ['السوداني', 'السودانية']);
const opts: TripleOptions = { extra: [USA, IRN, SDN] };

test('persuading another state is an appeal to it (REQUEST 100); its genitive is the one persuaded', () => {
  expectTriples('وفشلت مصر في إقناع السودان بالعودة إلى المفاوضات.', ['REQUEST EGY>SDN asserted'], opts);
  expectTriples('وتسعى فرنسا إلى إقناع الولايات المتحدة بالبقاء في الاتفاق.', ['REQUEST FRA>USA intended'], opts);
  // the one persuaded is no doer: "إقناع واشنطن" is not Washington's appeal
  assert.deepEqual(triples('وبذلت مصر جهودا لإقناع واشنطن بتأجيل القرار.', opts).filter((x) => x.startsWith('REQUEST USA')), []);
  // the verb forms are not in the lexicon: their subject is often a thing or the speaker ("لم يقنع طرحه الداعية")
  assert.deepEqual(triples('وقال إن طرح إيران لم يقنع السودان.', opts).filter((x) => x.startsWith('REQUEST')), []);
});

test('a reply to a statement of another state is a rejection of it (REJECT 120)', () => {
  expectTriples('ورد المتحدث باسم الخارجية الإيرانية على تصريحات الرئيس الأمريكي.', ['REJECT IRN>USA asserted'], opts);
  expectTriples('وردت مصر على بيان السودان أمام الجمعية العامة.', ['REJECT EGY>SDN asserted'], opts);
  // a reply to criticism is not listed: the criticism is the critic's own ACCUSE, which the pattern would swallow
  assert.deepEqual(triples('ورد الوزير المصري على انتقادات السودان لمصر.', opts).filter((x) => x.startsWith('REJECT')), []);
  // رد with another object is no reply to a statement
  assert.deepEqual(triples('ورد الجيش المصري على هجوم السودان.', opts).filter((x) => x.startsWith('REJECT')), []);
});

test('a quotation mark inside a multiword noun pattern does not break it', () => {
  expectTriples('وقال الرئيس المصري إن هناك فرصة لإبرام "اتفاقية تجارية" مع السودان.', ['SUPPORT EGY>SDN asserted', 'SUPPORT SDN>EGY asserted'], opts);
  // without the quotation mark, as before
  expectTriples('وقال الرئيس المصري إن هناك فرصة لإبرام اتفاقية تجارية مع السودان.', ['SUPPORT EGY>SDN asserted', 'SUPPORT SDN>EGY asserted'], opts);
  // a mark after the first word too: the quoted verbal noun with its object is the same act
  expectTriples('وأعلنت مصر "إبرام" اتفاقية مع السودان.', ['SUPPORT EGY>SDN asserted', 'SUPPORT SDN>EGY asserted'], opts);
});

test('a war on another side is an attack on it (ASSAULT 190), not a war of words or one on a land', () => {
  expectTriples('وأعلنت مصر الحرب على السودان في ذلك العام.', ['ASSAULT EGY>SDN asserted'], opts);
  expectTriples('وقال إن الحرب التي تشنها إيران ضد السودان مستمرة.', ['ASSAULT IRN>SDN asserted'], opts);
  // a trade war, a media war: no attack
  assert.deepEqual(triples('وأعلنت الولايات المتحدة حربا تجارية على السودان.', opts).filter((x) => x.startsWith('ASSAULT')), []);
  // a war on someone's land between others: the land's people are no side
  assert.deepEqual(triples('ويخشى السودانيون نشوب حرب على أرضهم بين إيران ومصر.', opts).filter((x) => x.startsWith('ASSAULT SDN')), []);
  // "في الحرب على" after an ally or a supporter: the war's doer is another ("دعم مصر للولايات المتحدة في الحرب على إيران")
  assert.deepEqual(triples('وأشاد الوزير بدعم مصر للولايات المتحدة في الحرب على إيران.', opts).filter((x) => x.startsWith('ASSAULT EGY')), []);
});
