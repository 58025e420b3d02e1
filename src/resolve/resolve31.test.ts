/**
 * (resolve31) Bare descriptions linked to the wrong body (docs/knowledge-base.md, "Twentieth session (resolve31)"):
 * المنظمة after a KB body named without its head (هيومن رايتس ووتش), and the UN's epithet المنظمة الدولية said of
 * such a body. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadResources } from '../resources/load.ts';
import { createAnalyzer } from '../analyzer.ts';
import { buildEpithets, IGO_ADJECTIVES, IGO_EPITHETS, DESCRIPTION_HEADS } from './words31.ts';
import { normalize } from '../text/normalize.ts';

const resources = loadResources();
const analyzer = createAnalyzer(resources);

/** The kbId of the entity each mention with this text belongs to, in text order (offsets checked). */
function linked(text: string, mention: string): Array<string | null> {
  const a = analyzer.analyzeArticle({ text, title: null, date: '2018-05-01', source: null } as never);
  const out: Array<[number, string | null]> = [];
  for (const e of a.entities) {
    for (const m of e.mentions) {
      assert.equal(a.document.text.slice(m.start, m.end), m.text);
      if (m.text === mention) out.push([m.start, e.kbId ?? e.id]);
    }
  }
  return out.sort((x, y) => x[0] - y[0]).map((x) => x[1]);
}

test('the word lists load', () => {
  assert.ok(DESCRIPTION_HEADS.has(normalize('منظمة')));
  assert.equal(IGO_EPITHETS.get(normalize('المنظمة الدولية')), normalize('منظمة'));
  assert.throws(() => buildEpithets('x.json', { names: ['منظمة'] }));
  assert.throws(() => buildEpithets('x.json', { names: [] }));
});

test('المنظمة after a body named without its head is that body, not the UN named before it', () => {
  const text =
    'دعت الأمم المتحدة إلى وقف القتال في المدينة. وقالت هيومن رايتس ووتش في تقرير نشرته أمس إن المدنيين يدفعون الثمن. ' +
    'وطالبت المنظمة بفتح تحقيق مستقل في الغارات الأخيرة.';
  assert.deepEqual(linked(text, 'المنظمة'), ['org:human-rights-watch']);
});

test('the UN named after the body still does not take المنظمة from it', () => {
  const text =
    'قالت هيومن رايتس ووتش إن السلطات اعتقلت عشرة صحفيين. وأشار التقرير إلى أن الأمم المتحدة تلقت شكاوى مماثلة. ' +
    'وأضافت المنظمة أن المعتقلين لم يمثلوا أمام القضاء.';
  assert.deepEqual(linked(text, 'المنظمة'), ['org:human-rights-watch']);
});

test('the UN epithet said of a body named after the UN is that body; after the UN alone it is the UN', () => {
  const other =
    'أفادت هيومن رايتس ووتش بأن السلطات اعتقلت ناشطتين هذا الشهر، حسب المنظمة الدولية. وقالت المنظمة إن الاعتقالات مستمرة.';
  assert.deepEqual(linked(other, 'المنظمة الدولية'), ['org:human-rights-watch']);
  const un = 'عقدت الأمم المتحدة اجتماعا طارئا أمس. وقال متحدث باسم المنظمة الدولية إن المساعدات ستصل غدا.';
  assert.deepEqual(linked(un, 'المنظمة الدولية'), ['org:united-nations']);
});

test('a head in construct with the UN, then a complement the KB words otherwise, is the UN body it names', () => {
  const text = 'وقالت وكالة الأمم المتحدة لغوث وتشغيل اللاجئين الفلسطينيين إن مدارسها ستفتح أبوابها في موعدها.';
  assert.deepEqual(linked(text, 'وكالة الأمم المتحدة'), ['org:unrwa']);
  const rights = 'وقالت مفوضية الأمم المتحدة لحقوق الإنسان إن التقارير عن التعذيب مقلقة.';
  assert.deepEqual(linked(rights, 'مفوضية الأمم المتحدة'), ['org:ohchr']);
  // No complement that names one body: the UN, as before.
  const bare = 'وقالت وكالة الأمم المتحدة إن المساعدات وصلت إلى المخيم.';
  assert.deepEqual(linked(bare, 'وكالة الأمم المتحدة'), ['org:united-nations']);
});

test('المنظمة الأممية does not refer back to a body that is no intergovernmental one', () => {
  assert.ok(IGO_ADJECTIVES.has(normalize('الأممية')));
  const text = 'قالت منظمة التحرير الفلسطينية إنها ترفض القرار. وأعلن الأمين العام للأمم المتحدة دعم المنظمة الأممية لحل الدولتين.';
  assert.ok(!linked(text, 'المنظمة').includes('org:palestine-liberation-organization'));
});
