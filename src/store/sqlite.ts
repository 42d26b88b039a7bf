// The embedded store: one SQLite file (better-sqlite3), WAL mode, one transaction per document and
// one per merged dataset, so a process killed at any moment leaves whole records or none.
import { existsSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import type { ExtractionDocument, MergedDataset } from "../schema/index.js";
import { datasetRows } from "./dataset-rows.js";
import { articleRow, mentionRows, type Row } from "./doc-rows.js";
import { StoreError } from "./errors.js";
import { StoreReader, type ReadDialect, type ReadParam } from "./reader.js";
import { DATASET_TABLE_NAMES, DATASET_TABLES, RECORD_TABLES, SCHEMA_VERSION, upgradesFrom, VIEWS } from "./schema.js";
import type { DatasetStore, OpenOptions, PageRecord, StoredDocument, StoreStats } from "./types.js";

export class SqliteStore extends StoreReader implements DatasetStore {
  private readonly inserts = new Map<string, Database.Statement>();
  protected readonly dialect: ReadDialect = { collate: "", like: "LIKE ? ESCAPE '\\'", nullsFirst: "" };

  private constructor(
    readonly location: string,
    private readonly db: Database.Database,
  ) {
    super();
  }

  protected async all(sql: string, params: ReadParam[] = []): Promise<Row[]> {
    return this.db.prepare(sql).all(...params) as Row[];
  }

  /** Every table and view with its columns, from the database itself (metadata.json is written from it). */
  schemaColumns(): Record<string, string[]> {
    const all = (sql: string) => this.db.prepare(sql).all() as Row[];
    const names = all("SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%' ORDER BY name");
    return Object.fromEntries(names.map(({ name }) => [name, all(`PRAGMA table_info(${name})`).map((c) => c.name as string)]));
  }

  /** Opens (creating when missing) and migrates the database file. */
  static async open(location: string, opts: OpenOptions = {}): Promise<SqliteStore> {
    if (opts.mustExist && !existsSync(location))
      throw new StoreError(location, "no such database (zhpress run <inputs> --db FILE builds one)");
    let db: Database.Database;
    try {
      mkdirSync(dirname(location), { recursive: true });
      db = new Database(location, { fileMustExist: opts.mustExist ?? false });
      db.pragma("busy_timeout = 10000");
      db.pragma("journal_mode = WAL");
      // in WAL mode NORMAL loses no committed transaction when the process dies (kill -9); only an OS
      // crash may drop the last few, which the next run then extracts again: no fsync per document
      db.pragma("synchronous = NORMAL");
    } catch (e) {
      throw new StoreError(location, `cannot open the database (${(e as Error).message})`);
    }
    const store = new SqliteStore(location, db);
    await store.migrate();
    return store;
  }

  async migrate(): Promise<void> {
    try {
      this.db.exec(RECORD_TABLES);
    } catch (e) {
      throw new StoreError(this.location, `not a zhpress database (${(e as Error).message})`);
    }
    const version = this.storedVersion();
    this.db.transaction(() => {
      for (const sql of upgradesFrom(version)) this.db.exec(sql);
      this.db.exec(DATASET_TABLES + VIEWS);
      this.db
        .prepare("INSERT INTO meta (key, value) VALUES ('schema_version', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")
        .run(String(SCHEMA_VERSION));
    })();
  }

  /** The schema version the file was made with (null: a new database); a newer one than ours is refused. */
  private storedVersion(): number | null {
    let row: { value: string } | undefined;
    try {
      row = this.db.prepare("SELECT value FROM meta WHERE key = 'schema_version'").get() as { value: string } | undefined;
    } catch (e) {
      throw new StoreError(this.location, `not a zhpress database (${(e as Error).message})`);
    }
    if (row && Number(row.value) > SCHEMA_VERSION)
      throw new StoreError(this.location, `made by a newer zhpress (schema ${row.value}; this one reads ${SCHEMA_VERSION})`);
    return row ? Number(row.value) : null;
  }

  async hasInput(inputKey: string, bytesHash: string): Promise<boolean> {
    return this.db.prepare("SELECT 1 FROM documents WHERE input_key = ? AND bytes_hash = ?").get(inputKey, bytesHash) !== undefined;
  }

  async putDocument(page: PageRecord, doc: ExtractionDocument): Promise<void> {
    const articleId = doc.article.id;
    this.db.transaction(() => {
      this.db
        .prepare(
          `INSERT INTO pages (input_key, bytes_hash, path, url, final_url, content_type, byte_length, fetched_at, article_id)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (input_key, bytes_hash) DO UPDATE SET fetched_at = excluded.fetched_at, final_url = excluded.final_url`,
        )
        .run(
          page.inputKey,
          page.bytesHash,
          page.path,
          page.url,
          page.finalUrl,
          page.contentType,
          page.byteLength,
          page.fetchedAt,
          articleId,
        );
      const old = this.db.prepare("SELECT article_id FROM documents WHERE input_key = ?").get(page.inputKey) as
        { article_id: string } | undefined;
      this.db
        .prepare(
          `INSERT INTO documents (input_key, bytes_hash, article_id, document, stored_at) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (input_key) DO UPDATE SET bytes_hash = excluded.bytes_hash, article_id = excluded.article_id,
             document = excluded.document, stored_at = excluded.stored_at`,
        )
        .run(page.inputKey, page.bytesHash, articleId, JSON.stringify(doc), new Date().toISOString());
      this.dropArticle(articleId);
      this.insert("articles", articleRow(doc));
      for (const row of mentionRows(doc)) this.insert("mentions", row);
      // the input's previous article goes when no other input still has it
      if (old && old.article_id !== articleId && !this.db.prepare("SELECT 1 FROM documents WHERE article_id = ?").get(old.article_id))
        this.dropArticle(old.article_id);
    })();
  }

  private dropArticle(id: string): void {
    this.db.prepare("DELETE FROM mentions WHERE article_id = ?").run(id);
    this.db.prepare("DELETE FROM articles WHERE id = ?").run(id);
  }

  async listDocuments(): Promise<StoredDocument[]> {
    const rows = this.db.prepare("SELECT input_key, bytes_hash, document FROM documents").all() as Row[];
    return rows
      .map((r) => ({ inputKey: r.input_key as string, bytesHash: r.bytes_hash as string, document: JSON.parse(r.document as string) }))
      .sort((a, b) => (a.inputKey < b.inputKey ? -1 : a.inputKey > b.inputKey ? 1 : 0));
  }

  async replaceDataset(dataset: MergedDataset): Promise<void> {
    this.db.transaction(() => {
      const said = new Map<string, string | null>();
      const spans = this.db
        .prepare("SELECT article_id, start_offset, end_offset, field, value FROM mentions WHERE kind = 'round'")
        .all() as Row[];
      for (const m of spans) said.set(`${m.article_id}|${m.start_offset}|${m.end_offset}|${m.field ?? ""}`, m.value as string | null);
      const documents = (this.db.prepare("SELECT COUNT(*) AS n FROM documents").get() as { n: number }).n;
      const wasSaid = (a: string, s: number, e: number, f?: string | null) => said.get(`${a}|${s}|${e}|${f ?? ""}`) ?? null;
      const tables = datasetRows(dataset, wasSaid, new Date().toISOString(), documents);
      for (const name of DATASET_TABLE_NAMES) this.db.prepare(`DELETE FROM ${name}`).run();
      for (const name of DATASET_TABLE_NAMES) for (const row of tables[name]) this.insert(name, row);
      this.linkMentions(dataset);
    })();
  }

  /** mentions.record_key: the merged round, person or zone each evidence span belongs to. */
  private linkMentions(dataset: MergedDataset): void {
    this.db.prepare("UPDATE mentions SET record_key = NULL WHERE record_key IS NOT NULL").run();
    const round = this.db.prepare(
      "UPDATE mentions SET record_key = ? WHERE kind = 'round' AND article_id = ? AND start_offset = ? AND end_offset = ?",
    );
    for (const r of dataset.rounds) for (const e of r.evidence) round.run(r.key, e.articleId, e.start, e.end);
    const person = this.db.prepare("UPDATE mentions SET record_key = ? WHERE kind = 'person' AND article_id = ? AND label = ?");
    for (const p of dataset.people) for (const a of p.sources) person.run(p.key, a, p.name);
    this.db.prepare("UPDATE mentions SET record_key = label WHERE kind = 'zone' AND label IN (SELECT name FROM zones)").run();
  }

  async getDataset(): Promise<MergedDataset | null> {
    const row = this.db.prepare("SELECT json FROM dataset WHERE id = 1").get() as { json: string } | undefined;
    return row ? JSON.parse(row.json) : null;
  }

  async stats(): Promise<StoreStats> {
    const n = (table: string) => (this.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
    const merged = this.db.prepare("SELECT merged_at FROM dataset WHERE id = 1").get() as { merged_at: string } | undefined;
    return {
      pages: n("pages"),
      documents: n("documents"),
      articles: n("articles"),
      rounds: n("rounds"),
      people: n("people"),
      zones: n("zones"),
      mergedAt: merged?.merged_at ?? null,
    };
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  private insert(table: string, row: Row): void {
    const cols = Object.keys(row);
    const sig = `${table}(${cols.join(",")})`;
    const stmt =
      this.inserts.get(sig) ?? this.db.prepare(`INSERT INTO ${table} (${cols.join(", ")}) VALUES (${cols.map(() => "?").join(", ")})`);
    this.inserts.set(sig, stmt);
    stmt.run(...cols.map((c) => row[c]));
  }
}
