/**
 * (quotes30) State organs named alone: "وقالت الشرطة إن ..."، "أعلن الجيش أن ..."، "ذكرت الخارجية" name no state, and
 * the resolver leaves them without an entity when the article named no body of that head before (a head alone refers
 * back: docs/knowledge-base.md). A quote whose speaker is such an organ then had no entity, though the gold names one
 * ("German police", "US Armed Forces", "Ministry of Foreign Affairs of Russia"). This step, run after the resolver
 * (`withStateOrgans` wraps its stage), gives each such mention the organ of the story's state: the state the sentence
 * names a place of after في, else the state the article names most (src/core/story-state.ts, the rule the event and
 * quote stages use for their bare organs). The organ is the KB's body when the KB names it "<organ> <demonym>"
 * (الشرطة الإسرائيلية → Israel Police, الجيش الأمريكي → US Armed Forces), else an entity of its own named so (الشرطة
 * الكرواتية, "Croatian police", with the x: id the resolver gives that name written out). The organs are
 * data/quotes/state-organs.json.
 *
 * Only a definite organ standing alone: no definite word right after it (an adjective or a demonym: الشرطة المحلية،
 * الجيش الحر, the resolver's business), none right before it (the organ word is itself an adjective: السياسة
 * الخارجية، الشؤون الداخلية), no quotation mark or hashtag underscore next to it, no officer's word before it (قائد
 * الشرطة، وزراء الخارجية، المتحدث باسم الجيش: the officer speaks, unnamed), and no entity mention over it. An organ named
 * before in the article (a mention, or a KB name, opening with the organ's words: "الجيش الإسرائيلي"، "شرطة لندن") is
 * what it refers back to, before any story state.
 */
import type { Entity, Mention } from '../core/analysis.ts';
import type { Doc } from '../core/document.ts';
import type { Layers, Stage } from '../core/stage.ts';
import { copyEntity, newEntity } from '../core/entity.ts';
import { hashHex } from '../core/hash.ts';
import { lastStartingAtOrBefore } from '../core/offsets.ts';
import { dominantState, stateOfSentence, statePlacesOf, type StatePlace } from '../core/story-state.ts';
import { normalize } from '../text/normalize.ts';
import type { KnowledgeBase } from '../kb/index.ts';
import { DESCRIPTIVE_HEADS, STATE_BODY_HEADS } from './words17.ts';

export interface StateOrganData {
  organs: Array<{ ar: string[]; gender: 'm' | 'f'; en: string; sector: string; kbOnly?: boolean; adjective?: boolean; notAfterB?: boolean }>;
  /** Words before an organ that make it an officer's or members' genitive (قائد الشرطة، وزراء الخارجية). */
  officers?: string[];
}

interface Organ {
  /** Normalized words of the canonical form (the first of `ar`). */
  canonical: string;
  gender: 'm' | 'f';
  en: string;
  sector: string;
  kbOnly: boolean;
  /** The one-word form is also an adjective (الخارجية، الداخلية). */
  adjective: boolean;
  /** Not with the preposition ب (بالنيابة: on behalf of). */
  notAfterB: boolean;
  /** Normalized forms ("الشرطه", "وزاره الخارجيه") and their indefinite heads ("شرطه"): what a name of the same organ opens with. */
  forms: string[];
}

export interface StateOrganTable {
  /** Normalized first word → the organs whose forms open with it, each with its normalized second word ('' for one word). */
  byFirst: Map<string, Array<{ second: string; organ: Organ }>>;
  /** Normalized officer words (قائد، وزراء، باسم). */
  officers: Set<string>;
}

export function buildStateOrganTable(data: StateOrganData): StateOrganTable {
  const byFirst: StateOrganTable['byFirst'] = new Map();
  for (const o of data.organs) {
    const forms = o.ar.map((f) => normalize(f));
    for (const f of [...forms]) if (!f.includes(' ')) forms.push(f.replace(/^ال/, ''));
    const organ: Organ = { canonical: o.ar[0]!, gender: o.gender, en: o.en, sector: o.sector, kbOnly: !!o.kbOnly, adjective: !!o.adjective, notAfterB: !!o.notAfterB, forms };
    for (const form of o.ar) {
      const [first, second = ''] = normalize(form).split(/\s+/);
      const list = byFirst.get(first!) ?? [];
      list.push({ second, organ });
      // Two-word forms first: "النيابة العامة" before "النيابة".
      list.sort((a, b) => b.second.length - a.second.length);
      byFirst.set(first!, list);
    }
  }
  return { byFirst, officers: new Set((data.officers ?? []).map((w) => normalize(w))) };
}

