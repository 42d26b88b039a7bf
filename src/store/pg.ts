// The PostgreSQL store: the same tables as the embedded store (schema.ts, in PostgreSQL's dialect), one
// transaction per document and one per merged dataset, safe for any number of writers on any machines.
import type pg from "pg";
import type { ExtractionDocument, MergedDataset } from "../schema/index.js";
import { datasetRows } from "./dataset-rows.js";
import { writeTablesByDifference } from "./pg-dataset-write.js";
import { articleRow, mentionRows, type Row } from "./doc-rows.js";
import { StoreError } from "./errors.js";
import { StoreReader, type ReadDialect, type ReadParam } from "./reader.js";
import { inTransaction, insertRows, lockKey, openPool, pgDdl, redact, rows } from "./pg-sql.js";
import { DATASET_TABLE_NAMES, RECORD_TABLES, SCHEMA_VERSION, upgradesFrom } from "./schema.js";
import type { DatasetStore, OpenOptions, PageRecord, StoredDocument, StoreStats } from "./types.js";

// writers of documents share this lock; replacing the dataset takes it alone (no deadlock between the two)
const WRITERS = lockKey("'dataset-writers'");

export class PgStore extends StoreReader implements DatasetStore {
  protected readonly dialect: ReadDialect = { collate: ' COLLATE "C"', like: "ILIKE ? ESCAPE '\\'", nullsFirst: " NULLS FIRST" };

  private constructor(
    readonly location: string,
    readonly pool: pg.Pool,
  ) {
    super();
  }

  protected all(sql: string, params: ReadParam[] = []): Promise<Row[]> {
    return rows(this.pool, sql, params);
  }

  /** Connects and migrates; a server that cannot be reached is a StoreError naming it (without its password). */
  static async open(url: string, opts: OpenOptions & { poolSize?: number } = {}): Promise<PgStore> {
    const store = new PgStore(redact(url), openPool(url, opts.poolSize));
    try {
      await store.pool.query("SELECT 1");
    } catch (e) {
      await store.pool.end().catch(() => {});
      throw new StoreError(store.location, `cannot connect to PostgreSQL (${(e as Error).message})`);
    }
    if (opts.mustExist && !(await store.pool.query("SELECT to_regclass('meta') AS t")).rows[0].t) {
      await store.pool.end();
      throw new StoreError(store.location, "no zhpress tables in this database (zhpress run <inputs> --db postgres://… builds them)");
    }
    await store.migrate();
    return store;
  }

  async migrate(): Promise<void> {
    // two workers starting at once would race on CREATE TABLE IF NOT EXISTS: one at a time
    await inTransaction(this.pool, async (c) => {
      await c.query(`SELECT pg_advisory_xact_lock(${lockKey("'migrate'")})`);
      await c.query(pgDdl(RECORD_TABLES));
      const [row] = await rows(c, "SELECT value FROM meta WHERE key = 'schema_version'");
      if (row && Number(row.value) > SCHEMA_VERSION)
        throw new StoreError(this.location, `made by a newer zhpress (schema ${row.value}; this one reads ${SCHEMA_VERSION})`);
      for (const sql of upgradesFrom(row ? Number(row.value) : null)) await c.query(sql);
      await c.query(pgDdl());
      await c.query("INSERT INTO meta (key, value) VALUES ('schema_version', $1) ON CONFLICT (key) DO UPDATE SET value = excluded.value", [
        String(SCHEMA_VERSION),
      ]);
    });
  }

  async hasInput(inputKey: string, bytesHash: string): Promise<boolean> {
    return (await rows(this.pool, "SELECT 1 FROM documents WHERE input_key = ? AND bytes_hash = ?", [inputKey, bytesHash])).length > 0;
  }

  async putDocument(page: PageRecord, doc: ExtractionDocument): Promise<void> {
    const articleId = doc.article.id;
    await inTransaction(this.pool, async (c) => {
      await c.query(`SELECT pg_advisory_xact_lock_shared(${WRITERS})`);
      // one input at a time, so a retried job and the job it replaces cannot interleave
      await c.query(`SELECT pg_advisory_xact_lock(${lockKey("$1")})`, [`input:${page.inputKey}`]);
      const [old] = await rows(c, "SELECT article_id FROM documents WHERE input_key = ?", [page.inputKey]);
      const oldId = old?.article_id as string | undefined;
      // articles are shared by inputs with the same text: their rows are locked in one order
      for (const id of [...new Set([articleId, oldId ?? articleId])].sort())
        await c.query(`SELECT pg_advisory_xact_lock(${lockKey("$1")})`, [`article:${id}`]);
      await c.query(
        `INSERT INTO pages (input_key, bytes_hash, path, url, final_url, content_type, byte_length, fetched_at, article_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (input_key, bytes_hash) DO UPDATE SET fetched_at = excluded.fetched_at, final_url = excluded.final_url`,
        [page.inputKey, page.bytesHash, page.path, page.url, page.finalUrl, page.contentType, page.byteLength, page.fetchedAt, articleId],
      );
      await c.query(
        `INSERT INTO documents (input_key, bytes_hash, article_id, document, stored_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (input_key) DO UPDATE SET bytes_hash = excluded.bytes_hash, article_id = excluded.article_id,
           document = excluded.document, stored_at = excluded.stored_at`,
        [page.inputKey, page.bytesHash, articleId, JSON.stringify(doc), new Date().toISOString()],
      );
      await dropArticle(c, articleId);
      await insertRows(c, "articles", [articleRow(doc)]);
      await insertRows(c, "mentions", mentionRows(doc));
      // the input's previous article goes when no other input still has it
      if (oldId && oldId !== articleId && (await rows(c, "SELECT 1 FROM documents WHERE article_id = ?", [oldId])).length === 0)
        await dropArticle(c, oldId);
    });
  }

