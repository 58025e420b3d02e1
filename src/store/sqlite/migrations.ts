/**
 * The SQLite schema as numbered migrations. A store records each applied
 * migration in `migrations`; opening a store applies the missing ones in
 * order, each in its own transaction. Never edit a released migration: add
 * the next number.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'articles, analysis tables, stories, rejected, full-text index',
    sql: `
CREATE TABLE stories (
  id INTEGER PRIMARY KEY,
  articles INTEGER NOT NULL,
  sources INTEGER NOT NULL,
  first_date TEXT
);
CREATE TABLE articles (
  id INTEGER PRIMARY KEY,
  doc_id TEXT NOT NULL,
  source TEXT,
  url TEXT,
  date TEXT,
  title TEXT,
  text TEXT NOT NULL,
  language TEXT NOT NULL,
  content_hash TEXT NOT NULL UNIQUE,
  analysis_version TEXT NOT NULL,
  analysis TEXT NOT NULL,
  ingested_at TEXT NOT NULL,
  story_id INTEGER REFERENCES stories(id),
  minhash BLOB NOT NULL
);
CREATE INDEX articles_date ON articles(date);
CREATE INDEX articles_source ON articles(source, date);
CREATE INDEX articles_story ON articles(story_id);
CREATE TABLE story_bands (
  key INTEGER NOT NULL,
  article_id INTEGER NOT NULL,
  PRIMARY KEY (key, article_id)
) WITHOUT ROWID;
CREATE INDEX story_bands_article ON story_bands(article_id);
CREATE TABLE entities (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  kb_id TEXT,
  type TEXT NOT NULL,
  name TEXT NOT NULL,
  name_norm TEXT NOT NULL,
  name_en TEXT,
  name_en_lower TEXT,
  country TEXT,
  actor TEXT,
  articles INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX entities_name_norm ON entities(name_norm);
CREATE INDEX entities_name_en ON entities(name_en_lower);
CREATE TABLE entity_aliases (
  alias TEXT NOT NULL,
  entity_id INTEGER NOT NULL,
  PRIMARY KEY (alias, entity_id)
) WITHOUT ROWID;
CREATE TABLE article_entities (
  entity_id INTEGER NOT NULL,
  article_id INTEGER NOT NULL,
  mentions INTEGER NOT NULL,
  PRIMARY KEY (entity_id, article_id)
) WITHOUT ROWID;
CREATE INDEX article_entities_article ON article_entities(article_id, entity_id);
CREATE TABLE mentions (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL,
  entity_id INTEGER NOT NULL,
  local_id TEXT NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  kind TEXT NOT NULL
);
CREATE INDEX mentions_article ON mentions(article_id);
CREATE INDEX mentions_entity ON mentions(entity_id, kind);
CREATE TABLE quotes (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL,
  ord INTEGER NOT NULL,
  speaker_id INTEGER,
  via_id INTEGER,
  speaker_text TEXT,
  cue_start INTEGER NOT NULL,
  cue_end INTEGER NOT NULL,
  cue_text TEXT NOT NULL,
  direct INTEGER NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  text_norm TEXT NOT NULL,
  date TEXT
);
CREATE INDEX quotes_article ON quotes(article_id);
CREATE INDEX quotes_speaker ON quotes(speaker_id, date);
CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL,
  ord INTEGER NOT NULL,
  plover TEXT NOT NULL,
  mode TEXT,
  cameo TEXT NOT NULL,
  quad_class INTEGER NOT NULL,
  goldstein REAL NOT NULL,
  source_id INTEGER,
  target_id INTEGER,
  source_actor TEXT,
  target_actor TEXT,
  source_country TEXT,
  target_country TEXT,
  location_id INTEGER,
  date TEXT,
  day TEXT,
  modality TEXT NOT NULL,
  trigger_start INTEGER NOT NULL,
  trigger_end INTEGER NOT NULL,
  trigger_text TEXT NOT NULL,
  sentence INTEGER NOT NULL
);
CREATE INDEX events_article ON events(article_id);
CREATE INDEX events_day ON events(day);
CREATE INDEX events_source ON events(source_id, day);
CREATE INDEX events_target ON events(target_id, day);
CREATE INDEX events_source_actor ON events(source_actor, day);
CREATE INDEX events_target_actor ON events(target_actor, day);
CREATE INDEX events_plover ON events(plover, day);
CREATE INDEX events_cameo ON events(cameo);
CREATE TABLE times (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  type TEXT NOT NULL,
  value TEXT NOT NULL
);
CREATE INDEX times_article ON times(article_id);
CREATE TABLE places (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL,
  entity_id INTEGER,
  lat REAL NOT NULL,
  lon REAL NOT NULL,
  country TEXT,
  feature TEXT NOT NULL
);
CREATE INDEX places_article ON places(article_id);
CREATE INDEX places_entity ON places(entity_id);
CREATE TABLE rejected (
  id INTEGER PRIMARY KEY,
  path TEXT NOT NULL,
  reason TEXT NOT NULL,
  at TEXT NOT NULL,
  UNIQUE (path, reason)
);
CREATE VIRTUAL TABLE articles_fts USING fts5(terms, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0');
`,
  },
  {
    version: 2,
    name: 'event evidence sentence; index for the places map',
    sql: `
ALTER TABLE events ADD COLUMN evidence TEXT;
CREATE INDEX places_entity_article ON places(entity_id, article_id);
`,
  },
  {
    version: 3,
    name: 'read paths: article dates on article_entities, entity names from an index',
    sql: `
-- an entity's mentions over time read its article_entities rows alone (clustered by entity), not every article row
ALTER TABLE article_entities ADD COLUMN date TEXT;
UPDATE article_entities SET date = (SELECT date FROM articles WHERE articles.id = article_entities.article_id);
-- an entity's surface names are counted from the index, without visiting mention rows
CREATE INDEX mentions_entity_text ON mentions(entity_id, kind, text);
DROP INDEX mentions_entity;
`,
  },
  {
    version: 4,
    name: 'map: events by location',
    sql: `
-- the map counts the events located at each place; without this every place scanned all events
CREATE INDEX IF NOT EXISTS events_location ON events(location_id);
`,
  },
  {
    version: 5,
    name: 'filtered search: narrow indexes for the article and event filters',
    sql: `
-- a text search filtered by source or date visits one article per match; the table's rows are wide
-- (text, analysis), so each visit read pages of them: this index holds what the filters need
CREATE INDEX IF NOT EXISTS articles_facets ON articles(id, source, date);
-- "articles with an event of type X": answered from the index, without visiting event rows
CREATE INDEX IF NOT EXISTS events_article_plover ON events(article_id, plover);
DROP INDEX IF EXISTS events_article;
`,
  },
  {
    version: 6,
    name: 'search hits: the story id in the narrow article index',
    sql: `
-- a page of hits needs each article's story; story_id sits after the analysis in the row, so reading
-- it walked the analysis's overflow pages: the narrow index holds it too
DROP INDEX IF EXISTS articles_facets;
CREATE INDEX articles_facets ON articles(id, source, date, story_id);
`,
  },
  {
    version: 7,
    name: 'search hits: article texts as UTF-16 for snippets',
    sql: `
-- every search reads its page's whole texts for the snippets; turning SQLite's UTF-8 into JavaScript
-- strings was the largest single cost of a search (about 10 us a text), and UTF-16 bytes become a
-- string by a copy. A derived copy (about 10% larger than the UTF-8 text), written with the article;
-- rasd_utf16() is registered on the connection before migrating (sqlite-store.ts migrate)
CREATE TABLE article_texts16 (id INTEGER PRIMARY KEY, text BLOB NOT NULL);
INSERT INTO article_texts16 (id, text) SELECT id, rasd_utf16(text) FROM articles;
`,
  },
  {
    version: 8,
    name: 'events: the standing of a fallback reading',
    sql: `
-- 'fallback' for an event whose side the event stage's fallback found (Event.standing): analysts can tell the
-- weaker readings apart; events stored before stay NULL (their analysis JSON holds it)
ALTER TABLE events ADD COLUMN standing TEXT;
`,
  },
  {
    version: 9,
    name: 'articles: by the id their source gave',
    sql: `
-- An article that comes again under the id its source gave (a JSON id, an ANT DOCNO, a feed item's guid) with other
-- text is refused, not stored beside the first (qa17; docs/store.md, "An id given twice"): ingest looks the ids up
CREATE INDEX articles_doc_id ON articles(doc_id);
`,
  },
];
