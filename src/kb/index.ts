/**
 * The knowledge base in memory: records by id, a name index keyed by the
 * normalized Arabic form (normalize() from the text core), office holders by
 * (role, country, date), and the title lexicon. Built from parsed data
 * (see load.ts for the files); no Node-only imports, so it runs anywhere.
 */
import { particleWritings, spacedParticles } from './particles.ts';
import { normalize, stripDiacritics } from '../text/normalize.ts';
import { createRomanizer, type Romanizer } from './romanize.ts';
import { createTransliterator, type TranslitData } from './translit.ts';
import { OrgHeads, type OrgLexicon } from './orgs.ts';
import { createConceptIndex, type Concept, type ConceptData, type ConceptIndex } from './concepts.ts';
import type { CountryRecord, OrgRecord, PersonRecord, PlaceRecord, Role, RoleSpell, Title } from './types.ts';

export type KbEntityType = 'PER' | 'ORG' | 'LOC';

export interface KbEntry {
  id: string;
  type: KbEntityType;
  nameEn: string;
  /** Arabic names, canonical first. */
  ar: string[];
  country: string | null;
  person?: PersonRecord;
  org?: OrgRecord;
  place?: PlaceRecord;
  countryRecord?: CountryRecord;
}

export interface NameTarget {
  id: string;
  type: KbEntityType;
  kind: 'name' | 'demonym';
}

export interface TitleDef {
  title: Title;
  role: Role;
  needsCountry: boolean;
  construct: boolean;
  /** The office's country when the title itself names it (خادم الحرمين الشريفين: SAU). */
  country?: string;
  /**
   * (resolve32) The international body whose head the title names by itself, as its IGO actor code (المفوض السامي
   * لحقوق الإنسان: IGOUNOHRC): the holder is the `igo_head` with that actor on the date.
   */
  igo?: string;
  /** The title's country is a pronoun (وزير خارجيته "its foreign minister"): the country named last before it. */
  pronoun?: boolean;
  /**
   * A title the KB has no holders for (ambassador, attorney general, information
   * minister, deputy foreign minister): its English words. The resolver makes
   * such a title an entity of the article ("French ambassador").
   */
  generic?: string;
  /** The title takes an organization after it (المتحدث باسم الجيش). */
  of?: boolean;
  /** A minister's title: "الوزير" alone refers back to it. */
  minister?: boolean;
}

export interface GenericTitle {
  ar: string[];
  construct?: string[];
  en: string;
  of?: boolean;
  minister?: boolean;
}

export interface TitleLexicon {
  titles: Array<{ ar: string[]; construct?: string[]; title: Title; role: Role; needsCountry?: boolean; country?: string; pronoun?: boolean; igo?: string }>;
  former: string[];
  counterpart: string[];
  /** Words before a name that are not part of it (آية الله، الشيخ، الدكتور). */
  honorifics?: string[];
  /** Titles without KB holders, with their English words. */
  generic?: GenericTitle[];
  /** Ministries by their Arabic office noun (الإعلام → information): وزير الإعلام is a generic title. */
  offices?: Record<string, string>;
  /** Words that make a title a deputy's (نائب). */
  deputy?: string[];
  /** English of the deputy of a KB title (president → vice president); null: no deputy. */
  deputyEn?: Partial<Record<Title, string | null>>;
}

const MINISTER_ROLES: ReadonlySet<Role> = new Set(['foreign_minister', 'defence_minister', 'interior_minister', 'finance_minister']);

/** Is the role a minister's (الوزير alone may refer back to its holder)? */
export function isMinisterRole(role: Role | null | undefined): boolean {
  return !!role && MINISTER_ROLES.has(role);
}

