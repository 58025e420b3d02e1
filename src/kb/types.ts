/**
 * Records of the knowledge base as they are stored in data/kb/ (see
 * docs/knowledge-base.md). Ids are stable: the store merges entities across
 * articles by them.
 */

export type Role =
  | 'head_of_state' | 'head_of_government' | 'foreign_minister' | 'defence_minister' | 'interior_minister'
  | 'finance_minister' | 'crown_prince' | 'group_leader' | 'party_leader' | 'igo_head' | 'military_commander'
  | 'spokesperson' | 'other';

export type Title =
  | 'president' | 'king' | 'emir' | 'sultan' | 'crown_prince' | 'prime_minister' | 'chancellor' | 'supreme_leader'
  | 'foreign_minister' | 'defence_minister' | 'interior_minister' | 'finance_minister' | 'secretary_general'
  | 'leader' | 'commander' | 'other';

export interface RoleSpell {
  role: Role;
  title: Title;
  /** ISO3 (or "IGO") of the office; for group leaders the group's country. */
  country: string | null;
  /** CAMEO-style actor code while in this office (RUSGOV, SYRREB ...). */
  actor: string | null;
  /** Organization id for group/IGO/party roles, when the record gives it (a spokesperson: the body spoken for). */
  org?: string | null;
  /**
   * The office in the English words of a generic title (titles.json `generic`/`offices`: "ambassador",
   * "envoy", "state minister", "attorney general", "spokesperson"), for offices without a KB title:
   * "السفير الأميركي" then resolves to the holder on the document's date.
   */
  office?: string;
  /** Where an ambassador or envoy is posted: ISO3 of the host country, or "IGO" for the UN. */
  post?: string;
  /** YYYY-MM-DD (or YYYY / YYYY-MM), inclusive; null = unknown start. */
  from: string | null;
  /** YYYY-MM-DD exclusive end; null = still in office. */
  to: string | null;
}

export interface PersonRecord {
  id: string;
  type: 'PER';
  nameEn: string;
  ar: string[];
  country: string | null;
  roles: RoleSpell[];
  /** Actor when no role applies (e.g. a journalist): optional. */
  actor?: string | null;
  /** "f" for a woman, where recorded: a feminine generic title (سفيرة، المتحدثة باسم) needs it to name the holder. */
  gender?: 'f' | 'm';
}

export type OrgKind =
  | 'igo' | 'government' | 'ministry' | 'parliament' | 'military' | 'security_agency' | 'armed_group' | 'party'
  | 'company' | 'news_agency' | 'ngo' | 'court' | 'religious' | 'other';

export interface OrgRecord {
  id: string;
  type: 'ORG';
  nameEn: string;
  ar: string[];
  country: string | null;
  kind: OrgKind;
  actor: string | null;
  /**
   * Names that are also common words (القاعدة "the base", فارس a given name, النهار "the day"): they name
   * the organization only where the recognizer tags them ORG or they stand quoted after an organization's
   * head (وكالة أنباء "فارس").
   */
  arRecognized?: string[];
}

export interface CountryRecord {
  id: string;
  iso3: string;
  iso2: string;
  nameEn: string;
  nameEnOfficial: string;
  /** Arabic names, canonical first. */
  ar: string[];
  /** Every generated demonym form (روسي، الروسية، الروس ...). */
  demonyms: string[];
  /** English adjective ("French", "American"); the English name where there is none. */
  demonymEn?: string;
  capital: { nameEn: string; placeId: string | null } | null;
  lat: number;
  lon: number;
  region: string;
  subregion: string;
  independent: boolean;
}

export type PlaceFeature = 'capital' | 'city' | 'region' | 'base' | 'crossing' | 'camp' | 'site' | 'country' | 'water' | 'other';

export interface PlaceRecord {
  id: string;
  nameEn: string;
  ar: string[];
  country: string | null;
  lat: number;
  lon: number;
  feature: PlaceFeature;
  population?: number | null;
  /** GeoNames id for places derived from cities1000. */
  geonameId?: number;
  /** A one-word name of this place is also a common word (دوما "always", نوى): like a GeoNames town, it needs the recognizer's LOC or a locative word. */
  weak?: boolean;
}
