/**
 * The analysis for people: an article's facts grouped and readable in a
 * terminal. Arabic is printed in logical order (the terminal shapes and
 * orders it); English names stand beside Arabic ones.
 */
import type { Analysis, Entity } from '../core/analysis.ts';

const useColor = () => process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code: string) => (s: string) => (useColor() ? `\x1b[${code}m${s}\x1b[0m` : s);
const bold = paint('1');
const dim = paint('2');

function clip(s: string, max = 140): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function entityLabel(e: Entity | undefined): string {
  if (!e) return '—';
  return e.nameEn ? `${e.name} (${e.nameEn})` : e.name;
}

export function formatPretty(a: Analysis): string {
  const d = a.document;
  const out: string[] = [];
  out.push(bold(d.title ?? clip(d.text, 80)));
  out.push(dim([d.id, d.date ?? 'no date', d.source, d.url, `language ${d.language}`, `${a.sentences.length} sentences`].filter(Boolean).join(' · ')));
  const byId = new Map(a.entities.map((e) => [e.id, e]));

  out.push('', bold(`Entities (${a.entities.length})`));
  for (const type of ['PER', 'ORG', 'LOC', 'MISC'] as const) {
    const ents = a.entities.filter((e) => e.type === type).sort((x, y) => y.mentions.length - x.mentions.length);
    if (!ents.length) continue;
    out.push(`  ${type}`);
    for (const e of ents) {
      const facts = [e.country, e.actor, e.kbId].filter(Boolean).join(' ');
      out.push(`    ${entityLabel(e)}  ${dim(`×${e.mentions.length}${facts ? ' ' + facts : ''}`)}`);
    }
  }

  out.push('', bold(`Quotes (${a.quotes.length})`));
  for (const q of a.quotes) {
    const who = q.speaker ? entityLabel(byId.get(q.speaker)) : (q.speakerText ?? '?');
    const via = q.via ? dim(` via ${entityLabel(byId.get(q.via))}`) : '';
    out.push(`  ${who}${via} ${dim(q.cue.text)}: ${q.direct ? '«' : ''}${clip(q.text)}${q.direct ? '»' : ''}`);
  }

  out.push('', bold(`Events (${a.events.length})`));
  for (const e of a.events) {
    const src = e.source ? entityLabel(byId.get(e.source)) : (e.sourceActor ?? '—');
    const tgt = e.target ? entityLabel(byId.get(e.target)) : (e.targetActor ?? '—');
    out.push(`  ${e.plover}${e.mode ? '/' + e.mode : ''} ${dim(`CAMEO ${e.cameo} Goldstein ${e.goldstein}`)} ${src} → ${tgt} ${dim(`[${e.modality}] ${e.trigger.text}${e.date ? ' ' + e.date : ''}`)}`);
  }

  out.push('', bold(`Times (${a.times.length})`));
  for (const t of a.times) out.push(`  ${t.text} → ${t.value} ${dim(t.type)}`);

  out.push('', bold(`Places (${a.places.length})`));
  for (const p of a.places) out.push(`  ${entityLabel(byId.get(p.entity))} ${dim(`${p.lat.toFixed(3)}, ${p.lon.toFixed(3)} ${p.country ?? ''} ${p.feature}`)}`);
  return out.join('\n');
}