export interface KbData {
  countries: CountryRecord[];
  places: PlaceRecord[];
  people: PersonRecord[];
  organizations: OrgRecord[];
  titles: TitleLexicon;
  nameParts?: Record<string, string>;
  /**
   * The usual English spelling of common name words the letter rules spell otherwise (name-spellings.json: هدى
   * Huda; family names without the article, أسدي Asadi): for the romanizer only, after the KB's own spellings and
   * before nameParts. They do not make a word a known first name (isNamePart).
   */
  nameSpellings?: Record<string, string>;
  /** Given names borne by women (name-spellings.json `female`). */
  femaleNames?: string[];
  /**
   * Western given and family names as Arabic news spells them, with their English spelling (western-names.json): for
   * the romanizer only, above the KB's own spellings (كين Ken, not Caine) and below nameSpellings and nameParts. Each word marks a name as
   * foreign, except westernArabicToo (ميشال، بيار، دانا: given names Arab Christians and Kurds bear too).
   */
  westernNames?: Record<string, string>;
  westernArabicToo?: string[];
  /**
   * Foreign given and family names of every origin (foreign-names.json, resolve22): for the romanizer only, below
   * westernNames and above the KB's own spellings; each word marks a name as foreign, except foreignNamesArabicToo.
   */
  foreignNames?: Record<string, string>;
  foreignNamesArabicToo?: string[];
  /** Peoples, sects and faiths the recognizer tags as names (non-entities.json `words`): no entity. */
  nonEntities?: string[];
  /** Currencies, substances and common nouns it tags (non-entities.json `things`): no entity unless tagged ORG (ريال Real Madrid). */
  nonEntityThings?: string[];
  /** Name parts that are not Arabic (name-parts.json `foreign`): a name with one is romanized as foreign. */
  foreignParts?: string[];
  /** Head nouns and words for naming organizations the KB does not know (org-heads.json). */
  orgHeads?: OrgLexicon;
  /**
   * KB names that are also common words or phrases (weak-names.json): name → the ids it names only where the
   * recognizer tags it with the record's type (a place: or after a locative word). "*" stands for every id.
   */
  weakNames?: Record<string, string[]>;
  /** The learned romanizer (romanizer.json, src/kb/translit.ts): unknown name words the rules would spell. */
  romanizer?: TranslitData;
  /** Latin-script name words with counts (name-vocab.json): the learned romanizer writes a foreign name word as one of them when it can. */
  nameVocab?: Array<[string, number]>;
  /** English words written in Arabic letters in foreign bodies' names (english-words.json: سوسايتي Society): a name with one is foreign. */
  englishWords?: Record<string, string>;
  /** Words of englishWords that Arabic also uses (بنك): they do not make a name foreign. */
  englishWordsArabicToo?: string[];
  /** Named things that are no person, organization or place (concepts.json): faiths, wars, tournaments, weapon models. */
  concepts?: ConceptData;
}

/** The transcribed English words that mark a name as foreign (english-words.json, less the words Arabic also uses). */
function englishMarkers(data: KbData): string[] {
  const arabicToo = new Set((data.englishWordsArabicToo ?? []).map((w) => normalize(w)));
  return Object.keys(data.englishWords ?? {}).filter((w) => !arabicToo.has(normalize(w)));
}

/** The Western names that mark a name as foreign (western-names.json, less the given names Arabs bear too). */
function westernMarkers(data: KbData): string[] {
  const arabicToo = new Set((data.westernArabicToo ?? []).map((w) => normalize(w)));
  return Object.keys(data.westernNames ?? {}).filter((w) => !arabicToo.has(normalize(w)));
}

/** The foreign names that mark a name as foreign (foreign-names.json, less its arabicToo words). */
function foreignNameMarkers(data: KbData): string[] {
  const arabicToo = new Set((data.foreignNamesArabicToo ?? []).map((w) => normalize(w)));
  return Object.keys(data.foreignNames ?? {}).filter((w) => !arabicToo.has(normalize(w)));
}

export interface OfficeHolder {
  person: PersonRecord;
  spell: RoleSpell;
}

/** Dates in the KB may be YYYY, YYYY-MM or YYYY-MM-DD; comparison pads them. */
function padDate(d: string, end: boolean): string {
  if (d.length === 4) return end ? `${d}-12-31` : `${d}-01-01`;
  if (d.length === 7) return end ? `${d}-31` : `${d}-01`;
  return d;
}

export function spellActiveOn(spell: RoleSpell, date: string): boolean {
  if (spell.from && padDate(spell.from, false) > date) return false;
  if (spell.to && padDate(spell.to, false) <= date) return false;
  return true;
}

/** A normalized word without its article (الطاقة → طاقه), for comparing the words of two names. */
function bareWord(w: string): string {
  return w.startsWith('ال') && w.length > 3 ? w.slice(2) : w;
}
/** Words of many bodies' names (العليا، الوطنية، المركزية; الأنباء of every news agency), normalized, without the article. */
const GENERIC_ADJECTIVES = new Set(['عليا', 'أعلى', 'عام', 'عامة', 'وطني', 'وطنية', 'مركزي', 'مركزية', 'اتحادي', 'اتحادية', 'قومي', 'قومية', 'دولي', 'دولية', 'جديد', 'جديدة', 'أنباء'].map((w) => normalize(w)));
/** Words that qualify a body without naming it (وكالة الأنباء الرسمية), normalized, without the article. */
const QUALIFIERS = new Set(['رسمي', 'رسميه', 'حكومي', 'حكوميه'].map((w) => normalize(w)));

/** The maps a KnowledgeBase looks names up in, filled by indexNames. */
interface NameIndex {
  names: Map<string, NameTarget[]>;
  prefixes: Set<string>;
  recognized: Map<string, NameTarget[]>;
  byId: Map<string, KbEntry>;
  byIso: Map<string, CountryRecord>;
}

/**
 * Indexes the KB's entries by id and their Arabic names (and every token
 * prefix of each) by normalized key; returns the longest name in tokens.
 * (Module-level functions, not one long constructor: see docs/benchmarks.md, "Compilation".)
 */
