/**
 * (resolve19) Titles that named nobody though the KB has the holder (docs/knowledge-base.md, "Sixteenth session:
 * titles (resolve19)"). The sentences are written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, titleOf } from './title-test-kit.ts';
import { buildInsertedGenitives, buildLeaderBodies, TITLE_INSERTED_GENITIVES } from './words19.ts';

test('a construct title with an inserted genitive before its demonym is that country\'s office', () => {
  const a = run('أكد رئيس أركان الجيش الجزائري في كلمة أمام الضباط أن الحدود الجنوبية مؤمنة.', '2018-06-01');
  assert.equal(titleOf(a, 'رئيس أركان الجيش'), 'per:ahmed-gaid-salah');
  const b = run('وصل رئيس أركان القوات المسلحة الجزائرية إلى تمنراست في زيارة عمل.', '2018-06-01');
  assert.equal(titleOf(b, 'رئيس أركان القوات'), 'per:ahmed-gaid-salah');
  // A definite title takes it after لـ; a second country's chief of staff named before is not this one.
  const d = run('استقبل رئيس أركان الجيش المصري أمس رئيس هيئة الأركان العامة للقوات المسلحة السعودية في القاهرة.', '2018-06-01');
  assert.equal(titleOf(d, 'رئيس أركان الجيش'), 'per:mohamed-farid-hegazy');
  assert.equal(titleOf(d, 'رئيس هيئة'), 'per:fayyadh-al-ruwaili');
  // Not a genitive the file lacks: an air force's chief of staff holds another office.
  const c = run('وصل رئيس أركان القوات الجوية الجزائرية إلى تمنراست في زيارة عمل.', '2018-06-01');
  assert.ok(!c.entities.some((e) => e.kbId === 'per:ahmed-gaid-salah'));
});

test('a spokesperson of a body named short is the KB holder for that body', () => {
  const a = run('وقال المتحدث باسم الجيش الليبي في مؤتمر صحفي إن وحداته تقدمت جنوب المدينة.', '2018-06-01');
  assert.equal(titleOf(a, 'المتحدث باسم'), 'per:ahmed-al-mismari');
  // One word is enough where the article names the body in full elsewhere.
  const b = run('شن التحالف العربي غارات على مواقع للمتمردين. وقال المتحدث باسم التحالف إن الغارات أصابت أهدافها.', '2018-06-01');
  assert.equal(titleOf(b, 'المتحدث باسم'), 'per:turki-al-maliki');
  // Without it, the bare word names no one.
  const c = run('وقال المتحدث باسم التحالف إن الغارات أصابت أهدافها.', '2018-06-01');
  assert.ok(!c.entities.some((e) => e.kbId === 'per:turki-al-maliki'));
});

test('a leader\'s spokesperson is the KB spokesperson of the leader\'s office; the leader keeps his title', () => {
  const a = run('وقال المتحدث باسم الأمين العام للأمم المتحدة إن المنظمة تتابع الوضع بقلق.', '2018-06-01');
  assert.equal(titleOf(a, 'المتحدث باسم'), 'per:stephane-dujarric');
  assert.equal(titleOf(a, 'الأمين العام'), 'per:antonio-guterres');
  const b = run('وقال المتحدث باسم الرئيس الروسي للصحفيين إن موسكو لم تتلق أي طلب.', '2018-06-01');
  assert.equal(titleOf(b, 'المتحدث باسم'), 'per:dmitry-peskov');
  // A feminine title is no male holder's; a leader whose office has no KB spokesperson gives none.
  const c = run('وقالت المتحدثة باسم الرئيس الروسي للصحفيين إن موسكو لم تتلق أي طلب.', '2018-06-01');
  assert.ok(!c.entities.some((e) => e.kbId === 'per:dmitry-peskov'));
  const d = run('وقال المتحدث باسم رئيس الوزراء الإسرائيلي إن الاجتماع تأجل.', '2018-06-01');
  assert.equal(titleOf(d, 'المتحدث باسم'), null);
  // Another person named after the phrase holds the title, not the KB spokesperson.
  const e = run('وقال المتحدث باسم الأمين العام للأمم المتحدة فرحان حق إن المنظمة تتابع الوضع.', '2018-06-01');
  assert.ok(!e.entities.some((x) => x.kbId === 'per:stephane-dujarric'));
});

test('the title word files load and reject malformed input', () => {
  assert.ok(TITLE_INSERTED_GENITIVES.size > 0);
  assert.throws(() => buildInsertedGenitives('x', { titles: { 'رئيس أركان': ['جيش'] } }), /RASD_E008|definite/);
  assert.throws(() => buildLeaderBodies('x', { roles: { head_of_state: [] } }), /RASD_E008|roles/);
  assert.equal(buildLeaderBodies('x', { roles: { head_of_state: ['الرئاسة'] } }).get('head_of_state')?.length, 1);
});
