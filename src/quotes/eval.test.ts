import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity, Quote } from '../core/analysis.ts';
import { emptyScore, englishKey, goldName, sameSpeaker, sameSpeakerSurface, scoreArticle, type GoldQuoteRow } from './eval.ts';

const text = 'قال الوزير سامي النجار إن الاتفاق قريب. وأضاف أن الوفد سيصل غدا.';
const at = (s: string) => text.indexOf(s);
const quote = (cue: string, content: string, speakerText: string | null, speaker: string | null = null): Quote => ({
  speaker,
  speakerText,
  cue: { start: at(cue), end: at(cue) + cue.length, text: cue },
  via: null,
  direct: false,
  start: at(content),
  end: at(content) + content.length,
  text: content,
});

test('speakers match by English name, else by a shared content word', () => {
  const e: Entity = { id: 'e1', type: 'PER', name: 'سامي النجار', nameEn: 'Sami al-Najjar', kbId: null, country: null, actor: null, mentions: [] };
  assert.ok(sameSpeaker(quote('قال', 'الاتفاق قريب', 'الوزير', 'e1'), [e], 'النجار', 'Sami al-Najjar'));
  assert.ok(sameSpeaker(quote('قال', 'الاتفاق قريب', 'الوزير سامي النجار'), [], 'النجار', null));
  // Only a title in common is no evidence.
  assert.ok(!sameSpeaker(quote('قال', 'الاتفاق قريب', 'الوزير'), [], 'الوزير خالد العمري', null));
});

test('scoring counts found, right speaker and precision', () => {
  const score = emptyScore();
  const quotes = [quote('قال', 'الاتفاق قريب', 'الوزير سامي النجار'), quote('وأضاف', 'الوفد سيصل غدا', 'مصدر'), quote('قال', 'الوزير', 'x')];
  scoreArticle(score, { article: 'a', quotes: [['سامي النجار', null, 'قال', 'الاتفاق قريب', 'I'], ['سامي النجار', null, 'أضاف', 'الوفد سيصل', 'I']] }, text, 0, quotes.slice(0, 2), []);
  assert.equal(score.gold, 2);
  assert.equal(score.found, 2);
  assert.equal(score.rightSpeaker, 1);
  assert.equal(score.matchedPredicted, 2);
  assert.equal(score.spurious.length, 0);
});

test('speakers by entity: kbId or folded English name; KB-less entities by their Arabic words; anonymous by words only', () => {
  assert.equal(englishKey('Khaled al-Yamani'), englishKey('Khaled Al Yamani'));
  assert.equal(englishKey('Cecilia Malmström'), englishKey('cecilia malmstrom'));
  const linked: Entity = { id: 'e1', type: 'PER', name: 'سامي النجار', nameEn: 'Sami Najjar', kbId: 'per:sami-najjar', country: null, actor: null, mentions: [] };
  const q = quote('قال', 'الاتفاق قريب', 'الوزير', 'e1');
  assert.ok(sameSpeaker(q, [linked], 'الوزير', 'Sami al-Najjar', ['per:other']));
  assert.ok(sameSpeaker(q, [{ ...linked, nameEn: 'S. N.' }], 'الوزير', 'Sami al-Najjar', ['per:sami-najjar']));
  assert.ok(!sameSpeaker(q, [{ ...linked, nameEn: 'Khalid Omari', kbId: 'per:khalid-omari' }], 'الوزير', 'Sami al-Najjar', ['per:sami-najjar']));
  // A document-local entity: its Arabic mentions against the gold speaker as written anywhere in the article.
  const local: Entity = { ...linked, nameEn: 'Sami al-Najar', kbId: 'x:per:0001', mentions: [{ start: 0, end: 5, text: 'النجار', kind: 'name' }] };
  assert.ok(sameSpeaker(q, [local], 'الوزير', 'Sami Najjar', [], ['الوزير', 'سامي النجار']));
  assert.ok(!sameSpeaker(q, [local], 'الوزير', 'Sami Najjar', ['per:sami-najjar'], ['الوزير', 'سامي النجار']));
  // Anonymous gold: no entity, overlapping words.
  assert.ok(sameSpeaker(quote('قال', 'الاتفاق قريب', 'مصدر سوري مطلع'), [], 'مصدر سوري', null));
  assert.ok(!sameSpeaker(q, [linked], 'مصدر سوري', null));
  // The surface check ignores the entity's identity.
  assert.ok(sameSpeakerSurface(quote('قال', 'الاتفاق قريب', 'سامي النجار', 'e1'), [{ ...linked, kbId: 'per:other' }], 'النجار'));
});

test('a gold content is located with its cue in the same paragraph', () => {
  const t = 'وافقت خمس بلدات على الاتفاق، حسبما أعلن المرصد.\nوقال مدير المرصد "وافقت خمس بلدات على الاتفاق".';
  const second = t.lastIndexOf('وافقت');
  const said: Quote = { speaker: null, speakerText: 'رامي عبد الرحمن', cue: { start: t.indexOf('وقال') + 1, end: t.indexOf('وقال') + 4, text: 'قال' }, via: null, direct: true, start: second, end: second + 27, text: t.slice(second, second + 27) };
  const according: Quote = { speaker: null, speakerText: 'المرصد', cue: { start: t.indexOf('حسبما'), end: t.indexOf('حسبما') + 5, text: 'حسبما' }, via: null, direct: false, start: 0, end: 27, text: t.slice(0, 27) };
  const score = emptyScore();
  scoreArticle(score, { article: 'a', quotes: [['المرصد', null, 'حسبما', 'وافقت خمس بلدات', 'I']] }, t, 0, [according, said], []);
  assert.equal(score.found, 1);
  assert.equal(score.rightSpeaker, 1);
});

test('a gold line naming a corpus document is listed as corpus#id', () => {
  assert.equal(goldName({ corpus: '../shared/data/news/ant-corpus.jsonl.gz', id: 'AL-x-1-20180101', quotes: [] }), '../shared/data/news/ant-corpus.jsonl.gz#AL-x-1-20180101');
  assert.equal(goldName({ article: '../shared/data/news/ant-dev/a.txt', quotes: [] }), '../shared/data/news/ant-dev/a.txt');
});

test('a statement the article repeats word for word is two gold rows placed on its two occurrences', () => {
  const t = 'حذرت الوزيرة من أن الوضع خطير جدا.\nوفي التفاصيل، حذرت الوزيرة من أن الوضع خطير جدا.';
  const first = t.indexOf('الوضع');
  const second = t.lastIndexOf('الوضع');
  const cueAt = (from: number) => t.indexOf('حذرت', from);
  const q = (cue: number, start: number): Quote => ({ speaker: null, speakerText: 'الوزيرة', cue: { start: cue, end: cue + 4, text: 'حذرت' }, via: null, direct: false, start, end: start + 16, text: t.slice(start, start + 16) });
  const score = emptyScore();
  const row: GoldQuoteRow = ['الوزيرة', null, 'حذرت', 'الوضع خطير جدا', 'I'];
  scoreArticle(score, { article: 'a', quotes: [row, row] }, t, 0, [q(cueAt(0), first), q(cueAt(first), second)], []);
  assert.equal(score.found, 2);
  assert.equal(score.matchedPredicted, 2);
  assert.equal(score.spurious.length, 0);
});
