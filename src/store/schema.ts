// The store's tables and views, in portable SQL (TEXT, INTEGER, REAL; JSON kept as TEXT), so a
// PostgreSQL schema can mirror them. Offsets are start_offset/end_offset: END is reserved in SQL.
// Amounts are whole yuan in INTEGER columns (BIGINT in PostgreSQL); the views add 亿元 beside them.
import { STAGES } from "../schema/index.js";

export const SCHEMA_VERSION = 2;

/** The unit of a round's number as the views show it: 次 unless the round is numbered in 期 or 轮. */
const UNIT_FROM_KEY = `CASE WHEN ordinal IS NULL THEN NULL WHEN key LIKE '%期' THEN '期' WHEN key LIKE '%轮' THEN '轮' ELSE '次' END`;

/** What takes a database made by an older zhpress to each version, in portable SQL. Views that change are
 * dropped here and made again by VIEWS. */
export const UPGRADES: Readonly<Record<number, string>> = {
  // 第1期 and 第1次 rounds read alike in the views and exports: the unit gets its own column
  2: `ALTER TABLE rounds ADD COLUMN ordinal_unit TEXT;
UPDATE rounds SET ordinal_unit = ${UNIT_FROM_KEY};
DROP VIEW IF EXISTS round_table; DROP VIEW IF EXISTS round_evidence; DROP VIEW IF EXISTS conflict_table; DROP VIEW IF EXISTS failed_checks;`,
};

/** The upgrades a database at `version` needs, in order (none for a new database). */
export function upgradesFrom(version: number | null): string[] {
  if (version === null) return [];
  return Object.entries(UPGRADES)
    .filter(([to]) => Number(to) > version)
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([, sql]) => sql);
}

const tallyColumns = (stage: string) => `${stage}_projects INTEGER, ${stage}_investment_yuan INTEGER, ${stage}_output_value_yuan INTEGER`;

/** The raw record of each run: kept across merges. */
export const RECORD_TABLES = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS pages (
  input_key TEXT NOT NULL, bytes_hash TEXT NOT NULL, path TEXT, url TEXT, final_url TEXT, content_type TEXT,
  byte_length INTEGER NOT NULL, fetched_at TEXT NOT NULL, article_id TEXT NOT NULL,
  PRIMARY KEY (input_key, bytes_hash));
