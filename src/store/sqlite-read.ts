// The read side of the SQLite store: the lists, records and search the API and the review page use.
import type Database from "better-sqlite3";
import type { Row } from "./doc-rows.js";
import { articleSummary, limits, like, mentionRow, personSummary, roundSummary, zoneSummary } from "./read-rows.js";
import type {
  ArticleDetail,
  ArticleFilter,
  ArticleSummary,
  PersonDetail,
  PersonFilter,
  PersonSummary,
  ResultPage,
  RoundDetail,
  RoundFilter,
  RoundSummary,
  RoundValue,
  SearchResult,
  ZoneDetail,
  ZoneFilter,
  ZoneSummary,
} from "./types.js";

type Param = string | number;

const ARTICLE_COLUMNS = "id, title, outlet, published_at, path, url, rounds, people, zones, figures";

export class SqliteReader {
  constructor(protected readonly db: Database.Database) {}

  private all(sql: string, params: Param[] = []): Row[] {
    return this.db.prepare(sql).all(...params) as Row[];
  }

  private page<T>(
    from: string,
    where: string[],
    params: Param[],
    order: string,
    cols: string,
    filter: { limit?: number; offset?: number },
    map: (r: Row) => T,
  ): ResultPage<T> {
    const w = where.length ? `WHERE ${where.join(" AND ")}` : "";
    const total = (this.db.prepare(`SELECT COUNT(*) AS n FROM ${from} ${w}`).get(...params) as { n: number }).n;
    const { limit, offset } = limits(filter);
    const items = this.all(`SELECT ${cols} FROM ${from} ${w} ORDER BY ${order} LIMIT ? OFFSET ?`, [...params, limit, offset]).map(map);
    return { total, items };
  }

  /** Every table and view with its columns, from the database itself (metadata.json is written from it). */
  schemaColumns(): Record<string, string[]> {
    const names = this.all("SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%' ORDER BY name");
    return Object.fromEntries(names.map(({ name }) => [name, this.all(`PRAGMA table_info(${name})`).map((c) => c.name as string)]));
  }

  async listRounds(f: RoundFilter = {}): Promise<ResultPage<RoundSummary>> {
    const where: string[] = [];
    const params: Param[] = [];
    const add = (sql: string, v: Param | undefined) => v !== undefined && (where.push(sql), params.push(v));
    add("scope = ?", f.scope);
    add("level = ?", f.level);
    add("year = ?", f.year);
    add("date >= ?", f.from);
    add("date <= ?", f.to);
    return this.page("rounds", where, params, "position", "*", f, roundSummary);
  }

  async getRound(key: string): Promise<RoundDetail | null> {
    const row = this.all("SELECT * FROM rounds WHERE key = ?", [key])[0];
    if (!row) return null;
    const values = this.all("SELECT * FROM round_values WHERE round_key = ? ORDER BY position", [key]).map((v): RoundValue => ({
      roundKey: v.round_key as string,
      field: v.field as string,
      value: v.value === null ? null : /^-?\d+(\.\d+)?$/.test(v.value as string) ? Number(v.value) : (v.value as string),
      articleId: v.article_id as string,
      quote: v.quote as string,
      start: v.start_offset as number,
      end: v.end_offset as number,
      stated: v.stated === 1,
      extractor: v.extractor as string | null,
    }));
    return { summary: roundSummary(row), round: JSON.parse(row.record as string), values };
  }

  async listPeople(f: PersonFilter = {}): Promise<ResultPage<PersonSummary>> {
    const where: string[] = [];
    const params: Param[] = [];
    if (f.name) (where.push("name LIKE ? ESCAPE '\\'"), params.push(like(f.name)));
    if (f.title) (where.push("key IN (SELECT person_key FROM person_titles WHERE title LIKE ? ESCAPE '\\')"), params.push(like(f.title)));
    return this.page("people", where, params, "position", "*", f, personSummary);
  }

  async getPerson(key: string): Promise<PersonDetail | null> {
    const row = this.all("SELECT * FROM people WHERE key = ?", [key])[0];
    if (!row) return null;
    const mentions = this.all("SELECT * FROM mentions WHERE kind = 'person' AND record_key = ? ORDER BY article_id, start_offset", [key]);
    return { summary: personSummary(row), person: JSON.parse(row.record as string), mentions: mentions.map(mentionRow) };
  }