function indexNames(ix: NameIndex, kb: Pick<KnowledgeBase, 'countries' | 'places' | 'organizations' | 'people'>): number {
  let maxTokens = 1;
  const addName = (ar: string, target: NameTarget) => {
    const name = normalize(ar).replace(/\s+/g, ' ').trim();
    if (!name) return;
    // A name with particles (عبد، أبو، بن) is found written joined or apart (عبدالعظيم / عبد العظيم).
    for (const key of target.kind === 'name' ? particleWritings(name) : [name]) {
      const words = key.split(' ');
      maxTokens = Math.max(maxTokens, words.length);
      for (let n = 1; n <= words.length; n++) ix.prefixes.add(words.slice(0, n).join(' '));
      const list = ix.names.get(key);
      if (!list) ix.names.set(key, [target]);
      else if (!list.some((t) => t.id === target.id && t.kind === target.kind)) list.push(target);
    }
  };
  for (const c of kb.countries) {
    ix.byIso.set(c.iso3, c);
    ix.byId.set(c.id, { id: c.id, type: 'LOC', nameEn: c.nameEn, ar: c.ar, country: c.iso3, countryRecord: c });
    for (const n of c.ar) addName(n, { id: c.id, type: 'LOC', kind: 'name' });
    for (const d of c.demonyms) addName(d, { id: c.id, type: 'LOC', kind: 'demonym' });
  }
  for (const p of kb.places) {
    ix.byId.set(p.id, { id: p.id, type: 'LOC', nameEn: p.nameEn, ar: p.ar, country: p.country, place: p });
    for (const n of p.ar) addName(n, { id: p.id, type: 'LOC', kind: 'name' });
  }
  for (const o of kb.organizations) {
    ix.byId.set(o.id, { id: o.id, type: 'ORG', nameEn: o.nameEn, ar: o.ar, country: o.country, org: o });
    for (const n of o.ar) addName(n, { id: o.id, type: 'ORG', kind: 'name' });
    for (const n of o.arRecognized ?? []) {
      const key = normalize(n).replace(/\s+/g, ' ').trim();
      const list = ix.recognized.get(key) ?? [];
      if (!list.some((t) => t.id === o.id)) list.push({ id: o.id, type: 'ORG', kind: 'name' });
      ix.recognized.set(key, list);
    }
  }
  for (const p of kb.people) {
    ix.byId.set(p.id, { id: p.id, type: 'PER', nameEn: p.nameEn, ar: p.ar, country: p.country, person: p });
    for (const n of p.ar) addName(n, { id: p.id, type: 'PER', kind: 'name' });
  }
  return maxTokens;
}

/** Indexes the titles (and every token prefix of each) by normalized key; returns the longest title in tokens. */
function indexTitles(titleMap: Map<string, TitleDef>, titlePrefixes: Set<string>, titles: KbData['titles']): number {
  let maxTitle = 1;
  const addTitle = (a: string, def: TitleDef) => {
    const key = normalize(a).replace(/\s+/g, ' ').trim();
    // A KB title keeps its key: a generic form never shadows it.
    if (def.generic && titleMap.has(key) && !titleMap.get(key)!.generic) return;
    titleMap.set(key, def);
    const words = key.split(' ');
    for (let n = 1; n <= words.length; n++) titlePrefixes.add(words.slice(0, n).join(' '));
    maxTitle = Math.max(maxTitle, words.length);
  };
  const deputies = titles.deputy ?? [];
  for (const t of titles.titles) {
    const def = (construct: boolean): TitleDef => ({ title: t.title, role: t.role, needsCountry: !!t.needsCountry, construct, ...(t.country ? { country: t.country } : {}), ...(t.pronoun ? { pronoun: true } : {}), ...(t.igo ? { igo: t.igo } : {}) });
    for (const a of t.ar) addTitle(a, def(false));
    for (const a of t.construct ?? []) addTitle(a, def(true));
    // نائب الرئيس is the vice president, not the president.
    const dep = titles.deputyEn?.[t.title];
    if (!dep) continue;
    const depDef = (construct: boolean): TitleDef => ({ title: 'other', role: 'other', needsCountry: !!t.needsCountry, construct, generic: dep, ...(isMinisterRole(t.role) ? { minister: true } : {}) });
    for (const d of deputies) {
      for (const a of t.ar) addTitle(`${d} ${a}`, depDef(false));
      for (const a of t.construct ?? []) addTitle(`${d} ${a}`, depDef(true));
    }
  }
  const generic: GenericTitle[] = [...(titles.generic ?? [])];
  for (const [office, en] of Object.entries(titles.offices ?? {})) {
    generic.push({ ar: [`وزير ${office}`, `وزيرة ${office}`], en: `${en} minister`, minister: true });
  }
  for (const g of generic) {
    const def = (construct: boolean, deputy: boolean): TitleDef => ({
      title: 'other', role: 'other', needsCountry: false, construct, generic: deputy ? `deputy ${g.en}` : g.en,
      ...(g.of ? { of: true } : {}), ...(g.minister ? { minister: true } : {}),
    });
    for (const a of g.ar) addTitle(a, def(false, false));
    for (const a of g.construct ?? []) addTitle(a, def(true, false));
    if (!g.minister || g.ar[0] === 'الوزير') continue;
    for (const d of deputies) for (const a of g.ar) addTitle(`${d} ${a}`, def(false, true));
  }
  return maxTitle;
}