  async listDocuments(): Promise<StoredDocument[]> {
    const found = await rows(this.pool, "SELECT input_key, bytes_hash, document FROM documents");
    return found
      .map((r) => ({ inputKey: r.input_key as string, bytesHash: r.bytes_hash as string, document: JSON.parse(r.document as string) }))
      .sort((a, b) => (a.inputKey < b.inputKey ? -1 : a.inputKey > b.inputKey ? 1 : 0));
  }

  async replaceDataset(dataset: MergedDataset): Promise<void> {
    await inTransaction(this.pool, async (c) => {
      await c.query(`SELECT pg_advisory_xact_lock(${WRITERS})`);
      const said = new Map<string, string | null>();
      const spans = await rows(c, "SELECT article_id, start_offset, end_offset, field, value FROM mentions WHERE kind = 'round'");
      for (const m of spans) said.set(`${m.article_id}|${m.start_offset}|${m.end_offset}|${m.field ?? ""}`, m.value as string | null);
      const [{ n: documents }] = await rows(c, "SELECT COUNT(*) AS n FROM documents");
      const tables = datasetRows(
        dataset,
        (a, s, e, f) => said.get(`${a}|${s}|${e}|${f ?? ""}`) ?? null,
        new Date().toISOString(),
        Number(documents),
      );
      await writeTablesByDifference(c, tables, DATASET_TABLE_NAMES);
      await linkMentions(c, dataset);
    });
  }

  async getDataset(): Promise<MergedDataset | null> {
    const [row] = await rows(this.pool, "SELECT json FROM dataset WHERE id = 1");
    return row ? JSON.parse(row.json as string) : null;
  }

  async stats(): Promise<StoreStats> {
    const [r] = await rows(
      this.pool,
      `SELECT (SELECT COUNT(*) FROM pages) AS pages, (SELECT COUNT(*) FROM documents) AS documents,
        (SELECT COUNT(*) FROM articles) AS articles, (SELECT COUNT(*) FROM rounds) AS rounds,
        (SELECT COUNT(*) FROM people) AS people, (SELECT COUNT(*) FROM zones) AS zones,
        (SELECT merged_at FROM dataset WHERE id = 1) AS merged_at`,
    );
    const n = (k: string) => Number(r[k]);
    return {
      pages: n("pages"),
      documents: n("documents"),
      articles: n("articles"),
      rounds: n("rounds"),
      people: n("people"),
      zones: n("zones"),
      mergedAt: (r.merged_at as string | null) ?? null,
    };
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

async function dropArticle(c: pg.PoolClient, id: string): Promise<void> {
  await c.query("DELETE FROM mentions WHERE article_id = $1", [id]);
  await c.query("DELETE FROM articles WHERE id = $1", [id]);
}

/** mentions.record_key: the merged round, person or zone each evidence span belongs to. Set-based, and only rows
 * whose key changes are written: a merge after a few new pages rewrites a few rows, not every mention. */
async function linkMentions(c: pg.PoolClient, dataset: MergedDataset): Promise<void> {
  // the last record naming a span wins, as in the embedded store's row-by-row updates
  const rounds = new Map<string, [string, string, number, number]>();
  for (const r of dataset.rounds)
    for (const e of r.evidence) rounds.set(`${e.articleId}|${e.start}|${e.end}`, [r.key, e.articleId, e.start, e.end]);
  const people = new Map<string, [string, string, string]>();
  for (const p of dataset.people) for (const a of p.sources) people.set(`${a}|${p.name}`, [p.key, a, p.name]);
  await c.query(
    `UPDATE mentions m SET record_key = w.key FROM (
       SELECT m2.ctid AS row, u.key FROM mentions m2
       LEFT JOIN unnest($1::text[], $2::text[], $3::bigint[], $4::bigint[]) AS u(key, article_id, s, e)
         ON u.article_id = m2.article_id AND u.s = m2.start_offset AND u.e = m2.end_offset
       WHERE m2.kind = 'round') w
     WHERE m.ctid = w.row AND m.record_key IS DISTINCT FROM w.key`,
    columns([...rounds.values()], 4),
  );
  await c.query(
    `UPDATE mentions m SET record_key = w.key FROM (
       SELECT m2.ctid AS row, u.key FROM mentions m2
       LEFT JOIN unnest($1::text[], $2::text[], $3::text[]) AS u(key, article_id, name)
         ON u.article_id = m2.article_id AND u.name = m2.label
       WHERE m2.kind = 'person') w
     WHERE m.ctid = w.row AND m.record_key IS DISTINCT FROM w.key`,
    columns([...people.values()], 3),
  );
  await c.query(
    `UPDATE mentions m SET record_key = w.key FROM (
       SELECT m2.ctid AS row, z.name AS key FROM mentions m2 LEFT JOIN zones z ON z.name = m2.label WHERE m2.kind = 'zone') w
     WHERE m.ctid = w.row AND m.record_key IS DISTINCT FROM w.key`,
  );
  // any other kind is never linked
  await c.query("UPDATE mentions SET record_key = NULL WHERE kind NOT IN ('round', 'person', 'zone') AND record_key IS NOT NULL");
}

/** rows → one array per column, for unnest */
const columns = (list: unknown[][], n: number): unknown[][] => Array.from({ length: n }, (_, i) => list.map((r) => r[i]));