CREATE TABLE IF NOT EXISTS documents (
  input_key TEXT PRIMARY KEY, bytes_hash TEXT NOT NULL, article_id TEXT NOT NULL, document TEXT NOT NULL, stored_at TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS documents_article ON documents (article_id);
CREATE TABLE IF NOT EXISTS articles (
  id TEXT PRIMARY KEY, title TEXT, outlet TEXT, published_at TEXT, path TEXT, url TEXT, script TEXT, charset TEXT,
  format TEXT, reporters TEXT NOT NULL, editors TEXT NOT NULL, text TEXT NOT NULL,
  rounds INTEGER NOT NULL, people INTEGER NOT NULL, zones INTEGER NOT NULL, figures INTEGER NOT NULL, warnings INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS mentions (
  article_id TEXT NOT NULL, kind TEXT NOT NULL, mention_index INTEGER NOT NULL, evidence_index INTEGER NOT NULL,
  label TEXT NOT NULL, field TEXT, value TEXT, start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL, quote TEXT NOT NULL,
  stated INTEGER NOT NULL, extractor TEXT, record_key TEXT,
  PRIMARY KEY (article_id, kind, mention_index, evidence_index));
CREATE INDEX IF NOT EXISTS mentions_record ON mentions (kind, record_key);
`;

/** The merged dataset: every table here is replaced as a whole, in one transaction. */
export const DATASET_TABLES = `
CREATE TABLE IF NOT EXISTS dataset (id INTEGER PRIMARY KEY, json TEXT NOT NULL, merged_at TEXT NOT NULL, documents INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS rounds (
  key TEXT PRIMARY KEY, position INTEGER NOT NULL, level TEXT NOT NULL, scope TEXT NOT NULL, year INTEGER, ordinal INTEGER,
  ordinal_unit TEXT, date TEXT, venue TEXT, ${STAGES.map(tallyColumns).join(", ")},
  sources INTEGER NOT NULL, conflicts INTEGER NOT NULL, failed_checks INTEGER NOT NULL,
  main_article_id TEXT, main_outlet TEXT, main_url TEXT, main_path TEXT, main_published_at TEXT, main_quote TEXT,
  record TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS round_values (
  round_key TEXT NOT NULL, position INTEGER NOT NULL, field TEXT NOT NULL, value TEXT, article_id TEXT NOT NULL,
  quote TEXT NOT NULL, start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL, stated INTEGER NOT NULL, extractor TEXT,
  PRIMARY KEY (round_key, position));
CREATE TABLE IF NOT EXISTS round_sources (
  round_key TEXT NOT NULL, position INTEGER NOT NULL, article_id TEXT NOT NULL, path TEXT, url TEXT, outlet TEXT,
  published_at TEXT, duplicate_group TEXT NOT NULL, independent INTEGER NOT NULL,
  PRIMARY KEY (round_key, article_id));
CREATE TABLE IF NOT EXISTS conflicts (
  round_key TEXT NOT NULL, field TEXT NOT NULL, value_index INTEGER NOT NULL, value TEXT, chosen INTEGER NOT NULL,
  sources TEXT NOT NULL, quotes TEXT NOT NULL,
  PRIMARY KEY (round_key, field, value_index));
CREATE TABLE IF NOT EXISTS checks (
  position INTEGER PRIMARY KEY, round_key TEXT, code TEXT NOT NULL, field TEXT, status TEXT NOT NULL, message TEXT NOT NULL,
  expected TEXT, actual TEXT);
CREATE TABLE IF NOT EXISTS people (
  key TEXT PRIMARY KEY, position INTEGER NOT NULL, name TEXT NOT NULL, latest_title TEXT, titles TEXT NOT NULL, roles TEXT NOT NULL,
  sources INTEGER NOT NULL, first_seen TEXT, last_seen TEXT, record TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS person_titles (
  person_key TEXT NOT NULL, position INTEGER NOT NULL, title TEXT NOT NULL, first_seen TEXT, last_seen TEXT,
  sources INTEGER NOT NULL, source_articles TEXT NOT NULL,
  PRIMARY KEY (person_key, position));
CREATE TABLE IF NOT EXISTS zones (
  name TEXT PRIMARY KEY, position INTEGER NOT NULL, kind TEXT NOT NULL, aliases TEXT NOT NULL, mentions INTEGER NOT NULL,
  sources INTEGER NOT NULL, record TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS zone_aliases (zone_name TEXT NOT NULL, alias TEXT NOT NULL, PRIMARY KEY (zone_name, alias));
CREATE TABLE IF NOT EXISTS duplicate_groups (
  id TEXT PRIMARY KEY, kind TEXT NOT NULL, original TEXT, articles TEXT NOT NULL);
`;

/** 亿元 beside whole yuan: 128860000000 → 1288.6 */
const yi = (col: string) => `${col} / 100000000.0`;

/** Views that read like the printed round table and its sources. */
export const VIEWS = `
CREATE VIEW IF NOT EXISTS round_table AS
SELECT scope, year, ordinal, ordinal_unit, date, venue,
  ${STAGES.map((s) => `${s}_projects, ${yi(`${s}_investment_yuan`)} AS ${s}_investment_yi_yuan`).join(",\n  ")},
  sources, conflicts, failed_checks, main_outlet, main_url, main_quote, key AS round_key
FROM rounds ORDER BY position;
CREATE VIEW IF NOT EXISTS round_evidence AS
SELECT r.scope, r.year, r.ordinal, r.ordinal_unit, v.field, v.value, a.outlet, a.published_at, a.title, a.url, a.path, v.quote,
  v.start_offset, v.end_offset, v.stated, v.round_key, v.article_id
FROM round_values v JOIN rounds r ON r.key = v.round_key LEFT JOIN articles a ON a.id = v.article_id
ORDER BY r.position, v.position;
CREATE VIEW IF NOT EXISTS conflict_table AS
SELECT r.scope, r.year, r.ordinal, r.ordinal_unit, c.field, c.value, c.chosen, c.sources, c.quotes, c.round_key
FROM conflicts c JOIN rounds r ON r.key = c.round_key
ORDER BY r.position, c.field, c.value_index;
CREATE VIEW IF NOT EXISTS failed_checks AS
SELECT r.scope, r.year, r.ordinal, r.ordinal_unit, c.code, c.field, c.message, c.expected, c.actual, c.round_key
FROM checks c LEFT JOIN rounds r ON r.key = c.round_key
WHERE c.status = 'fail' ORDER BY c.position;
`;

/** Tables replaced by replaceDataset, children before parents. */
export const DATASET_TABLE_NAMES = [
  "round_values",
  "round_sources",
  "conflicts",
  "checks",
  "person_titles",
  "zone_aliases",
  "rounds",
  "people",
  "zones",
  "duplicate_groups",
  "dataset",
] as const;

/** Each table's columns in order, read from the DDL above (exports and metadata.json use them). */
export function tableColumns(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const m of (RECORD_TABLES + DATASET_TABLES).matchAll(/CREATE TABLE IF NOT EXISTS (?<name>\w+) \((?<body>[^;]*)\);/g)) {
    const body = m.groups!.body.replace(/PRIMARY KEY \([^)]*\)/g, "");
    out[m.groups!.name] = body
      .split(",")
      .map((c) => c.trim().split(/\s+/)[0])
      .filter((c) => c && /^[a-z_]+$/.test(c));
  }
  return out;
}