export class KnowledgeBase {
  readonly countries: readonly CountryRecord[];
  readonly places: readonly PlaceRecord[];
  readonly people: readonly PersonRecord[];
  readonly organizations: readonly OrgRecord[];
  readonly romanize: Romanizer;
  /** Lexicon for unknown organizations; null when the data has none. */
  readonly orgHeads: OrgHeads | null;
  private readonly byIdMap = new Map<string, KbEntry>();
  /** People with a role that names an office (RoleSpell.office). */
  private readonly officePeople: readonly PersonRecord[];
  private readonly names = new Map<string, NameTarget[]>();
  private readonly countryByIso = new Map<string, CountryRecord>();
  private readonly titleMap = new Map<string, TitleDef>();
  /** Every token prefix of a name key ("الأمم", "الأمم المتحدة"): the gazetteer stops extending a match outside it. */
  private readonly namePrefixes = new Set<string>();
  private readonly titlePrefixes = new Set<string>();
  readonly former: ReadonlySet<string>;
  readonly counterpart: ReadonlySet<string>;
  readonly honorifics: ReadonlySet<string>;
  private readonly nameParts: ReadonlySet<string>;
  private readonly spelledNames: ReadonlySet<string>;
  private readonly femaleNames: ReadonlySet<string>;
  /** Longest name in tokens: bounds the gazetteer's search. */
  readonly maxNameTokens: number;
  readonly maxTitleTokens: number;

  constructor(data: KbData) {
    this.orgHeads = data.orgHeads ? new OrgHeads(data.orgHeads) : null;
    this.countries = data.countries;
    this.places = data.places;
    this.people = mergeById(data.people, mergePeople);
    this.romanize = createRomanizer(
      { ...(data.englishWords ?? {}), ...kbSpellings(this.people), ...(data.foreignNames ?? {}), ...(data.westernNames ?? {}), ...(data.nameSpellings ?? {}), ...(data.nameParts ?? {}) },
      [...kbForeignWords(this.people), ...(data.foreignParts ?? []), ...englishMarkers(data), ...westernMarkers(data), ...foreignNameMarkers(data)],
      data.romanizer ? createTransliterator(data.romanizer, data.nameVocab ? { vocab: [...data.nameVocab, ...foreignNameWords(this.people)] } : {}) : undefined,
    );
    this.officePeople = this.people.filter((p) => p.roles.some((r) => r.office));
    this.organizations = mergeById(data.organizations, mergeOrgs);
    this.maxNameTokens = indexNames(
      { names: this.names, prefixes: this.namePrefixes, recognized: this.recognizedNames, byId: this.byIdMap, byIso: this.countryByIso },
      this,
    );
    this.maxTitleTokens = indexTitles(this.titleMap, this.titlePrefixes, data.titles);
    this.former = new Set(data.titles.former.map((f) => normalize(f)));
    this.counterpart = new Set(data.titles.counterpart.map((f) => normalize(f)));
    this.honorifics = new Set((data.titles.honorifics ?? []).map((f) => normalize(f)));
    this.nonEntityWords = new Set((data.nonEntities ?? []).map((w) => normalize(w)));
    this.nonEntityThings = new Set((data.nonEntityThings ?? []).map((w) => normalize(w)));
    this.concepts = createConceptIndex(data.concepts ?? { concepts: [] });
    this.nameParts = new Set(Object.keys(data.nameParts ?? {}).filter((k) => !k.startsWith('_')).map((k) => normalize(k)));
    this.spelledNames = new Set([...Object.keys(data.westernNames ?? {}), ...Object.keys(data.foreignNames ?? {})].filter((k) => !k.startsWith('_')).map((k) => normalize(k)));
    this.femaleNames = new Set((data.femaleNames ?? []).map((k) => normalize(k)));
    for (const [name, ids] of Object.entries(data.weakNames ?? {})) {
      if (name.startsWith('_') || !Array.isArray(ids)) continue;
      const key = spacedParticles(normalize(name).replace(/\s+/g, ' ').trim());
      this.weakNames.set(key, new Set([...(this.weakNames.get(key) ?? []), ...ids]));
      for (const id of ids) this.weakIds.add(id);
    }
  }

