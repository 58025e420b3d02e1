/**
 * Branch events22: sides of a verb whose subject is not where the verb-first reading looks. A verb joined by و/كما to an
 * earlier clause of its sentence continues that clause's subject, and a state right after it is its object when the
 * verb's complement follows (`carriedSubject`); a reported clause with a noun subject of its own ("أكد X أن الاتفاق لن
 * يمنع ...") has no speaker for a doer (`nounSubjectClause`). Sentences written for these tests, entities from the
 * stand-in surface finder.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectTriples, state, triples, UN, type TripleOptions } from './test-kit.ts';

const IRN = state('irn', 'IRN', ['إيران', 'طهران'], ['الإيراني', 'الإيرانية']);
const YEM = state('yem', 'YEM', ['اليمن', 'الحديدة'], ['اليمني', 'اليمنية']);
const opts: TripleOptions = { extra: [IRN, YEM, UN] };

test('a verb joined by و continues the subject of its sentence; the state after it is its object', () => {
  const got = triples('وأعربت تركيا عن قلقها من التطورات في العراق وطالبت فرنسا بسحب قواتها.', opts);
  assert.ok(got.includes('REQUEST TUR>FRA asserted'), got.join('; '));
  assert.ok(!got.some((t) => t.startsWith('REQUEST FRA>')), got.join('; '));
});

test('a verb after كما continues the subject, not a genitive in the clause before', () => {
  const got = triples('وفتحت الأمم المتحدة تحقيقا بشأن الدور التركي في دعم إيران بالسلع الممنوعة، كما طلبت من الأردن فتح تحقيق مستقل.', opts);
  assert.ok(got.includes('REQUEST IGO>JOR asserted'), got.join('; '));
  assert.ok(!got.some((t) => t.startsWith('REQUEST IRN>')), got.join('; '));
});

test('a state after the joined verb followed by its own object is a new subject', () => {
  const got = triples('ووجهت السلطات المصرية التهم لرجلين، كما اعتقلت تركيا دبلوماسيا عراقيا.', opts);
  assert.ok(!got.some((t) => t.startsWith('COERCE EGY>TUR')), got.join('; '));
});

test('a joined verb with an object pronoun has its subject after it', () => {
  const got = triples('وأعلن الرئيس المصري تأميم القناة فهاجمته فرنسا.', opts);
  assert.ok(!got.some((t) => t.startsWith('ASSAULT EGY>FRA')), got.join('; '));
});

test('the speaker before a reported clause with a noun subject of its own is not its doer', () => {
  for (const s of ['ويؤكد الرئيس الفرنسي أن الاتفاق لن يمنع إيران من امتلاك السلاح النووي.', 'وأعلنت الأمم المتحدة أن غارات جوية استهدفت مدينة الحديدة في اليمن.']) {
    const got = triples(s, opts);
    assert.ok(!got.some((t) => / (FRA|IGO)>/.test(t) && /^(COERCE|ASSAULT)/.test(t)), `${s}: ${got.join('; ')}`);
  }
});

test('the speaker stays the doer when the reported clause names the speaker\'s own state', () => {
  expectTriples('وأكد وزير الخارجية الأردني أن بلاده ستدعم العراق.', ['SUPPORT JOR>IRQ future'], opts);
});
