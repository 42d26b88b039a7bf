// The read side of both stores: the lists, records and search the API and the review page use, written once.
// A backend supplies how it runs a query and the two places its SQL differs, so both give the same results:
// text ordered byte-wise (SQLite's default; COLLATE "C" in PostgreSQL) and LIKE folding ASCII case (SQLite's
// LIKE; ILIKE in PostgreSQL).
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

export type ReadParam = string | number;

export interface ReadDialect {
  /** appended to a text column to order or compare it byte-wise ("" where that is the default) */
  collate: string;
  /** a pattern match that folds ASCII case, with `\` as its escape: one `?` for the pattern */
  like: string;
  /** after an ascending ORDER BY term: NULL first, as SQLite sorts it ("" where that is the default) */
  nullsFirst: string;
}

const ARTICLE_COLUMNS = "id, title, outlet, published_at, path, url, rounds, people, zones, figures";

export abstract class StoreReader {
  protected abstract readonly dialect: ReadDialect;
  /** runs a query with `?` placeholders */
  protected abstract all(sql: string, params?: ReadParam[]): Promise<Row[]>;

  private async page<T>(
    from: string,
    where: string[],
    params: ReadParam[],
    order: string,
    cols: string,
    filter: { limit?: number; offset?: number },
    map: (r: Row) => T,
  ): Promise<ResultPage<T>> {
    const w = where.length ? `WHERE ${where.join(" AND ")}` : "";
    const [{ n }] = await this.all(`SELECT COUNT(*) AS n FROM ${from} ${w}`, params);
    const { limit, offset } = limits(filter);
    const items = await this.all(`SELECT ${cols} FROM ${from} ${w} ORDER BY ${order} LIMIT ? OFFSET ?`, [...params, limit, offset]);
    return { total: Number(n), items: items.map(map) };
  }

  private get articleOrder(): string {
    // an article without a publish date comes first on both backends
    const { collate: c, nullsFirst } = this.dialect;
    return `published_at${c}${nullsFirst}, id${c}`;
  }

  async listRounds(f: RoundFilter = {}): Promise<ResultPage<RoundSummary>> {
    const c = this.dialect.collate;
    const where: string[] = [];
    const params: ReadParam[] = [];
    const add = (sql: string, v: ReadParam | undefined) => v !== undefined && (where.push(sql), params.push(v));
    add("scope = ?", f.scope);
    add("level = ?", f.level);
    add("year = ?", f.year);
    add(`date${c} >= ?`, f.from);
    add(`date${c} <= ?`, f.to);
    return this.page("rounds", where, params, "position", "*", f, roundSummary);
  }