  /**
   * Is the normalized name key, read as the record id, a common word that names it only with the recognizer's
   * word (weak-names.json: البيت "the house" is Elbit Systems only when tagged ORG)?
   */
  isWeakName(key: string, id: string): boolean {
    const ids = this.weakNames.get(spacedParticles(key));
    return !!ids && (ids.has(id) || ids.has('*'));
  }
  /** Has the record (or, for "*", any record) a weak name? A cheap test before building a span's key. */
  hasWeakName(id: string): boolean {
    return this.weakIds.has(id) || this.weakIds.has('*');
  }
  private readonly weakIds = new Set<string>();
  /** The weak names (normalized key → ids), for tools. */
  weakNameEntries(): Iterable<[string, ReadonlySet<string>]> {
    return this.weakNames.entries();
  }
  private readonly weakNames = new Map<string, Set<string>>();

  /**
   * The one KB organization of a country that an unknown organization's phrase names in other words
   * (هيئة الطاقة الذرية الإيرانية for منظمة الطاقة الذرية الإيرانية, وكالة أنباء كوريا الشمالية for وكالة الأنباء
   * المركزية الكورية): `words` are the phrase's normalized words after its head; without the article, the
   * country's names and demonyms and qualifiers (الرسمية، الحكومية), at least one must remain that is no generic adjective (العليا), and all of them must be
   * words of a name of exactly one KB organization of that country whose actor sector is `sector`. Else null.
   */
  sameBodyOfCountry(iso: string, sector: string, words: readonly string[]): string | null {
    const own = this.countryWordSet(iso);
    const rest = words.map(bareWord).filter((w) => w.length >= 3 && !own.has(w) && !QUALIFIERS.has(w));
    // Adjectives every kind of body uses (العليا، الوطنية) do not tell one from another.
    if (!rest.some((w) => !GENERIC_ADJECTIVES.has(w))) return null;
    let found: string | null = null;
    for (const o of this.bodiesOf(iso)) {
      if (o.sector !== sector || !o.names.some((ws) => rest.every((w) => ws.has(w)))) continue;
      if (found && found !== o.id) return null;
      found = o.id;
    }
    return found;
  }
  /** A country's KB organizations with their actor sector and the bare words of each name, built on first use. */
  private bodiesOf(iso: string): ReadonlyArray<{ id: string; sector: string; names: ReadonlyArray<ReadonlySet<string>> }> {
    if (!this.bodiesByCountry) {
      this.bodiesByCountry = new Map();
      for (const o of this.organizations) {
        if (!o.country || !o.actor) continue;
        const list = this.bodiesByCountry.get(o.country) ?? [];
        list.push({ id: o.id, sector: o.actor.slice(3, 6), names: o.ar.map((n) => new Set(normalize(n).split(/\s+/).map(bareWord))) });
        this.bodiesByCountry.set(o.country, list);
      }
    }
    return this.bodiesByCountry.get(iso) ?? [];
  }
  private bodiesByCountry: Map<string, Array<{ id: string; sector: string; names: Array<Set<string>> }>> | null = null;
  private countryWordSet(iso: string): Set<string> {
    let set = this.countryWords.get(iso);
    if (!set) {
      set = new Set();
      const c = this.countryByIso.get(iso);
      for (const n of [...(c?.ar ?? []), ...(c?.demonyms ?? [])]) for (const w of normalize(n).split(/\s+/)) set.add(bareWord(w));
      this.countryWords.set(iso, set);
    }
    return set;
  }
  private readonly countryWords = new Map<string, Set<string>>();

  byId(id: string): KbEntry | undefined {
    return this.byIdMap.get(id);
  }

  country(iso3: string): CountryRecord | undefined {
    return this.countryByIso.get(iso3);
  }

  /** Everything a normalized (or raw) Arabic name may refer to. */
  lookup(name: string): readonly NameTarget[] {
    return this.names.get(normalize(name).replace(/\s+/g, ' ').trim()) ?? [];
  }

  /**
   * Is the phrase a people, sect or faith (الأكراد، الشيعة), or, unless the recognizer tagged it an organization, a
   * currency, substance or common noun (الدولار، اليورانيوم), that it may tag but that is no entity?
   */
  isNonEntity(phrase: string, type?: string): boolean {
    return this.isNonEntityKey(normalize(phrase), type);
  }
  /** isNonEntity for a phrase already normalized. */
  isNonEntityKey(key: string, type?: string): boolean {
    if (key.includes(' ')) key = key.replace(/\s+/g, ' ').trim();
    const has = (k: string) => this.nonEntityWords.has(k) || (type !== 'ORG' && this.nonEntityThings.has(k));
    // ل+ال writes للأكراد: a span after the first ل reads لأكراد, which is الأكراد.
    return has(key) || has('ال' + key) || (key.startsWith('ل') && !key.startsWith('لل') && has('ا' + key));
  }
  private readonly nonEntityWords: ReadonlySet<string>;
  private readonly nonEntityThings: ReadonlySet<string>;

  /** Organizations named by a common word only where the recognizer says ORG (OrgRecord.arRecognized). */
  lookupRecognized(name: string): readonly NameTarget[] {
    return this.recognizedNames.get(normalize(name).replace(/\s+/g, ' ').trim()) ?? [];
  }
  private readonly recognizedNames = new Map<string, NameTarget[]>();