  async listZones(f: ZoneFilter = {}): Promise<ResultPage<ZoneSummary>> {
    const where: string[] = [];
    const params: Param[] = [];
    if (f.name)
      (where.push("(name LIKE ? ESCAPE '\\' OR name IN (SELECT zone_name FROM zone_aliases WHERE alias LIKE ? ESCAPE '\\'))"),
        params.push(like(f.name), like(f.name)));
    if (f.kind) (where.push("kind = ?"), params.push(f.kind));
    return this.page("zones", where, params, "position", "*", f, zoneSummary);
  }

  async getZone(name: string): Promise<ZoneDetail | null> {
    const row = this.all("SELECT * FROM zones WHERE name = ?", [name])[0];
    if (!row) return null;
    const rounds = this.all("SELECT * FROM rounds WHERE venue = ? OR scope = ? ORDER BY position", [name, name]).map(roundSummary);
    const mentions = this.all("SELECT * FROM mentions WHERE kind = 'zone' AND record_key = ? ORDER BY article_id, start_offset", [name]);
    return { summary: zoneSummary(row), zone: JSON.parse(row.record as string), rounds, mentions: mentions.map(mentionRow) };
  }

  async listArticles(f: ArticleFilter = {}): Promise<ResultPage<ArticleSummary>> {
    const where: string[] = [];
    const params: Param[] = [];
    if (f.q) (where.push("(title LIKE ? ESCAPE '\\' OR text LIKE ? ESCAPE '\\')"), params.push(like(f.q), like(f.q)));
    if (f.outlet) (where.push("outlet = ?"), params.push(f.outlet));
    if (f.roundKey) (where.push("id IN (SELECT article_id FROM round_sources WHERE round_key = ?)"), params.push(f.roundKey));
    if (f.from) (where.push("published_at >= ?"), params.push(f.from));
    // a date-time on the last day is still "to" that day
    if (f.to) (where.push("published_at <= ?"), params.push(`${f.to}T99`));
    return this.page("articles", where, params, "published_at, id", ARTICLE_COLUMNS, f, articleSummary);
  }

  async getArticle(id: string): Promise<ArticleDetail | null> {
    const row = this.all(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE id = ?`, [id])[0];
    if (!row) return null;
    const doc = this.all("SELECT document FROM documents WHERE article_id = ? ORDER BY input_key LIMIT 1", [id])[0];
    const mentions = this.all(
      "SELECT * FROM mentions WHERE article_id = ? ORDER BY start_offset, end_offset, kind, mention_index, evidence_index",
      [id],
    );
    return { summary: articleSummary(row), document: JSON.parse(doc.document as string), mentions: mentions.map(mentionRow) };
  }

  async search(q: string, limit = 20): Promise<SearchResult> {
    const p = like(q);
    const e = "ESCAPE '\\'";
    const n = Math.max(1, Math.min(limit, 1000));
    return {
      rounds: this.all(
        `SELECT * FROM rounds WHERE scope LIKE ? ${e} OR venue LIKE ? ${e} OR date LIKE ? ${e} OR key LIKE ? ${e} ORDER BY position LIMIT ?`,
        [p, p, p, p, n],
      ).map(roundSummary),
      people: this.all(`SELECT * FROM people WHERE name LIKE ? ${e} OR titles LIKE ? ${e} ORDER BY position LIMIT ?`, [p, p, n]).map(
        personSummary,
      ),
      zones: this.all(`SELECT * FROM zones WHERE name LIKE ? ${e} OR aliases LIKE ? ${e} ORDER BY position LIMIT ?`, [p, p, n]).map(
        zoneSummary,
      ),
      articles: this.all(
        `SELECT ${ARTICLE_COLUMNS} FROM articles WHERE title LIKE ? ${e} OR outlet LIKE ? ${e} OR published_at LIKE ? ${e} ORDER BY published_at, id LIMIT ?`,
        [p, p, p, n],
      ).map(articleSummary),
    };
  }
}