  async getRound(key: string): Promise<RoundDetail | null> {
    const [row] = await this.all("SELECT * FROM rounds WHERE key = ?", [key]);
    if (!row) return null;
    const values = (await this.all("SELECT * FROM round_values WHERE round_key = ? ORDER BY position", [key])).map((v): RoundValue => ({
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
    const { like: LIKE } = this.dialect;
    const where: string[] = [];
    const params: ReadParam[] = [];
    if (f.name) (where.push(`name ${LIKE}`), params.push(like(f.name)));
    if (f.title) (where.push(`key IN (SELECT person_key FROM person_titles WHERE title ${LIKE})`), params.push(like(f.title)));
    return this.page("people", where, params, "position", "*", f, personSummary);
  }

  async getPerson(key: string): Promise<PersonDetail | null> {
    const [row] = await this.all("SELECT * FROM people WHERE key = ?", [key]);
    if (!row) return null;
    const mentions = await this.all(
      `SELECT * FROM mentions WHERE kind = 'person' AND record_key = ? ORDER BY article_id${this.dialect.collate}, start_offset, end_offset, mention_index, evidence_index`,
      [key],
    );
    return { summary: personSummary(row), person: JSON.parse(row.record as string), mentions: mentions.map(mentionRow) };
  }

  async listZones(f: ZoneFilter = {}): Promise<ResultPage<ZoneSummary>> {
    const { like: LIKE } = this.dialect;
    const where: string[] = [];
    const params: ReadParam[] = [];
    if (f.name)
      (where.push(`(name ${LIKE} OR name IN (SELECT zone_name FROM zone_aliases WHERE alias ${LIKE}))`),
        params.push(like(f.name), like(f.name)));
    if (f.kind) (where.push("kind = ?"), params.push(f.kind));
    return this.page("zones", where, params, "position", "*", f, zoneSummary);
  }

  async getZone(name: string): Promise<ZoneDetail | null> {
    const [row] = await this.all("SELECT * FROM zones WHERE name = ?", [name]);
    if (!row) return null;
    const rounds = (await this.all("SELECT * FROM rounds WHERE venue = ? OR scope = ? ORDER BY position", [name, name])).map(roundSummary);
    const mentions = await this.all(
      `SELECT * FROM mentions WHERE kind = 'zone' AND record_key = ? ORDER BY article_id${this.dialect.collate}, start_offset, end_offset, mention_index, evidence_index`,
      [name],
    );
    return { summary: zoneSummary(row), zone: JSON.parse(row.record as string), rounds, mentions: mentions.map(mentionRow) };
  }

  async listArticles(f: ArticleFilter = {}): Promise<ResultPage<ArticleSummary>> {
    const { like: LIKE, collate: c } = this.dialect;
    const where: string[] = [];
    const params: ReadParam[] = [];
    if (f.q) (where.push(`(title ${LIKE} OR text ${LIKE})`), params.push(like(f.q), like(f.q)));
    if (f.outlet) (where.push("outlet = ?"), params.push(f.outlet));
    if (f.roundKey) (where.push("id IN (SELECT article_id FROM round_sources WHERE round_key = ?)"), params.push(f.roundKey));
    if (f.from) (where.push(`published_at${c} >= ?`), params.push(f.from));
    // a date-time on the last day is still "to" that day
    if (f.to) (where.push(`published_at${c} <= ?`), params.push(`${f.to}T99`));
    return this.page("articles", where, params, this.articleOrder, ARTICLE_COLUMNS, f, articleSummary);
  }

  async getArticle(id: string): Promise<ArticleDetail | null> {
    const c = this.dialect.collate;
    const [row] = await this.all(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE id = ?`, [id]);
    if (!row) return null;
    const [doc] = await this.all(`SELECT document FROM documents WHERE article_id = ? ORDER BY input_key${c} LIMIT 1`, [id]);
    const mentions = await this.all(
      `SELECT * FROM mentions WHERE article_id = ? ORDER BY start_offset, end_offset, kind${c}, mention_index, evidence_index`,
      [id],
    );
    return { summary: articleSummary(row), document: JSON.parse(doc.document as string), mentions: mentions.map(mentionRow) };
  }

  async search(q: string, limit = 20): Promise<SearchResult> {
    const { like: LIKE } = this.dialect;
    const p = like(q);
    const n = Math.max(1, Math.min(limit, 1000));
    const [rounds, people, zones, articles] = await Promise.all([
      this.all(`SELECT * FROM rounds WHERE scope ${LIKE} OR venue ${LIKE} OR date ${LIKE} OR key ${LIKE} ORDER BY position LIMIT ?`, [
        p,
        p,
        p,
        p,
        n,
      ]),
      this.all(`SELECT * FROM people WHERE name ${LIKE} OR titles ${LIKE} ORDER BY position LIMIT ?`, [p, p, n]),
      this.all(`SELECT * FROM zones WHERE name ${LIKE} OR aliases ${LIKE} ORDER BY position LIMIT ?`, [p, p, n]),
      this.all(
        `SELECT ${ARTICLE_COLUMNS} FROM articles WHERE title ${LIKE} OR outlet ${LIKE} OR published_at ${LIKE} ORDER BY ${this.articleOrder} LIMIT ?`,
        [p, p, p, n],
      ),
    ]);
    return {
      rounds: rounds.map(roundSummary),
      people: people.map(personSummary),
      zones: zones.map(zoneSummary),
      articles: articles.map(articleSummary),
    };
  }
}