  /** Like lookup, for a key that is already normalized. */
  lookupKey(key: string): readonly NameTarget[] {
    return this.names.get(key) ?? [];
  }

  /** Is the word a given name borne by women (هدى، جمانة، أنغيلا)? */
  isFemaleName(word: string): boolean {
    return this.femaleNames.has(normalize(word));
  }

  /**
   * The named thing (concepts.json) a recognizer span of the given type is, or null. A person's span with a word of
   * a name (a known given name, a word of a KB person's name: رمضان، إسلام) is that person; an organization's span is
   * never a model code (تي إف 1 is the channel TF1).
   */
  concept(span: string, type: 'PER' | 'ORG' | 'LOC' | 'MISC'): Concept | null {
    const c = this.concepts.lookup(span);
    if (!c) return null;
    if (type === 'ORG' && c.id.startsWith('misc:model:')) return null;
    if (type === 'PER' && normalize(span).split(/\s+/).some((w) => this.isNamePart(w) || this.isPersonNameWord(w))) return null;
    return c;
  }
  private readonly concepts: ConceptIndex;

  /**
   * (resolve30) Is the word a given or family name the foreign spelling tables list (western-names.json,
   * foreign-names.json: كاثلين، مادلين)? The tables' keys, normalized.
   */
  isSpelledName(word: string): boolean {
    return this.spelledNames.has(normalize(word));
  }

  /** Is the word a common name part (محمد، دونالد) of the romanization table? */
  isNamePart(word: string): boolean {
    return this.nameParts.has(normalize(word));
  }

  /** Is the word one of the words of a KB person's full name (شي of شي جين بينغ)? Built on first use. */
  isPersonNameWord(word: string): boolean {
    if (!this.personWords) {
      this.personWords = new Set();
      for (const p of this.people) for (const ar of p.ar) {
        const words = normalize(ar).split(/\s+/).filter(Boolean);
        if (words.length >= 2) for (const w of words) if (w.length >= 2) this.personWords.add(w);
      }
    }
    return this.personWords.has(normalize(word));
  }
  private personWords: Set<string> | null = null;

  /** KB people whose name of two words or more ends with the normalized word (الجعفري → Bashar al-Jaafari). Built on first use. */
  peopleBySurname(word: string): readonly string[] {
    if (!this.surnames) {
      this.surnames = new Map();
      for (const p of this.people) {
        for (const n of p.ar) {
          const ws = normalize(stripDiacritics(n)).split(/\s+/).filter(Boolean);
          if (ws.length < 2) continue;
          const w = ws[ws.length - 1]!;
          const list = this.surnames.get(w) ?? [];
          if (!list.includes(p.id)) list.push(p.id);
          this.surnames.set(w, list);
        }
      }
    }
    return this.surnames.get(word) ?? [];
  }
  private surnames: Map<string, string[]> | null = null;

