/**
 * (resolve20) Titles on new text and names in a lineage (docs/knowledge-base.md, "Seventeenth session (resolve20)").
 * The sentences are written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, titleOf, entityAt } from './title-test-kit.ts';

test('a former holder\'s title with an adjective before the name is that person\'s', () => {
  const a = run('وقال الرئيس الأسبق الإصلاحي محمد خاتمي في كلمة إن البلاد تحتاج إلى الحوار.', '2018-08-10');
  assert.equal(titleOf(a, 'الرئيس الأسبق'), 'per:mohammad-khatami');
  // No name near it: a former holder is no one on the date.
  const b = run('وقال الرئيس الأسبق في كلمة إن البلاد تحتاج إلى الحوار.', '2018-08-10');
  assert.equal(titleOf(b, 'الرئيس الأسبق'), null);
});

test('a minister without a country in a story of one clear state is that state\'s minister', () => {
  const a = run('أعلن رئيس الوزراء المصري مصطفى مدبولي في القاهرة أنه تواصل مع وزير الدفاع والإنتاج الحربي لإرسال طائرات إلى الجيزة.', '2018-10-06');
  assert.equal(titleOf(a, 'وزير الدفاع'), 'per:mohamed-ahmed-zaki');
  // Another country in the title's sentence: no holder is guessed.
  const b = run('أعلن رئيس الوزراء المصري مصطفى مدبولي في القاهرة أنه بحث مع وزير الدفاع في اتصال من واشنطن شراء طائرات.', '2018-10-06');
  assert.equal(titleOf(b, 'وزير الدفاع'), null);
  // A story of two states: none either.
  const c = run('زار الرئيس الفرنسي إيمانويل ماكرون مصر والتقى الرئيس المصري عبد الفتاح السيسي. وقال وزير الدفاع إن الصفقة تمت.', '2018-10-06');
  assert.notEqual(titleOf(c, 'وزير الدفاع'), 'per:mohamed-ahmed-zaki');
});

test('a word after بن is a father\'s name, not a country', () => {
  const a = run('وأعفي الفريق فهد بن تركي بن عبد العزيز من منصبه قائدا للقوات البرية.', '2018-02-26');
  assert.ok(!a.entities.some((e) => e.kbId === 'cty:TUR'));
  // A person, the KB's (kb27 added Fahd bin Turki) or a romanized one: never the country.
  assert.match(entityAt(a, 'فهد') ?? '', /^(PER |per:)/);
  // A demonym outside a lineage is still the country.
  const b = run('وقال مسؤول تركي إن الزيارة كانت ناجحة.', '2018-02-26');
  assert.ok(b.entities.some((e) => e.kbId === 'cty:TUR'));
});

test('a generic title\'s post may be a body after إلى, and a place after it, before the holder\'s name', () => {
  const a = run('وزار المبعوث الأمريكي إلى التحالف الدولي في العراق بريت ماكغورك مدينة أربيل. وأشاد المبعوث الأمريكي بالاجتماع.', '2018-05-19');
  assert.equal(titleOf(a, 'المبعوث الأمريكي إلى'), 'per:brett-mcgurk');
  assert.equal(titleOf(a, 'المبعوث الأمريكي بالاجتماع'), 'per:brett-mcgurk');
});

test('a commander\'s title over an armed body after a name and a comma is that person\'s', () => {
  const a = run('وقال محمد سحيم، قائد قوات الدفاع الجوي، إن الصاروخ اعترض فوق المدينة.', '2018-02-26');
  assert.match(titleOf(a, 'قائد قوات') ?? '', /Suhaim/);
  // Not a commander of anything else: قائد الفريق (a team's captain) is left as before.
  const b = run('وقال محمد سحيم، قائد الفريق، إن المباراة صعبة.', '2018-02-26');
  assert.equal(titleOf(b, 'قائد الفريق'), null);
});

test('a body head followed by an office title is named by the holder: no body of its own, the title stands', () => {
  const a = run('وأعلن مكتب المستشارة الألمانية أن الزيارة تأجلت إلى الشهر المقبل.', '2018-08-10');
  assert.equal(titleOf(a, 'المستشارة'), 'per:angela-merkel');
  assert.ok(!a.entities.some((e) => e.type === 'ORG' && /Maschara|Chancellor/i.test(e.nameEn ?? '')));
  // A body the KB names so keeps its name.
  const b = run('وقال مكتب رئيس الوزراء الإسرائيلي إن الاجتماع انتهى.', '2018-08-10');
  assert.equal(entityAt(b, 'مكتب رئيس'), 'org:israeli-prime-ministers-office');
  // Bodies are named after monarchs: no king's title inside (a quoted name the KB lacks in full).
  const c = run('وسير "مركز الملك سلمان" قافلة إلى مأرب.', '2018-07-24');
  assert.equal(titleOf(c, 'الملك'), null);
  assert.ok(!c.entities.some((e) => e.kbId === 'per:salman-bin-abdulaziz'));
});

test('a bare title with a definite adjective and a ل-genitive is a body\'s head, not the president named last', () => {
  const a = run('وتسعى الإدارة لفتح قنوات مع حكومة الرئيس بشار الأسد. وكان الرئيس المشترك لمجلس سوريا الديمقراطية رياض درار قد قال إن الحوار ممكن.', '2018-07-28');
  assert.equal(titleOf(a, 'الرئيس بشار'), 'per:bashar-al-assad');
  assert.equal(titleOf(a, 'الرئيس المشترك'), 'per:riad-darar');
  // A relative clause after the title is no body's name: the president the article named.
  const b = run('وقال الرئيس الأمريكي دونالد ترامب إن الاتفاق سيء. وانتقد الرئيس الذي لا يتورع عن إهانة خصومه الصحافة.', '2018-07-28');
  assert.equal(titleOf(b, 'الرئيس الذي'), 'per:donald-trump');
  // Nor a name that begins with ل.
  const c = run('وطالبت اللجنة بالسماح للرئيس السابق المسجون لويس إيناسيو لولا دا سيلفا بالترشح.', '2018-08-18');
  assert.equal(titleOf(c, 'لرئيس السابق'), 'per:luiz-inacio-lula-da-silva');
});