/** Clitics a first word may carry (a conjunction, then a preposition): والشرطة، بالجيش، وللشرطة. */
const CLITICS = /^([وف]?[بل]?)(ال.+)$/;
const POSSESSED = /(ه|ها|هم|هما|هن|كم|نا)$/;
const QUOTE_MARK = /^["«“'»”]/;

/** The country's definite singular demonym of a gender (الألمانية / الألماني), as the KB lists them; else null. */
function demonymOf(kb: KnowledgeBase, iso: string, gender: 'm' | 'f'): string | null {
  const c = kb.country(iso);
  if (!c) return null;
  const re = gender === 'f' ? /^ال\S+ية$/ : /^ال\S+ي$/;
  return c.demonyms.find((d) => re.test(d)) ?? null;
}

/** The one KB body of `iso` named "<organ> <demonym>" (any of the country's definite demonyms); else null. */
function kbOrgan(kb: KnowledgeBase, iso: string, organ: Organ): string | null {
  const c = kb.country(iso);
  if (!c) return null;
  let found: string | null = null;
  for (const d of c.demonyms) {
    if (!d.startsWith('ال')) continue;
    for (const t of kb.lookup(`${organ.canonical} ${d}`)) {
      if (t.type !== 'ORG' || kb.byId(t.id)?.country !== iso) continue;
      if (found && found !== t.id) return null;
      found = t.id;
    }
  }
  return found;
}

/**
 * (resolve17) The organs this step made of the story's state with an x: id ("Canadian police" for a bare الشرطة): no
 * text names them, so the entity list keeps one only when a quote or an event of the article names it as its speaker or
 * actor (`withoutIdleOrgans`); the entity gold lists no such body (docs/knowledge-base.md, resolve17).
 */
const inferredOrgans = new WeakSet<Entity>();

/** Is this entity an organ of the story's state that this step made (an x: id, no name in the text)? */
export function isInferredOrgan(e: Entity): boolean {
  return inferredOrgans.has(e);
}

/**
 * (resolve18) Bodies the text names only by a head and their state (الحكومة التركية، حكومة روسيا، حكومة الدوحة, and
 * the head alone after them: الحكومة): descriptive governments, which the entity gold does not list
 * (docs/knowledge-base.md, gold section). Like the inferred organs, they stay in the list only when a quote or event
 * names them.
 */
const descriptiveBodies = new WeakSet<Entity>();

/** Is this entity a body named only by its head and state (markDescriptiveBodies)? */
export function isDescriptiveBody(e: Entity): boolean {
  return descriptiveBodies.has(e);
}

const HEAD_PREFIX = /^(?:[وف]?[بل]?ال|[وف]?لل|[وف]?[بل]?)/u;

/**
 * A mention that is a descriptive body's: a head of data/resolve/descriptive-heads.json, definite or not, with a
 * clitic or not, followed by nothing, a demonym (الحكومة التركية، الحكومة الجنوب أفريقية) or a place's name
 * or a country's or capital's name (حكومة روسيا، حكومة الدوحة). A named government (حكومة الوفاق الوطني، حكومة إقليم
 * كردستان) has other words there.
 * Gives 'bare' for the head alone, 'state' for the head and its state, null for anything else.
 */
export function descriptiveMention(text: string, kb: KnowledgeBase): 'bare' | 'state' | null {
  const words = normalize(text).replace(/[_"«»]/g, ' ').trim().split(/\s+/);
  const head = words[0]!;
  const m = HEAD_PREFIX.exec(head);
  const rest0 = m ? head.slice(m[0].length) : head;
  if (!DESCRIPTIVE_HEADS.has(rest0) && !DESCRIPTIVE_HEADS.has(head)) return null;
  if (words.length === 1) return 'bare';
  if (words.length > 4) return null;
  const rest = words.slice(1).join(' ');
  const ts = kb.lookup(rest);
  return ts.some((t) => t.kind === 'demonym' || t.id.startsWith('cty:') || capitalsOf(kb).has(t.id)) ? 'state' : null;
}

/** The KB's capitals' place ids (حكومة الدوحة is Qatar's; حكومة إقليم كردستان, a region's, is a named body). */
const capitalCache = new WeakMap<KnowledgeBase, Set<string>>();
function capitalsOf(kb: KnowledgeBase): Set<string> {
  let v = capitalCache.get(kb);
  if (!v) {
    v = new Set(kb.countries.map((c) => c.capital?.placeId).filter((x): x is string => !!x));
    capitalCache.set(kb, v);
  }
  return v;
}

/** Marks the organizations whose every mention is descriptiveMention's, one at least with its state. */
export function markDescriptiveBodies(entities: readonly Entity[], kb: KnowledgeBase): void {
  for (const e of entities) {
    if (e.type !== 'ORG' || e.mentions.length === 0) continue;
    let state = false;
    let ok = true;
    for (const m of e.mentions) {
      const k = descriptiveMention(m.text, kb);
      if (!k) {
        ok = false;
        break;
      }
      if (k === 'state') state = true;
    }
    if (ok && state) descriptiveBodies.add(e);
  }
}

/**
 * The entity list without the inferred organs (isInferredOrgan) and descriptive bodies (isDescriptiveBody) that no
 * quote or event names: an organ named alone is a property of the quote or event that needs an actor for it, not a name
 * of the article.
 */
export function withoutIdleOrgans<T extends { entities?: Entity[]; quotes?: Array<{ speaker: string | null }>; events?: Array<{ source: string | null; target: string | null }> }>(layers: T): T {
  const ents = layers.entities;
  // Without the quote and event stages (entity-only tools) nothing can tell which organs act: all are kept.
  const idle = (e: Entity) => inferredOrgans.has(e) || descriptiveBodies.has(e);
  if (!ents || !layers.quotes || !layers.events || !ents.some(idle)) return layers;
  const used = new Set<string>();
  for (const q of layers.quotes ?? []) if (q.speaker) used.add(q.speaker);
  for (const v of layers.events ?? []) {
    if (v.source) used.add(v.source);
    if (v.target) used.add(v.target);
  }
  return { ...layers, entities: ents.filter((e) => !idle(e) || used.has(e.id)) };
}

/** Adds the state organs named alone to the resolver's entities (a new list; the entities given are not changed). */
export function addStateOrgans(doc: Doc, entities: readonly Entity[], kb: KnowledgeBase, table: StateOrganTable, date: string | null): Entity[] {
  const toks = doc.tokens;
  // Quick exit: no token opens an organ.
  const firstKey = (i: number): { clitic: string; key: string } | null => {
    const t = toks[i]!;
    if (t.kind !== 'arabic') return null;
    const m = CLITICS.exec(doc.norm(i));
    return m ? { clitic: m[1]!, key: m[2]! } : null;
  };
  const hits: number[] = [];
  for (let i = 0; i < toks.length; i++) {
    const f = firstKey(i);
    if (f && table.byFirst.has(f.key)) hits.push(i);
  }
  if (hits.length === 0) return entities as Entity[];

  const sentenceAt = (pos: number): number => lastStartingAtOrBefore(doc.sentences.length, (i) => doc.sentences[i]!.start, pos);
  const covered = (a: number, b: number) => entities.some((e) => e.mentions.some((m) => m.start < b && a < m.end));
  const sameSentence = (i: number, j: number) => j >= 0 && j < toks.length && sentenceAt(toks[i]!.start) === sentenceAt(toks[j]!.start);
  const definite = (j: number) => toks[j]!.kind === 'arabic' && /^([وفبلك]?ال|[وف]?لل)/.test(doc.norm(j));

  let places: StatePlace[] | undefined;
  let dominant: string | null | undefined;
  const stateAt = (sentence: number): string | null => {
    if (!places) places = statePlacesOf(doc, entities);
    const ps = places;
    return stateOfSentence(ps, sentence, () => (dominant !== undefined ? dominant : (dominant = dominantState(ps))));
  };

  const officerWord = (w: string) => table.officers.has(w) || table.officers.has(w.replace(/^[وف]/, '')) || table.officers.has(w.replace(/^[وف]?ال/, ''));
  /** Does a name (normalized) open with one of the organ's forms: "الجيش الإسرائيلي"، "شرطة لندن"، "وزارة الخارجية الأمريكية"? */
  const opensWith = (name: string, organ: Organ) => {
    const n = name.replace(/^[وف]?(?:ب|ل)?(?=ال)/, '').replace(/^[وف]?لل/, 'ال');
    return organ.forms.some((f) => n === f || n.startsWith(f + ' '));
  };
  /**
   * The organ named before in the article, which the organ named alone refers back to: the latest ORG entity before
   * `pos` with a mention, or a KB name, that opens with the organ's words.
   */
  const antecedent = (pos: number, organ: Organ): Entity | null => {
    let best: Entity | null = null;
    let bestAt = -1;
    for (const e of out) {
      if (e.type !== 'ORG') continue;
      const rec = e.kbId && !e.kbId.startsWith('x:') ? kb.byId(e.kbId) : undefined;
      const byKb = !!rec && rec.ar.some((n) => opensWith(normalize(n), organ));
      for (const m of e.mentions) {
        if (m.end > pos || m.start <= bestAt) continue;
        if (byKb || opensWith(normalize(m.text), organ)) {
          best = e;
          bestAt = m.start;
        }
      }
    }
    return best;
  };
  const out = entities.map((e) => copyEntity(e, { mentions: [...e.mentions] }));
  const byKb = new Map<string, Entity>();
  for (const e of out) if (e.kbId) byKb.set(e.kbId, e);
  let next = out.length + 1;
  const added = new Set<Entity>();
  for (const i of hits) {
    const f = firstKey(i)!;
    const options = table.byFirst.get(f.key)!;
    let organ: Organ | null = null;
    let last = i;
    for (const o of options) {
      if (!o.second) {
        organ = o.organ;
        break;
      }
      if (sameSentence(i, i + 1) && toks[i + 1]!.kind === 'arabic' && doc.norm(i + 1) === o.second) {
        organ = o.organ;
        last = i + 1;
        break;
      }
    }
    if (!organ) continue;
    // "#الجيش_اليوناني": a hashtag glues the organ to its adjective.
    if (doc.text[toks[last]!.end] === '_' || doc.text[toks[i]!.start - 1] === '_') continue;
    const after = last + 1;
    if (sameSentence(i, after) && (definite(after) || QUOTE_MARK.test(toks[after]!.text))) continue;
    if (sameSentence(i, i - 1) && definite(i - 1)) continue;
    if (organ.notAfterB && f.clitic.includes('ب')) continue;
    // "قائد الشرطة"، "وزراء الخارجية"، "المتحدث باسم الجيش": the officer or the members speak, not the organ.
    if (sameSentence(i, i - 1) && toks[i - 1]!.kind === 'arabic' && officerWord(doc.norm(i - 1))) continue;
    // "سياستها الخارجية"، "شؤونه الداخلية": after a noun with a pronoun suffix the word qualifies that noun.
    if (organ.adjective && last === i && sameSentence(i, i - 1) && toks[i - 1]!.kind === 'arabic' && POSSESSED.test(toks[i - 1]!.text)) continue;
    const start = toks[i]!.start + f.clitic.length;
    const end = toks[last]!.end;
    if (covered(start, end)) continue;
    const mention: Mention = { start, end, text: doc.text.slice(start, end), kind: 'name' };
    const before = antecedent(start, organ);
    if (before) {
      before.mentions.push(mention);
      added.add(before);
      continue;
    }
    const iso = stateAt(sentenceAt(start));
    if (!iso) continue;
    const kbId = kbOrgan(kb, iso, organ);
    let e: Entity | undefined;
    if (kbId) {
      e = byKb.get(kbId);
      if (!e) {
        const rec = kb.byId(kbId)!;
        e = newEntity(`e${next++}`, 'ORG', rec.ar[0] ?? mention.text, rec.nameEn, kbId, iso, kb.actorOn(kbId, date), []);
        byKb.set(kbId, e);
        out.push(e);
      }
    } else {
      if (organ.kbOnly) continue;
      const dem = demonymOf(kb, iso, organ.gender);
      const adj = kb.country(iso)?.demonymEn;
      if (!dem || !adj) continue;
      const name = `${organ.canonical} ${dem}`;
      const key = `x:org:${hashHex(normalize(name))}`;
      e = byKb.get(key);
      if (!e) {
        e = newEntity(`e${next++}`, 'ORG', name, organ.en.replace('{adj}', adj), key, iso, iso + organ.sector, []);
        inferredOrgans.add(e);
        byKb.set(key, e);
        out.push(e);
      }
    }
    e.mentions.push(mention);
    added.add(e);
  }
  for (const e of added) e.mentions.sort((a, b) => a.start - b.start);
  return out;
}

/**
 * (resolve18) A state's body the organization pattern read without a country (وزارة الخارجية، المحكمة العليا،
 * النيابة العامة; heads of data/resolve/state-body-heads.json) and that the resolver could not give one: the body of the
 * story's state where its first mention is, as an organ named alone is. The KB's body named "<name> <demonym>" of that
 * state when there is exactly one (its entity, if the article has it, takes the mentions), else the pattern's body with
 * the state's adjective ("Malian Defence Ministry"). A new list; the entities given are not changed.
 */
export function withStateBodies(doc: Doc, entities: readonly Entity[], kb: KnowledgeBase, date: string | null): Entity[] {
  const bare = (e: Entity) => e.type === 'ORG' && !!e.kbId?.startsWith('x:org:') && !e.country && !inferredOrgans.has(e) && STATE_BODY_HEADS.has(headOf(e.name));
  if (!entities.some(bare)) return entities as Entity[];
  const sentenceAt = (pos: number): number => lastStartingAtOrBefore(doc.sentences.length, (i) => doc.sentences[i]!.start, pos);
  let places: StatePlace[] | undefined;
  let dominant: string | null | undefined;
  // The clear story state, unless the sentence places its act in another state (في إسطنبول in a Saudi story).
  const stateAt = (sentence: number): string | null => {
    if (!places) places = statePlacesOf(doc, entities);
    const d = clear();
    const here = stateOfSentence(places, sentence, () => d);
    return d && here === d ? d : null;
  };
  // Only a clear story state: more than three in five of the article's state places (a story of two states, as the
  // Saudi prosecution's statement on a death in Istanbul, gives none).
  const clear = (): string | null => {
    if (!places) places = statePlacesOf(doc, entities);
    const d = dominant !== undefined ? dominant : (dominant = dominantState(places));
    if (!d) return null;
    const counted = places.filter((p) => p.country && p.country !== 'IGO');
    return counted.filter((p) => p.country === d).length * 5 > counted.length * 3 ? d : null;
  };
  const out = entities.map((e) => (bare(e) ? copyEntity(e, { mentions: [...e.mentions] }) : e));
  const byKb = new Map<string, Entity>();
  for (const e of out) if (e.kbId && !e.kbId.startsWith('x:')) byKb.set(e.kbId, e);
  const gone = new Set<Entity>();
  for (const e of out) {
    if (!bare(e) || e.mentions.length === 0) continue;
    const iso = stateAt(sentenceAt(e.mentions[0]!.start));
    const cty = iso ? kb.country(iso) : undefined;
    if (!iso || !cty) continue;
    const name = normalize(e.name).replace(/\s+/g, ' ').replace(/^[وف]?(?:ب|ل)?(?=ال)/, '');
    const ids = new Set<string>();
    for (const d of cty.demonyms) if (d.startsWith('ال')) for (const t of kb.lookup(`${name} ${d}`)) if (t.type === 'ORG' && kb.byId(t.id)?.country === iso) ids.add(t.id);
    if (ids.size === 1) {
      const kbId = [...ids][0]!;
      const have = byKb.get(kbId);
      if (have) {
        have.mentions.push(...e.mentions);
        have.mentions.sort((a, b) => a.start - b.start);
        gone.add(e);
        continue;
      }
      const rec = kb.byId(kbId)!;
      Object.assign(e, { kbId, name: rec.ar[0] ?? e.name, nameEn: rec.nameEn, country: iso, actor: kb.actorOn(kbId, date) });
      byKb.set(kbId, e);
    } else if (ids.size === 0 && cty.demonymEn) {
      // Its own id: the Supreme Court of one state is not another's in the store.
      const nameEn = `${cty.demonymEn} ${e.nameEn}`;
      Object.assign(e, { country: iso, nameEn, kbId: `x:org:${hashHex(`${nameEn.toLowerCase()}|${iso}`)}` });
    }
  }
  return gone.size ? out.filter((e) => !gone.has(e)) : out;
}

/** The normalized head word of a body's name, without clitics and the article (وزارة of بوزارة الخارجية). */
function headOf(name: string): string {
  return normalize(name).split(/\s+/)[0]!.replace(/^[وف]?(?:ب|ل)?(?:ال)?/, '');
}

/** The resolver's stage with the state organs added to its entities (same id: the step is part of resolution). */
export function withStateOrgans(stage: Stage<'entities'>, kb: KnowledgeBase, table: StateOrganTable): Stage<'entities'> {
  return {
    id: stage.id,
    requires: stage.requires,
    assigns: stage.assigns,
    run(doc: Doc, layers: Readonly<Partial<Layers>>): Entity[] {
      const out = withStateBodies(doc, addStateOrgans(doc, stage.run(doc, layers), kb, table, doc.info.date ?? null), kb, doc.info.date ?? null);
      markDescriptiveBodies(out, kb);
      return out;
    },
  };
}