  /**
   * The records whose English name (nameEn) is the Latin-script phrase as written in Arabic text (NATO, Twitter,
   * Reuters, Donald Trump): a phrase of Latin words, matched with its own capitals (an acronym of two to six capitals,
   * or capitalized words). One record only: an English name two records share (a person and a place) links nothing.
   * Built on first use (names16).
   */
  lookupLatin(phrase: string): readonly NameTarget[] {
    if (!this.latinNames) {
      const m = new Map<string, NameTarget[]>();
      const add = (en: string, t: NameTarget) => {
        const key = en.trim();
        if (!/^[A-Z][A-Za-z'.&-]*( [A-Z][A-Za-z'.&-]*)*$/.test(key)) return;
        const list = m.get(key) ?? [];
        if (!list.some((x) => x.id === t.id)) list.push(t);
        m.set(key, list);
      };
      for (const c of this.countries) add(c.nameEn, { id: c.id, type: 'LOC', kind: 'name' });
      for (const p of this.places) add(p.nameEn, { id: p.id, type: 'LOC', kind: 'name' });
      for (const o of this.organizations) add(o.nameEn, { id: o.id, type: 'ORG', kind: 'name' });
      for (const p of this.people) if (p.nameEn.includes(' ')) add(p.nameEn, { id: p.id, type: 'PER', kind: 'name' });
      this.latinNames = m;
    }
    const hit = this.latinNames.get(phrase.replace(/\s+/g, ' ').trim()) ?? [];
    return hit.length === 1 ? hit : [];
  }
  private latinNames: Map<string, NameTarget[]> | null = null;

  /** Is the normalized key a name, or the first words of one? */
  isNamePrefix(key: string): boolean {
    return this.namePrefixes.has(key);
  }

  /** Is the normalized key a title, or the first words of one? */
  isTitlePrefix(key: string): boolean {
    return this.titlePrefixes.has(key);
  }

  title(key: string): TitleDef | undefined {
    return this.titleMap.get(key);
  }

  /** People holding a role (or title) for a country on a date (YYYY-MM-DD). */
  holders(role: Role, country: string | null, date: string, title?: Title): OfficeHolder[] {
    const out: OfficeHolder[] = [];
    for (const p of this.people) {
      for (const s of p.roles) {
        if (s.role !== role || (country && s.country !== country) || (title && s.title !== title)) continue;
        if (spellActiveOn(s, date)) out.push({ person: p, spell: s });
      }
    }
    return out;
  }

  /**
   * People holding an office named by a generic title (RoleSpell.office: "ambassador", "envoy",
   * "spokesperson") on a date, for a country or for an organization (a spokesperson's `org`).
   */
  officeHolders(office: string, country: string | null, org: string | null, date: string): OfficeHolder[] {
    const out: OfficeHolder[] = [];
    if (!country && !org) return out;
    for (const p of this.officePeople) {
      for (const s of p.roles) {
        if (s.office !== office || (org ? s.org !== org : s.country !== country)) continue;
        if (spellActiveOn(s, date)) out.push({ person: p, spell: s });
      }
    }
    return out;
  }

  /**
   * The head of a KB organization on a date (مدير وكالة المخابرات المركزية، رئيس منظمة حظر الأسلحة
   * الكيميائية): the one person whose office is "head" of it, else, for an international body with an
   * actor code of its own, the one `igo_head` with that actor. Null when none or several.
   */
  headOf(orgId: string, date: string): PersonRecord | null {
    const named = this.officeHolders('head', null, orgId, date);
    if (named.length) return named.length === 1 ? named[0]!.person : null;
    const org = this.byIdMap.get(orgId)?.org;
    if (!org?.actor || org.country !== 'IGO' || this.organizations.filter((o) => o.actor === org.actor).length !== 1) return null;
    const heads = this.holders('igo_head', null, date).filter((h) => h.spell.actor === org.actor);
    return heads.length === 1 ? heads[0]!.person : null;
  }

  /** Former holders of a role before a date, most recent first. */
  formerHolders(role: Role, country: string | null, date: string, title?: Title): OfficeHolder[] {
    const out: OfficeHolder[] = [];
    for (const p of this.people) {
      for (const s of p.roles) {
        if (s.role !== role || (country && s.country !== country) || (title && s.title !== title)) continue;
        if (s.to && padDate(s.to, false) <= date && !p.roles.some((r) => r.role === role && r.country === s.country && spellActiveOn(r, date))) out.push({ person: p, spell: s });
      }
    }
    return out.sort((a, b) => (b.spell.to ?? '').localeCompare(a.spell.to ?? ''));
  }

  /** The role a person holds on a date (the first listed that is active), or null. */
  activeRole(person: PersonRecord, date: string | null): RoleSpell | null {
    if (!date) return person.roles.find((r) => r.to === null) ?? null;
    return person.roles.find((r) => spellActiveOn(r, date)) ?? null;
  }

  /** The CAMEO-style actor code of a KB entry on a date. */
  actorOn(id: string, date: string | null): string | null {
    const e = this.byIdMap.get(id);
    if (!e) return null;
    if (e.person) {
      const role = this.activeRole(e.person, date);
      if (role?.actor) return role.actor;
      return e.person.actor ?? (e.person.country && e.person.country !== 'IGO' ? e.person.country : null);
    }
    if (e.org) return e.org.actor;
    if (e.countryRecord) return e.countryRecord.iso3;
    return null;
  }

  get size(): number {
    return this.byIdMap.size;
  }
}

function mergeById<T extends { id: string }>(records: readonly T[], merge: (a: T, b: T) => T): T[] {
  const map = new Map<string, T>();
  for (const r of records) {
    const prev = map.get(r.id);
    map.set(r.id, prev ? merge(prev, r) : r);
  }
  return [...map.values()];
}

function unionNames(a: string[], b: string[]): string[] {
  const out = [...a];
  for (const n of b) if (!out.some((x) => normalize(x) === normalize(n))) out.push(n);
  return out;
}

/**
 * English spellings of name words as the KB's people write them (كومباني → Kompany from فينسنت كومباني =
 * Vincent Kompany): each Arabic name with as many words as the English name gives its words' spellings;
 * a word spelled several ways takes the most frequent. Unknown people sharing a word with a KB person
 * (a relative, a namesake) are then romanized as English news spells that word. name-parts.json wins.
 */
