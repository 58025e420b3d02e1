/**
 * (resolve23) Titles on new text: a governor's and a mayor's title before or after the holder's name, a minister's
 * post said after the name (docs/knowledge-base.md, "Eighteenth session (resolve23)"). The sentences are written for
 * these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, titleOf } from './title-test-kit.ts';

test('a mayor\'s or a governor\'s title next to a name is that person\'s', () => {
  const a = run('وقالت عمدة المدينة الألمانية كولونيا هيلين شميت إن الاحتفال ألغي.', '2018-09-29');
  assert.match(titleOf(a, 'عمدة') ?? '', /Schmidt|Shmit|Schmit/i);
  const b = run('وأعلن حاكم ولاية أوهايو، توماس ميلر، حالة الطوارئ في الولاية.', '2018-09-29');
  assert.match(titleOf(b, 'حاكم ولاية') ?? '', /Miller|Milr|Mıller|Millar|Miler/i);
  const c = run('وقال جون ديفيس حاكم ولاية نيفادا في بيان إن الطرق أغلقت.', '2018-09-29');
  assert.match(titleOf(c, 'حاكم ولاية') ?? '', /Davis|Daves|Devis|Dafis/i);
});

test('a head after باسم is whom the spokesperson speaks for, not the title of the name after it', () => {
  const a = run('وقال المتحدث باسم حاكم ولاية قندهار أحمد جان نوري إن المسلحين قتلوا.', '2018-05-13');
  const t = titleOf(a, 'حاكم ولاية');
  const s = titleOf(a, 'المتحدث باسم');
  // The governor's words are no title of the spokesperson's own.
  assert.ok(t === null || t === s, `${t} / ${s}`);
});

test('an indefinite minister\'s post right after a name is that person\'s title', () => {
  const a = run('وضمت الحكومة الجديدة سبعة وزراء جدد، بينهم كريم منصور وزيرا للزراعة، وسلمى ناصر وزيرة للتخطيط والتعاون الدولي.', '2018-06-14');
  assert.match(titleOf(a, 'وزيرا للزراعة') ?? '', /Karim|Mansour/i);
  assert.match(titleOf(a, 'وزيرة للتخطيط') ?? '', /Salma|Nasser|Naser/i);
  // Not without a name right before it.
  const b = run('وكان قد عمل وزيرا للزراعة قبل عشر سنوات.', '2018-06-14');
  assert.equal(titleOf(b, 'وزيرا للزراعة'), null);
});

test('a KB person who was never a monarch after الملك is the verb\'s object, not the king', () => {
  const a = run('استقبل العاهل الأردني الملك عبد الله الثاني رئيس الوزراء عمر الرزاز. وكلف الملك الرزاز بتشكيل حكومة جديدة.', '2018-06-05');
  const at = a.document.text.indexOf('الملك الرزاز');
  const king = a.entities.find((e) => e.mentions.some((m) => m.kind === 'title' && m.start === at));
  assert.notEqual(king?.kbId, 'per:omar-razzaz');
});

test('an aide before a title with its country: the name after is the aide\'s, the title the holder\'s', () => {
  const a = run('وقال مستشار وزير الخارجية الإيراني حسن كريمي إن بلاده لن تتراجع عن الاتفاق.', '2018-09-10');
  assert.equal(titleOf(a, 'وزير الخارجية الإيراني'), 'per:mohammad-javad-zarif');
  // The minister named after his own title keeps it.
  const b = run('وقال وزير الخارجية الإيراني محمد جواد ظريف إن بلاده لن تتراجع عن الاتفاق.', '2018-09-10');
  assert.equal(titleOf(b, 'وزير الخارجية الإيراني'), 'per:mohammad-javad-zarif');
});

test('a spokesperson\'s noun said alone later is the one spokesperson the article named', () => {
  const a = run('وقال المتحدث باسم وزارة الخارجية الصينية قنغ شوانغ إن بكين ترفض ذلك. وأضاف المتحدث أن الصين لن تقبل أي ضغوط.', '2018-09-10');
  const later = a.document.text.indexOf('المتحدث أن');
  const e = a.entities.find((x) => x.mentions.some((m) => m.kind === 'title' && m.start === later));
  assert.equal(e?.kbId, 'per:geng-shuang');
  // Not another gender's noun, nor a spokesperson with a qualifier of its own (المتحدث العسكري).
  const b = run('وقال المتحدث باسم وزارة الخارجية الصينية قنغ شوانغ إن بكين ترفض ذلك. وقال المتحدث العسكري إن القوات جاهزة، وأضافت المتحدثة أن الوضع هادئ.', '2018-09-10');
  for (const w of ['المتحدث العسكري', 'المتحدثة أن']) {
    const at = b.document.text.indexOf(w);
    assert.ok(!b.entities.some((x) => x.kbId === 'per:geng-shuang' && x.mentions.some((m) => m.start === at)), w);
  }
});

test('a generic title\'s post may be a place after ل, with الخاص before it', () => {
  const a = run('أكد المبعوث الأميركي الخاص لإيران، برايان هوك، الثلاثاء، أن واشنطن جادة في العقوبات.', '2018-10-16');
  assert.equal(titleOf(a, 'المبعوث الأميركي'), 'per:brian-hook');
});

test('an indefinite spokesperson of a leader: the name after the comma is the leader\'s', () => {
  const a = run('أكد متحدث باسم القائد العسكري الليبي، خليفة حفتر، أنه يتلقى العلاج في الخارج.', '2018-04-14');
  assert.equal(titleOf(a, 'القائد العسكري'), 'per:khalifa-haftar');
});

test('a body head\'s title after منصب is the office, not the head on the date', () => {
  const a = run('وكان الخبير قد شغل منصب مدير مكتب البنك الدولي في بيروت قبل سنوات.', '2018-06-05');
  assert.ok(!a.entities.some((e) => e.kbId === 'per:jim-yong-kim'));
});
