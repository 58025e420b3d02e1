import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, titleOf } from './title-test-kit.ts';

// qa16: rule T3 read the envoy phrase in the raw text, so a bidi mark, a ZWJ, tatweel or presentation forms inside
// "الأمم المتحدة" lost the title (and every event of the envoy: six CONSULT events of an article became none).
test('qa16: a UN envoy title is read through invisible marks, tatweel and presentation forms', () => {
  const plain = 'وصل مبعوث الأمم المتحدة الخاص إلى اليمن، مارتن غريفيث، إلى صنعاء أمس لإجراء محادثات مع الحوثيين.';
  const variants: Record<string, string> = {
    plain,
    rlm: plain.replace(' الأمم', ' \u200fالأمم'),
    rlmInside: plain.replace(' المتحدة', ' \u200fالمتحدة'),
    zwj: plain.replace('الأمم', 'الأ\u200dمم'),
    tatweel: plain.replace('المتحدة', 'المتـحدة'),
    harakat: plain.replace('الأمم', 'الأُمَم'),
    presentation: plain.replace('الأمم', '\ufe8d\ufef7\ufee3\ufee2'),
  };
  for (const [name, text] of Object.entries(variants)) {
    const a = run(text, '2018-07-01');
    assert.equal(titleOf(a, 'مبعوث'), 'per:martin-griffiths', name);
  }
});