function kbSpellings(people: readonly PersonRecord[]): Record<string, string> {
  // An alias that is another name altogether (أبو فدك / عبد العزيز) must not pair its words: the English
  // word has to begin with the sound the letter scheme gives the Arabic word.
  const plain = createRomanizer({});
  const CLASSES = ['kqgc', 'jg', 'aeiouy', 'td', 'sz', 'dz', 'fvp', 'bp', 'sc', 'nm'];
  const fold = (w: string) => w.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/^(al|el)-/, '').replace(/['’]/g, '');
  const consonant = (w: string) => /[b-df-hj-np-tv-z]/.exec(w.slice(1))?.[0] ?? '';
  const alike = (a: string, b: string) => a === b || CLASSES.some((c) => c.includes(a) && c.includes(b));
  // The first letter and the first consonant after it.
  const sameSound = (ar: string, en: string) => {
    const a = fold(plain(ar));
    const b = fold(en);
    return alike(a[0] ?? '', b[0] ?? '') && alike(consonant(a), consonant(b));
  };
  const seen = new Map<string, Map<string, number>>();
  for (const p of people) {
    const en = p.nameEn.split(/\s+/);
    if (en.length < 2 || en.some((w) => !/^[\p{L}'’-]+$/u.test(w))) continue;
    for (const ar of p.ar) {
      const words = normalize(ar).split(/\s+/).filter(Boolean);
      if (words.length !== en.length) continue;
      words.forEach((w, i) => {
        if (w.length < 3 || !sameSound(w, en[i]!)) return;
        let m = seen.get(w);
        if (!m) seen.set(w, (m = new Map()));
        m.set(en[i]!, (m.get(en[i]!) ?? 0) + 1);
      });
    }
  }
  const out: Record<string, string> = {};
  for (const [w, m] of seen) out[w] = [...m].sort((a, b) => b[1] - a[1])[0]![0];
  return out;
}

/**
 * Countries whose people mostly bear Arabic or Arabic-derived names (the Arab League, Iran, Turkey, Pakistan,
 * Afghanistan, Azerbaijan, Bangladesh, Indonesia, Malaysia and a few more): words of their names are no
 * sign of a foreign name.
 */
export const ARABIC_NAMING = new Set(['DZA', 'BHR', 'COM', 'DJI', 'EGY', 'IRQ', 'JOR', 'KWT', 'LBN', 'LBY', 'MRT', 'MAR', 'OMN', 'PSE', 'QAT', 'SAU', 'SOM', 'SDN', 'SYR', 'TUN', 'ARE', 'YEM', 'IRN', 'TUR', 'PAK', 'AFG', 'AZE', 'BGD', 'IDN', 'MYS', 'TCD', 'MLI', 'NER', 'SEN', 'GMB', 'BIH', 'ALB', 'XKX', 'UZB', 'TJK', 'KAZ', 'KGZ', 'TKM', 'SSD', 'ERI', 'NGA']);

/**
 * Words of the KB's names of people from other countries that never occur in a name of a person from
 * those countries (جون، ستيفن، كيم): a name with one of them is foreign and is romanized by the foreign scheme.
 */
function kbForeignWords(people: readonly PersonRecord[]): Set<string> {
  const foreign = new Set<string>();
  const arabic = new Set<string>();
  for (const p of people) {
    const target = !p.country ? null : ARABIC_NAMING.has(p.country) ? arabic : foreign;
    if (!target) continue;
    for (const ar of p.ar) for (const w of normalize(ar).split(/\s+/)) if (w.length >= 2) target.add(w);
  }
  for (const w of arabic) foreign.delete(w);
  return foreign;
}

/**
 * The English name words of the KB's people from countries that do not use Arabic-derived names (Lavrov,
 * Sharapova), each with its count: real spellings of foreign names, added to the name vocabulary.
 */
export function foreignNameWords(people: Iterable<PersonRecord>): Array<[string, number]> {
  const count = new Map<string, number>();
  for (const p of people) {
    if (!p.country || ARABIC_NAMING.has(p.country)) continue;
    for (const w of p.nameEn.split(/[\s-]+/)) if (/^[A-Za-z]{3,}$/.test(w)) count.set(w, (count.get(w) ?? 0) + 1);
  }
  return [...count];
}

/** Two files describing the same person: names and roles are united. */
function mergePeople(a: PersonRecord, b: PersonRecord): PersonRecord {
  const roles = [...a.roles];
  for (const r of b.roles ?? []) {
    // A spell with another office (Gilad Erdan's public security and internal security ministries, both from
    // 2015-05-25) is a role of its own: only a spell that names no office, or the same one, is the same role.
    const i = roles.findIndex((x) => x.role === r.role && x.country === r.country && x.from === r.from && (!x.office || !r.office || x.office === r.office));
    if (i < 0) roles.push(r);
    // The same spell from another file may add what the office is (office, post, org).
    else roles[i] = { ...roles[i]!, office: roles[i]!.office ?? r.office, post: roles[i]!.post ?? r.post, org: roles[i]!.org ?? r.org };
  }
  return { ...a, ar: unionNames(a.ar, b.ar ?? []), country: a.country ?? b.country, roles, gender: a.gender ?? b.gender };
}

function mergeOrgs(a: OrgRecord, b: OrgRecord): OrgRecord {
  const recognized = unionNames(a.arRecognized ?? [], b.arRecognized ?? []);
  return { ...a, ar: unionNames(a.ar, b.ar ?? []), country: a.country ?? b.country, actor: a.actor ?? b.actor, ...(recognized.length ? { arRecognized: recognized } : {}) };
}
